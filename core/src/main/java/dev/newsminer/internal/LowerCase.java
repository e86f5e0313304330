package dev.newsminer.internal;

import java.util.Locale;

/**
 * Lower-cases words with a memory of the ones it lower-cased last, so that the stages that look a
 * token up in lower case, again and again and in several places, do not each make a new string.
 *
 * <p>Thread-safe without locks: the memory is a fixed array of immutable pairs, one per hash slot,
 * that threads may overwrite in any order; a pair read from it is always whole, because its fields
 * are final, and a miss only costs one {@link String#toLowerCase}. Not part of newsminer's API.
 *
 * <pre>{@code
 * String key = LowerCase.of("Bank"); // "bank", the same string on the next call
 * }</pre>
 */
public final class LowerCase {

  /** Slots of the memory (about 0.5 MB of pairs when full), enough for the capitalized words of news. */
  private static final int SLOTS = 1 << 14;

  private record Pair(String word, String lower) {}

  private static final Pair[] MEMORY = new Pair[SLOTS];

  private LowerCase() {}

  /**
   * {@code word.toLowerCase(Locale.ROOT)}, possibly a string returned before for the same word.
   *
   * @param word the word. Must not be {@code null}.
   * @throws NullPointerException when {@code word} is null
   */
  public static String of(String word) {
    int h = word.hashCode();
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    Pair known = MEMORY[slot];
    if (known != null && (known.word == word || known.word.equals(word))) {
      return known.lower;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    // A word already in lower case comes back as itself, at no cost: only the others are kept.
    if (lower != word) {
      MEMORY[slot] = new Pair(word, lower);
    }
    return lower;
  }
}
