package nl.koers.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScheduleTest {
  @Test
  void jobsRunInOrderRoundAfterRoundAndAFailureDoesNotStopTheNext() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Schedule.Work slow =
        () -> {
          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
          Thread.sleep(30);
          inside.decrementAndGet();
        };
    try (Schedule s =
        new Schedule(
            Duration.ofMillis(10),
            Duration.ZERO,
            List.of(
                Schedule.Job.of(
                    "sync",
                    () -> {
                      ran.add("sync");
                      slow.run();
                      throw new IllegalStateException("the source is down");
                    }),
                Schedule.Job.of(
                    "watches",
                    () -> {
                      ran.add("watches");
                      slow.run();
                    })))) {
      long deadline = System.currentTimeMillis() + 10_000;
      while (ran.size() < 6 && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      Schedule.Status status = s.status();
      assertThat(ran.subList(0, 6))
          .containsExactly("sync", "watches", "sync", "watches", "sync", "watches");
      assertThat(most.get()).isEqualTo(1);
      assertThat(status.jobs().get(0).lastError()).isEqualTo("the source is down");
      assertThat(status.jobs().get(0).failures()).isEqualTo(status.jobs().get(0).runs());
      assertThat(status.jobs().get(1).lastError()).isNull();
    }
  }

  @Test
  void periodsReadAsTheCommandLineWritesThem() {
    assertThat(Schedule.period("15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(Schedule.period("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Schedule.period("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(Schedule.period("PT2H")).isEqualTo(Duration.ofHours(2));
    assertThatThrownBy(() -> Schedule.period("soon")).hasMessageContaining("write 90s, 15m");
    assertThatThrownBy(() -> Schedule.period("0m")).hasMessageContaining("not a period");
  }
}
