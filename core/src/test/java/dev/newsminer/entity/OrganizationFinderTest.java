package dev.newsminer.entity;

import dev.newsminer.Organization;
import dev.newsminer.OrganizationType;
import dev.newsminer.Span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.text.TextAnalyzer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrganizationFinderTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static OrganizationFinder patternsOnly;
  private static OrganizationFinder withGazetteer;

  @BeforeAll
  static void finders() throws IOException {
    patternsOnly = OrganizationFinder.of(null, Gazetteer.empty(), OrganizationFinder.Layers.all());
    withGazetteer = OrganizationFinder.of(null, GazetteerTest.testGazetteer(), OrganizationFinder.Layers.all());
  }

  private static List<Organization> find(OrganizationFinder finder, String text) {
    List<Organization> found = finder.find(text, ANALYZER.analyze(text));
    for (Organization o : found) {
      for (Span s : o.spans()) {
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
      }
    }
    return found;
  }

  private static List<String> names(OrganizationFinder finder, String text) {
    return find(finder, text).stream().map(Organization::name).toList();
  }

  private static Organization only(OrganizationFinder finder, String text) {
    List<Organization> found = find(finder, text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static List<String> mentions(Organization o, String text) {
    return o.spans().stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void legalFormsEndCompanyNames() {
    assertThat(names(patternsOnly, "Shares of Computer Terminal Systems Inc rose after Siemens AG and Hollowbrook Foods Ltd. reported."))
        .containsExactly("Computer Terminal Systems", "Siemens", "Hollowbrook Foods");
    assertThat(names(patternsOnly, "Procter & Gamble Co and Acme Holdings PLC agreed.")).containsExactly("Procter & Gamble", "Acme");
    assertThat(names(patternsOnly, "The deal with Northwind, Inc. closed.")).containsExactly("Northwind");
    Organization sony = only(patternsOnly, "Traditional stalwarts such as Sony Group joined.");
    assertThat(sony.aliases()).contains("Sony Group");
    assertThat(sony.type()).isEqualTo(OrganizationType.COMPANY);
  }

  @Test
  void firmNamesKeepTheirAndCoAndTheirPlace() {
    assertThat(names(patternsOnly, "The managers are Samuel Montagu and Co Ltd and Alex Brown and Sons Inc."))
        .containsExactly("Samuel Montagu", "Alex Brown and Sons");
    assertThat(names(patternsOnly, "He said Discovery Centers of America Inc named a chairman."))
        .containsExactly("Discovery Centers of America");
  }

  @Test
  void sentenceOpenersAreNotPartOfNames() {
    assertThat(names(patternsOnly, "Yesterday Acme Corp said it would buy a rival.")).containsExactly("Acme");
    assertThat(names(patternsOnly, "However, the company said nothing.")).isEmpty();
  }

  @Test
  void openersThatBeginNamesStayInThem() {
    assertThat(names(patternsOnly, "First City Industries Inc said it agreed to sell two units.")).containsExactly("First City Industries");
    assertThat(names(patternsOnly, "First, Acme Corp said it would buy a rival.")).containsExactly("Acme");
    assertThat(names(patternsOnly, "General Partners said it began a tender offer.")).containsExactly("General Partners");
  }

  @Test
  void reutersBracketsNameUnlistedCompaniesAndTickers() {
    Organization gillette = only(patternsOnly, "The Gillette Company <GS.N> said it would form a partnership.");
    assertThat(gillette.name()).isEqualTo("Gillette");
    assertThat(gillette.aliases()).contains("GS.N");
    assertThat(names(patternsOnly, "Microsoft Corp <MSFT> and Lotus Development Corp <LOTS> announced products."))
        .containsExactly("Microsoft", "Lotus Development");
    assertThat(names(patternsOnly, "Rabbit Software said it agreed to merge with <CTI Data Inc>, a private company."))
        .contains("CTI Data");
    assertThat(names(patternsOnly, "The U.S. Delegation at the talks is planning to leave.")).containsExactly("U.S. Delegation");
  }

  @Test
  void aNameThatSpeaksOfItselfAsItIsAnOrganization() {
    assertThat(names(patternsOnly, "Nordvik said it will invest 4.2 billion euros.")).containsExactly("Nordvik");
    assertThat(names(patternsOnly, "Poland said it will build a port.")).isEmpty();
    assertThat(names(patternsOnly, "John Smith said it was a good year.")).containsExactly("John Smith");
  }

  @Test
  void institutionalFormsNameInstitutionsWithTheirType() {
    String text = "The University of Chicago and Yale University joined the Ford Foundation, the Bank of England "
        + "and the Ministry of Trade and Industry in the Open Source Alliance, said the Energy Research Institute.";
    List<Organization> found = find(patternsOnly, text);
    assertThat(found).extracting(Organization::name).containsExactly("University of Chicago", "Yale University",
        "Ford Foundation", "Bank of England", "Ministry of Trade and Industry", "Open Source Alliance",
        "Energy Research Institute");
    assertThat(found).extracting(Organization::type).containsExactly(OrganizationType.UNIVERSITY,
        OrganizationType.UNIVERSITY, OrganizationType.NGO, OrganizationType.BANK, OrganizationType.GOVERNMENT,
        OrganizationType.ALLIANCE, OrganizationType.UNIVERSITY);
  }

  @Test
  void institutionalNamesStopBeforePeoplesTitles() {
    assertThat(names(patternsOnly, "Bank of Japan Governor Kazuo Ueda spoke.")).containsExactly("Bank of Japan");
  }

  @Test
  void reutersTickersMarkTheNameBeforeThemAndBracketsMarkNamesInside() {
    String text = "Computer Terminal Systems <CPML> sold shares to <Sedio N.V.> of Lugano.";
    List<Organization> found = find(patternsOnly, text);
    assertThat(found).extracting(Organization::name).containsExactly("Computer Terminal Systems", "Sedio");
    assertThat(found.get(0).aliases()).contains("CPML");
    assertThat(found.get(1).aliases()).anyMatch(a -> a.startsWith("Sedio N.V"));
    assertThat(mentions(found.get(0), text)).containsExactly("Computer Terminal Systems");
  }

  @Test
  void acronymsDefinedInParenthesesResolveToTheirName() {
    String text = "The Government Accountability Office (GAO) reviewed the deal. The GAO found errors.";
    Organization gao = only(patternsOnly, text);
    assertThat(gao.name()).isEqualTo("Government Accountability Office");
    assertThat(gao.type()).isEqualTo(OrganizationType.AGENCY);
    assertThat(mentions(gao, text)).containsExactly("Government Accountability Office", "GAO", "GAO");
  }

  @Test
  void acronymsOfRecognizedNamesAreMentionsOfThem() {
    String text = "Penske Automotive Group (PAG) bought the brand. PAG will sell the cars.";
    Organization pag = only(patternsOnly, text);
    assertThat(pag.name()).isEqualTo("Penske Automotive");
    assertThat(mentions(pag, text)).containsExactly("Penske Automotive Group", "PAG", "PAG");
  }

  @Test
  void possessivesAreLeftOutOfTheName() {
    String text = "IBM's research lab works with NASA. IBM’s Darío Gil spoke.";
    Organization ibm = find(withGazetteer, text).get(0);
    assertThat(ibm.name()).isEqualTo("IBM"); // a short acronym alone stays the name the text used
    assertThat(mentions(ibm, text)).containsExactly("IBM", "IBM");
  }

  @Test
  void aliasesAndShortFormsResolveToOneOrganization() {
    String text = "General Motors Corp said sales fell. General Motors will cut jobs, and GM shares fell.";
    Organization gm = only(withGazetteer, text);
    assertThat(gm.name()).isEqualTo("General Motors");
    assertThat(mentions(gm, text)).containsExactly("General Motors Corp", "General Motors", "GM");
    assertThat(gm.aliases()).contains("General Motors", "General Motors Corp", "GM");
  }

  @Test
  void namesOutsideTheGazetteerGetTheirShortFormsAndAcronymsByDocumentLevel() {
    String text = "Northrop Grumman Corp won the contract. Northrop said the Northrop Grumman team, "
        + "not NG, would build it. Grumman was not named.";
    Organization ng = only(patternsOnly, text);
    assertThat(ng.name()).isEqualTo("Northrop Grumman");
    assertThat(mentions(ng, text)).containsExactly("Northrop Grumman Corp", "Northrop", "Northrop Grumman", "NG");
  }

  @Test
  void aNameFoundOnceIsFoundAtEveryOccurrence() {
    String text = "Hollowbrook Foods Ltd agreed to the deal. Analysts said Hollowbrook Foods would gain. "
        + "Hollowbrook Foods shares rose.";
    Organization h = only(patternsOnly, text);
    assertThat(h.mentions()).isEqualTo(3);
    OrganizationFinder noDocument = OrganizationFinder.of(null, Gazetteer.empty(),
        new OrganizationFinder.Layers(true, true, true, false));
    assertThat(only(noDocument, text).mentions()).isEqualTo(1);
  }

  @Test
  void derivedShortFormsDoNotMatchInsideOtherNames() {
    String text = "Ford Motor Co raised prices. Harrison Ford Pictures was not involved, but Ford was.";
    Organization ford = find(patternsOnly, text).get(0);
    assertThat(mentions(ford, text)).containsExactly("Ford Motor Co", "Ford");
  }

  @Test
  void headlinesInCapitalsAreReadIgnoringCaseAndLinkedToTheBody() {
    String text = "GENERAL MOTORS <GM> CUTS OUTPUT\nGeneral Motors Corp said it would cut output.\n"
        + "APPLE SETS RECORD\nApple Inc said sales rose.";
    List<Organization> found = find(withGazetteer, text);
    assertThat(found).extracting(Organization::name).containsExactly("General Motors", "Apple");
    assertThat(mentions(found.get(0), text)).containsExactly("GENERAL MOTORS", "General Motors Corp");
    assertThat(mentions(found.get(1), text)).containsExactly("APPLE", "Apple Inc");
    assertThat(names(patternsOnly, "HOLLOWBROOK FOODS INC SEES LOWER PROFIT")).containsExactly("HOLLOWBROOK FOODS");
  }

  @Test
  void timeZonesAfterAClockAndRatingGradesInRatingSentencesAreNotOrganizations() {
    OrganizationFinder bundled = OrganizationFinder.of(null, Gazetteer.bundled(), OrganizationFinder.Layers.all());
    assertThat(names(bundled, "The launch is set for 08:30 UTC on Monday.")).isEmpty();
    assertThat(names(bundled, "Trading resumes at 0800 UTC on Monday.")).isEmpty();
    assertThat(names(bundled, "Trading resumes at 1400 GMT, with UTC shares halted.")).containsExactly("UTC");
    assertThat(names(bundled, "UTC said on Monday it would buy the elevator maker.")).containsExactly("UTC");
    assertThat(names(bundled, "Fitch cut the bank's rating to BBB from A-.")).containsExactly("Fitch Ratings");
  }

  @Test
  void oneOrganizationUnderTwoNamingStylesIsOneGazetteerEntry() {
    Gazetteer bundled = Gazetteer.bundled();
    OrganizationFinder finder = OrganizationFinder.of(null, bundled, OrganizationFinder.Layers.all());
    String text = "The U.S. Agriculture Department raised its forecast. The U.S. Department of Agriculture said exports rose.";
    Organization usda = only(finder, text);
    assertThat(usda.name()).isEqualTo("U.S. Department of Agriculture");
    assertThat(mentions(usda, text)).containsExactly("U.S. Agriculture Department", "U.S. Department of Agriculture");
    for (String[] pair : new String[][] {{"Tenneco Inc", "Tenneco"}, {"Transamerica Corp", "Transamerica"},
        {"UAL Inc", "United Airlines"}, {"Anglo American Corp of South Africa", "Anglo American"},
        {"Woolworth", "Foot Locker"}, {"U.S. Commerce Department", "U.S. Department of Commerce"}}) {
      assertThat(bundled.lookup(pair[0]).map(GazetteerEntry::name)).as(pair[0]).contains(pair[1]);
    }
  }

  @Test
  void lowercaseWordsAreNeverOrganizations() {
    assertThat(names(withGazetteer, "He sold an apple and a shell to the gm of the shop.")).isEmpty();
  }

  @Test
  void eachLayerCanBeSwitchedOff() throws IOException {
    String text = "PepsiCo and Hollowbrook Foods Ltd agreed.";
    OrganizationFinder noGazetteer = OrganizationFinder.of(null, GazetteerTest.testGazetteer(),
        new OrganizationFinder.Layers(true, false, true, true));
    OrganizationFinder noPatterns = OrganizationFinder.of(null, GazetteerTest.testGazetteer(),
        new OrganizationFinder.Layers(true, true, false, true));
    assertThat(names(noGazetteer, text)).containsExactly("Hollowbrook Foods");
    assertThat(names(noPatterns, text)).containsExactly("PepsiCo");
    assertThat(names(withGazetteer, text)).containsExactly("PepsiCo", "Hollowbrook Foods");
  }

  @Test
  void fourThreadsFindTheSameAsOne() throws Exception {
    List<String> texts = List.of(
        "General Motors Corp said sales fell. GM shares fell.",
        "The Government Accountability Office (GAO) reviewed the deal. The GAO found errors.",
        "Computer Terminal Systems <CPML> sold shares to <Sedio N.V.> of Lugano.",
        "Yale University and the Bank of Japan joined the Open Source Alliance.");
    List<String> single = new java.util.ArrayList<>();
    for (String t : texts) {
      single.add(find(withGazetteer, t).toString());
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> futures = new java.util.ArrayList<>();
      for (int round = 0; round < 25; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> withGazetteer.find(t, ANALYZER.analyze(t)).toString()));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(single.get(i % texts.size()));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aCountryIsAPlaceNotAnOrganization() {
    assertThat(names(patternsOnly, "Recent purchases of U.S. corn by the Soviet Union have skewed the cash market."))
        .doesNotContain("Soviet Union");
  }

  @Test
  void aShortAcronymIsAListedOrganizationOnlyWhenTheArticleNamesItOtherwise() {
    OrganizationFinder bundled = OrganizationFinder.of(null, Gazetteer.bundled(), OrganizationFinder.Layers.all());
    assertThat(names(bundled, "The Polish news agency PAP said the talks would resume on Monday."))
        .doesNotContain("People's Action Party");
    assertThat(names(bundled, "Singapore's People's Action Party won the vote. The PAP said it would govern."))
        .containsExactly("People's Action Party");
  }

  @Test
  void namesOfGenericWordsOnlyAreNoNamesOfTheirOwn() {
    assertThat(DocumentResolver.genericOnly(List.of("Bank"))).isTrue();
    assertThat(DocumentResolver.genericOnly(List.of("International", "Inc"))).isTrue();
    assertThat(DocumentResolver.genericOnly(List.of("Co", "KG"))).isTrue();
    assertThat(DocumentResolver.genericOnly(List.of("Banking"))).isTrue();
    assertThat(DocumentResolver.genericOnly(List.of("Central", "Bank"))).isFalse();
    assertThat(DocumentResolver.genericOnly(List.of("Consolidated", "Energy"))).isFalse();
    assertThat(DocumentResolver.genericOnly(List.of("Siemens"))).isFalse();
  }

  @Test
  void aLoneLegalFormIsDropped() {
    assertThat(names(patternsOnly, "A spokesman of Cheung Kong (Holdings) Ltd <CKGH.HKG> told Reuters.")).doesNotContain("Ltd");
  }

  @Test
  void legalNamesKeepTheirCommaAndPairedWords() {
    assertThat(names(patternsOnly, "The offer was managed by Kidder, Peabody and Co and Harken Oil and Gas Inc."))
        .containsExactly("Kidder, Peabody", "Harken Oil and Gas");
    assertThat(names(patternsOnly, "In Boston, Peabody and Co said it would sell.")).containsExactly("Peabody");
  }

  @Test
  void nameWordsTellTheType() {
    assertThat(OrganizationWords.typeOf(new String[] {"Morgan", "Guaranty", "Trust"})).isEqualTo(OrganizationType.BANK);
    assertThat(OrganizationWords.typeOf(new String[] {"Group", "of", "Five"})).isEqualTo(OrganizationType.ALLIANCE);
    assertThat(OrganizationWords.typeOf(new String[] {"CPL", "Real", "Estate", "Trust"})).isEqualTo(OrganizationType.COMPANY);
  }

  @Test
  void namesThatTheArticleMarksAsPeopleAreNotOrganizations() {
    String text = "Hughes Tool Co vice-president Ike Kerridge said the board met. Kerridge said it would vote.";
    assertThat(names(patternsOnly, text)).containsExactly("Hughes Tool");
    String mr = "Acme Corp said Mulford said it would sell. Mr Mulford declined to comment.";
    assertThat(names(patternsOnly, mr)).containsExactly("Acme");
    String secretary = "Treasury Assistant Secretary David Mulford spoke. Mulford said it was time.";
    assertThat(names(patternsOnly, secretary)).isEmpty();
    String possessive = "Vanguard Oil Corp said so. McIvor said it would drill. McIvor, Vanguard's senior vice president, said.";
    assertThat(names(patternsOnly, possessive)).containsExactly("Vanguard Oil");
    String after = "Morton Hyman said it was buying. Morton Hyman, the chairman of Overseas Shipholding Group Inc, spoke.";
    assertThat(names(patternsOnly, after)).containsExactly("Overseas Shipholding");
  }

  @Test
  void aFirmsNameWithAndCoIsTheSameOrganizationAsItsShortName() {
    Organization merrill = only(patternsOnly, "Moody's cut the debt of Boston Lynch and Co Inc. Boston Lynch Corp said it disagreed.");
    assertThat(merrill.name()).isEqualTo("Boston Lynch");
    assertThat(merrill.spans()).hasSize(2);
  }

  @Test
  void aLegalFormAfterALineOfBusinessPairEndsTheWholeName() {
    String text = "Shares of Nordic Aeronautic Defence and Space Company rose on Monday.";
    Organization o = only(patternsOnly, text);
    assertThat(mentions(o, text)).containsExactly("Nordic Aeronautic Defence and Space Company");
  }

  @Test
  void aTitleAfterAnInstitutionEndsItsName() {
    assertThat(names(patternsOnly, "The Air Force Secretary Dana Welk spoke on Monday.")).containsExactly("Air Force");
    String text = "The Marine Corps Communications Director Lee Hart declined to comment.";
    assertThat(mentions(only(patternsOnly, text), text)).containsExactly("Marine Corps");
  }

  @Test
  void anInstitutionRunningIntoAPersonsNameEndsAtItsHead() {
    String[] titled = "a letter to the Secretary of the Air Force Dana Welk on Monday".split(" ");
    assertThat(PersonCues.organizationEndBeforePerson(titled, 7, 11, java.util.Set.of())).isEqualTo(9);
    String[] office = "wrote to the Director of Air Force Communications Lee Hart".split(" ");
    assertThat(PersonCues.organizationEndBeforePerson(office, 5, 10, java.util.Set.of())).isEqualTo(7);
    String[] named = "officials said Air Force Dana Welk signed it".split(" ");
    assertThat(PersonCues.organizationEndBeforePerson(named, 2, 6, java.util.Set.of("Welk"))).isEqualTo(4);
    assertThat(PersonCues.organizationEndBeforePerson(named, 2, 6, java.util.Set.of())).isEqualTo(-1);
    String[] bank = "the chairman of Bank of Japan Watanabe".split(" ");
    assertThat(PersonCues.organizationEndBeforePerson(bank, 3, 7, java.util.Set.of("Watanabe"))).isEqualTo(-1);
  }

  @Test
  void twoOrganizationsJoinedByAHyphenAreNotOneName() {
    OrganizationFinder bundled = OrganizationFinder.of(null, Gazetteer.bundled(), OrganizationFinder.Layers.all());
    // the tokenizer cuts "Boeing-Air" at its hyphen: Boeing stays, "Boeing-Air Force" is no name
    assertThat(names(bundled, "Emails about the Boeing-Air Force tanker deal were released on Friday."))
        .containsExactly("Boeing");
    assertThat(names(bundled, "Mercedes-Benz said sales rose.")).containsExactly("Mercedes-Benz Group");
  }
}
