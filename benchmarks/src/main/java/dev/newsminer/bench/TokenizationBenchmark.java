package dev.newsminer.bench;

import dev.newsminer.text.TextModels;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
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
 * How fast is tokenization? OpenNLP's {@code TokenizerME} with the model the text stage uses, over
 * the sentences the text stage found in an article. One operation is one article.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class TokenizationBenchmark {

  /** The articles' sentences and the shared model. */
  @State(Scope.Benchmark)
  public static class Input {
    /** How many articles the fixed-seed sample holds. */
    @Param("1000")
    public int articles;

    TokenizerModel model;
    List<String[]> sentences;
    int[] tokens;

    @Setup
    public void load() {
      AnalyzedSample sample = AnalyzedSample.of(articles);
      model = TextModels.tokens();
      sentences = new ArrayList<>(sample.size());
      for (int i = 0; i < sample.size(); i++) {
        String text = sample.articles.get(i).text();
        sentences.add(sample.sentences.get(i).stream().map(s -> s.text(text)).toArray(String[]::new));
      }
      tokens = sample.tokens;
    }
  }

  /** One tokenizer per thread: {@code TokenizerME} is not thread-safe. */
  @State(Scope.Thread)
  public static class Tokenizer {
    TokenizerME tokenizer;

    @Setup
    public void create(Input input) {
      tokenizer = new TokenizerME(input.model);
    }
  }

  /** Tokenizes the sentences of one article; returns how many tokens it found. */
  @Benchmark
  public int tokenize(Input input, Tokenizer t, Cursor cursor, TokenCounter counter) {
    int i = cursor.next(input.sentences.size());
    int found = 0;
    for (String sentence : input.sentences.get(i)) {
      found += t.tokenizer.tokenizePos(sentence).length;
    }
    counter.add(input.tokens[i]);
    return found;
  }

}
