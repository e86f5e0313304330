package dev.newsminer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU time a benchmark thread spent and the tokens it processed in that time, so that a run on
 * a busy machine still gives a fair rate: {@code cpuTokens / cpuMicros} is tokens per CPU
 * microsecond, which other processes taking turns on the cores do not dilute the way they dilute
 * tokens per (wall-clock) second; {@code cpuMicros / cpuOps} is the CPU time of one operation.
 * {@link TokenCounter} feeds it, or the benchmark method itself.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU microseconds spent by this thread in the iteration's operations so far. */
  public long cpuMicros;

  /** Tokens processed in that time. */
  public long cpuTokens;

  /** Operations done in that time. */
  public long cpuOps;

  private long last;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    cpuMicros = 0;
    cpuTokens = 0;
    cpuOps = 0;
    last = THREADS.getCurrentThreadCpuTime();
  }

  void add(int tokens) {
    long now = THREADS.getCurrentThreadCpuTime();
    cpuMicros += (now - last) / 1000;
    last = now;
    cpuTokens += tokens;
    cpuOps++;
  }
}
