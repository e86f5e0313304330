package dev.newsminer.entity;

import java.util.Objects;

/**
 * A run of tokens that names a {@link Gazetteer} organization.
 *
 * @param start index of its first token
 * @param end   index just past its last token (exclusive)
 * @param entry the organization it names
 */
public record GazetteerMatch(int start, int end, GazetteerEntry entry) {

  /**
   * Validates the token indexes: {@code 0 <= start < end}.
   *
   * @param start index of its first token
   * @param end   index just past its last token (exclusive)
   * @param entry the organization it names
   */
  public GazetteerMatch {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("token indexes must satisfy 0 <= start < end; got " + start + ", " + end);
    }
    Objects.requireNonNull(entry, "entry");
  }
}
