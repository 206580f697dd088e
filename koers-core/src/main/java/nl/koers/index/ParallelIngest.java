package nl.koers.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.koers.pipeline.PaperProcessor;

/**
 * Ingest on every core: a bounded pool reads, cleans, segments and annotates papers ({@link
 * PaperIndex#prepare}) while the calling thread writes them ({@link PaperIndex#write}) one by one
 * <em>in input order</em>. Which file keeps a paper, which is "unchanged" or "same paper as …" is
 * therefore decided exactly as a one-by-one ingest decides it, whatever the threads' timing.
 *
 * <p>Memory stays bounded whatever the corpus: at most {@link #budget} bytes of input are in flight
 * (read, being annotated, or annotated and waiting for the writer), a file weighing its size; a
 * file larger than the budget waits until it can run alone. With one thread nothing runs in the
 * background at all.
 */
public final class ParallelIngest {
  /** A file's least weight: a tiny file still holds a document, its annotations and its entries. */
  static final long MIN_WEIGHT = 16 * 1024;

  /** One file to ingest, and what it weighs in memory while it is in flight. */
  public interface Input {
    String source();

    long weight();

    PreparedPaper prepare(PaperIndex index, PaperProcessor processor);

    /** A file on disk; its size is its weight. */
    static Input file(Path file) {
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        size = 0; // prepare reports why the file cannot be read
      }
      long weight = size;
      String source = file.toAbsolutePath().normalize().toString();
      return new Input() {
        @Override
        public String source() {
          return source;
        }

        @Override
        public long weight() {
          return weight;
        }

        @Override
        public PreparedPaper prepare(PaperIndex index, PaperProcessor processor) {
          return index.prepare(file, processor);
        }
      };
    }

    /** Bytes already in memory (an upload, a generated paper). */
    static Input bytes(String source, byte[] bytes) {
      return new Input() {
        @Override
        public String source() {
          return source;
        }

        @Override
        public long weight() {
          return bytes.length;
        }

        @Override
        public PreparedPaper prepare(PaperIndex index, PaperProcessor processor) {
          return index.prepare(source, bytes, processor, Map.of());
        }
      };
    }
  }

  private final PaperIndex index;
  private final PaperProcessor processor;
  private final int threads;
  private final long budget;

  /**
   * @param threads how many papers are annotated at once; 1 runs everything on the calling thread
   */
  public ParallelIngest(PaperIndex index, PaperProcessor processor, int threads) {
    this(index, processor, threads, defaultBudget());
  }

  ParallelIngest(PaperIndex index, PaperProcessor processor, int threads, long budget) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.index = index;
    this.processor = processor;
    this.threads = threads;
    this.budget = Math.max(MIN_WEIGHT, budget);
  }

  /** The threads {@code --threads} defaults to: one per core. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Bytes of input in flight: annotating takes some 200 bytes of heap a character at its peak (see
   * {@link nl.koers.read.ReadLimits}), so a 400th of the heap keeps the papers in flight within
   * half of it. At -Xmx1g that is 2.7 MB: a hundred ordinary papers, or one big one alone.
   */
  static long defaultBudget() {
    return Math.max(1L << 20, Runtime.getRuntime().maxMemory() / 400);
  }

  /**
   * Ingests every input, handing each outcome to {@code done} in input order on the calling thread.
   * A bad file never stops the batch; an I/O error of the index itself does, and is thrown.
   */
  public void run(Iterable<? extends Input> inputs, Consumer<IngestResult> done)
      throws IOException {
    if (threads == 1) {
      for (Input in : inputs) {
        done.accept(write(in, prepareOne(in)));
      }
      return;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "koers-ingest-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Pending> window = new ArrayDeque<>();
    long inFlight = 0;
    try {
      for (Input in : inputs) {
        long weight = Math.min(budget, Math.max(MIN_WEIGHT, in.weight()));
        // room first: the oldest paper is written (and its memory freed) before a new one starts
        while (!window.isEmpty() && (inFlight + weight > budget || window.size() >= threads * 8)) {
          Pending head = window.removeFirst();
          inFlight -= head.weight();
          done.accept(finish(head));
        }
        window.addLast(new Pending(in, weight, pool.submit(() -> prepareOne(in))));
        inFlight += weight;
      }
      while (!window.isEmpty()) {
        done.accept(finish(window.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private record Pending(Input input, long weight, Future<PreparedPaper> prepared) {}

  private IngestResult finish(Pending p) throws IOException {
    PreparedPaper prepared;
    try {
      prepared = p.prepared().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } catch (ExecutionException e) {
      // prepareOne catches what a file can throw; anything else is the JVM's
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
    return write(p.input(), prepared);
  }

  /**
   * One file through the pipeline, whatever happens inside: an error of any kind (a bug, a
   * library's assertion, memory) fails this file and the batch goes on.
   */
  private PreparedPaper prepareOne(Input in) {
    try {
      return in.prepare(index, processor);
    } catch (OutOfMemoryError e) {
      return PreparedPaper.early(outOfMemory(in.source()));
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      return PreparedPaper.early(failed(in.source(), "internal error: " + e));
    }
  }

  /** The writer's part; only an I/O error of the index itself or a broken JVM ends the batch. */
  private IngestResult write(Input in, PreparedPaper prepared) throws IOException {
    try {
      return index.write(prepared, processor);
    } catch (OutOfMemoryError e) {
      return outOfMemory(in.source());
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      return failed(in.source(), "internal error: " + e);
    }
  }

  private static IngestResult outOfMemory(String source) {
    return failed(source, "ran out of memory (give Koers more with KOERS_JAVA_OPTS=-Xmx…)");
  }

  private static IngestResult failed(String source, String reason) {
    return new IngestResult(source, IngestResult.Status.FAILED, null, reason);
  }
}
