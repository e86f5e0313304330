package dev.newsminer.entity;

import dev.newsminer.Organization;
import dev.newsminer.OrganizationType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.text.TextAnalyzer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names that are also a common word or a place count only where the words around them say so. */
class AmbiguousNamesTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static OrganizationFinder finder;

  @BeforeAll
  static void finder() throws IOException, URISyntaxException {
    Path list = Path.of(AmbiguousNamesTest.class.getResource("ambiguous-organizations.tsv").toURI());
    finder = OrganizationFinder.of(null, Gazetteer.loadOnly(List.of(list)), OrganizationFinder.Layers.all());
  }

  private static List<String> names(String text) {
    return finder.find(text, ANALYZER.analyze(text)).stream().map(Organization::name).toList();
  }

  /** Whether the sentence's own words support the name at its first occurrence of {@code name}. */
  private static boolean supports(String sentence, String name, OrganizationType type) {
    String[] tokens = ANALYZER.analyze(sentence).get(0).tokens().stream().map(t -> t.text()).toArray(String[]::new);
    int start = List.of(tokens).indexOf(name);
    assertThat(start).as("token %s in %s", name, sentence).isNotNegative();
    return AmbiguousNames.contextSupports(tokens, start, start + 1, type);
  }

  @Test
  void aCompanyNamedByACommonWordNeedsBusinessAroundIt() {
    assertThat(names("Target cut its forecast for the holiday quarter.")).containsExactly("Target Corp");
    assertThat(names("Shell will invest $2 billion in Nigerian gas.")).containsExactly("Royal Dutch Shell");
    assertThat(names("Shares of Apple fell 3 percent.")).containsExactly("Apple");
    assertThat(names("Apple prices rose 12 percent at Washington state orchards.")).isEmpty();
    assertThat(names("Growers said the Apple harvest in Kent was the best in a decade.")).isEmpty();
  }

  @Test
  void theLowerCaseWordIsNeverTheCompany() {
    assertThat(names("The target is to double output by 2030.")).isEmpty();
    assertThat(names("Investigators traced the money to a shell company in Panama.")).isEmpty();
  }

  @Test
  void aCityNamedClubNeedsSportAroundIt() {
    assertThat(supports("Barcelona beat Chelsea 2-1 in the Champions League.", "Barcelona", OrganizationType.SPORTS)).isTrue();
    assertThat(supports("Barcelona beat Chelsea 2-1 on Tuesday.", "Chelsea", OrganizationType.SPORTS)).isTrue();
    assertThat(supports("Liverpool 2 Everton 1", "Liverpool", OrganizationType.SPORTS)).isTrue();
    assertThat(names("Barcelona beat Chelsea 2-1 on Tuesday.")).contains("FC Barcelona");
    assertThat(names("The ministers met in Barcelona on Friday.")).isEmpty();
    assertThat(names("She grew up in Chelsea and studied in Barcelona.")).isEmpty();
    assertThat(supports("Novo shares dipped in Copenhagen , where the Copenhagen 25 index fell .", "Copenhagen",
        OrganizationType.SPORTS)).isFalse();
    // business news has coaches and managers too
    assertThat(supports("Coach fares from Boston fell , the lead manager said .", "Boston", OrganizationType.SPORTS))
        .isFalse();
  }

  @Test
  void businessWordsDoNotMakeAClubAndSportDoesNotMakeACompany() {
    assertThat(supports("Barcelona said in a statement that its port would expand.", "Barcelona", OrganizationType.SPORTS))
        .isFalse();
    assertThat(supports("Apple beat the pears at the county show.", "Apple", OrganizationType.COMPANY)).isFalse();
  }

  @Test
  void anUnambiguousMentionElsewhereInTheArticleCarriesTheShortName() {
    String text = "Target Corp named a new chief. At the Minneapolis store, Target was busy on Sunday.";
    List<Organization> found = finder.find(text, ANALYZER.analyze(text));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).spans()).hasSize(2);
    // the same holds when the certain mention comes later: the article is about the company
    assertThat(names("Apple prices held at the market. Apple said it would open a store in the town."))
        .containsExactly("Apple");
  }

  @Test
  void aNameListedBesideOtherCompaniesIsACompany() {
    assertThat(names("Rivals such as Microsoft, Apple and Amazon kept quiet."))
        .containsExactly("Microsoft", "Apple", "Amazon.com");
    // the list carries what one of its names has: "Target reported" is business, so is the Shell beside it
    assertThat(names("Shell and Target reported weaker sales.")).containsExactly("Royal Dutch Shell", "Target Corp");
    assertThat(names("Shell and Apple were on the beach stall.")).isEmpty();
  }

  @Test
  void markedAcronymsNameTheirOrganizationOnTheirOwnAndOthersStayAsWritten() {
    List<Organization> sec = finder.find("The SEC fined the broker on Monday.", ANALYZER.analyze("The SEC fined the broker on Monday."));
    assertThat(sec).extracting(Organization::name).containsExactly("Securities and Exchange Commission");
    assertThat(sec.get(0).type()).isEqualTo(OrganizationType.AGENCY);
    // "NCA" is shared by many bodies: without the full name it is not the National Crime Agency
    assertThat(names("The NCA said on Monday it would appeal.")).doesNotContain("National Crime Agency");
  }
}
