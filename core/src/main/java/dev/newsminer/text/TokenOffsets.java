package dev.newsminer.text;

import java.util.Arrays;

/**
 * Token offsets as start and end pairs in one growable int array, reused from sentence to sentence
 * so that tokenizing makes no object per token.
 *
 * <p>Not thread-safe: one per thread.
 */
final class TokenOffsets {

  private int[] pairs = new int[128];
  private int size;

  /** Empties the list, keeping its storage. */
  void clear() {
    size = 0;
  }

  /** Appends a token that spans {@code [start, end)}. */
  void add(int start, int end) {
    if (2 * size == pairs.length) {
      pairs = Arrays.copyOf(pairs, 2 * pairs.length);
    }
    pairs[2 * size] = start;
    pairs[2 * size + 1] = end;
    size++;
  }

  /** How many tokens the list holds. */
  int size() {
    return size;
  }

  /** Where token {@code i} starts. */
  int start(int i) {
    return pairs[2 * i];
  }

  /** Where token {@code i} ends (exclusive). */
  int end(int i) {
    return pairs[2 * i + 1];
  }
}
