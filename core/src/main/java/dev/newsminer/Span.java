package dev.newsminer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stretch of an article's text or of its title.
 *
 * @param start char offset of the first character
 * @param end   char offset just past the last character (exclusive)
 * @param field the part of the article the offsets refer to: {@code null} for the text (the usual
 *              case, left out of the JSON) or {@value #TITLE} for the title
 */
public record Span(int start, int end, @JsonInclude(JsonInclude.Include.NON_NULL) String field) {

  /** The {@link #field} of a span in the article's title. */
  public static final String TITLE = "title";

  /**
   * Validates the offsets, {@code 0 <= start <= end}, and the field, null or {@value #TITLE}.
   *
   * @param start char offset of the first character
   * @param end   char offset just past the last character (exclusive)
   * @param field the part of the article the offsets refer to: {@code null} for the text (the usual
   *              case, left out of the JSON) or {@value #TITLE} for the title
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("offsets must satisfy 0 <= start <= end; got " + start + ", " + end);
    }
    if (field != null && !field.equals(TITLE)) {
      throw new IllegalArgumentException("field must be null or \"title\"; got " + field);
    }
  }

  /**
   * A stretch of the article's text.
   *
   * @param start char offset of the first character
   * @param end   char offset just past the last character (exclusive)
   */
  public Span(int start, int end) {
    this(start, end, null);
  }

  /**
   * A stretch of the article's title.
   *
   * @param start char offset of the first character
   * @param end   char offset just past the last character (exclusive)
   * @return a span of the title
   */
  public static Span inTitle(int start, int end) {
    return new Span(start, end, TITLE);
  }

  /**
   * Whether the offsets refer to the article's text (not its title).
   *
   * @return true when the span is in the text, false when it is in the title
   */
  public boolean inText() {
    return field == null;
  }

  /**
   * Whether this span and {@code other} share at least one character of the same field.
   *
   * @param other another span. Must not be {@code null}.
   * @return true when the two share a character
   */
  public boolean overlaps(Span other) {
    return java.util.Objects.equals(field, other.field) && start < other.end && other.start < end;
  }
}
