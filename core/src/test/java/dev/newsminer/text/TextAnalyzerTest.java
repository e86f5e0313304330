package dev.newsminer.text;

import dev.newsminer.Sentence;
import dev.newsminer.Token;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  @Test
  void splitsSentencesAndTagsTokens() {
    List<Sentence> sentences = ANALYZER.analyze("IBM said on Monday it will invest $1 billion. Shares rose 3 pct.");
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).tokens()).extracting(Token::text)
        .containsExactly("IBM", "said", "on", "Monday", "it", "will", "invest", "$", "1", "billion", ".");
    assertThat(sentences.get(0).tokens().get(0).tag()).isEqualTo("PROPN");
    assertThat(sentences.get(0).tokens().get(1).tag()).isEqualTo("VERB");
  }

  @Test
  void offsetsPointIntoTheOriginalTextEvenWithTypographicQuotes() {
    String text = "Darío Gil, IBM’s Senior Vice President, said the “AI Alliance” will grow.\r\n\r\nIt has 50 members.";
    List<Sentence> sentences = ANALYZER.analyze(text);
    assertThat(sentences).hasSize(2);
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      }
    }
    assertThat(sentences.get(0).tokens()).extracting(Token::text).contains("IBM", "’s", "“", "Alliance", "”");
  }

  @Test
  void linesEndSentencesUnlessTheyRunOn() {
    String text = "MARKETS CLOSE HIGHER\nWheat 2.55 2.40\n"
        + "The company said that it would build a new plant in the state of Ohio and\nhire 500 workers.";
    List<Sentence> sentences = ANALYZER.analyze(text);
    assertThat(sentences).extracting(s -> s.text(text)).containsExactly("MARKETS CLOSE HIGHER", "Wheat 2.55 2.40",
        "The company said that it would build a new plant in the state of Ohio and\nhire 500 workers.");
  }

  @Test
  void aLegalFormsPeriodMidSentenceDoesNotEndTheSentence() {
    String text = "Harbor Foods Inc. has agreed to acquire Lakeside Dairy for 80 mln dlrs. "
        + "The deal was approved by IBM Corp. and by Delta Mills Co. on Monday. Shares of Orion Ltd. rose.";
    assertThat(ANALYZER.analyze(text)).extracting(s -> s.text(text)).containsExactly(
        "Harbor Foods Inc. has agreed to acquire Lakeside Dairy for 80 mln dlrs.",
        "The deal was approved by IBM Corp. and by Delta Mills Co. on Monday.",
        "Shares of Orion Ltd. rose.");
  }

  @Test
  void aLegalFormBeforeACapitalizedSentenceStillEndsIt() {
    String text = "The bid came from Kestrel Holdings Inc. The company said it would pay cash.";
    assertThat(ANALYZER.analyze(text)).extracting(s -> s.text(text)).containsExactly(
        "The bid came from Kestrel Holdings Inc.", "The company said it would pay cash.");
  }

  @Test
  void splitsReutersAngleBracketsOffNamesAndTickers() {
    String text = "Microsoft Corp <MSFT> and <CTI Data Inc> said they agreed.";
    List<String> words = ANALYZER.analyze(text).get(0).tokens().stream().map(Token::text).toList();
    assertThat(words).containsSubsequence("Corp", "<", "MSFT", ">", "and", "<", "CTI", "Data", "Inc", ">", "said");
  }

  @Test
  void offsetsStayInBoundsOnRandomText() {
    Random random = new Random(42);
    String alphabet = "abc XYZ.,;!?'\"\n\r\t-$%0123456789’“”— ";
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(300);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      int last = 0;
      for (Sentence s : ANALYZER.analyze(text)) {
        assertThat(s.start()).isGreaterThanOrEqualTo(last);
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        for (Token t : s.tokens()) {
          assertThat(t.start()).isGreaterThanOrEqualTo(s.start());
          assertThat(t.end()).isLessThanOrEqualTo(s.end());
          assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        last = s.end();
      }
    }
  }

  @Test
  void initialsThatBeginANameDoNotEndTheSentence() {
    String text = "Shares of H.K. Telephone rose 3 pct. L.F. Rothschild, Unterberg, Towbin Inc said it would buy them.";
    List<Sentence> sentences = ANALYZER.analyze(text);
    assertThat(sentences).extracting(s -> text.substring(s.start(), s.end())).containsExactly(
        "Shares of H.K. Telephone rose 3 pct.", "L.F. Rothschild, Unterberg, Towbin Inc said it would buy them.");
  }

  @Test
  void onlyNamesInitialsJoinSentences() {
    assertThat(TextAnalyzer.endsInNameInitials("shares of H.K.", 14)).isTrue();
    assertThat(TextAnalyzer.endsInNameInitials("sold in the U.S.", 16)).isFalse();
    assertThat(TextAnalyzer.endsInNameInitials("it bought ABC.", 14)).isFalse();
    assertThat(TextAnalyzer.endsInNameInitials("a plan B.", 9)).isFalse();
  }
}
