package dev.newsminer.commitment;

import dev.newsminer.Amount;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyParserTest {

  private static void assertAmount(String text, double value, String currency, boolean approximate, String asWritten) {
    Amount a = MoneyParser.parse(text);
    assertThat(a).as(text).isNotNull();
    assertThat(a.value()).as(text).isCloseTo(value, org.assertj.core.data.Offset.offset(value * 1e-9));
    assertThat(a.currency()).as(text).isEqualTo(currency);
    assertThat(a.approximate()).as(text).isEqualTo(approximate);
    assertThat(a.text()).as(text).isEqualTo(asWritten);
  }

  @Test
  void readsDollarSignWithScaleWord() {
    assertAmount("$100 million", 1e8, "USD", false, "$100 million");
  }

  @Test
  void hedgeMakesItApproximateAndIsPartOfTheText() {
    assertAmount("approximately $100 million", 1e8, "USD", true, "approximately $100 million");
    assertAmount("about 1.55 billion dlrs", 1.55e9, "USD", true, "about 1.55 billion dlrs");
    assertAmount("more than 3 mln stg", 3e6, "GBP", true, "more than 3 mln stg");
  }

  @Test
  void readsTrillionsWithTheWholeAmountAsItsText() {
    assertAmount("$1.5 trillion", 1.5e12, "USD", false, "$1.5 trillion");
    assertAmount("2 trillion yen", 2e12, "JPY", false, "2 trillion yen");
    assertAmount("about 3.2 trln dlrs", 3.2e12, "USD", true, "about 3.2 trln dlrs");
  }

  @Test
  void aStrayPeriodAfterTheNumberKeepsTheAmount() {
    assertAmount("34.4. mln dlrs", 34.4e6, "USD", false, "34.4. mln dlrs");
    assertAmount("a loss of 12.5. mln stg", 12.5e6, "GBP", false, "12.5. mln stg");
  }

  @Test
  void readsReutersAbbreviations() {
    assertAmount("100 mln dlrs", 1e8, "USD", false, "100 mln dlrs");
    assertAmount("1.5 bln stg", 1.5e9, "GBP", false, "1.5 bln stg");
    assertAmount("3,475,000 dlrs", 3_475_000, "USD", false, "3,475,000 dlrs");
    assertAmount("a 50 mln dlr plant", 5e7, "USD", false, "50 mln dlr");
  }

  @Test
  void readsCurrencyWordsAfterTheNumber() {
    assertAmount("2.5 billion yen", 2.5e9, "JPY", false, "2.5 billion yen");
    assertAmount("115 billion francs", 1.15e11, "FRF", false, "115 billion francs");
    assertAmount("2 billion Swiss francs", 2e9, "CHF", false, "2 billion Swiss francs");
    assertAmount("300 mln Canadian dlrs", 3e8, "CAD", false, "300 mln Canadian dlrs");
  }

  @Test
  void readsSymbolsWithAttachedScales() {
    assertAmount("\u20AC2bn", 2e9, "EUR", false, "\u20AC2bn");
    assertAmount("C$300m", 3e8, "CAD", false, "C$300m");
    assertAmount("\u00A345m", 4.5e7, "GBP", false, "\u00A345m");
    assertAmount("US$1.2 billion", 1.2e9, "USD", false, "US$1.2 billion");
  }

  @Test
  void readsIndianCroreAndIsoCodes() {
    assertAmount("Rs 500 crore", 5e9, "INR", false, "Rs 500 crore");
    assertAmount("EUR 40 million", 4e7, "EUR", false, "EUR 40 million");
    assertAmount("40 million CHF", 4e7, "CHF", false, "40 million CHF");
  }

  @Test
  void marksPricesPerShare() {
    List<MoneyParser.Money> found = MoneyParser.find("It offered 40 dlrs a share in cash.", 0, 34);
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.perShare()).isTrue();
      assertThat(m.amount().value()).isEqualTo(40);
      assertThat(m.amount().text()).isEqualTo("40 dlrs a share");
    });
  }

  @Test
  void rangeTakesItsUpperBoundAndIsApproximate() {
    assertAmount("between $1 and $2 billion", 2e9, "USD", true, "between $1 and $2 billion");
    assertAmount("1-2 billion dlrs", 2e9, "USD", true, "1-2 billion dlrs");
    assertAmount("up to 500 mln dlrs", 5e8, "USD", true, "up to 500 mln dlrs");
  }

  @Test
  void readsWrittenOutNumbers() {
    assertAmount("two million dollars", 2e6, "USD", false, "two million dollars");
    assertAmount("one billion dlr", 1e9, "USD", false, "one billion dlr");
    assertAmount("about nine mln dlrs", 9e6, "USD", true, "about nine mln dlrs");
    assertAmount("twenty-five million euros", 2.5e7, "EUR", false, "twenty-five million euros");
  }

  @Test
  void scaledNumberWithoutCurrencyTakesTheCurrencyOfItsNeighbours() {
    String s = "a one billion dlr credit line and a 1.25 billion loan";
    List<MoneyParser.Money> found = MoneyParser.find(s, 0, s.length());
    assertThat(found).extracting(m -> m.amount().text()).containsExactly("one billion dlr", "1.25 billion");
    assertThat(found.get(1).amount().currency()).isEqualTo("USD");
  }

  @Test
  void findsNothingInNumbersThatAreNotMoney() {
    String s = "It sold 5 pct of the 300 plants in 1987 to 12 buyers.";
    assertThat(MoneyParser.find(s, 0, s.length())).isEmpty();
    assertThat(MoneyParser.parse("one of the world's largest")).isNull();
  }

  @Test
  void offsetsPointIntoTheGivenText() {
    String s = "Siemens will invest \u20AC2bn in new plants and sell a unit for 640 million euros.";
    List<MoneyParser.Money> found = MoneyParser.find(s, 0, s.length());
    assertThat(found).hasSize(2);
    for (MoneyParser.Money m : found) {
      assertThat(s.substring(m.start(), m.end())).isEqualTo(m.amount().text());
    }
  }
}
