package dev.newsminer.bench;

import dev.newsminer.text.TextModels;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
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
 * How fast is sentence detection? OpenNLP's {@code SentenceDetectorME} with the model the text
 * stage uses, over every non-blank line (paragraph) of an article, as the text stage feeds it.
 * One operation is one article.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SentenceDetectionBenchmark {

  /** The articles' lines and the shared model. */
  @State(Scope.Benchmark)
  public static class Input {
    /** How many articles the fixed-seed sample holds. */
    @Param("1000")
    public int articles;

    SentenceModel model;
    List<String[]> lines;
    int[] tokens;

    @Setup
    public void load() {
      AnalyzedSample sample = AnalyzedSample.of(articles);
      model = TextModels.sentences();
      lines = new ArrayList<>(sample.size());
      for (var article : sample.articles) {
        lines.add(article.text().lines().filter(line -> !line.isBlank()).toArray(String[]::new));
      }
      tokens = sample.tokens;
    }
  }

  /** One detector per thread: {@code SentenceDetectorME} is not thread-safe. */
  @State(Scope.Thread)
  public static class Detector {
    SentenceDetectorME detector;

    @Setup
    public void create(Input input) {
      detector = new SentenceDetectorME(input.model);
    }
  }

  /** Detects the sentences of one article; returns how many it found. */
  @Benchmark
  public int detect(Input input, Detector d, Cursor cursor, TokenCounter counter) {
    int i = cursor.next(input.lines.size());
    int found = 0;
    for (String line : input.lines.get(i)) {
      found += d.detector.sentPosDetect(line).length;
    }
    counter.add(input.tokens[i]);
    return found;
  }
}
