package nl.koers.serve;

import java.util.function.Supplier;
import nl.koers.engine.Deadline;

/**
 * How much work the server takes on at once, so that it sheds load instead of falling over (the way
 * OpenSearch answers 429 from a full search queue and trips a circuit breaker before a request
 * would exhaust the heap).
 *
 * @param requests API requests answered at once; more wait in line for {@code waitMillis}, then get
 *     503 with {@code Retry-After}
 * @param heavy requests at once that read many papers (timelines, tables, graphs, exports)
 * @param waitMillis how long a request waits for its turn before it is turned away
 * @param heapBudgetBytes memory that requests reading papers may hold at once (a share of the heap)
 * @param bytesPerPaper what one paper read from the index holds in memory; 0 estimates it from the
 *     size of the index on disk ({@link MemoryBreaker#calibrate})
 * @param searchTimeout a fresh time limit for each search
 * @param idleTimeoutMillis how long a connection may send nothing (a body shorter than its
 *     Content-Length) before it is closed
 * @param threads Jetty's worker threads; beyond them connections queue (bounded)
 */
public record Limits(
    int requests,
    int heavy,
    long waitMillis,
    long heapBudgetBytes,
    long bytesPerPaper,
    Supplier<Deadline> searchTimeout,
    long idleTimeoutMillis,
    int threads) {

  /** Seconds a client is told to wait ({@code Retry-After}) when the server is busy. */
  static final int RETRY_AFTER_SECONDS = 2;

  /**
   * Defaults for this JVM: as many heavy requests as cores (they are CPU-bound once their papers
   * are read), half the heap for papers held by requests (the rest is Lucene, caches and the
   * answers kept per snapshot), a paper's memory estimated from the index, and five seconds per
   * search.
   */
  public static Limits defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new Limits(
        32,
        Math.max(2, cores),
        2_000,
        Runtime.getRuntime().maxMemory() / 2,
        0,
        () -> Deadline.in(java.time.Duration.ofSeconds(5)),
        10_000,
        64);
  }
}
