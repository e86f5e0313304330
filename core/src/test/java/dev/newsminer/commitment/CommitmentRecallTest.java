package dev.newsminer.commitment;

import static dev.newsminer.commitment.CommitmentExtractorTest.extract;
import static dev.newsminer.commitment.CommitmentExtractorTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commitments the stage used to miss on the training part of the commitment corpus, one general step
 * each, on sentences written for this test.
 */
class CommitmentRecallTest {

  @Test
  void aDealNounAfterACompoundOfNumbersAndNounsIsStillTheDealSigned() {
    Commitment c = only(extract("Corvin Rovers has signed a five-year shirt sponsorship deal with Aldane Air worth about "
        + "€12m a season, the club said.", "Corvin Rovers", "Aldane Air"), "Corvin Rovers", CommitmentKind.PARTNERSHIP);
    assertThat(c.partners()).containsExactly("Aldane Air");
    assertThat(c.amount().value()).isEqualTo(1.2e7);
  }

  @Test
  void aLenderApprovingALoanFundsTheBorrower() {
    Commitment c = only(extract("The Nordic Investment Bank has approved a $300 million loan to help Estonia upgrade "
        + "its power grid.", "Nordic Investment Bank=BANK"), "Nordic Investment Bank", CommitmentKind.FUNDING);
    assertThat(c.amount().value()).isEqualTo(3e8);
  }

  @Test
  void orderingEquipmentIsAnInvestment() {
    only(extract("Tamsin Airways has ordered 24 Airbus A320neo jets worth about $2.9 billion at list prices.",
        "Tamsin Airways", "Airbus"), "Tamsin Airways", CommitmentKind.INVESTMENT);
    only(extract("Calder Lines signed a firm order for ten container ships from a Korean yard.", "Calder Lines"),
        "Calder Lines", CommitmentKind.INVESTMENT);
    assertThat(extract("The jets were ordered 12 years ago by Tamsin Airways.", "Tamsin Airways")).isEmpty();
  }

  @Test
  void payingForSomethingIsSpendingOnItWhilePayingADividendIsNone() {
    only(extract("Westbrook Power will pay for the transmission line on its side of the border.", "Westbrook Power"),
        "Westbrook Power", CommitmentKind.INVESTMENT);
    assertThat(extract("Westbrook Power will pay a dividend of 20 cts a share on May 1.", "Westbrook Power")).isEmpty();
  }

  @Test
  void theBankIsTheBankTheArticleIsAboutNotTheLastOneNamed() {
    List<Commitment> found = extract("Osaka Trust Bank agreed to buy Fairview Savings Bank for 90 mln dlrs. The bank "
        + "said it would keep Fairview's 400 employees.", "Osaka Trust Bank=BANK", "Fairview Savings Bank|Fairview=BANK");
    assertThat(found).extracting(Commitment::organization).containsOnly("Osaka Trust Bank");
    assertThat(found).extracting(Commitment::kind).contains(CommitmentKind.PLEDGE);
  }

  @Test
  void aSecondVerbJoinedByAndIsASecondCommitmentOfItsOwnKind() {
    List<Commitment> found = extract("Marwick Grocers said it would close its Leeds depot in June and spend £30m to "
        + "refit 200 stores over the next two years.", "Marwick Grocers");
    assertThat(found).extracting(Commitment::kind).containsExactly(CommitmentKind.PLEDGE, CommitmentKind.INVESTMENT);
    assertThat(found.get(1).amount().value()).isEqualTo(3e7);
    assertThat(found.get(0).amount()).isNull();
    List<Commitment> bank = extract("Kobe Harbour Bank said it would keep the unit's 300 employees and would inject "
        + "40 mln dlrs of new capital into it.", "Kobe Harbour Bank=BANK");
    assertThat(bank).extracting(Commitment::kind).containsExactly(CommitmentKind.PLEDGE, CommitmentKind.FUNDING);
  }

  @Test
  void verbsJoinedInsideAPurposeClauseAreOneCommitment() {
    only(extract("Ostland will spend 2 billion crowns on rail lines to cut traffic and reduce emissions.",
        "Ostland=GOVERNMENT"), "Ostland", CommitmentKind.INVESTMENT);
  }

  @Test
  void agreeingWithANamedPartnerToActIsACommitment() {
    Commitment c = only(extract("Veldt Bank also said it had agreed with Osaka Trust Bank Ltd of Japan to cooperate in "
        + "advising clients on mergers.", "Veldt Bank=BANK", "Osaka Trust Bank=BANK"), "Veldt Bank",
        CommitmentKind.PARTNERSHIP);
    assertThat(c.trigger()).startsWith("agreed with");
  }

  @Test
  void aTermSheetIsAnAgreementAndOrdersMayCountInWords() {
    only(extract("Coolgardie Gold has signed a binding term sheet to buy a 30% stake in the Tarn nickel project for "
        + "A$120 million.", "Coolgardie Gold"), "Coolgardie Gold", CommitmentKind.ACQUISITION);
    only(extract("Baltic Ferries has ordered eight hybrid ferries from a Finnish yard.", "Baltic Ferries"),
        "Baltic Ferries", CommitmentKind.INVESTMENT);
  }
}
