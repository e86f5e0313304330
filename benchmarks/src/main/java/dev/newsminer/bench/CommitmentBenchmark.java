package dev.newsminer.bench;

import dev.newsminer.Commitment;
import dev.newsminer.Extraction;
import dev.newsminer.commitment.CommitmentExtractor;
import java.util.List;
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
 * How fast is the commitment stage? {@link CommitmentExtractor#extract} on the sentences and
 * organizations the earlier stages found (through {@code NewsMiner.extract} in setup), one
 * extractor shared by all threads. One operation is one article.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class CommitmentBenchmark {

  /** The earlier stages' output for the sample, and the shared extractor. */
  @State(Scope.Benchmark)
  public static class Input {
    /** How many articles the fixed-seed sample holds. */
    @Param("1000")
    public int articles;

    List<Extraction> extractions;
    int[] tokens;
    CommitmentExtractor extractor;

    @Setup
    public void load() {
      AnalyzedSample sample = AnalyzedSample.of(articles);
      extractions = sample.extractions();
      tokens = sample.tokens;
      extractor = new CommitmentExtractor();
    }
  }

  /** Extracts the commitments of one article. */
  @Benchmark
  public List<Commitment> extract(Input input, Cursor cursor, TokenCounter counter) {
    int i = cursor.next(input.extractions.size());
    Extraction x = input.extractions.get(i);
    List<Commitment> result = input.extractor.extract(x.article(), x.sentences(), x.organizations());
    counter.add(input.tokens[i]);
    return result;
  }
}
