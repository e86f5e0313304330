package dev.newsminer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsminer.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class CachingEnglishAnalyzerTest {

  private static final String EDGES = "The company's shares, the COMPANY'S shares and the companies' shares rose. "
      + "It is what it is: to be or not to be. Running runs ran; generously generous generosity. "
      + "IBM’s $100 million (U.S.) for 2,000 universities in 2024-2029 — Nestlé, Zürich, 東京 and e-mail@example.com. "
      + "An and the of to a";

  @Test
  void givesTheTermsPositionsAndOffsetsOfEnglishAnalyzer() throws IOException {
    try (Analyzer english = new EnglishAnalyzer(); Analyzer caching = new CachingEnglishAnalyzer()) {
      for (String text : texts()) {
        // Twice: the second pass takes every word from the memory.
        assertThat(tokens(caching, text)).isEqualTo(tokens(english, text));
        assertThat(tokens(caching, text)).isEqualTo(tokens(english, text));
      }
    }
  }

  @Test
  void wordsBeyondAFullMemoryAreAnalyzedAsTheyCome() throws IOException {
    try (Analyzer english = new EnglishAnalyzer(); Analyzer caching = new CachingEnglishAnalyzer(5)) {
      Random random = new Random(7);
      StringBuilder text = new StringBuilder(EDGES);
      for (int i = 0; i < 2_000; i++) {
        text.append(' ').append(random.nextBoolean() ? "the" : "").append((char) ('a' + random.nextInt(26)))
            .append(Integer.toString(random.nextInt(500), 36)).append(random.nextInt(4) == 0 ? "'s" : "ing");
      }
      assertThat(tokens(caching, text.toString())).isEqualTo(tokens(english, text.toString()));
      assertThat(tokens(caching, text.toString())).isEqualTo(tokens(english, text.toString()));
    }
  }

  @Test
  void threadsWithTheirOwnMemoriesAgreeWithOneThread() throws Exception {
    List<String> texts = texts();
    try (Analyzer english = new EnglishAnalyzer(); Analyzer caching = new CachingEnglishAnalyzer()) {
      List<List<String>> expected = new ArrayList<>();
      for (String text : texts) {
        expected.add(tokens(english, text));
      }
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<List<List<String>>>> runs = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
          runs.add(pool.submit(() -> {
            List<List<String>> out = new ArrayList<>();
            for (String text : texts) {
              out.add(tokens(caching, text));
            }
            return out;
          }));
        }
        for (Future<List<List<String>>> run : runs) {
          assertThat(run.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void rejectsANegativeMemorySize() {
    assertThatThrownBy(() -> new CachingEnglishAnalyzer(-1)).hasMessage("memorySize must be >= 0; got -1");
  }

  /** The edge cases, the examples and, when ../shared is present, 300 Reuters articles. */
  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>(List.of(EDGES, "", "the", "Shares of the"));
    try (Stream<Path> files = Files.list(SharedData.examples())) {
      for (Path f : files.sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    try {
      for (Path f : SharedData.reuters(300)) {
        texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    } catch (TestAbortedException absent) {
      // ../shared is absent: the examples alone
    }
    return texts;
  }

  /** Every token as "term posInc posLen start-end type", then the final offset and position increment. */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " " + inc.getPositionIncrement() + " " + len.getPositionLength() + " "
            + offset.startOffset() + "-" + offset.endOffset() + " " + type.type());
      }
      ts.end();
      out.add("end " + offset.endOffset() + " " + inc.getPositionIncrement());
    }
    return out;
  }
}
