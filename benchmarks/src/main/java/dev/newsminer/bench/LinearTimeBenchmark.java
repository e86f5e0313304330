package dev.newsminer.bench;

import dev.newsminer.Commitment;
import dev.newsminer.Organization;
import dev.newsminer.Sentence;
import dev.newsminer.article.Article;
import dev.newsminer.commitment.CommitmentExtractor;
import dev.newsminer.entity.OrganizationFinder;
import dev.newsminer.text.TextAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Random;
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
 * Does the time per char of each stage stay flat as an input grows from 1k to 1M chars, whatever its
 * shape? One operation is one text through one stage (text, organizations, commitments); divide the
 * time per operation by {@code chars} for the time per char, which must not grow with {@code chars}.
 *
 * <p>The shapes are the ones hostile or broken input takes: prose, one sentence without a full
 * stop, a run of letters, {@code a.} repeated, short lines, one organization named over and over,
 * thousands of distinct organizations. Not part of {@code run.sh}'s suite: run it with
 * {@code java -jar benchmarks/target/benchmarks.jar LinearTimeBenchmark}, or for a quick table of
 * CPU time per char (no JMH, about a minute) with
 * {@code java -cp benchmarks/target/benchmarks.jar dev.newsminer.bench.LinearTimeBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class LinearTimeBenchmark {

  /** One text of one shape and size, with what the earlier stages made of it. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The shape of the text; see {@link #text(String, int)}. */
    @Param({"prose", "sentence", "letters", "dots", "lines", "caps", "distinct"})
    public String shape;

    /** Its length in chars. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int chars;

    String text;
    Article article;
    TextAnalyzer analyzer;
    OrganizationFinder finder;
    CommitmentExtractor commitments;
    List<Sentence> sentences;
    List<Organization> organizations;

    @Setup
    public void prepare() {
      text = text(shape, chars);
      article = Article.of("shape", shape, text);
      analyzer = new TextAnalyzer();
      finder = OrganizationFinder.standard();
      commitments = new CommitmentExtractor();
      sentences = analyzer.analyze(text);
      organizations = finder.find(text, sentences);
    }
  }

  /** The text stage: sentences, tokens, tags. */
  @Benchmark
  public List<Sentence> text(Input in) {
    return in.analyzer.analyze(in.text);
  }

  /** The organization stage. */
  @Benchmark
  public List<Organization> organizations(Input in) {
    return in.finder.find(in.text, in.sentences);
  }

  /** The commitment stage. */
  @Benchmark
  public List<Commitment> commitments(Input in) {
    return in.commitments.extract(in.article, in.sentences, in.organizations);
  }

  /** A text of {@code chars} chars in the given shape, the same for every run. */
  static String text(String shape, int chars) {
    StringBuilder s = new StringBuilder(chars + 100);
    Random random = new Random(7);
    String[] words = {"the", "company", "said", "it", "will", "invest", "in", "new", "plants", "Siemens", "and",
        "Toyota", "billion", "dollars", "$5", "Inc", "of"};
    for (int i = 0; s.length() < chars; i++) {
      switch (shape) {
        case "prose" -> s.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
        case "sentence" -> s.append(words[random.nextInt(words.length)]).append(' ');
        case "letters" -> s.append('a');
        case "dots" -> s.append("a.");
        case "lines" -> s.append("a\n");
        case "caps" -> s.append("IBM Corp ");
        case "distinct" -> s.append("Zor").append(Integer.toString(i, 36)).append(" Holdings Inc said it will invest $")
            .append(i % 97).append(" million in Vex").append(Integer.toString(i * 7, 36)).append(" Corp. ");
        default -> throw new IllegalArgumentException("unknown shape " + shape);
      }
    }
    s.setLength(chars);
    return s.toString();
  }

  /** Prints the CPU time per char of each stage for each shape and size, without JMH. */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    TextAnalyzer analyzer = new TextAnalyzer();
    OrganizationFinder finder = OrganizationFinder.standard();
    CommitmentExtractor extractor = new CommitmentExtractor();
    String prose = text("prose", 50_000);
    for (int i = 0; i < 3; i++) {
      extractor.extract(Article.of("w", "w", prose), analyzer.analyze(prose), finder.find(prose, analyzer.analyze(prose)));
    }
    System.out.println("shape       chars   text ns/char   organizations ns/char   commitments ns/char");
    for (String shape : List.of("prose", "sentence", "letters", "dots", "lines", "caps", "distinct")) {
      for (int chars : new int[] {1000, 10_000, 100_000, 1_000_000}) {
        String text = text(shape, chars);
        long t0 = threads.getCurrentThreadCpuTime();
        List<Sentence> sentences = analyzer.analyze(text);
        long t1 = threads.getCurrentThreadCpuTime();
        List<Organization> organizations = finder.find(text, sentences);
        long t2 = threads.getCurrentThreadCpuTime();
        extractor.extract(Article.of("shape", shape, text), sentences, organizations);
        long t3 = threads.getCurrentThreadCpuTime();
        System.out.printf("%-9s %8d %14.0f %23.0f %21.0f%n", shape, chars, (t1 - t0) / (double) chars,
            (t2 - t1) / (double) chars, (t3 - t2) / (double) chars);
      }
    }
  }
}
