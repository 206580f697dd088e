package nl.koers.serve;

import java.io.Closeable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work of {@code koers serve --sync-every/--watch-every}: a list of jobs (sync, then
 * watches) run one after the other on one daemon thread, every period counted from the end of the
 * previous round, so rounds never overlap and never hold a request thread. A job that fails is
 * logged and its message kept for {@code GET /v1/schedule}; the next job and the next round still
 * run.
 */
public final class Schedule implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Schedule.class);

  /** One piece of background work. */
  public interface Job {
    String name();

    /** Does the work once; throws to report a failure. */
    void run() throws Exception;

    static Job of(String name, Work work) {
      return new Job() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public void run() throws Exception {
          work.run();
        }
      };
    }
  }

  /** The body of a job. */
  public interface Work {
    void run() throws Exception;
  }

  /**
   * How one job went.
   *
   * @param lastStart when it last started (ISO instant), null for never
   * @param lastMillis how long its last run took
   * @param lastError why its last run failed, null when it succeeded
   */
  public record JobStatus(
      String job, long runs, long failures, String lastStart, long lastMillis, String lastError) {}

  /** The schedule and its jobs, as {@code GET /v1/schedule} answers. */
  public record Status(boolean enabled, long everySeconds, boolean running, List<JobStatus> jobs) {}

  private final Duration every;
  private final List<Job> jobs;
  private final Map<String, JobStatus> status = new LinkedHashMap<>();
  private volatile boolean running;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "koers-schedule");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
          });

  /** Starts running {@code jobs} every {@code every}, the first round after {@code delay}. */
  public Schedule(Duration every, Duration delay, List<Job> jobs) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("the schedule's period must be positive, was " + every);
    }
    this.every = every;
    this.jobs = List.copyOf(jobs);
    for (Job j : jobs) {
      status.put(j.name(), new JobStatus(j.name(), 0, 0, null, 0, null));
    }
    thread.scheduleWithFixedDelay(
        this::round, delay.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One round: every job once, in order. */
  private void round() {
    running = true;
    try {
      for (Job j : jobs) {
        long start = System.currentTimeMillis();
        String error = null;
        try {
          j.run();
        } catch (Exception | LinkageError e) {
          error = e.getMessage() == null ? e.toString() : e.getMessage();
          LOG.warn("background job {} failed: {}", j.name(), error);
        }
        long took = System.currentTimeMillis() - start;
        synchronized (status) {
          JobStatus old = status.get(j.name());
          status.put(
              j.name(),
              new JobStatus(
                  j.name(),
                  old.runs() + 1,
                  old.failures() + (error == null ? 0 : 1),
                  Instant.ofEpochMilli(start).toString(),
                  took,
                  error));
        }
      }
    } finally {
      running = false;
    }
  }

  public Status status() {
    synchronized (status) {
      return new Status(true, every.toSeconds(), running, new ArrayList<>(status.values()));
    }
  }

  /** What {@code GET /v1/schedule} answers when the server runs no schedule. */
  static Status disabled() {
    return new Status(false, 0, false, List.of());
  }

  /**
   * Reads a period as the command line writes it: {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d},
   * or an ISO-8601 duration ({@code PT15M}).
   */
  public static Duration period(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      Duration d =
          switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException();
          };
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException();
      }
      return d;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "not a period: \"" + text + "\" (write 90s, 15m, 2h or 1d)", e);
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
