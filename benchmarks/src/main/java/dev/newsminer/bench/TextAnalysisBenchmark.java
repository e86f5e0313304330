package dev.newsminer.bench;

import dev.newsminer.Sentence;
import dev.newsminer.text.TextAnalyzer;
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
 * How fast is the whole text stage? {@link TextAnalyzer#analyze(String)}: normalization, sentence
 * detection, tokenization, POS tagging and the {@code Sentence} and {@code Token} records, shared by
 * all threads as {@code NewsMiner} shares it. One operation is one article.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class TextAnalysisBenchmark {

  /** The articles and the shared analyzer. */
  @State(Scope.Benchmark)
  public static class Input {
    /** How many articles the fixed-seed sample holds. */
    @Param("1000")
    public int articles;

    AnalyzedSample sample;
    TextAnalyzer analyzer;

    @Setup
    public void load() {
      sample = AnalyzedSample.of(articles);
      analyzer = new TextAnalyzer();
    }
  }

  /** Analyzes one article; returns its sentences. */
  @Benchmark
  public List<Sentence> analyze(Input input, Cursor cursor, TokenCounter counter) {
    int i = cursor.next(input.sample.size());
    List<Sentence> result = input.analyzer.analyze(input.sample.articles.get(i).text());
    counter.add(input.sample.tokens[i]);
    return result;
  }
}
