package dev.newsminer.bench;

import dev.newsminer.Extraction;
import dev.newsminer.NewsMiner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast is the whole extraction? {@link NewsMiner#extract} with every stage, one
 * {@code NewsMiner} shared by all threads (run with {@code -t 2} for the scaling figure). One
 * operation is one article.
 *
 * <p>The warm-up is long (50 s) because with {@code -t 2} the two benchmark threads keep both vCPUs
 * busy and the JIT compiler threads get only what is left: after 20 s of two-thread warm-up they
 * still took 14-20% of the CPU, after 60 s under 2%. A short warm-up measured the compiler, not
 * newsminer (1.45x instead of about 2x).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 5)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ExtractionBenchmark {

  /** The articles and the shared {@code NewsMiner}. */
  @State(Scope.Benchmark)
  public static class Input {
    /** How many articles the fixed-seed sample holds. */
    @Param("1000")
    public int articles;

    AnalyzedSample sample;
    NewsMiner miner;

    @Setup
    public void load() {
      sample = AnalyzedSample.of(articles);
      miner = NewsMiner.english();
    }
  }

  /** Extracts one article. */
  @Benchmark
  public Extraction extract(Input input, Cursor cursor, TokenCounter counter) {
    int i = cursor.next(input.sample.size());
    Extraction result = input.miner.extract(input.sample.articles.get(i));
    counter.add(input.sample.tokens[i]);
    return result;
  }
}
