package dev.newsminer.commitment;

import static dev.newsminer.commitment.CommitmentExtractorTest.extract;
import static dev.newsminer.commitment.CommitmentExtractorTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The failure patterns issue 13 found on news the rules were not written for, each on sentences
 * written for this test (in the manner of the issue's, not copied from any article).
 */
class CommitmentFailurePatternsTest {

  // ---- 6. text --------------------------------------------------------------------------------

  @Test
  void aLegalFormsPeriodDoesNotCutTheCommitmentsSentence() {
    Commitment c = only(extract("Harbor Foods Inc. has agreed to acquire Lakeside Dairy for 80 mln dlrs.",
        "Harbor Foods", "Lakeside Dairy"), "Harbor Foods", CommitmentKind.ACQUISITION);
    assertThat(c.partners()).containsExactly("Lakeside Dairy");
    assertThat(c.amount().value()).isEqualTo(8e7);
    Commitment ibm = only(extract("Trellis Software said IBM Corp. will invest 20 mln dlrs in its new data centre.",
        "IBM", "Trellis Software"), "IBM", CommitmentKind.INVESTMENT);
    assertThat(ibm.evidence().text()).endsWith("data centre.");
  }

  @Test
  void trillionsAreReadWholeAndTheEvidenceIsNotCutAtTheDecimalPoint() {
    Commitment c = only(extract("The Group of Seven said it will spend $1.5 trillion on roads and ports over ten years.",
        "Group of Seven"), "Group of Seven", CommitmentKind.INVESTMENT);
    assertThat(c.amount().value()).isEqualTo(1.5e12);
    assertThat(c.amount().currency()).isEqualTo("USD");
    assertThat(c.amount().text()).isEqualTo("$1.5 trillion");
    assertThat(c.evidence().text()).endsWith("over ten years.");
  }

  @Test
  void aStrayPeriodAfterTheNumberKeepsTheAmount() {
    Commitment c = only(extract("Orion Motors will invest 34.4. mln dlrs in a paint shop at its Leeds plant.",
        "Orion Motors"), "Orion Motors", CommitmentKind.INVESTMENT);
    assertThat(c.amount().value()).isEqualTo(34.4e6);
  }
}
