package dev.newsminer.commitment;

import dev.newsminer.Amount;
import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import dev.newsminer.Evidence;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentEvaluatorTest {

  private static final String TEXT = "IBM will invest $1 billion. Meta and IBM will work together.";

  private static Commitment predicted(String org, CommitmentKind kind, Amount amount, int start, int end) {
    return new Commitment(org, List.of(), kind, "will", amount, null, null, null, 0.8,
        new Evidence(TEXT.substring(start, end), start, end));
  }

  @Test
  void namesMatchWithoutSuffixesPossessivesAndThroughAcronyms() {
    assertThat(CommitmentEvaluator.sameOrganization("IBM Corp", "IBM")).isTrue();
    assertThat(CommitmentEvaluator.sameOrganization("Chrysler's", "Chrysler Corp")).isTrue();
    assertThat(CommitmentEvaluator.sameOrganization("IBJ", "Industrial Bank of Japan")).isTrue();
    assertThat(CommitmentEvaluator.sameOrganization("Union Texas", "Union Texas Petroleum")).isTrue();
    assertThat(CommitmentEvaluator.sameOrganization("Lotus", "Lotus Development")).isFalse();
    assertThat(CommitmentEvaluator.sameOrganization("General Motors", "General Motors Corp of Canada")).isFalse();
  }

  @Test
  void countsMatchesKindsAndAmounts() {
    List<CommitmentEvaluator.GoldCommitment> gold = List.of(
        new CommitmentEvaluator.GoldCommitment("IBM", List.of(), CommitmentKind.INVESTMENT, 1e9, "USD", 0, 27),
        new CommitmentEvaluator.GoldCommitment("Meta", List.of("IBM"), CommitmentKind.PARTNERSHIP, null, null, 28, 60));
    CommitmentEvaluator eval = new CommitmentEvaluator();
    eval.add(TEXT, gold, List.of(
        predicted("IBM Inc", CommitmentKind.INVESTMENT, new Amount(1.005e9, "USD", false, "$1 billion"), 0, 27),
        predicted("IBM", CommitmentKind.PLEDGE, null, 28, 60),
        predicted("Meta", CommitmentKind.PLEDGE, null, 28, 60)));
    CommitmentEvaluator.Scores s = eval.scores();
    // the partnership's partner counts as its organization; the third prediction has nothing left to match
    assertThat(s.truePositives()).isEqualTo(2);
    assertThat(s.predicted()).isEqualTo(3);
    assertThat(s.precision()).isEqualTo(2 / 3.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.kindAccuracy()).isEqualTo(0.5);
    assertThat(s.amountAccuracy()).isEqualTo(1.0);
  }

  @Test
  void wrongCurrencyOrValueIsAWrongAmount() {
    List<CommitmentEvaluator.GoldCommitment> gold = List.of(
        new CommitmentEvaluator.GoldCommitment("IBM", List.of(), CommitmentKind.INVESTMENT, 1e9, "USD", 0, 27));
    CommitmentEvaluator eval = new CommitmentEvaluator();
    eval.add(TEXT, gold, List.of(predicted("IBM", CommitmentKind.INVESTMENT, new Amount(1e9, "CAD", false, "x"), 0, 27)));
    assertThat(eval.scores().amountAccuracy()).isZero();
  }

  @Test
  void evidenceIsFoundByItsTextAcrossLineBreaks() {
    assertThat(CommitmentEvaluator.locate("A b.\nIBM will\n invest now.", "IBM will invest now."))
        .containsExactly(5, 26);
    assertThat(CommitmentEvaluator.locate("nothing here", "IBM will")).isNull();
  }
}
