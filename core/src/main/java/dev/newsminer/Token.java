package dev.newsminer;

/**
 * One token of an article's text. Immutable and thread-safe.
 *
 * @param text  the token as it appears in the text
 * @param start char offset of its first character in the article text
 * @param end   char offset just past its last character (exclusive)
 * @param tag   its Universal Dependencies part-of-speech tag ("PROPN", "VERB", "AUX", ...)
 */
public record Token(String text, int start, int end, String tag) {

  /**
   * Validates the offsets.
   *
   * @param text  the token as it appears in the text
   * @param start char offset of its first character in the article text
   * @param end   char offset just past its last character (exclusive)
   * @param tag   its Universal Dependencies part-of-speech tag ("PROPN", "VERB", "AUX", ...)
   * @throws IllegalArgumentException unless {@code 0 <= start <= end}
   */
  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("offsets must satisfy 0 <= start <= end; got " + start + ", " + end);
    }
  }
}
