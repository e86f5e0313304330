package dev.newsminer.spark;

import dev.newsminer.Amount;
import dev.newsminer.Commitment;
import dev.newsminer.Evidence;
import dev.newsminer.Extraction;
import dev.newsminer.Organization;
import dev.newsminer.Span;
import dev.newsminer.Timeframe;
import dev.newsminer.article.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet form of an extraction: one row per article, with the same fields as the JSON
 * contract, organizations and commitments as arrays of structs. The README documents the schema.
 *
 * <p>The tasks write these rows themselves, straight from the {@link Extraction}, in the layout
 * Spark's own Parquet writer uses for {@link #SCHEMA} (three-level lists, dates as days, strings
 * as UTF-8), with the Spark schema in the file's metadata: Spark, and any Parquet reader, reads
 * them as if Spark had written them, while the job needs no Spark SQL plan, row encoder or
 * generated code per run.
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

  /** {@link #SCHEMA} as Parquet stores it: what Spark's writer makes of it, field for field. */
  static final MessageType PARQUET_SCHEMA = MessageTypeParser.parseMessageType("""
      message spark_schema {
        required binary id (STRING);
        required binary source (STRING);
        optional binary url (STRING);
        optional binary title (STRING);
        optional int32 published (DATE);
        required int32 sentences;
        required int32 tokens;
        required group organizations (LIST) {
          repeated group list {
            required group element {
              required binary name (STRING);
              required binary type (STRING);
              required group aliases (LIST) { repeated group list { required binary element (STRING); } }
              required int32 mentions;
              required group spans (LIST) {
                repeated group list { required group element { required int32 start; required int32 end; } }
              }
            }
          }
        }
        required group commitments (LIST) {
          repeated group list {
            required group element {
              required binary organization (STRING);
              required group partners (LIST) { repeated group list { required binary element (STRING); } }
              required binary kind (STRING);
              required binary trigger (STRING);
              optional group amount {
                required double value;
                optional binary currency (STRING);
                required boolean approximate;
                optional binary text (STRING);
              }
              optional binary purpose (STRING);
              optional binary beneficiary (STRING);
              optional group timeframe { optional binary text (STRING); optional int32 until (DATE); }
              required double confidence;
              required group evidence { required binary text (STRING); required int32 start; required int32 end; }
            }
          }
        }
        required group errors (LIST) { repeated group list { required binary element (STRING); } }
        optional binary text (STRING);
      }
      """);

  /** The key under which Spark keeps its own schema in a Parquet file's metadata. */
  private static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";

  private ExtractionRows() {}

  /** Writes extractions as rows of {@link #PARQUET_SCHEMA}; one per Parquet file writer. */
  static final class Writing extends WriteSupport<Extraction> {

    private final boolean includeText;
    private RecordConsumer out;

    /** @param includeText whether the {@code text} column holds the article's text (else null) */
    Writing(boolean includeText) {
      this.includeText = includeText;
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(PARQUET_SCHEMA, Map.of(SPARK_SCHEMA_KEY, SCHEMA.json()));
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.out = recordConsumer;
    }

    @Override
    public void write(Extraction x) {
      Article a = x.article();
      out.startMessage();
      string(0, "id", a.id());
      string(1, "source", a.source());
      string(2, "url", a.url());
      string(3, "title", a.title());
      date(4, "published", a.published());
      integer(5, "sentences", x.sentences().size());
      integer(6, "tokens", x.tokenCount());
      startList(7, "organizations", x.organizations());
      for (Organization o : x.organizations()) {
        startElement();
        string(0, "name", o.name());
        string(1, "type", o.type().name());
        strings(2, "aliases", o.aliases());
        integer(3, "mentions", o.mentions());
        startList(4, "spans", o.spans());
        for (Span s : o.spans()) {
          startElement();
          integer(0, "start", s.start());
          integer(1, "end", s.end());
          endElement();
        }
        endList(4, "spans", o.spans());
        endElement();
      }
      endList(7, "organizations", x.organizations());
      startList(8, "commitments", x.commitments());
      for (Commitment c : x.commitments()) {
        startElement();
        commitment(c);
        endElement();
      }
      endList(8, "commitments", x.commitments());
      strings(9, "errors", x.errors());
      string(10, "text", includeText ? a.text() : null);
      out.endMessage();
    }

    private void commitment(Commitment c) {
      string(0, "organization", c.organization());
      strings(1, "partners", c.partners());
      string(2, "kind", c.kind().name());
      string(3, "trigger", c.trigger());
      Amount m = c.amount();
      if (m != null) {
        startGroup(4, "amount");
        dbl(0, "value", m.value());
        string(1, "currency", m.currency());
        out.startField("approximate", 2);
        out.addBoolean(m.approximate());
        out.endField("approximate", 2);
        string(3, "text", m.text());
        endGroup(4, "amount");
      }
      string(5, "purpose", c.purpose());
      string(6, "beneficiary", c.beneficiary());
      Timeframe t = c.timeframe();
      if (t != null) {
        startGroup(7, "timeframe");
        string(0, "text", t.text());
        date(1, "until", t.until());
        endGroup(7, "timeframe");
      }
      dbl(8, "confidence", c.confidence());
      Evidence e = c.evidence();
      startGroup(9, "evidence");
      string(0, "text", e.text());
      integer(1, "start", e.start());
      integer(2, "end", e.end());
      endGroup(9, "evidence");
    }

    /** A null value is written as an absent field, Parquet's null. */
    private void string(int index, String name, String value) {
      if (value != null) {
        out.startField(name, index);
        out.addBinary(Binary.fromString(value));
        out.endField(name, index);
      }
    }

    private void date(int index, String name, LocalDate value) {
      if (value != null) {
        out.startField(name, index);
        out.addInteger(Math.toIntExact(value.toEpochDay()));
        out.endField(name, index);
      }
    }

    private void integer(int index, String name, int value) {
      out.startField(name, index);
      out.addInteger(value);
      out.endField(name, index);
    }

    private void dbl(int index, String name, double value) {
      out.startField(name, index);
      out.addDouble(value);
      out.endField(name, index);
    }

    private void strings(int index, String name, List<String> values) {
      startList(index, name, values);
      for (String v : values) {
        out.startGroup();
        string(0, "element", v);
        out.endGroup();
      }
      endList(index, name, values);
    }

    private void startGroup(int index, String name) {
      out.startField(name, index);
      out.startGroup();
    }

    private void endGroup(int index, String name) {
      out.endGroup();
      out.endField(name, index);
    }

    /** A list is a group holding a repeated group {@code list}; an empty one holds no field at all. */
    private void startList(int index, String name, List<?> values) {
      startGroup(index, name);
      if (!values.isEmpty()) {
        out.startField("list", 0);
      }
    }

    private void endList(int index, String name, List<?> values) {
      if (!values.isEmpty()) {
        out.endField("list", 0);
      }
      endGroup(index, name);
    }

    /** One element of a list of structs: the repeated {@code list} group around the {@code element} group. */
    private void startElement() {
      out.startGroup();
      out.startField("element", 0);
      out.startGroup();
    }

    private void endElement() {
      out.endGroup();
      out.endField("element", 0);
      out.endGroup();
    }
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
