package dev.newsminer.bench;

import dev.newsminer.Extraction;
import dev.newsminer.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast is index writing, and how much does it add to extraction? {@link ArticleIndex#add} of
 * extractions made beforehand, into a fresh index on disk per iteration that commits every
 * {@link ArticleIndex#DEFAULT_COMMIT_EVERY} articles as {@code newsminer index} does. Every add gets
 * a new article id, so the index grows as in a first run instead of replacing documents. One
 * operation is one article; compare with {@link ExtractionBenchmark} for the share of indexing.
 *
 * <p>The warm-up is 30 s because Lucene's indexing chain keeps getting faster that long (6,200 →
 * 7,700 articles/s over six 5 s warm-up iterations); with the suite's usual 6 s, runs differed by
 * a third. The CPU counter sees only the benchmark thread, not Lucene's background merges.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class IndexingBenchmark {

  /** The extractions of the sample. */
  @State(Scope.Benchmark)
  public static class Input {
    /** How many articles the fixed-seed sample holds. */
    @Param("1000")
    public int articles;

    List<Extraction> extractions;
    int[] tokens;

    @Setup
    public void load() {
      AnalyzedSample sample = AnalyzedSample.of(articles);
      extractions = sample.extractions();
      tokens = sample.tokens;
    }
  }

  /** A fresh index per iteration, shared by the threads as {@code newsminer index --threads} shares it. */
  @State(Scope.Benchmark)
  public static class Index {
    Path folder;
    ArticleIndex index;
    final AtomicLong added = new AtomicLong();

    @Setup(Level.Iteration)
    public void open() throws IOException {
      folder = Files.createTempDirectory("newsminer-bench-index");
      index = ArticleIndex.open(folder);
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
      index.close();
      TempFolders.delete(folder);
    }
  }

  /** Adds one article's extraction under a new id. */
  @Benchmark
  public long add(Input input, Index index, Cursor cursor, TokenCounter counter) throws IOException {
    int i = cursor.next(input.extractions.size());
    Extraction x = input.extractions.get(i);
    long n = index.added.incrementAndGet();
    index.index.add(new Extraction(x.article().withId(x.article().id() + "-" + n), x.sentences(),
        x.organizations(), x.commitments(), x.errors()));
    counter.add(input.tokens[i]);
    return n;
  }
}
