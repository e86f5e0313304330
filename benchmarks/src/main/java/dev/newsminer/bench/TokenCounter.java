package dev.newsminer.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the tokens a benchmark thread processed, so that JMH reports tokens per second beside
 * operations (articles) per second.
 *
 * <p>JMH sums the counter over threads, as it sums operations: with {@code -t N} divide by N for
 * tokens per second per thread. Tokens are counted the way {@code Extraction.tokenCount()} counts
 * them, whatever the stage, so that the rates of all stages compare. {@link CpuTime} gets the same
 * counts with the CPU time spent.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TokenCounter {

  /** Tokens processed in the current iteration. */
  public long tokens;

  private CpuTime cpu;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset(CpuTime cpuTime) {
    tokens = 0;
    cpu = cpuTime;
  }

  /** Counts the tokens of one operation, and the CPU time it took. */
  void add(int n) {
    tokens += n;
    cpu.add(n);
  }
}
