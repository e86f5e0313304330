package dev.newsminer.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import dev.newsminer.cli.CommandLineRun;
import dev.newsminer.index.ArticleIndex;
import dev.newsminer.index.SearchRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsMinerJobTest {

  private static final String EXAMPLES = Path.of("../examples").toAbsolutePath().normalize().toString();

  private final SparkSession spark = LocalSpark.session();

  @TempDir Path tmp;

  @Test
  void jsonLinesAreByteForByteTheCommandLinesAndParquetHoldsTheSameArticles() throws Exception {
    Path out = tmp.resolve("out");
    JobSummary summary = NewsMinerJob.run(spark, JobOptions.of(List.of(EXAMPLES), out.toString(), null));

    Path cliOut = tmp.resolve("cli.jsonl");
    assertThat(CommandLineRun.of("extract", EXAMPLES, "--out", cliOut.toString(), "--threads", "2").exitCode()).isZero();
    String expected = Files.readString(cliOut, StandardCharsets.UTF_8);
    String json = JobOutput.json(out);
    assertThat(json).isNotEmpty().isEqualTo(expected);
    assertThat(summary.articles()).isEqualTo(expected.lines().count());
    assertThat(summary.failed()).isZero();

    // Parquet: one row per article, with the organizations and commitments of its JSON line.
    Map<String, JsonNode> byId = new TreeMap<>();
    for (String line : expected.split("\n")) {
      JsonNode node = ExtractionJson.mapper().readTree(line);
      byId.put(node.get("id").asText(), node);
    }
    List<Row> rows = spark.read().parquet(out.resolve("parquet").toString()).collectAsList();
    assertThat(rows).hasSize(byId.size());
    for (Row row : rows) {
      JsonNode node = byId.get(row.<String>getAs("id"));
      assertThat(node).as("row %s", row.<String>getAs("id")).isNotNull();
      assertThat(row.<Integer>getAs("tokens")).isEqualTo(node.get("stats").get("tokens").asInt());
      List<String> names = new ArrayList<>();
      node.get("organizations").forEach(o -> names.add(o.get("name").asText()));
      assertThat(row.<Row>getList(row.fieldIndex("organizations"))).extracting(o -> o.<String>getAs("name"))
          .containsExactlyElementsOf(names);
      List<String> kinds = new ArrayList<>();
      node.get("commitments").forEach(c -> kinds.add(c.get("kind").asText() + " " + c.get("evidence").get("start")));
      assertThat(row.<Row>getList(row.fieldIndex("commitments")))
          .extracting(c -> c.<String>getAs("kind") + " " + c.<Row>getAs("evidence").<Integer>getAs("start"))
          .containsExactlyElementsOf(kinds);
    }
  }

  @Test
  void malformedInputsAreReportedAsTheCommandLineReportsThemAndTheRestIsKept() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of(EXAMPLES, "ibm-quantum-university-funding.txt"), in.resolve("a-good.txt"));
    Files.writeString(in.resolve("b-broken.json"), "{\"title\": \"Cut off", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("c-mixed.jsonl"),
        "{\"id\": \"w1\", \"title\": \"Acme to invest\", \"text\": \"Acme Corp said it will invest $5 million in a new plant.\"}\n"
            + "{not json at all\n", StandardCharsets.UTF_8);
    Files.write(in.resolve("d-not-gzip.txt.gz"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("e-truncated.txt.gz")))) {
      gz.write("HEADLINE\nA body that is long enough to be cut.".repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = Files.readAllBytes(in.resolve("e-truncated.txt.gz"));
    Files.write(in.resolve("e-truncated.txt.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));

    Path out = tmp.resolve("out");
    JobSummary summary = NewsMinerJob.run(spark, JobOptions.of(List.of(in.toString()), out.toString(), null));
    Path cliOut = tmp.resolve("cli.jsonl");
    CommandLineRun cli = CommandLineRun.of("extract", in.toString(), "--out", cliOut.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    List<String> cliFailures = cli.err().lines().filter(l -> l.startsWith(in.toString())).toList();
    assertThat(cliFailures).hasSize(4);
    assertThat(JobOutput.failures(out)).containsExactlyElementsOf(cliFailures);
    assertThat(summary.failed()).isEqualTo(4);
    assertThat(summary.someFailures()).containsExactlyElementsOf(cliFailures);
    assertThat(JobOutput.json(out)).isEqualTo(Files.readString(cliOut, StandardCharsets.UTF_8));
    assertThat(summary.articles()).isEqualTo(2);
  }

  @Test
  void aFolderMetAgainThroughASymbolicLinkIsReportedOnceAsTheCommandLineReportsIt() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    Files.copy(Path.of(EXAMPLES, "ibm-quantum-university-funding.txt"), in.resolve("a.txt"));
    Files.createSymbolicLink(in.resolve("back"), Path.of(".."));
    String root = tmp.resolve("in").toString();

    Path out = tmp.resolve("out");
    JobSummary summary = NewsMinerJob.run(spark, JobOptions.of(List.of(root), out.toString(), null));
    Path cliOut = tmp.resolve("cli.jsonl");
    CommandLineRun cli = CommandLineRun.of("extract", root, "--out", cliOut.toString());

    List<String> cliFailures = cli.err().lines().filter(l -> l.startsWith(root)).toList();
    assertThat(cliFailures).hasSize(1);
    assertThat(JobOutput.failures(out)).containsExactlyElementsOf(cliFailures);
    assertThat(summary.articles()).isEqualTo(1);
    assertThat(JobOutput.json(out)).isEqualTo(Files.readString(cliOut, StandardCharsets.UTF_8));
  }

  @Test
  void aRerunAfterAKilledRunGivesTheSameOutputAndIndex() throws Exception {
    Path out = tmp.resolve("out");
    Path index = tmp.resolve("index");
    JobOptions options = JobOptions.of(List.of(EXAMPLES), out.toString(), index).withPartitions(3);
    NewsMinerJob.run(spark, options);
    String firstJson = JobOutput.json(out);
    List<Row> firstRows = spark.read().parquet(out.resolve("parquet").toString()).orderBy("id").collectAsList();
    int articles;
    try (ArticleIndex ix = ArticleIndex.openReadOnly(index)) {
      articles = ix.articleCount();
    }

    // What a run killed half-way leaves: its folders under their temporary names, with partial parts.
    Path killedOut = Files.createDirectories(tmp.resolve(".out.in-progress/json"));
    Files.writeString(killedOut.resolve("part-00000"), "{\"id\": \"half-written", StandardCharsets.UTF_8);
    Files.createDirectories(tmp.resolve(".out.in-progress/_index-shards/_attempt-7-part-00001"));
    Files.createDirectories(tmp.resolve(".index.in-progress"));
    Files.writeString(tmp.resolve(".index.in-progress/write.lock"), "");

    JobSummary again = NewsMinerJob.run(spark, options);

    assertThat(again.articles()).isEqualTo(articles);
    assertThat(JobOutput.json(out)).isEqualTo(firstJson);
    assertThat(spark.read().parquet(out.resolve("parquet").toString()).orderBy("id").collectAsList())
        .isEqualTo(firstRows);
    try (ArticleIndex ix = ArticleIndex.openReadOnly(index)) {
      assertThat(ix.articleCount()).isEqualTo(articles);
      assertThat(ix.search(SearchRequest.of("*:*").withLimit(100)).total()).isEqualTo(articles);
    }
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("index", "out");
    }
  }

  @Test
  void anOutputFolderThatIsNotAnEarlierResultIsRefused() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("precious"));
    Files.writeString(out.resolve("notes.txt"), "keep me");

    assertThatThrownBy(() -> NewsMinerJob.run(spark, JobOptions.of(List.of(EXAMPLES), out.toString(), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--output must be a new folder");
    assertThat(out.resolve("notes.txt")).hasContent("keep me");
  }
}
