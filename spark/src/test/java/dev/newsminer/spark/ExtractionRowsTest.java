package dev.newsminer.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.Extraction;
import dev.newsminer.article.Article;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ExtractionRowsTest {

  @Test
  void rowsOfAnExtractionReadBackWithItsOrganizationsAndCommitments() {
    Article article = Article.of("ibm.txt", "IBM to fund AI research",
        "IBM has committed approximately $100 million to support AI research at universities over the "
            + "next five years, the company said on Tuesday.");
    Extraction x = SharedMiner.get().extract(article);
    assertThat(x.commitments()).isNotEmpty();

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
    List<Row> back = LocalSpark.session()
        .createDataFrame(jsc.parallelize(List.of(ExtractionRows.toRow(x, true))), ExtractionRows.SCHEMA)
        .collectAsList();

    Row row = back.get(0);
    assertThat(row.<String>getAs("id")).isEqualTo(article.id());
    assertThat(row.<Integer>getAs("tokens")).isEqualTo(x.tokenCount());
    assertThat(row.<String>getAs("text")).isEqualTo(article.text());
    List<Row> orgs = row.getList(row.fieldIndex("organizations"));
    assertThat(orgs).extracting(o -> o.<String>getAs("name"))
        .containsExactlyElementsOf(x.organizations().stream().map(o -> o.name()).toList());
    List<Row> commitments = row.getList(row.fieldIndex("commitments"));
    Row first = commitments.get(0);
    assertThat(first.<String>getAs("kind")).isEqualTo(x.commitments().get(0).kind().name());
    assertThat(first.<Row>getAs("amount").<Double>getAs("value")).isEqualTo(x.commitments().get(0).amount().value());
    assertThat(first.<Row>getAs("evidence").<Integer>getAs("start"))
        .isEqualTo(x.commitments().get(0).evidence().start());
  }
}
