package nl.koers;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The CPU time the calling thread spends on a piece of work: a bound on work that a busy machine
 * does not inflate, unlike wall-clock time.
 */
public final class Work {
  private Work() {}

  public static Duration cpu(Runnable work) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long before = cpu.getCurrentThreadCpuTime();
    work.run();
    return Duration.ofNanos(cpu.getCurrentThreadCpuTime() - before);
  }
}
