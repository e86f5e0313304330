package dev.newsminer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When a commitment runs or is due.
 *
 * @param text  the timeframe as written ("over the next five years", "by 2030")
 * @param until the date it ends, resolved against the article's date when relative; null when unknown
 */
@JsonPropertyOrder({"text", "until"})
public record Timeframe(String text, LocalDate until) {

  /**
   * Validates the text.
   *
   * @param text  the timeframe as written ("over the next five years", "by 2030")
   * @param until the date it ends, resolved against the article's date when relative; null when unknown
   */
  public Timeframe {
    Objects.requireNonNull(text, "text");
  }
}
