package dev.newsminer.entity;

import dev.newsminer.Organization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketIndexesTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static final OrganizationFinder FINDER =
      OrganizationFinder.of(null, Gazetteer.bundled(), OrganizationFinder.Layers.all());

  private static List<String> names(String text) {
    return FINDER.find(text, ANALYZER.analyze(text)).stream().map(Organization::name).toList();
  }

  private static List<String> mentions(String text, String name) {
    return FINDER.find(text, ANALYZER.analyze(text)).stream().filter(o -> o.name().equals(name))
        .flatMap(o -> o.spans().stream()).map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void anIndexThatMovesByPointsOrPercentIsNoOrganization() {
    assertThat(names("On Thursday the Dow Jones fell 2.6% as banks led the decline.")).isEmpty();
    assertThat(names("In Tokyo the Nikkei closed down 6.4 percent, its worst day in years.")).isEmpty();
    assertThat(names("The Nasdaq fell 82 points to 2,210 in late trading.")).isEmpty();
    assertThat(names("Shipping stocks slid and the Hang Seng dropped 310 points.")).isEmpty();
  }

  @Test
  void indexWordsAroundTheNameMakeItAnIndex() {
    assertThat(names("The Dow Jones industrial average ended the week higher.")).isEmpty();
    assertThat(names("The tech-heavy Nasdaq composite gained on Friday.")).isEmpty();
    assertThat(names("Traders watched the FTSE 100 and the S&P 500 all afternoon.")).isEmpty();
    assertThat(names("Japan's Nikkei stock average hit a two-year low.")).isEmpty();
    assertThat(names("Europe's main benchmark, the DAX, was little changed.")).isEmpty();
  }

  @Test
  void theCompaniesBehindTheIndexNamesStayOrganizations() {
    assertThat(names("Dow Jones & Co said on Monday it would sell two of its papers.")).containsExactly("Dow Jones & Co");
    assertThat(names("The report was carried by Dow Jones Newswires late on Tuesday.")).containsExactly("Dow Jones & Co");
    assertThat(names("The Nikkei newspaper reported that the carmaker would cut jobs.")).containsExactly("Nikkei");
    assertThat(names("The shares are listed on the Nasdaq under the symbol KLRA.")).containsExactly("Nasdaq");
    assertThat(names("The Nasdaq Stock Market said it would review the outage.")).containsExactly("Nasdaq");
    assertThat(names("Nasdaq said its trading systems worked normally.")).containsExactly("Nasdaq");
  }

  @Test
  void aMentionWithoutCuesFollowsTheArticlesOtherMentionsWhenTheyAgree() {
    String market = "The Nikkei dropped 3.1 percent on Tuesday. Exporters weighed on the Nikkei all day.";
    assertThat(names(market)).isEmpty();
    String mixed = "The Nasdaq fell 40 points on Monday. Nasdaq said its systems were sound. "
        + "Regulators met with Nasdaq and other exchanges.";
    assertThat(mentions(mixed, "Nasdaq")).containsExactly("Nasdaq", "Nasdaq");
  }

  @Test
  void theArticlesOtherWordsAboutTheIndexCountEvenWhereNoLayerNamedIt() {
    String text = "The Dow Jones Industrial Average dropped 4 percent. Every stock in the Dow Jones lost ground.";
    assertThat(names(text)).isEmpty();
  }

  @Test
  void aPlaceBeforeAnIndexNameIsPartOfTheIndex() {
    assertThat(names("The Hang Seng and the Singapore Straits Times rose 2 percent.")).isEmpty();
  }

  @Test
  void aCompanysOwnSharesDoNotMakeItAnIndex() {
    assertThat(names("Nasdaq shares fell 3 percent after the outage, and Nasdaq said it would pay traders."))
        .containsExactly("Nasdaq");
  }
}
