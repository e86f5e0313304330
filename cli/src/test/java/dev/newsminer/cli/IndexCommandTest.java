package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import dev.newsminer.NewsMiner;
import dev.newsminer.index.ArticleIndex;
import dev.newsminer.index.SearchRequest;
import dev.newsminer.index.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index command end to end: resumable after an exception and after the process is killed,
 * idempotent, and the search and orgs commands over what it wrote.
 */
class IndexCommandTest {

  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  /** Articles written by the test: varied enough that each has its own id and words. */
  private Path articles(int n) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String[] companies = {"Siemens", "Toyota", "Nestle", "Airbus", "Pfizer", "Samsung", "Unilever", "BHP"};
    String[] things = {"battery plant", "rail factory", "research centre", "wind farm", "chip fab", "warehouse"};
    for (int i = 0; i < n; i++) {
      String company = companies[i % companies.length];
      String thing = things[(i / companies.length) % things.length];
      Files.writeString(in.resolve(String.format("a%04d.txt", i)), company.toUpperCase() + " PLANS NEW " + thing.toUpperCase()
          + " NUMBER " + i + "\n" + company + " said on Monday it will invest " + (10 + i) + " mln dlrs in a new " + thing
          + " near Lyon, its " + i + "th project this decade. Analysts welcomed the plan.\n");
    }
    return in;
  }

  private static long countArticles(Path index) throws IOException {
    try (ArticleIndex ix = ArticleIndex.openReadOnly(index)) {
      return ix.search(SearchRequest.of("*:*")).total();
    }
  }

  @Test
  void indexesOnceAndSkipsWhatIsCommittedOnARerun() throws IOException {
    Path in = articles(30);
    Path index = dir.resolve("ix");
    assertThat(cli.run("index", in.toString(), "--index", index.toString(), "--threads", "2", "--commit-every", "7")).isZero();
    assertThat(cli.run("index", in.toString(), "--index", index.toString())).isZero();
    assertThat(cli.err()).contains("indexed 30 articles (0 already indexed").contains("indexed 0 articles (30 already indexed");
    assertThat(countArticles(index)).isEqualTo(30);

    assertThat(cli.run("search", "\"wind farm\"", "--index", index.toString(), "--json", "--limit", "50")).isZero();
    JsonNode result = ExtractionJson.mapper().readTree(cli.out());
    assertThat(result.get("total").asInt()).isEqualTo(6); // articles 24 to 29
    assertThat(result.get("hits")).hasSize(6);
    JsonNode hit = result.get("hits").get(0);
    for (String field : List.of("id", "title", "published", "score", "snippets", "organizations")) {
      assertThat(hit.has(field)).as(field).isTrue();
    }
    JsonNode snippet = hit.get("snippets").get(0);
    JsonNode highlight = snippet.get("highlights").get(0);
    assertThat(snippet.get("text").asText().substring(highlight.get("start").asInt(), highlight.get("end").asInt()))
        .isEqualTo("wind farm");
    assertThat(result.get("facets").has("organization")).isTrue();
  }

  @Test
  void anExceptionAfterSomeArticlesLosesNothingCommittedAndARerunFinishes() throws IOException {
    Path in = articles(40);
    Path index = dir.resolve("ix");
    NewsMiner miner = NewsMiner.english();
    List<String> all = new ArrayList<>();
    try (ArticleIndex ix = ArticleIndex.open(index, 5)) {
      new BatchExtractor(miner, 2, cli.errWriter()).run(List.of(in), a -> false, x -> {
        all.add(x.article().id());
        if (all.size() == 17) {
          throw new IOException("disk full (simulated)");
        }
        ix.add(x);
      });
    } catch (IOException expected) {
      assertThat(expected).hasMessageContaining("simulated");
    }
    long afterCrash = countArticles(index);
    assertThat(afterCrash).isBetween(15L, 16L);

    assertThat(cli.run("index", in.toString(), "--index", index.toString(), "--commit-every", "5")).isZero();
    assertIndexHoldsEachArticleOnce(index, 40);
    assertSameAnswersAsAnUninterruptedRun(in, index);
  }

  @Test
  void killingTheProcessMidRunLeavesAReadableIndexThatARerunCompletes() throws Exception {
    Path in = articles(600);
    Path index = dir.resolve("ix");
    Process child = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "index", in.toString(), "--index", index.toString(), "--commit-every", "10", "--threads", "1")
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    long seen = 0;
    while (child.isAlive() && System.nanoTime() < deadline) {
      seen = committedCount(index);
      if (seen >= 20) {
        break;
      }
      Thread.sleep(20);
    }
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    long afterKill = committedCount(index);
    assertThat(afterKill).as("articles committed before the kill").isGreaterThanOrEqualTo(20);

    assertThat(cli.run("index", in.toString(), "--index", index.toString())).isZero();
    assertIndexHoldsEachArticleOnce(index, 600);
    assertThat(cli.err()).contains("(" + afterKill + " already indexed");
  }

  private static long committedCount(Path index) {
    try (ArticleIndex ix = ArticleIndex.openReadOnly(index)) {
      return ix.articleCount();
    } catch (IOException notYet) {
      return 0;
    }
  }

  private static void assertIndexHoldsEachArticleOnce(Path index, int n) throws IOException {
    try (ArticleIndex ix = ArticleIndex.openReadOnly(index)) {
      SearchResult all = ix.search(SearchRequest.of("*:*").withLimit(n + 10));
      assertThat(all.total()).isEqualTo(n);
      Set<String> ids = new HashSet<>();
      all.hits().forEach(h -> ids.add(h.id()));
      assertThat(ids).hasSize(n);
      assertThat(ix.committedIds()).isEqualTo(ids);
    }
  }

  private void assertSameAnswersAsAnUninterruptedRun(Path in, Path index) throws IOException {
    Path clean = dir.resolve("clean");
    assertThat(cli.run("index", in.toString(), "--index", clean.toString())).isZero();
    try (ArticleIndex a = ArticleIndex.openReadOnly(index); ArticleIndex b = ArticleIndex.openReadOnly(clean)) {
      for (String q : List.of("*:*", "\"wind farm\"", "Toyota", "invest* AND Lyon", "research centre")) {
        SearchResult ra = a.search(SearchRequest.of(q).withLimit(100));
        SearchResult rb = b.search(SearchRequest.of(q).withLimit(100));
        assertThat(ra.total()).as(q).isEqualTo(rb.total());
        assertThat(ra.hits()).as(q).extracting(h -> h.id()).containsExactlyInAnyOrderElementsOf(
            rb.hits().stream().map(h -> h.id()).toList());
        assertThat(ra.facets()).as(q).isEqualTo(rb.facets());
      }
      assertThat(a.organizations(50)).isEqualTo(b.organizations(50));
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void malformedQueryExitsTwoWithOneLine() throws IOException {
    Path in = articles(3);
    Path index = dir.resolve("ix");
    assertThat(cli.run("index", in.toString(), "--index", index.toString())).isZero();
    assertThat(cli.run("search", "invest AND (", "--index", index.toString())).isEqualTo(2);
    assertThat(cli.err().lines().filter(l -> l.startsWith("newsminer: invalid query"))).hasSize(1);
    assertThat(cli.run("search", "x", "--index", dir.resolve("nothing").toString())).isEqualTo(2);
    assertThat(cli.run("search", "x", "--index", index.toString(), "--from", "May 3")).isEqualTo(2);
  }

  @Test
  void orgsListsOrganizationsWithTheirArticlesAndCommitments() throws IOException {
    Path in = articles(16);
    Path index = dir.resolve("ix");
    assertThat(cli.run("index", in.toString(), "--index", index.toString())).isZero();
    assertThat(cli.run("orgs", "--index", index.toString(), "--json", "--top", "3")).isZero();
    JsonNode orgs = ExtractionJson.mapper().readTree(cli.out());
    assertThat(orgs).hasSize(3);
    for (JsonNode org : orgs) {
      assertThat(org.get("name").asText()).isIn("Siemens", "Toyota", "Nestlé", "Airbus", "Pfizer", "Samsung", "Unilever", "BHP");
      assertThat(org.get("type").asText()).isEqualTo("COMPANY");
      assertThat(org.get("articles").asInt()).isEqualTo(2);
      assertThat(org.get("commitments").asInt()).isEqualTo(2);
    }
  }
}
