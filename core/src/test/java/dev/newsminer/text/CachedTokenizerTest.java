package dev.newsminer.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class CachedTokenizerTest {

  private final TokenizerME plain = new TokenizerME(TextModels.tokens());
  private final CachedTokenizer cached = new CachedTokenizer(new TokenizerME(TextModels.tokens()));

  @Test
  void givesTheTokensOfTheModelForTrickyChunks() {
    for (String text : List.of("IBM's $1.5 billion (U.S.) deal, e.g. \"AI-driven\" can't won't cannot.",
        "tabs\tand\u00A0no-break\u2009thin spaces", "  leading and trailing  ", "", " ", "a", "x.", "3.5%,",
        "Hewlett-Packard Co.'s 1987/88 results:")) {
      assertSameTokens(text);
      assertSameTokens(text); // the second time from memory
    }
  }

  @Test
  void givesTheTokensOfTheModelOnRandomText() {
    Random random = new Random(7);
    String alphabet = "abcXYZ.,;'\"-$%019 \t\u00A0";
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSameTokens(sb.toString());
    }
  }

  @Test
  void givesTheTokensOfTheModelOnTheExamples() throws IOException {
    try (Stream<Path> files = Files.list(SharedData.examples())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.readString(file).lines().forEach(this::assertSameTokens);
      }
    }
  }

  private void assertSameTokens(String text) {
    Span[] expected = plain.tokenizePos(text);
    Span[] actual = cached.tokenizePos(text);
    assertThat(Arrays.asList(actual)).as(text).isEqualTo(Arrays.asList(expected));
  }
}
