package dev.newsminer.spark;

import dev.newsminer.Extraction;
import dev.newsminer.article.Article;
import dev.newsminer.Amount;
import dev.newsminer.Commitment;
import dev.newsminer.Evidence;
import dev.newsminer.Timeframe;
import dev.newsminer.Organization;
import dev.newsminer.Span;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet form of an extraction: one row per article, with the same fields as the JSON
 * contract, organizations and commitments as arrays of structs. The README documents the schema.
 */
final class ExtractionRows {

  private static final StructType SPAN = struct(
      field("start", DataTypes.IntegerType, false),
      field("end", DataTypes.IntegerType, false));

  private static final StructType ORGANIZATION = struct(
      field("name", DataTypes.StringType, false),
      field("type", DataTypes.StringType, false),
      field("aliases", strings(), false),
      field("mentions", DataTypes.IntegerType, false),
      field("spans", DataTypes.createArrayType(SPAN, false), false));

  private static final StructType AMOUNT = struct(
      field("value", DataTypes.DoubleType, false),
      field("currency", DataTypes.StringType, true),
      field("approximate", DataTypes.BooleanType, false),
      field("text", DataTypes.StringType, true));

  private static final StructType TIMEFRAME = struct(
      field("text", DataTypes.StringType, true),
      field("until", DataTypes.DateType, true));

  private static final StructType EVIDENCE = struct(
      field("text", DataTypes.StringType, false),
      field("start", DataTypes.IntegerType, false),
      field("end", DataTypes.IntegerType, false));

  private static final StructType COMMITMENT = struct(
      field("organization", DataTypes.StringType, false),
      field("partners", strings(), false),
      field("kind", DataTypes.StringType, false),
      field("trigger", DataTypes.StringType, false),
      field("amount", AMOUNT, true),
      field("purpose", DataTypes.StringType, true),
      field("beneficiary", DataTypes.StringType, true),
      field("timeframe", TIMEFRAME, true),
      field("confidence", DataTypes.DoubleType, false),
      field("evidence", EVIDENCE, false));

  /** The schema of the Parquet output; {@code text} is null unless the job includes texts. */
  static final StructType SCHEMA = struct(
      field("id", DataTypes.StringType, false),
      field("source", DataTypes.StringType, false),
      field("url", DataTypes.StringType, true),
      field("title", DataTypes.StringType, true),
      field("published", DataTypes.DateType, true),
      field("sentences", DataTypes.IntegerType, false),
      field("tokens", DataTypes.IntegerType, false),
      field("organizations", DataTypes.createArrayType(ORGANIZATION, false), false),
      field("commitments", DataTypes.createArrayType(COMMITMENT, false), false),
      field("errors", strings(), false),
      field("text", DataTypes.StringType, true));

  private ExtractionRows() {}

  /** The row of one extraction, in {@link #SCHEMA}; arrays are Scala sequences, dates {@code LocalDate}s. */
  static Row toRow(Extraction x, boolean includeText) {
    Article a = x.article();
    List<Row> organizations = new ArrayList<>(x.organizations().size());
    for (Organization o : x.organizations()) {
      List<Row> spans = new ArrayList<>(o.spans().size());
      for (Span s : o.spans()) {
        spans.add(RowFactory.create(s.start(), s.end()));
      }
      organizations.add(RowFactory.create(o.name(), o.type().name(), seq(o.aliases()), o.mentions(), seq(spans)));
    }
    List<Row> commitments = new ArrayList<>(x.commitments().size());
    for (Commitment c : x.commitments()) {
      Amount m = c.amount();
      Timeframe t = c.timeframe();
      Evidence e = c.evidence();
      commitments.add(RowFactory.create(c.organization(), seq(c.partners()), c.kind().name(), c.trigger(),
          m == null ? null : RowFactory.create(m.value(), m.currency(), m.approximate(), m.text()),
          c.purpose(), c.beneficiary(),
          t == null ? null : RowFactory.create(t.text(), t.until()),
          c.confidence(), RowFactory.create(e.text(), e.start(), e.end())));
    }
    return RowFactory.create(a.id(), a.source(), a.url(), a.title(), a.published(),
        x.sentences().size(), x.tokenCount(), seq(organizations), seq(commitments), seq(x.errors()),
        includeText ? a.text() : null);
  }

  /** Spark's rows hold arrays as Scala sequences, not Java lists. */
  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private static DataType strings() {
    return DataTypes.createArrayType(DataTypes.StringType, false);
  }
}
