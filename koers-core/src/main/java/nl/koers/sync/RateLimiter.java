package nl.koers.sync;

/**
 * Spaces requests at least {@code 1/rate} seconds apart, so Koers never asks a public source more
 * than {@code --rate} times a second. Thread-safe.
 */
final class RateLimiter {
  private final long intervalNanos;
  private long next = Long.MIN_VALUE;

  RateLimiter(double perSecond) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("rate must be above 0, got " + perSecond);
    }
    this.intervalNanos = (long) (1_000_000_000L / perSecond);
  }

  synchronized void acquire() throws InterruptedException {
    long now = System.nanoTime();
    if (next != Long.MIN_VALUE && now < next) {
      long wait = next - now;
      Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
      now = next;
    }
    next = now + intervalNanos;
  }
}
