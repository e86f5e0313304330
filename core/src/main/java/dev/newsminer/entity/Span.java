package dev.newsminer.entity;

/**
 * A stretch of an article's text.
 *
 * @param start char offset of the first character
 * @param end   char offset just past the last character (exclusive)
 */
public record Span(int start, int end) {

  /** Validates the offsets: {@code 0 <= start <= end}. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("offsets must satisfy 0 <= start <= end; got " + start + ", " + end);
    }
  }

  /** Whether this span and {@code other} share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
