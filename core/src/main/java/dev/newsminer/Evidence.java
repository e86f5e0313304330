package dev.newsminer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The sentence that states a commitment.
 *
 * @param text  the sentence exactly as it appears in the article text
 * @param start char offset of the sentence in the article text
 * @param end   char offset just past it (exclusive)
 */
@JsonPropertyOrder({"text", "start", "end"})
public record Evidence(String text, int start, int end) {

  /**
   * Validates the offsets against the text's length.
   *
   * @param text  the sentence exactly as it appears in the article text
   * @param start char offset of the sentence in the article text
   * @param end   char offset just past it (exclusive)
   */
  public Evidence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("offsets must satisfy 0 <= start and end - start == text length; got "
          + start + ", " + end + " for " + text.length() + " chars");
    }
  }
}
