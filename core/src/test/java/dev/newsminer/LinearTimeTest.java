package dev.newsminer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.article.Article;
import dev.newsminer.commitment.CommitmentExtractor;
import dev.newsminer.entity.OrganizationFinder;
import dev.newsminer.text.TextAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Time per char stays flat as hostile inputs grow: each shape is extracted at 8k and at 128k chars,
 * and the CPU time per char of the larger may be at most {@value #MARGIN} times that of the smaller
 * (a stage quadratic in the length would be 16 times). {@code LinearTimeBenchmark} measures each
 * stage from 1k to 1M chars; this test keeps the build from slipping back.
 */
class LinearTimeTest {

  /** Generous: the machine is shared, and only a quadratic stage should fail. */
  private static final double MARGIN = 4;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final NewsMiner MINER = NewsMiner.english();
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static final OrganizationFinder FINDER = OrganizationFinder.standard();
  private static final CommitmentExtractor COMMITMENTS = new CommitmentExtractor();

  @Test
  void aRunOfLettersIsLinear() {
    assertLinear("letters", n -> "a".repeat(n));
  }

  @Test
  void repeatedAbbreviationsAreLinear() {
    assertLinear("a.", n -> "a.".repeat(n / 2));
  }

  @Test
  void oneOrganizationNamedThousandsOfTimesIsLinear() {
    assertLinear("IBM Corp", n -> "IBM Corp ".repeat(n / 9));
  }

  @Test
  void longRunsAreCutIntoTokensAndNoted() {
    Extraction x = MINER.extract(Article.of("t", "Blob", "Before " + "Q".repeat(100_000) + " after."));
    assertThat(x.sentences().stream().flatMap(s -> s.tokens().stream()))
        .allSatisfy(t -> assertThat(t.text().length()).isLessThanOrEqualTo(TextAnalyzer.MAX_TOKEN_CHARS));
    assertThat(x.errors()).singleElement().asString().contains("the longest 100000 chars")
        .contains("cut into tokens of " + TextAnalyzer.MAX_TOKEN_CHARS);
  }

  @Test
  void anArticleOverItsSentenceLimitKeepsTheFirstSentencesAndSaysSo() {
    NewsMiner miner = NewsMiner.builder().maxSentences(1000).build();
    Extraction x = miner.extract(Article.of("t", "Lines", "IBM said it will invest $5 million.\n" + "a\n".repeat(50_000)));
    assertThat(x.sentences()).hasSize(1000);
    assertThat(x.organizations()).extracting(o -> o.name()).contains("IBM");
    assertThat(x.errors()).singleElement().asString().contains("more than 1000 sentences");
  }

  @Test
  void anArticleOverItsTimeBudgetGetsAnErrorAndPartialResults() {
    NewsMiner miner = NewsMiner.builder().timeBudget(Duration.ofMillis(20)).build();
    String text = "Siemens said it will invest $40 million in a plant near Lyon.\n\n".repeat(20_000);
    Extraction x = miner.extract(Article.of("t", "Slow", text));
    assertThat(x.errors()).anySatisfy(e -> assertThat(e).contains("time budget of 0.02 s spent"));
    assertThat(x.sentences().size()).isLessThan(20_000);
  }

  private static void assertLinear(String shape, IntFunction<String> text) {
    cpuNanosPerChar(text.apply(8_000)); // warm-up
    double[] small = cpuNanosPerChar(text.apply(8_000));
    double[] large = cpuNanosPerChar(text.apply(128_000));
    String[] stages = {"text", "organizations", "commitments"};
    for (int i = 0; i < stages.length; i++) {
      assertThat(large[i]).as("%s, %s stage: %.0f ns/char at 128k against %.0f at 8k", shape, stages[i], large[i],
          small[i]).isLessThanOrEqualTo(Math.max(small[i], 50) * MARGIN);
    }
  }

  /** The CPU time per char of each stage, the best of two runs. */
  private static double[] cpuNanosPerChar(String text) {
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    Article article = Article.of("t", "Shape", text);
    for (int run = 0; run < 2; run++) {
      long start = THREADS.getCurrentThreadCpuTime();
      List<Sentence> sentences = ANALYZER.analyze(text);
      long analyzed = THREADS.getCurrentThreadCpuTime();
      List<Organization> organizations = FINDER.find(text, sentences);
      long found = THREADS.getCurrentThreadCpuTime();
      COMMITMENTS.extract(article, sentences, organizations);
      long done = THREADS.getCurrentThreadCpuTime();
      best[0] = Math.min(best[0], analyzed - start);
      best[1] = Math.min(best[1], found - analyzed);
      best[2] = Math.min(best[2], done - found);
    }
    return new double[] {best[0] / (double) text.length(), best[1] / (double) text.length(),
        best[2] / (double) text.length()};
  }
}
