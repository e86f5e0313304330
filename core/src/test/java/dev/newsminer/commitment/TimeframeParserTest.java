package dev.newsminer.commitment;

import dev.newsminer.Timeframe;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeframeParserTest {

  private static final LocalDate MAY_29_2024 = LocalDate.of(2024, 5, 29);

  @Test
  void relativeSpanIsResolvedAgainstTheArticleDate() {
    Timeframe t = TimeframeParser.parse("over the next five years", MAY_29_2024);
    assertThat(t.text()).isEqualTo("over the next five years");
    assertThat(t.until()).isEqualTo(LocalDate.of(2029, 5, 29));
    assertThat(TimeframeParser.parse("within 12 months", MAY_29_2024).until()).isEqualTo(LocalDate.of(2025, 5, 29));
    assertThat(TimeframeParser.parse("over 18 months", MAY_29_2024).until()).isEqualTo(LocalDate.of(2025, 11, 29));
  }

  @Test
  void relativeSpanWithoutArticleDateHasNoEnd() {
    Timeframe t = TimeframeParser.parse("over the next two years", null);
    assertThat(t.text()).isEqualTo("over the next two years");
    assertThat(t.until()).isNull();
  }

  @Test
  void yearsAreAbsolute() {
    assertThat(TimeframeParser.parse("by 2030", null)).isEqualTo(new Timeframe("by 2030", LocalDate.of(2030, 12, 31)));
    assertThat(TimeframeParser.parse("in 1988", null).until()).isEqualTo(LocalDate.of(1988, 12, 31));
    assertThat(TimeframeParser.parse("by the end of 2026", null))
        .isEqualTo(new Timeframe("by the end of 2026", LocalDate.of(2026, 12, 31)));
    assertThat(TimeframeParser.parse("by March 2026", null).until()).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void namedPeriodsFollowTheArticleDate() {
    assertThat(TimeframeParser.parse("this summer", MAY_29_2024).until()).isEqualTo(LocalDate.of(2024, 8, 31));
    assertThat(TimeframeParser.parse("next year", MAY_29_2024).until()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(TimeframeParser.parse("later this year", MAY_29_2024).until()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(TimeframeParser.parse("by December", MAY_29_2024).until()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(TimeframeParser.parse("tomorrow", MAY_29_2024).until()).isEqualTo(LocalDate.of(2024, 5, 30));
  }

  @Test
  void startDateIsATimeframeWithoutEnd() {
    Timeframe t = TimeframeParser.parse("from April 2026", null);
    assertThat(t.text()).isEqualTo("from April 2026");
    assertThat(t.until()).isNull();
  }

  @Test
  void findsTimeframesInsideASentenceWithOffsets() {
    String s = "Tata Steel will invest Rs 500 crore over the next two years to expand recycling.";
    var found = TimeframeParser.find(s, 0, s.length(), null);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.timeframe().text()).isEqualTo("over the next two years");
      assertThat(s.substring(f.start(), f.end())).isEqualTo("over the next two years");
    });
  }

  @Test
  void ignoresWordsThatOnlyLookLikeTimeframes() {
    assertThat(TimeframeParser.parse("in the company", null)).isNull();
    assertThat(TimeframeParser.parse("by Siemens", null)).isNull();
    assertThat(TimeframeParser.parse("over five pct", null)).isNull();
  }
}
