package nl.koers.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemoryBreakerTest {
  @Test
  void refusesWith503WhileOthersHoldTheMemoryAndAcceptsOnceTheyAreDone() {
    MemoryBreaker breaker = new MemoryBreaker(1000, 100);
    MemoryBreaker.Reservation first = breaker.reserve(6, "a timeline");
    assertThat(breaker.reserved()).isEqualTo(600);
    assertThatThrownBy(() -> breaker.reserve(5, "the figures table"))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.retryAfterSeconds()).isPositive();
              assertThat(e.getMessage()).contains("the figures table");
            });
    assertThat(breaker.reserved()).isEqualTo(600);
    first.close();
    try (MemoryBreaker.Reservation second = breaker.reserve(5, "the figures table")) {
      assertThat(breaker.reserved()).isEqualTo(500);
    }
    assertThat(breaker.reserved()).isZero();
  }

  @Test
  void refusesWith400ARequestLargerThanTheWholeBudget() {
    MemoryBreaker breaker = new MemoryBreaker(1000, 100);
    assertThatThrownBy(() -> breaker.reserve(11, "a timeline"))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage()).contains("11 papers").contains("about 10");
            });
    assertThat(breaker.reserved()).isZero();
  }

  @Test
  void estimatesAPapersMemoryFromTheIndexOnDiskUnlessItWasFixed() {
    MemoryBreaker estimated = new MemoryBreaker(1L << 30, 0);
    // 1,000 papers in 17 MB on disk: about 51 KB each in memory
    estimated.calibrate(17_000_000, 1_000);
    assertThat(estimated.bytesPerPaper()).isEqualTo(51_000);
    estimated.calibrate(1_000, 1_000);
    assertThat(estimated.bytesPerPaper()).isEqualTo(MemoryBreaker.MIN_BYTES_PER_PAPER);
    MemoryBreaker fixed = new MemoryBreaker(1L << 30, 100);
    fixed.calibrate(17_000_000, 1_000);
    assertThat(fixed.bytesPerPaper()).isEqualTo(100);
  }
}
