package dev.newsminer.entity;

/**
 * A name that the statistical tagger found in one sentence.
 *
 * @param start       index of its first token in the sentence
 * @param end         index just past its last token (exclusive)
 * @param type        its type: "ORG", "PER", "LOC" or "MISC"
 * @param probability the tagger's probability for it, from 0 to 1
 */
public record TaggedName(int start, int end, String type, double probability) {

  /**
   * Validates the token indexes: {@code 0 <= start < end}.
   *
   * @param start       index of its first token in the sentence
   * @param end         index just past its last token (exclusive)
   * @param type        its type: "ORG", "PER", "LOC" or "MISC"
   * @param probability the tagger's probability for it, from 0 to 1
   */
  public TaggedName {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("token indexes must satisfy 0 <= start < end; got " + start + ", " + end);
    }
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("type must not be blank; got " + type);
    }
  }
}
