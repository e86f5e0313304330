package dev.newsminer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import dev.newsminer.Extraction;
import dev.newsminer.NewsMiner;
import dev.newsminer.Organization;
import dev.newsminer.SharedData;
import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ArticleSink;
import dev.newsminer.article.ReadProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * The index over real articles — {@code examples/} and, when {@code ../shared} is present, 2,000
 * Reuters articles — answers queries with the counts computed directly from the extractions.
 */
class ArticleIndexCorpusTest {

  @TempDir static Path dir;
  /** By article id: Reuters repeats some articles word for word, and the index keys by id. */
  private static final Map<String, Extraction> BY_ID = new java.util.LinkedHashMap<>();
  private static final List<Extraction> EXTRACTIONS = new ArrayList<>();
  private static ArticleIndex index;

  @BeforeAll
  static void indexArticles() throws IOException {
    List<Path> inputs = new ArrayList<>(List.of(SharedData.examples()));
    try {
      inputs.addAll(SharedData.reuters(2000));
    } catch (TestAbortedException absent) {
      // ../shared is absent: the examples alone
    }
    NewsMiner miner = NewsMiner.english();
    index = ArticleIndex.open(dir.resolve("ix"), 500);
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(Article article) {
        Extraction x = miner.extract(article);
        BY_ID.put(article.id(), x);
        try {
          index.add(x);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }

      @Override
      public void problem(ReadProblem problem) {
        throw new AssertionError(problem.toString());
      }
    };
    for (Path file : ArticleFiles.list(inputs, p -> {
      throw new AssertionError(p.toString());
    })) {
      ArticleFiles.read(file, sink);
    }
    index.commit();
    EXTRACTIONS.addAll(BY_ID.values());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static long count(Predicate<Extraction> p) {
    return EXTRACTIONS.stream().filter(p).count();
  }

  private static long total(SearchRequest r) throws IOException {
    return index.search(r).total();
  }

  @Test
  void allArticlesAreIndexedOnce() throws IOException {
    assertThat(total(SearchRequest.of("*:*"))).isEqualTo(EXTRACTIONS.size());
  }

  @Test
  void organizationFilterMatchesTheArticlesNamingTheOrganization() throws IOException {
    Map<String, Integer> frequency = new HashMap<>();
    EXTRACTIONS.forEach(x -> x.organizations().forEach(o -> frequency.merge(o.name(), 1, Integer::sum)));
    List<String> top = frequency.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(5).map(Map.Entry::getKey).toList();
    assertThat(top).as("organizations found in the articles").isNotEmpty();
    for (String name : top) {
      String key = name.toLowerCase(Locale.ROOT);
      long expected = count(x -> x.organizations().stream().anyMatch(o -> o.name().toLowerCase(Locale.ROOT).equals(key)
          || o.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key))));
      assertThat(total(SearchRequest.of("*:*").withOrganization(name))).as(name).isEqualTo(expected);
    }
  }

  @Test
  void kindFilterMatchesTheArticlesWithSuchACommitment() throws IOException {
    long withAny = count(x -> !x.commitments().isEmpty());
    assertThat(withAny).as("articles with commitments").isPositive();
    for (CommitmentKind kind : CommitmentKind.values()) {
      long expected = count(x -> x.commitments().stream().anyMatch(c -> c.kind() == kind));
      assertThat(total(SearchRequest.of("*:*").withKind(kind))).as(kind.name()).isEqualTo(expected);
      long commitments = EXTRACTIONS.stream().flatMap(x -> x.commitments().stream()).filter(c -> c.kind() == kind).count();
      assertThat(total(SearchRequest.of("*:*").withKind(kind).overCommitments(true))).as(kind.name()).isEqualTo(commitments);
    }
  }

  @Test
  void amountRangeMatchesTheCommitmentsWithinIt() throws IOException {
    double min = 1e6;
    double max = 1e9;
    Predicate<Commitment> inRange = c -> c.amount() != null && c.amount().currency().equals("USD")
        && c.amount().value() >= min && c.amount().value() <= max;
    long expected = EXTRACTIONS.stream().flatMap(x -> x.commitments().stream()).filter(inRange).count();
    assertThat(expected).as("USD commitments between 1 mln and 1 bln").isPositive();
    assertThat(total(SearchRequest.of("*:*").withAmount(min, max, "USD").overCommitments(true))).isEqualTo(expected);
    assertThat(total(SearchRequest.of("*:*").withAmount(min, max, "USD")))
        .isEqualTo(count(x -> x.commitments().stream().anyMatch(inRange)));
  }

  @Test
  void dateRangeMatchesTheArticlesPublishedWithinIt() throws IOException {
    LocalDate from = LocalDate.of(2025, 1, 1);
    LocalDate to = LocalDate.of(2025, 12, 31);
    long expected = count(x -> x.article().published() != null && !x.article().published().isBefore(from)
        && !x.article().published().isAfter(to));
    assertThat(expected).as("dated articles in 2025").isPositive();
    assertThat(total(SearchRequest.of("*:*").withDates(from, to))).isEqualTo(expected);
  }

  @Test
  void phraseQueryFindsEveryArticleWithThePhraseAndHighlightsIt() throws IOException {
    for (String phrase : List.of("net profit", "joint venture", "over the next")) {
      long literal = count(x -> x.article().text().toLowerCase(Locale.ROOT).contains(phrase)
          || x.article().title().toLowerCase(Locale.ROOT).contains(phrase));
      SearchResult r = index.search(SearchRequest.of("\"" + phrase + "\"").withLimit(5));
      assertThat(r.total()).as(phrase).isGreaterThanOrEqualTo(literal);
      for (SearchHit hit : r.hits()) {
        assertThat(hit.snippets()).as(hit.id()).anySatisfy(s -> assertThat(s.highlights()).isNotEmpty());
      }
    }
  }

  @Test
  void facetCountsEqualCountsFromTheExtractions() throws IOException {
    SearchResult r = index.search(SearchRequest.of("*:*"));
    Map<String, Integer> organizations = r.facets().get("organization");
    assertThat(organizations).isNotEmpty();
    organizations.forEach((name, n) -> assertThat((long) n).as(name)
        .isEqualTo(count(x -> x.organizations().stream().map(Organization::name).anyMatch(name::equals))));
    r.facets().get("kind").forEach((kind, n) -> assertThat((long) n).as(kind)
        .isEqualTo(count(x -> x.commitments().stream().anyMatch(c -> c.kind().name().equals(kind)))));
    r.facets().get("year").forEach((year, n) -> assertThat((long) n).as(year)
        .isEqualTo(count(x -> x.article().published() != null
            && Integer.toString(x.article().published().getYear()).equals(year))));
  }
}
