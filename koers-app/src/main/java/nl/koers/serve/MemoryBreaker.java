package nl.koers.serve;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A circuit breaker on the memory requests hold: before a request reads many papers it reserves
 * their estimated size against a budget (a share of the heap), and gives it back when done. A
 * request that would go over the budget is refused before it reads anything, as OpenSearch's
 * request breaker does: 503 with {@code Retry-After} when others hold the memory, 400 when the
 * request alone is larger than the budget (retrying would not help; narrowing it does).
 * Thread-safe.
 */
final class MemoryBreaker {
  /**
   * What a paper read from the index holds in memory, per byte the index takes on disk per paper:
   * measured 2.5 (42 KB a generated paper in memory, 17 KB on disk; 49 KB for the dev excerpts),
   * rounded up.
   */
  static final int MEMORY_PER_DISK_BYTE = 3;

  /** The least a paper is taken to hold, however small the index. */
  static final long MIN_BYTES_PER_PAPER = 16 * 1024;

  private final long budget;
  private final boolean fixed;
  private volatile long bytesPerPaper;
  private final AtomicLong reserved = new AtomicLong();

  /**
   * @param bytesPerPaper what one paper is taken to hold; 0 means {@link #calibrate estimated} from
   *     the index on disk
   */
  MemoryBreaker(long budget, long bytesPerPaper) {
    this.budget = budget;
    this.fixed = bytesPerPaper > 0;
    this.bytesPerPaper = fixed ? bytesPerPaper : MIN_BYTES_PER_PAPER;
  }

  /** Estimates a paper's memory from the size of the index on disk (unless it was fixed). */
  void calibrate(long indexBytes, long papers) {
    if (!fixed && papers > 0) {
      bytesPerPaper = Math.max(MIN_BYTES_PER_PAPER, MEMORY_PER_DISK_BYTE * indexBytes / papers);
    }
  }

  long bytesPerPaper() {
    return bytesPerPaper;
  }

  /** Memory reserved by one request; closing it gives the memory back. */
  interface Reservation extends AutoCloseable {
    @Override
    void close();
  }

  /** Reserves the memory {@code papers} papers take, or refuses the request. */
  Reservation reserve(long papers, String what) {
    long bytesPerPaper = this.bytesPerPaper;
    long bytes = Math.max(0, papers) * bytesPerPaper;
    if (bytes > budget) {
      throw ApiError.badRequest(
          what
              + " would read "
              + papers
              + " papers, more than this server holds in memory at once (about "
              + budget / bytesPerPaper
              + "); narrow it with from/to, kind, entity or topic");
    }
    long now = reserved.addAndGet(bytes);
    if (now > budget) {
      reserved.addAndGet(-bytes);
      throw LoadShedder.busy(
          "the server is busy reading papers for other requests (" + what + "); retry shortly");
    }
    return () -> reserved.addAndGet(-bytes);
  }

  /** Bytes held by requests now. */
  long reserved() {
    return reserved.get();
  }
}
