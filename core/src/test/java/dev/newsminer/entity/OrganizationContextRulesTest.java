package dev.newsminer.entity;

import dev.newsminer.Organization;
import dev.newsminer.OrganizationType;
import dev.newsminer.Span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The context rules of the organization stage on sentences like the failures seen on unseen news
 * (issue 12): words that introduce a name, headlines in any case, results lines and tables, wrong
 * identities and codes, and the document level following a story.
 */
class OrganizationContextRulesTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static OrganizationFinder bundled;

  @BeforeAll
  static void finder() {
    bundled = OrganizationFinder.of(null, Gazetteer.bundled(), OrganizationFinder.Layers.all());
  }

  private static List<Organization> find(String text) {
    return bundled.find(text, ANALYZER.analyze(text));
  }

  private static List<String> names(String text) {
    return find(text).stream().map(Organization::name).toList();
  }

  private static List<String> written(String text) {
    return find(text).stream().flatMap(o -> o.spans().stream()).map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void aCapitalizedDescriptorOpeningTheSentenceIntroducesTheNameAndIsNoPartOfIt() {
    assertThat(names("Drugmaker Pfizer said on Monday it would close two plants.")).containsExactly("Pfizer");
    assertThat(names("Carmaker Toyota to cut 5,000 jobs at Daihatsu, a union said.")).containsExactly("Toyota Motor", "Daihatsu");
    assertThat(written("Toymaker Hollowbrook Games Inc said sales fell.")).containsExactly("Hollowbrook Games Inc");
  }

  @Test
  void aDateBeforeANameIntroducesItAndIsNoPartOfIt() {
    assertThat(written("In late June Morgan Stanley Group Inc said profits rose.")).containsExactly("Morgan Stanley Group Inc");
    assertThat(names("On Friday Microsoft said it would hire more engineers.")).containsExactly("Microsoft");
    assertThat(names("Since April Intel has cut prices twice.")).containsExactly("Intel");
    // a month that opens a name is not after a date word
    assertThat(written("May Department Stores Co said sales rose.")).containsExactly("May Department Stores Co");
  }

  @Test
  void aHeadlineInTitleCaseIsCutAtItsVerbsAndFunctionWords() {
    String title = "Microsoft Buys Activision Blizzard In 69 Billion Dollar Deal";
    String text = "The software maker agreed to the deal on Tuesday.";
    List<Organization> found = bundled.find(title, ANALYZER.analyze(title), text, ANALYZER.analyze(text));
    assertThat(found).extracting(Organization::name).containsExactly("Microsoft", "Activision Blizzard");
    assertThat(found.get(1).spans()).containsExactly(Span.inTitle(15, 34));
  }

  @Test
  void aHeadlineInCapitalsAndTextInLowerCaseAreReadIgnoringCase() {
    assertThat(names("GOLDMAN SACHS AND MORGAN STANLEY CUT BONUSES")).containsExactly("Goldman Sachs", "Morgan Stanley");
    assertThat(names("analysts said goldman sachs and bank of america raised their forecasts on tuesday."))
        .containsExactly("Goldman Sachs", "Bank of America");
    // one word in lower case is most often a word, not a company
    assertThat(names("he sold an apple and a shell at the market on tuesday.")).isEmpty();
  }

  @Test
  void theTeamsOfResultsLinesAndStandingsTablesAreOrganizationsEvenWhereTheyAreCities() {
    assertThat(written("Results on Saturday:\nArsenal 3 Chelsea 1\nLiverpool 2 Everton 2\n"))
        .contains("Arsenal", "Chelsea", "Liverpool", "Everton");
    String table = "Standings after Sunday's games:\nBOSTON 14 10 4 24\nTORONTO 13 9 4 22\nMONTREAL 12 8 4 20\n";
    assertThat(written(table)).containsExactly("BOSTON", "TORONTO", "MONTREAL");
    assertThat(find(table)).extracting(Organization::type).containsOnly(OrganizationType.SPORTS);
    // the headings of a table of contents, with a section and a page, are no teams
    assertThat(names("CONTENTS\nDEFINITIONS 1 2\nREPAYMENTS 4 7\nNOTICES 9 12\n")).isEmpty();
    // a town and a date with numbers in prose are no team
    assertThat(names("Boston 3 Toronto 2 is what the poll showed in March 2024, he said.")).isEmpty();
  }

  @Test
  void aScoreAfterAClubIsNoModelNumber() {
    assertThat(names("Manchester United beat Liverpool FC 2-1 on Sunday.")).contains("Liverpool FC");
  }

  @Test
  void aListedHeadWordWithOfAndAPlaceIsAnotherOrganization() {
    List<Organization> found = find("The Times of Zambia reported that the mine would close.");
    assertThat(found).extracting(Organization::name).containsExactly("Times of Zambia");
    // a company's name with its country stays the company
    assertThat(names("Daihatsu of Japan said it would build a plant.")).containsExactly("Daihatsu");
  }

  @Test
  void aCropOrACurrencyCodeIsNoOrganization() {
    assertThat(names("Apple prices rose 12 percent at Washington state orchards.")).isEmpty();
    assertThat(names("Apple growers in Kent expect a poor harvest.")).isEmpty();
    assertThat(names("The dollar closed at 1.8210 DMK, 1.5145 SFR and 2.0540 DFL in Zurich.")).isEmpty();
    assertThat(names("Apple said it would raise prices.")).containsExactly("Apple");
  }

  @Test
  void anAcronymThatTheArticlesOwnNameSpellsIsThatOrganizationNotTheListsOther() {
    List<Organization> found = find("General Motors Acceptance Corp raised its rates. GMAC said the move was needed.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).name()).isEqualTo("General Motors Acceptance Corp");
    assertThat(found.get(0).mentions()).isEqualTo(2);
  }

  @Test
  void aShortFormWithTheInitialsOfTheFirstWordsFollowsTheFullName() {
    // tokens as a tokenizer gives them ("H.K." whole), one sentence per row
    String[][] story = {
        {"Kowloon", "Harbour", "Telephone", "Co", "said", "profits", "rose", "."},
        {"K.H.", "Telephone", "expects", "more", "growth", "next", "year", "."},
        {"Analysts", "said", "K.H.", "Telephone", "would", "raise", "its", "dividend", "."}};
    List<MentionGroup> groups = bundled.recognize(story);
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).mentions()).extracting(Mention::sentence).containsExactly(0, 1, 2);
  }

  @Test
  void anAcronymTheListLetsStandAloneIsTheBodyItNames() {
    List<Organization> found = find("The SEC said it would review the filing. The ECB kept its rates unchanged.");
    assertThat(found).extracting(Organization::name)
        .containsExactly("Securities and Exchange Commission", "European Central Bank");
    assertThat(found).extracting(Organization::type).containsExactly(OrganizationType.AGENCY, OrganizationType.BANK);
  }

  @Test
  void aFirmNamedAfterItsPartnersIsOneNameAndAListOfCompaniesIsNot() {
    String[][] firm = {{"Sales", "rose", "at", "J.R.", "Hallam", ",", "Pickerell", ",", "Voss", "Inc", ",", "a", "broker", "."}};
    List<MentionGroup> groups = bundled.recognize(firm);
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).mentions().get(0).start()).isEqualTo(3);
    assertThat(groups.get(0).mentions().get(0).end()).isEqualTo(10);
    assertThat(names("Shares of Hallam, Pickerell, Voss Inc rose.")).containsExactly("Voss");
  }
}
