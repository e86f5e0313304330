package dev.newsminer.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsminer.CommitmentKind;
import dev.newsminer.cli.CommandLineRun;
import dev.newsminer.index.ArticleIndex;
import dev.newsminer.index.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a few hundred real Reuters articles from {@code ../shared}, against the command line
 * on the same files: the same JSON Lines, and a merged index that answers like the one
 * {@code newsminer index} builds. Skipped when {@code ../shared} is absent.
 */
class ReutersJobTest {

  private static final Path REUTERS = Path.of("../../shared/corpora/news/reuters21578/articles");
  private static final int ARTICLES = 300;

  /** Queries over articles and over commitments, with and without filters. */
  private static final List<SearchRequest> QUERIES = List.of(
      SearchRequest.of("*:*"),
      SearchRequest.of("oil"),
      SearchRequest.of("bank AND rate*"),
      SearchRequest.of("\"share\" OR dividend").withLimit(25),
      SearchRequest.of("*:*").sortedByDate(true),
      SearchRequest.of("*:*").overCommitments(true).withLimit(50),
      SearchRequest.of("stake OR merger OR acquisition").overCommitments(true),
      SearchRequest.of("*:*").overCommitments(true).withKind(CommitmentKind.ACQUISITION),
      SearchRequest.of("*:*").overCommitments(true).withAmount(1e6, null, "USD"));

  @TempDir Path tmp;

  @Test
  void jsonAndMergedIndexAnswerAsTheCommandLines() throws Exception {
    assumeTrue(Files.isDirectory(REUTERS), "../shared is absent");
    Path in = Files.createDirectories(tmp.resolve("reuters"));
    try (Stream<Path> files = Files.list(REUTERS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    Path out = tmp.resolve("out");
    Path index = tmp.resolve("index");
    JobSummary summary = NewsMinerJob.run(LocalSpark.session(),
        JobOptions.of(List.of(in.toString()), out.toString(), index).withPartitions(4));

    Path cliJson = tmp.resolve("cli.jsonl");
    Path cliIndex = tmp.resolve("cli-index");
    CommandLineRun extract = CommandLineRun.of("extract", in.toString(), "--out", cliJson.toString());
    CommandLineRun indexed = CommandLineRun.of("index", in.toString(), "--index", cliIndex.toString());
    assertThat(indexed.exitCode()).isEqualTo(extract.exitCode());

    String expected = Files.readString(cliJson, StandardCharsets.UTF_8);
    assertThat(summary.articles()).isEqualTo(expected.lines().count()).isGreaterThan(ARTICLES * 9 / 10);
    assertThat(summary.tokens()).isPositive();
    assertThat(JobOutput.json(out)).isEqualTo(expected);
    assertThat(JobOutput.failures(out))
        .containsExactlyElementsOf(extract.err().lines().filter(l -> l.startsWith(in.toString())).toList());
    try (ArticleIndex merged = ArticleIndex.openReadOnly(index);
         ArticleIndex built = ArticleIndex.openReadOnly(cliIndex)) {
      // Reuters repeats a few stories word for word: one id, one document, in both indexes.
      assertThat(merged.articleCount()).isEqualTo(built.articleCount()).isGreaterThan(ARTICLES * 9 / 10);
      for (SearchRequest query : QUERIES) {
        var answer = built.search(query);
        assertThat(answer.total()).as("%s", query).isPositive();
        // Totals, hits (ids, scores, snippets, organizations) and facet counts alike.
        assertThat(merged.search(query)).as("%s", query).isEqualTo(answer);
      }
      assertThat(merged.organizations(30)).isEqualTo(built.organizations(30));
    }
    // The command line reads the merged index as it reads its own.
    assertThat(CommandLineRun.of("orgs", "--index", index.toString(), "--json").out())
        .isEqualTo(CommandLineRun.of("orgs", "--index", cliIndex.toString(), "--json").out());
    assertThat(CommandLineRun.of("search", "oil", "--index", index.toString(), "--json").out())
        .isEqualTo(CommandLineRun.of("search", "oil", "--index", cliIndex.toString(), "--json").out());
  }
}
