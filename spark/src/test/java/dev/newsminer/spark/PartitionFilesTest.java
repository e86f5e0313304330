package dev.newsminer.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.Extraction;
import dev.newsminer.ExtractionJson;
import dev.newsminer.article.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionFilesTest {

  private static final Article ARTICLE = Article.of("ibm.txt", "IBM to fund AI research",
      "IBM has committed approximately $100 million to support AI research at universities over the "
          + "next five years, the company said on Tuesday.");

  @TempDir Path tmp;

  @Test
  void aPublishedPartHoldsTheJsonLineAndAParquetRowThatSparkReadsInTheDocumentedSchema() throws Exception {
    Extraction x = SharedMiner.get().extract(ARTICLE);
    assertThat(x.commitments()).isNotEmpty();

    try (PartitionFiles files = start(3, 7)) {
      files.add(x);
      files.publish();
    }

    assertThat(Files.readString(tmp.resolve("json/part-00003"), StandardCharsets.UTF_8))
        .isEqualTo(ExtractionJson.toJson(x, true) + "\n");
    Dataset<Row> read = LocalSpark.session().read().parquet(tmp.resolve("parquet").toString());
    // Spark reads every file column as nullable; names, types and nesting are the schema's.
    assertThat(read.schema().catalogString()).isEqualTo(ExtractionRows.SCHEMA.catalogString());
    List<Row> back = read.collectAsList();
    assertThat(back).hasSize(1);
    Row row = back.get(0);
    assertThat(row.<String>getAs("id")).isEqualTo(ARTICLE.id());
    assertThat(row.<String>getAs("url")).isNull();
    assertThat(row.<Integer>getAs("tokens")).isEqualTo(x.tokenCount());
    assertThat(row.<String>getAs("text")).isEqualTo(ARTICLE.text());
    List<Row> orgs = row.getList(row.fieldIndex("organizations"));
    assertThat(orgs).extracting(o -> o.<String>getAs("name"))
        .containsExactlyElementsOf(x.organizations().stream().map(o -> o.name()).toList());
    assertThat(orgs.get(0).<Row>getList(orgs.get(0).fieldIndex("spans")))
        .extracting(s -> s.<Integer>getAs("start"))
        .containsExactlyElementsOf(x.organizations().get(0).spans().stream().map(s -> s.start()).toList());
    List<Row> commitments = row.getList(row.fieldIndex("commitments"));
    Row first = commitments.get(0);
    assertThat(first.<String>getAs("kind")).isEqualTo(x.commitments().get(0).kind().name());
    assertThat(first.<Row>getAs("amount").<Double>getAs("value")).isEqualTo(x.commitments().get(0).amount().value());
    assertThat(first.<Row>getAs("evidence").<Integer>getAs("start"))
        .isEqualTo(x.commitments().get(0).evidence().start());
    assertThat(row.<String>getList(row.fieldIndex("errors"))).isEqualTo(x.errors());
  }

  @Test
  void anAttemptThatDiesBeforePublishingLeavesNoPartAndALaterAttemptPublishesWhole() throws Exception {
    Extraction x = SharedMiner.get().extract(ARTICLE);
    try (PartitionFiles failed = start(0, 1)) {
      failed.add(x);
    }
    assertThat(tmp.resolve("json")).isEmptyDirectory();
    assertThat(tmp.resolve("parquet")).isEmptyDirectory();

    try (PartitionFiles retried = start(0, 2)) {
      retried.add(x);
      retried.publish();
    }
    assertThat(Files.readString(tmp.resolve("json/part-00000"), StandardCharsets.UTF_8))
        .isEqualTo(ExtractionJson.toJson(x, true) + "\n");
    assertThat(LocalSpark.session().read().parquet(tmp.resolve("parquet").toString()).count()).isEqualTo(1);
  }

  private PartitionFiles start(int partition, long attempt) throws Exception {
    Configuration conf = new Configuration();
    org.apache.hadoop.fs.Path output = new org.apache.hadoop.fs.Path(tmp.toUri());
    PartitionFiles.prepare(output, conf);
    return PartitionFiles.start(output, partition, attempt, true, conf);
  }
}
