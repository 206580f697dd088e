package nl.koers.engine;

import java.time.Duration;

/**
 * The moment a search must give up, so the engine interface carries a time limit without an
 * engine's own type (Lucene's {@code QueryTimeout}, OpenSearch's {@code timeout} parameter). Read
 * from {@link System#nanoTime()}: immune to wall-clock jumps.
 *
 * @param endNanos the {@link System#nanoTime()} value after which the search is late
 */
public record Deadline(long endNanos) {
  /** A deadline {@code limit} from now. */
  public static Deadline in(Duration limit) {
    return new Deadline(System.nanoTime() + limit.toNanos());
  }

  /** Whether the deadline has passed. */
  public boolean passed() {
    return System.nanoTime() - endNanos > 0;
  }

  /** What is left of the time, never negative. */
  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
  }
}
