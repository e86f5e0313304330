package dev.newsminer.commitment;

import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import static dev.newsminer.commitment.CommitmentExtractorTest.extract;
import static dev.newsminer.commitment.CommitmentExtractorTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The failure patterns issue 13 found on news the rules were not written for, each on sentences
 * written for this test (in the manner of the issue's, not copied from any article).
 */
class CommitmentFailurePatternsTest {

  // ---- 1. triggers from lemmas and patterns, not exact strings --------------------------------

  @Test
  void enteringIntoAnAgreementToAcquireIsAnAcquisition() {
    Commitment c = only(extract("Norvale Mining said it entered into a conditional agreement to acquire Brandt Tools "
        + "for 18 dlrs a share.", "Norvale Mining", "Brandt Tools"), "Norvale Mining", CommitmentKind.ACQUISITION);
    assertThat(c.partners()).containsExactly("Brandt Tools");
    assertThat(c.trigger()).isEqualTo("entered into a conditional agreement to acquire");
    only(extract("Kelso Paper has entered into a definitive agreement to buy the Ridge mill for 40 mln dlrs.",
        "Kelso Paper"), "Kelso Paper", CommitmentKind.ACQUISITION);
  }

  @Test
  void signingAMemorandumOfUnderstandingWithAPartnerIsAPartnership() {
    Commitment c = only(extract("Ostrava Rail has signed a memorandum of understanding with Lumen Grid to electrify "
        + "two freight lines.", "Ostrava Rail", "Lumen Grid"), "Ostrava Rail", CommitmentKind.PARTNERSHIP);
    assertThat(c.partners()).containsExactly("Lumen Grid");
    only(extract("Pellworth Foods signed letters of intent with Arden Farms to buy part of its harvest.",
        "Pellworth Foods", "Arden Farms"), "Pellworth Foods", CommitmentKind.PARTNERSHIP);
  }

  @Test
  void beingStillCommittedOrWillingToActIsACommitment() {
    Commitment c = only(extract("Helio Motors is still committed to invest $200 million in its Ohio plant.", "Helio Motors"),
        "Helio Motors", CommitmentKind.INVESTMENT);
    assertThat(c.amount().value()).isEqualTo(2e8);
    Commitment japan = only(extract("Norway said it would be willing to contribute up to 300 mln dlrs to the fund.",
        "Norway=GOVERNMENT"), "Norway", CommitmentKind.FUNDING);
    assertThat(japan.trigger()).isEqualTo("would be willing to contribute");
    assertThat(extract("Belmont Partners said it was willing to negotiate the terms.", "Belmont Partners")).isEmpty();
  }

  @Test
  void announcingPlansWithADayBeforeToIsAPlan() {
    Commitment c = only(extract("Wexford Stores announced plans Friday to open 35 discount stores over the next two years.",
        "Wexford Stores"), "Wexford Stores", CommitmentKind.INVESTMENT);
    assertThat(c.timeframe().text()).isEqualTo("over the next two years");
  }

  @Test
  void aTimePhraseBetweenTheModalAndTheVerbIsSkipped() {
    Commitment c = only(extract("The Royal Mint will from next autumn mint coins for the Bank of Ghana.",
        "Royal Mint=AGENCY", "Bank of Ghana=BANK"), "Royal Mint", CommitmentKind.PLEDGE);
    assertThat(c.purpose()).startsWith("mint coins");
  }

  @Test
  void moneyThatWillBeSpentIsTheArticlesCompanys() {
    Commitment c = only(extract("Prairie Gas Co reported higher profit for 1986. About five mln dlrs will be spent on "
        + "seismic work in Wyoming.", "Prairie Gas"), "Prairie Gas", CommitmentKind.INVESTMENT);
    assertThat(c.amount().value()).isEqualTo(5e6);
  }

  @Test
  void approvingAMergerIsAnAcquisitionOfTheBoardsCompanies() {
    Commitment c = only(extract("The boards of Acme Corp and Globex Corp approved a merger of the two companies.",
        "Acme", "Globex"), "Acme", CommitmentKind.ACQUISITION);
    assertThat(c.partners()).containsExactly("Globex");
    only(extract("Northgate Savings Bank said its board authorized the repurchase of up to 10 pct of its shares.",
        "Northgate Savings Bank=BANK"), "Northgate Savings Bank", CommitmentKind.INVESTMENT);
  }

  @Test
  void theGiverAfterFromOrByInAPassiveIsTheCommitter() {
    Commitment c = only(extract("Kestrel Analytics has been awarded a 2.4 mln stg grant from the Wellcome Trust to build "
        + "forecasting tools.", "Kestrel Analytics", "Wellcome Trust=NGO"), "Wellcome Trust", CommitmentKind.FUNDING);
    assertThat(c.amount().value()).isEqualTo(2.4e6);
    assertThat(c.purpose()).isEqualTo("build forecasting tools");
    only(extract("The school will be funded by a 10 mln dlr donation from the Halvorsen Foundation.",
        "Halvorsen Foundation=NGO"), "Halvorsen Foundation", CommitmentKind.FUNDING);
    only(extract("Dorset Homes said it had received commitments from Barclays for 90 mln stg of loans.",
        "Dorset Homes", "Barclays=BANK"), "Barclays", CommitmentKind.FUNDING);
  }

  // ---- 2. committer attribution ---------------------------------------------------------------

  @Test
  void theCompanyIsTheOrganizationOfTheSpeakersTitle() {
    Commitment c = only(extract("Orbital Logistics chief executive Jane Doe said the company will spend $450 million on "
        + "electric delivery trucks.", "Orbital Logistics"), "Orbital Logistics", CommitmentKind.INVESTMENT);
    assertThat(c.amount().value()).isEqualTo(4.5e8);
    only(extract("Walmart chief executive Jane Doe said the company will spend $450 million on electric delivery trucks.",
        "Walmart"), "Walmart", CommitmentKind.INVESTMENT);
  }

  @Test
  void theGovernmentIsTheCountryNamedBefore() {
    only(extract("Japan's economy grew slowly in the quarter. The government would also introduce a bill to ease rules "
        + "on farmland, officials said.", "Japan=GOVERNMENT"), "Japan", CommitmentKind.PLEDGE);
  }

  @Test
  void aRelativeClauseAfterACommaCommitsTheOrganizationBeforeIt() {
    only(extract("Pan Am said the financing would come from Airbus Industrie, which agreed to arrange export credits.",
        "Pan Am", "Airbus Industrie"), "Airbus Industrie", CommitmentKind.PLEDGE);
  }

  // ---- 3. restatements and non-commitments ----------------------------------------------------

  @Test
  void oneSumOfferedAgainInOtherWordsIsOneCommitment() {
    List<Commitment> found = extract("Marlow Steel offered to buy back 200 mln dlrs of its debentures. Marlow said "
        + "it would repurchase the 200 mln dlrs of notes at par. The company will use the 200 mln dlrs to retire debt.",
        "Marlow Steel|Marlow");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(CommitmentKind.INVESTMENT);
  }

  @Test
  void whatADealWouldGiveIsNotACommitment() {
    List<Commitment> found = extract("Fiat agreed to buy shares of Alfa Romeo, which would give the Italian company "
        + "a 52 percent stake.", "Fiat", "Alfa Romeo");
    assertThat(found).extracting(Commitment::kind).containsExactly(CommitmentKind.ACQUISITION);
  }

  @Test
  void whatAThingWillHoldIsNotAPledge() {
    assertThat(extract("Northwind Arenas opened its new hall. It will seat 200 to 300 people.", "Northwind Arenas"))
        .isEmpty();
  }

  @Test
  void seekingCommentsIsNoTarget() {
    assertThat(extract("The regulator Ofgem said it is seeking comments on the proposal until March 14.",
        "Ofgem=AGENCY")).isEmpty();
  }

  @Test
  void whatARelativeClauseIntendsUnderANegationIsNotPledged() {
    assertThat(extract("Harlan Motors will not publicly announce the dealerships that it intends to shut down.",
        "Harlan Motors")).isEmpty();
  }

  @Test
  void aPricePerBarrelBesideTheCommitmentIsNotItsAmount() {
    Commitment c = only(extract("Petrovia said it will keep output at 1.2 mln barrels per day to defend a price of "
        + "18 dlrs a barrel.", "Petrovia"), "Petrovia", CommitmentKind.PLEDGE);
    assertThat(c.amount()).isNull();
  }

  // ---- 4. amount and kind from the trigger's own clause ----------------------------------------

  @Test
  void moneyInARelativeClauseAfterTheTriggerIsNotTheAmount() {
    Commitment c = only(extract("Solano Bank said it will extend new loans to Argentina and Brazil, who hold "
        + "700 mln dlrs of its bonds.", "Solano Bank=BANK"), "Solano Bank", CommitmentKind.FUNDING);
    assertThat(c.amount()).isNull();
  }

  @Test
  void aLossAfterTheCommitmentIsNotItsAmount() {
    Commitment c = only(extract("Veridia Pharma will cut 30,000 jobs after a US$1.6 billion loss.", "Veridia Pharma"),
        "Veridia Pharma", CommitmentKind.PLEDGE);
    assertThat(c.amount()).isNull();
  }

  @Test
  void aBuyBackIsAnInvestmentWhateverVerbOffersIt() {
    only(extract("Carrow Group said it will use 300 mln dlrs to fund a share buyback over two years.", "Carrow Group"),
        "Carrow Group", CommitmentKind.INVESTMENT);
  }

  // ---- 7. fields -------------------------------------------------------------------------------

  @Test
  void oneClausesTimeframeIsNotCopiedOntoTheNext() {
    List<Commitment> found = extract("Tamsin Foods said it would close its Leeds plant by June and would invest "
        + "40 mln stg in a new bakery.", "Tamsin Foods");
    assertThat(found).extracting(Commitment::kind).contains(CommitmentKind.INVESTMENT);
    Commitment investment = found.stream().filter(c -> c.kind() == CommitmentKind.INVESTMENT).findFirst().orElseThrow();
    assertThat(investment.timeframe()).isNull();
  }

  // ---- 5. attribution ---------------------------------------------------------------------------

  @Test
  void whoAgreedAfterTheReactionCommitsNotTheOneThatReacted() {
    Commitment c = only(extract("Acme adopted a rights plan after Globex agreed to sell its 38 pct stake to Initech.",
        "Acme", "Globex", "Initech"), "Globex", CommitmentKind.ACQUISITION);
    assertThat(c.partners()).contains("Initech");
  }

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
