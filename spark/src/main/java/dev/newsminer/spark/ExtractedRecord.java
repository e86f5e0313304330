package dev.newsminer.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * What the job made of one article, or why an input or a record of it could not be read: either
 * {@code json} and {@code row} are set, or {@code failure} is.
 *
 * @param json    the article's line of JSON Lines, as {@code newsminer extract} writes it; null for a failure
 * @param row     the article's Parquet row in {@link ExtractionRows#SCHEMA}; null for a failure
 * @param failure one line, {@code source: reason}, as the command line reports it; null for an article
 */
record ExtractedRecord(String json, Row row, String failure) implements Serializable {

  static ExtractedRecord article(String json, Row row) {
    return new ExtractedRecord(json, row, null);
  }

  static ExtractedRecord failure(String line) {
    return new ExtractedRecord(null, null, line);
  }

  boolean isArticle() {
    return json != null;
  }
}
