package dev.newsminer.commitment;

import dev.newsminer.Amount;
import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import dev.newsminer.Timeframe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.Organization;
import dev.newsminer.OrganizationType;
import dev.newsminer.Sentence;
import dev.newsminer.Span;
import dev.newsminer.article.Article;
import dev.newsminer.text.TextAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences written for these tests, one behaviour each. Organizations are given as the
 * organizations stage would give them: "Name" (a company), "Name=GOVERNMENT", or "Name|Alias".
 */
class CommitmentExtractorTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static final CommitmentExtractor EXTRACTOR = new CommitmentExtractor();

  static List<Commitment> extract(LocalDate published, String text, String... orgs) {
    Article article = new Article("test", "test.txt", null, "", published, text);
    List<Sentence> sentences = ANALYZER.analyze(text);
    List<Organization> organizations = new ArrayList<>();
    for (String spec : orgs) {
      String[] typeSplit = spec.split("=");
      OrganizationType type = typeSplit.length > 1 ? OrganizationType.valueOf(typeSplit[1]) : OrganizationType.COMPANY;
      List<String> aliases = List.of(typeSplit[0].split("\\|"));
      List<Span> spans = new ArrayList<>();
      for (String alias : aliases) {
        for (int i = text.indexOf(alias); i >= 0; i = text.indexOf(alias, i + 1)) {
          boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
          boolean wordEnd = i + alias.length() >= text.length() || !Character.isLetterOrDigit(text.charAt(i + alias.length()));
          if (wordStart && wordEnd) {
            spans.add(new Span(i, i + alias.length()));
          }
        }
      }
      spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
      organizations.add(new Organization(aliases.get(0), type, aliases, spans));
    }
    List<Commitment> found = EXTRACTOR.extract(article, sentences, organizations);
    for (Commitment c : found) {
      assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
    }
    return found;
  }

  static List<Commitment> extract(String text, String... orgs) {
    return extract(null, text, orgs);
  }

  static Commitment only(List<Commitment> found, String organization, CommitmentKind kind) {
    assertThat(found).as("commitments").extracting(c -> c.organization() + " " + c.kind())
        .containsExactly(organization + " " + kind);
    return found.get(0);
  }

  @Test
  void aLongPurposeRunsToTheEndOfItsPhraseNotIntoTheMiddleOfAPriceOrAName() {
    Commitment c = only(extract("Harbor Foods said it will buy a further 26 pct of Bright Path Dairies from"
        + " its public shareholders at 142 rupees a share.", "Harbor Foods", "Bright Path Dairies"),
        "Harbor Foods", CommitmentKind.ACQUISITION);
    assertThat(c.purpose()).endsWith("at 142 rupees a share");
    Commitment aid = only(extract("Ottawa Grain Board will provide 850 mln Canadian dlrs in emergency aid to"
        + " grain farmers in the western provinces hurt by low world prices.", "Ottawa Grain Board=GOVERNMENT"),
        "Ottawa Grain Board", CommitmentKind.FUNDING);
    assertThat(aid.purpose()).endsWith("hurt by low world prices");
  }

  @Test
  void aPartnershipsPurposeIsTheActionAfterThePartnersLongName() {
    Commitment c = only(extract("Kestrel Analytics signed a memorandum of understanding with the Northern Rivers"
        + " Regional Water and Power Distribution Company to install solar pumps on 400 farms.",
        "Kestrel Analytics", "Northern Rivers Regional Water and Power Distribution Company"),
        "Kestrel Analytics", CommitmentKind.PARTNERSHIP);
    assertThat(c.purpose()).isEqualTo("install solar pumps on 400 farms");
  }

  // ---- FUNDING -------------------------------------------------------------------------------

  @Test
  void committedMoneyToOthersIsFundingWithAmountBeneficiaryAndTimeframe() {
    Commitment c = only(extract(LocalDate.of(2024, 5, 29), "IBM has committed approximately $100 million to support "
        + "AI research projects at universities over the next five years.", "IBM"), "IBM", CommitmentKind.FUNDING);
    assertThat(c.amount()).isEqualTo(new Amount(1e8, "USD", true, "approximately $100 million"));
    assertThat(c.purpose()).isEqualTo("support AI research projects at universities");
    assertThat(c.beneficiary()).isEqualTo("universities");
    assertThat(c.timeframe()).isEqualTo(new Timeframe("over the next five years", LocalDate.of(2029, 5, 29)));
    assertThat(c.trigger()).isEqualTo("committed");
    assertThat(c.confidence()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void agreedToLendIsFunding() {
    Commitment c = only(extract("The European Investment Bank has agreed to lend 1.5 billion euros to Nordvik Offshore.",
        "European Investment Bank=BANK", "Nordvik Offshore"), "European Investment Bank", CommitmentKind.FUNDING);
    assertThat(c.amount().value()).isEqualTo(1.5e9);
    assertThat(c.amount().currency()).isEqualTo("EUR");
    assertThat(c.beneficiary()).isEqualTo("Nordvik Offshore");
  }

  @Test
  void providingLoansIsFunding() {
    Commitment c = only(extract("The World Bank will provide up to $500 million in loans to Kenya to expand geothermal power.",
        "World Bank=BANK", "Kenya=GOVERNMENT"), "World Bank", CommitmentKind.FUNDING);
    assertThat(c.amount()).isEqualTo(new Amount(5e8, "USD", true, "up to $500 million"));
    assertThat(c.beneficiary()).isEqualTo("Kenya");
  }

  @Test
  void providingGrantsIsFunding() {
    Commitment c = only(extract("The Rockefeller Foundation will provide $100 million in grants to mini-grid developers.",
        "Rockefeller Foundation=NGO"), "Rockefeller Foundation", CommitmentKind.FUNDING);
    assertThat(c.amount().value()).isEqualTo(1e8);
  }

  @Test
  void pledgedMoneyToAUniversityIsFunding() {
    Commitment c = only(extract("Toyota also pledged 500 million yen to Nagoya University for battery research.",
        "Toyota", "Nagoya University=UNIVERSITY"), "Toyota", CommitmentKind.FUNDING);
    assertThat(c.amount().currency()).isEqualTo("JPY");
    assertThat(c.beneficiary()).isEqualTo("Nagoya University");
  }

  // ---- INVESTMENT ------------------------------------------------------------------------------

  @Test
  void investingInOwnPlantsIsInvestment() {
    Commitment c = only(extract("Siemens will invest \u20AC2bn in new and expanded rail manufacturing plants over the next "
        + "four years.", "Siemens"), "Siemens", CommitmentKind.INVESTMENT);
    assertThat(c.amount()).isEqualTo(new Amount(2e9, "EUR", false, "\u20AC2bn"));
    assertThat(c.timeframe().text()).isEqualTo("over the next four years");
    assertThat(c.timeframe().until()).isNull();
  }

  @Test
  void rupeesInCroreAreInvestment() {
    Commitment c = only(extract("Tata Steel will invest Rs 500 crore over the next two years to expand scrap recycling.",
        "Tata Steel"), "Tata Steel", CommitmentKind.INVESTMENT);
    assertThat(c.amount()).isEqualTo(new Amount(5e9, "INR", false, "Rs 500 crore"));
  }

  @Test
  void shareBuyBackIsInvestment() {
    Commitment c = only(extract("Nestle will buy back up to 2 billion Swiss francs of its own shares by the end of 2026.",
        "Nestle"), "Nestle", CommitmentKind.INVESTMENT);
    assertThat(c.amount().currency()).isEqualTo("CHF");
    assertThat(c.timeframe().until()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void reportedPlanToSpendIsInvestment() {
    Commitment c = only(extract("Union Texas said it planned to spend about 42 mln dlrs over the next two years to develop "
        + "its Gulf field.", "Union Texas"), "Union Texas", CommitmentKind.INVESTMENT);
    assertThat(c.amount()).isEqualTo(new Amount(4.2e7, "USD", true, "about 42 mln dlrs"));
  }

  // ---- ACQUISITION -----------------------------------------------------------------------------

  @Test
  void agreedToAcquireIsAcquisitionWithTheTargetAsPartnerAndPricePerShare() {
    Commitment c = only(extract("Standard Oil agreed to acquire Acme Refining for 40 dlrs a share.",
        "Standard Oil", "Acme Refining"), "Standard Oil", CommitmentKind.ACQUISITION);
    assertThat(c.partners()).containsExactly("Acme Refining");
    assertThat(c.amount()).isEqualTo(new Amount(40, "USD", false, "40 dlrs a share"));
    assertThat(c.trigger()).isEqualTo("agreed to acquire");
  }

  @Test
  void agreedToSellAUnitIsAcquisition() {
    Commitment c = only(extract("Siemens agreed to sell its rail-freight unit to Vossberg Industrie for 640 million euros.",
        "Siemens", "Vossberg Industrie"), "Siemens", CommitmentKind.ACQUISITION);
    assertThat(c.partners()).containsExactly("Vossberg Industrie");
    assertThat(c.amount().value()).isEqualTo(6.4e8);
  }

  @Test
  void reportedSpeechWithADayAndARangeIsAcquisition() {
    Commitment c = only(extract("Pfizer said on Tuesday it had agreed to acquire Aldermoor Therapeutics for between $1 and "
        + "$2 billion.", "Pfizer", "Aldermoor Therapeutics"), "Pfizer", CommitmentKind.ACQUISITION);
    assertThat(c.amount()).isEqualTo(new Amount(2e9, "USD", true, "between $1 and $2 billion"));
  }

  @Test
  void agreementInPrincipleToSellIsAcquisition() {
    Commitment c = only(extract("BASIX Corp said it has agreed in principle to sell its toll unit to Cubic Corp for about "
        + "26 mln dlrs.", "BASIX Corp", "Cubic Corp"), "BASIX Corp", CommitmentKind.ACQUISITION);
    assertThat(c.amount().value()).isEqualTo(2.6e7);
  }

  @Test
  void tenderOfferTakesTheTotalOverThePricePerShare() {
    Commitment c = only(extract("General Partners said it began a 100 dlrs a share cash tender offer for Gencorp that is "
        + "worth nearly 2.3 billion dlrs.", "General Partners", "Gencorp"), "General Partners", CommitmentKind.ACQUISITION);
    assertThat(c.amount()).isEqualTo(new Amount(2.3e9, "USD", true, "nearly 2.3 billion dlrs"));
  }

  // ---- PARTNERSHIP -----------------------------------------------------------------------------

  @Test
  void joinedForcesIsAPartnershipOfTheFirstNamedWithTheOthers() {
    Commitment c = only(extract("Meta and IBM joined forces to establish the AI Alliance.", "Meta", "IBM", "AI Alliance=ALLIANCE"),
        "Meta", CommitmentKind.PARTNERSHIP);
    assertThat(c.partners()).contains("IBM");
    assertThat(c.purpose()).isEqualTo("establish the AI Alliance");
  }

  @Test
  void jointVentureIsPartnership() {
    Commitment c = only(extract("Toyota Motor and Samsung SDI agreed to form a joint venture to recycle batteries.",
        "Toyota Motor", "Samsung SDI"), "Toyota Motor", CommitmentKind.PARTNERSHIP);
    assertThat(c.partners()).containsExactly("Samsung SDI");
  }

  @Test
  void collaboratingWithAnotherOrganizationIsPartnership() {
    Commitment c = only(extract("IBM collaborated with Meta to develop an open-source toolkit.", "IBM", "Meta"),
        "IBM", CommitmentKind.PARTNERSHIP);
    assertThat(c.partners()).containsExactly("Meta");
  }

  @Test
  void signedAgreementToWorkJointlyIsPartnership() {
    Commitment c = only(extract("Tata Steel and BHP signed an agreement to jointly test the use of biochar.",
        "Tata Steel", "BHP"), "Tata Steel", CommitmentKind.PARTNERSHIP);
    assertThat(c.partners()).containsExactly("BHP");
  }

  @Test
  void formingAPartnershipInReportedSpeechIsPartnership() {
    only(extract("Gillette and Electrolux said they would form a partnership to commercialise the technology.",
        "Gillette", "Electrolux"), "Gillette", CommitmentKind.PARTNERSHIP);
  }

  @Test
  void theCompanyAgreeingToCollaborateIsItsPartnership() {
    List<Commitment> found = extract("Microsoft will invest C$300m in Canadian data centres. The company also agreed to "
        + "collaborate with the University of Toronto on AI research.", "Microsoft", "University of Toronto=UNIVERSITY");
    assertThat(found).extracting(c -> c.organization() + " " + c.kind())
        .containsExactly("Microsoft INVESTMENT", "Microsoft PARTNERSHIP");
    assertThat(found.get(1).partners()).containsExactly("University of Toronto");
  }

  // ---- TARGET ----------------------------------------------------------------------------------

  @Test
  void aimsToIsTarget() {
    Commitment c = only(extract("In response, the AI Alliance aims to promote open-source, open science and open innovation.",
        "AI Alliance=ALLIANCE"), "AI Alliance", CommitmentKind.TARGET);
    assertThat(c.trigger()).isEqualTo("aims to promote");
  }

  @Test
  void outlinedObjectivesOfTheAllianceAreItsTarget() {
    List<Commitment> found = extract("The AI Alliance was launched on Monday. The alliance has outlined broad objectives, "
        + "including common evaluation frameworks.", "AI Alliance=ALLIANCE");
    only(found, "AI Alliance", CommitmentKind.TARGET);
  }

  @Test
  void aimingToBeSomethingByAYearIsTarget() {
    Commitment c = only(extract("Microsoft aims to be carbon negative by 2030.", "Microsoft"), "Microsoft", CommitmentKind.TARGET);
    assertThat(c.timeframe()).isEqualTo(new Timeframe("by 2030", LocalDate.of(2030, 12, 31)));
  }

  @Test
  void numbersOfPeopleAreNotMoney() {
    Commitment c = only(extract("The World Bank aims to bring electricity to 250 million people by 2030.", "World Bank=BANK"),
        "World Bank", CommitmentKind.TARGET);
    assertThat(c.amount()).isNull();
  }

  @Test
  void seekingToIsTarget() {
    only(extract("First City said it is seeking to increase shareholder values.", "First City"), "First City",
        CommitmentKind.TARGET);
  }

  // ---- PLEDGE ----------------------------------------------------------------------------------

  @Test
  void governmentNamedByItsCountryPledges() {
    Commitment c = only(extract("Kenya's government pledged to cut grid connection fees for rural households within "
        + "12 months.", "Kenya=GOVERNMENT"), "Kenya", CommitmentKind.PLEDGE);
    assertThat(c.timeframe().text()).isEqualTo("within 12 months");
  }

  @Test
  void pledgedToMakeSomethingAvailableIsPledge() {
    only(extract("Pfizer pledged to make the drug available at cost in low-income countries.", "Pfizer"), "Pfizer",
        CommitmentKind.PLEDGE);
  }

  @Test
  void promisedToKeepJobsIsPledge() {
    Commitment c = only(extract("Vossberg promised to keep all 1,200 jobs at the unit for at least three years.", "Vossberg"),
        "Vossberg", CommitmentKind.PLEDGE);
    assertThat(c.timeframe().text()).isEqualTo("for at least three years");
  }

  @Test
  void willProvideProductsIsPledgeNotFunding() {
    only(extract("National Semiconductor said it will provide a series of products for the Macintosh.",
        "National Semiconductor"), "National Semiconductor", CommitmentKind.PLEDGE);
  }

  // ---- resolution ------------------------------------------------------------------------------

  @Test
  void itRefersToTheLastSubject() {
    only(extract("Siemens reported strong orders. It will invest \u20AC2bn in new plants.", "Siemens"), "Siemens",
        CommitmentKind.INVESTMENT);
  }

  @Test
  void theGroupRefersToTheCompanyTheArticleIsAbout() {
    only(extract("Siemens said orders rose. The group aims to make all of its rail sites net zero by 2030.", "Siemens"),
        "Siemens", CommitmentKind.TARGET);
  }

  @Test
  void theCompanyRefersToTheLeadCompanyNotTheLastNamed() {
    List<Commitment> found = extract("Nestle SA said on Monday it agreed to acquire Hollowbrook Pet Foods for 40 dlrs a share. "
        + "Hollowbrook's board backed the deal. The company also said it agreed to sell its 50 pct stake in a dairy venture.",
        "Nestle SA", "Hollowbrook Pet Foods|Hollowbrook");
    assertThat(found).extracting(c -> c.organization() + " " + c.kind())
        .containsExactly("Nestle SA ACQUISITION", "Nestle SA ACQUISITION");
  }

  @Test
  void theBankRefersToABank() {
    only(extract("Nordvik Offshore welcomed the European Investment Bank's support. The bank aims to support 1 trillion "
        + "euros of investment by 2030.", "Nordvik Offshore", "European Investment Bank=BANK"),
        "European Investment Bank", CommitmentKind.TARGET);
  }

  @Test
  void theCentralBankRefersToTheCentralBank() {
    only(extract("The Bank of Japan kept rates steady. The central bank said it will slow the pace of bond purchases "
        + "from April 2026.", "Bank of Japan=BANK"), "Bank of Japan", CommitmentKind.PLEDGE);
  }

  @Test
  void theTwoCompaniesAreAJointCommitment() {
    List<Commitment> found = extract("Gillette and Electrolux will work on solar cells. The two companies are to "
        + "establish a laboratory outside Boston.", "Gillette", "Electrolux");
    Commitment lab = found.get(found.size() - 1);
    assertThat(lab.kind()).isEqualTo(CommitmentKind.INVESTMENT);
    assertThat(lab.organization()).isEqualTo("Gillette");
    assertThat(lab.partners()).containsExactly("Electrolux");
  }

  // ---- passive voice ---------------------------------------------------------------------------

  @Test
  void passiveWithAnAgentCommitsTheAgent() {
    Commitment c = only(extract("Under the plan, C$300m will be invested by Microsoft over the next two years.", "Microsoft"),
        "Microsoft", CommitmentKind.INVESTMENT);
    assertThat(c.amount()).isEqualTo(new Amount(3e8, "CAD", false, "C$300m"));
  }

  @Test
  void passiveBuildByACompanyIsItsInvestment() {
    only(extract("A new plant will be built by Siemens in Texas.", "Siemens"), "Siemens", CommitmentKind.INVESTMENT);
  }

  @Test
  void passiveWithoutAnAgentCommitsNobody() {
    assertThat(extract("Siemens said the results were good, and the notes will be listed in London soon after.",
        "Siemens")).isEmpty();
  }

  // ---- several in one sentence -----------------------------------------------------------------

  @Test
  void fundingAndPartnershipInOneSentence() {
    List<Commitment> found = extract("IBM has also committed approximately $100 million to support AI research and "
        + "collaborated with Meta to develop an open-source toolkit.", "IBM", "Meta");
    assertThat(found).extracting(c -> c.organization() + " " + c.kind())
        .containsExactly("IBM FUNDING", "IBM PARTNERSHIP");
    assertThat(found.get(1).partners()).containsExactly("Meta");
  }

  @Test
  void twoCommittersInOneSentence() {
    List<Commitment> found = extract("Siemens will invest \u20AC2bn in plants and Alstom will spend 500 million euros on "
        + "new trains.", "Siemens", "Alstom");
    assertThat(found).extracting(c -> c.organization() + " " + c.kind() + " " + c.amount().value())
        .containsExactly("Siemens INVESTMENT 2.0E9", "Alstom INVESTMENT 5.0E8");
  }

  // ---- nominal forms ---------------------------------------------------------------------------

  @Test
  void possessiveProposedAcquisitionIsAcquisition() {
    Commitment c = only(extract("Chrysler's proposed acquisition of American Motors is valued at about 1.55 billion dlrs.",
        "Chrysler", "American Motors"), "Chrysler", CommitmentKind.ACQUISITION);
    assertThat(c.amount().value()).isEqualTo(1.55e9);
    assertThat(c.partners()).contains("American Motors");
  }

  @Test
  void investmentByAnOrganizationIsItsInvestment() {
    Commitment c = only(extract("Ohio welcomed a $2 billion investment by Intel in a chip plant.", "Intel"), "Intel",
        CommitmentKind.INVESTMENT);
    assertThat(c.amount().value()).isEqualTo(2e9);
  }

  @Test
  void countrysPledgeOfMoneyIsFunding() {
    Commitment c = only(extract("Japan's pledge of 10 billion yen to the fund was welcomed by donors.", "Japan=GOVERNMENT"),
        "Japan", CommitmentKind.FUNDING);
    assertThat(c.amount().currency()).isEqualTo("JPY");
  }

  // ---- conditional -----------------------------------------------------------------------------

  @Test
  void conditionalCommitmentIsStillACommitment() {
    // the guideline counts a conditional undertaking; its confidence is the learned scorer's
    // probability that the extraction is right, which a condition need not lower
    Commitment conditional = only(extract("Shell said it would invest 1 billion dlrs in the field if oil prices recover.",
        "Shell"), "Shell", CommitmentKind.INVESTMENT);
    assertThat(conditional.amount().value()).isEqualTo(1e9);
    assertThat(conditional.confidence()).isBetween(0.0, 1.0);
  }

  // ---- exclusions ------------------------------------------------------------------------------

  @Test
  void forecastsAreNotCommitments() {
    assertThat(extract("Siemens expects orders to rise by 10 pct next year.", "Siemens")).isEmpty();
    assertThat(extract("IBM expects that it will spend more on research next year.", "IBM")).isEmpty();
    assertThat(extract("Toyota said sales will rise 5 pct in 2026.", "Toyota")).isEmpty();
    assertThat(extract("The company said it sees sales of 2 billion dlrs this year.", "Acme")).isEmpty();
  }

  @Test
  void completedPastFactsAreNotCommitments() {
    assertThat(extract("Pfizer completed its acquisition of Seagen in 2023.", "Pfizer", "Seagen")).isEmpty();
    assertThat(extract("IBM opened a data centre in Frankfurt in 2024.", "IBM")).isEmpty();
    assertThat(extract("Siemens bought 5 pct of Acme on Tuesday.", "Siemens", "Acme")).isEmpty();
    assertThat(extract("Profits at Nestle rose 12 pct last year.", "Nestle")).isEmpty();
  }

  @Test
  void speculationOfOthersIsNotACommitment() {
    assertThat(extract("Analysts said Siemens may look for further disposals.", "Siemens")).isEmpty();
    assertThat(extract("Analysts said Pfizer would make further purchases.", "Pfizer")).isEmpty();
    assertThat(extract("Industry sources said Nestle will bid for the unit.", "Nestle")).isEmpty();
  }

  @Test
  void negatedAndRefusedCommitmentsAreLeftOut() {
    assertThat(extract("Kenya's treasury said it had no plans to raise taxes.", "Kenya=GOVERNMENT")).isEmpty();
    assertThat(extract("Samsung SDI declined to commit to a second plant.", "Samsung SDI")).isEmpty();
    assertThat(extract("Microsoft has no plans to build a data centre in Quebec.", "Microsoft")).isEmpty();
    assertThat(extract("Nordvik denied it will sell the wind farms.", "Nordvik")).isEmpty();
    assertThat(extract("IBM will not invest in the project.", "IBM")).isEmpty();
  }

  @Test
  void routineNoticesAreNotCommitments() {
    assertThat(extract("Siemens will pay a quarterly dividend of 40 cts a share on June 1.", "Siemens")).isEmpty();
    assertThat(extract("Tata Steel said it will pay a dividend of Rs 10 per share.", "Tata Steel")).isEmpty();
    assertThat(extract("Microsoft declared a quarterly dividend of 68 cents a share, payable June 12.", "Microsoft")).isEmpty();
    assertThat(extract("IBM will report first-quarter earnings on April 20.", "IBM")).isEmpty();
    assertThat(extract("Siemens said it will split its stock two for one.", "Siemens")).isEmpty();
  }

  @Test
  void relativeClausesAndThingsAreNotCommitters() {
    assertThat(extract("Investors bought the debt that Chrysler will assume.", "Chrysler")).isEmpty();
    assertThat(extract("Sales will rise and prices will fall.")).isEmpty();
  }

  // ---- what the organization stage gives, and who speaks for whom --------------------------------

  @Test
  void theCommitterIsNamedAsTheArticleWritesIt() {
    // the gazetteer knows GenCorp by its later name; the article's reader knows it as GenCorp
    List<Commitment> found = extract("GenCorp said it plans to build a 50 mln dlr plant in Ohio.", "Aerojet Rocketdyne|GenCorp");
    assertThat(found).extracting(Commitment::organization).containsExactly("GenCorp");
  }

  @Test
  void aCountryTakenForACompanyActsAsItsGovernment() {
    List<Commitment> found = extract("Commercial Union is an insurer in the U.K. The company seeks to help the note market grow.",
        "Commercial Union=OTHER", "U.K.");
    assertThat(found).extracting(c -> c.organization() + " " + c.kind()).containsExactly("Commercial Union TARGET");
  }

  @Test
  void lendersNamedAfterCommitmentsForMoneyFundIt() {
    List<Commitment> found = extract("General Partners said it has commitments for a one billion dlr credit line from "
        + "Wells Fargo and Co and a 1.25 billion loan from Shearson Lehman.", "General Partners", "Wells Fargo", "Shearson Lehman");
    assertThat(found).extracting(c -> c.organization() + " " + c.kind() + " " + c.amount().value() + " " + c.amount().currency())
        .containsExactly("Wells Fargo FUNDING 1.0E9 USD", "Shearson Lehman FUNDING 1.25E9 USD");
  }

  @Test
  void aPromiseToRefrainIsAPledgeOfTheMembersOrganization() {
    only(extract("Member states of the OECD have pledged not to offer concessional credits on manufactured goods.",
        "OECD=AGENCY"), "OECD", CommitmentKind.PLEDGE);
  }

  @Test
  void whoIsToldIsNotWhoCommits() {
    assertThat(extract("He told Les Echos he aims to cut the budget deficit to 115 billion francs.", "Les Echos=MEDIA"))
        .isEmpty();
    only(extract("Sir Geoffrey Howe told his EC colleagues on Monday that Britain wants agreement by December on a plan "
        + "to curb farm spending.", "EC=AGENCY", "Britain=GOVERNMENT"), "Britain", CommitmentKind.TARGET);
  }

  @Test
  void aNewspapersReportOfOthersPlansIsNotTheirCommitment() {
    assertThat(extract("The daily Asahi Shimbun said today that IBJ and three other banks plan to abandon 16 billion yen "
        + "in loans.", "Asahi Shimbun=MEDIA", "IBJ=BANK")).isEmpty();
  }

  @Test
  void whatMustOrMightHappenIsNotPromised() {
    assertThat(extract("Brazil's economy is weak. Of course, it must also seek an internal adjustment.", "Brazil=GOVERNMENT"))
        .isEmpty();
    assertThat(extract("Siemens could sell its rail unit, he said.", "Siemens")).isEmpty();
  }

  @Test
  void aPronounAfterAndOpensItsOwnClause() {
    List<Commitment> found = extract("First City said it will receive a dividend from Nutone and Yale and it has agreed to "
        + "buy 35 mln dlrs of Valor shares.", "First City", "Nutone", "Yale", "Valor");
    assertThat(found).extracting(c -> c.organization() + " " + c.kind()).containsExactly("First City ACQUISITION");
  }

  @Test
  void aDatelinePlaceIsNotTheSubject() {
    List<Commitment> found = extract("VEVEY, Switzerland, June 9 - Nestle SA said on Monday it agreed to acquire Hollowbrook "
        + "Pet Foods for 40 dlrs a share.", "Switzerland=GOVERNMENT", "Nestle SA", "Hollowbrook Pet Foods");
    assertThat(found).extracting(c -> c.organization() + " " + c.kind()).containsExactly("Nestle SA ACQUISITION");
  }

  @Test
  void emptyInputGivesNothing() {
    assertThat(EXTRACTOR.extract(new Article("x", "x", null, "", null, ""), List.of(), List.of())).isEmpty();
  }

  // ---- precision on unseen news --------------------------------------------------------------

  @Test
  void aThingThatWillDoSomethingIsAForecastNotAnOrganizationsPledge() {
    assertThat(extract("The Organisation for Economic Cooperation and Development (OECD) said its members face slower "
        + "growth and their joint balance of payments will swing into deficit in 1987.",
        "Organisation for Economic Cooperation and Development|OECD=AGENCY")).isEmpty();
    assertThat(extract("The institute said that if Japan stopped buying bonds the dollar would collapse.",
        "Japan=GOVERNMENT")).isEmpty();
  }

  @Test
  void theCompanyBeforeWillStillCommits() {
    only(extract("Vossberg Industrie makes rail equipment. The company will invest 50 mln dlrs in a new plant.", "Vossberg Industrie"),
        "Vossberg Industrie", CommitmentKind.INVESTMENT);
  }

  @Test
  void aNamedUniversityIsNotTheUniversityMentionedBefore() {
    List<Commitment> found = extract("IBM and ETH Zurich agreed to collaborate on qubits at the university's campus. "
        + "The Technical University of Munich said it will open a joint software centre with IBM in 2026.",
        "IBM", "ETH Zurich=UNIVERSITY", "Technical University of Munich=UNIVERSITY");
    assertThat(found).extracting(Commitment::organization).containsExactly("IBM", "Technical University of Munich");
  }

  @Test
  void aRaisedBidIsOneAcquisitionNotAlsoAPledge() {
    only(extract("Narragansett Capital Inc said it was prepared to raise its bid to acquire Taft Broadcasting Co "
        + "to more than 150 dlrs per share.", "Narragansett Capital", "Taft Broadcasting"),
        "Narragansett Capital", CommitmentKind.ACQUISITION);
  }
}
