package dev.newsminer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.article.Article;
import dev.newsminer.index.SearchRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySetTest {

  private static final List<Article> ARTICLES = List.of(
      new Article("a1", "a1.txt", null, "COCOA EXPORTS RISE", LocalDate.of(1987, 3, 2),
          "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought."),
      new Article("a2", "a2.txt", null, "STANDARD OIL TO FORM FINANCIAL UNIT", LocalDate.of(1987, 4, 9),
          "Standard Oil Co and BP North America Inc said they plan to form a venture to manage money."));

  @Test
  void holdsTwoHundredRequestsOfEverySort() {
    List<SearchRequest> set = QuerySet.generate(ARTICLES, List.of("Standard Oil", "BP"), 1);
    assertThat(set).hasSize(QuerySet.SIZE).hasSize(200);
    assertThat(set).anyMatch(r -> r.query().startsWith("\"") && r.query().endsWith("\""));
    assertThat(set).anyMatch(r -> r.query().contains(" AND ") || r.query().contains(" OR "));
    assertThat(set).anyMatch(r -> r.organization() != null);
    assertThat(set).anyMatch(r -> r.kind() != null);
    assertThat(set).anyMatch(r -> r.minAmount() != null && r.commitments());
    assertThat(set).anyMatch(r -> r.from() != null && r.to() != null && r.from().isBefore(r.to()));
    assertThat(set).anyMatch(SearchRequest::byDate);
  }

  @Test
  void theSameSeedGivesTheSameSet() {
    assertThat(QuerySet.generate(ARTICLES, List.of("BP"), 7)).isEqualTo(QuerySet.generate(ARTICLES, List.of("BP"), 7));
    assertThat(QuerySet.generate(ARTICLES, List.of("BP"), 7)).isNotEqualTo(QuerySet.generate(ARTICLES, List.of("BP"), 8));
  }

  @Test
  void withoutOrganizationsTheFilterRequestsBecomeTermQueries() {
    assertThat(QuerySet.generate(ARTICLES, List.of(), 1)).allMatch(r -> r.organization() == null);
  }

  @Test
  void wordsAreLowerCasedLetterRunsOfThreeOrMore() {
    assertThat(QuerySet.words("BP's $1.5 bln Oil-unit, at 3 pct")).containsExactly("bln", "oil", "unit", "pct");
  }
}
