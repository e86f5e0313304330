package dev.newsminer.entity;

import java.util.Arrays;

/**
 * The last outcome the name finder chose for each word of the current document, as an open-addressing
 * table of strings and ints that keeps its storage from one document to the next: a {@code HashMap}
 * of boxed outcomes would make a node for every new word of every document.
 *
 * <p>Not thread-safe: one per name finder.
 */
final class WordOutcomes {

  private String[] words = new String[1024];
  private int[] outcomes = new int[1024];
  private int size;

  /** The outcome last put for {@code word}, -1 when there is none. */
  int get(String word) {
    int mask = words.length - 1;
    for (int slot = slot(word, mask); words[slot] != null; slot = (slot + 1) & mask) {
      if (words[slot].equals(word)) {
        return outcomes[slot];
      }
    }
    return -1;
  }

  /** Sets the outcome of {@code word}, replacing the one it had. */
  void put(String word, int outcome) {
    int mask = words.length - 1;
    int slot = slot(word, mask);
    while (words[slot] != null && !words[slot].equals(word)) {
      slot = (slot + 1) & mask;
    }
    if (words[slot] == null) {
      if (2 * (size + 1) > words.length) {
        grow();
        put(word, outcome);
        return;
      }
      words[slot] = word;
      size++;
    }
    outcomes[slot] = outcome;
  }

  /** Forgets every word, keeping the storage. */
  void clear() {
    if (size > 0) {
      Arrays.fill(words, null);
      size = 0;
    }
  }

  private void grow() {
    String[] oldWords = words;
    int[] oldOutcomes = outcomes;
    words = new String[2 * oldWords.length];
    outcomes = new int[2 * oldWords.length];
    size = 0;
    for (int i = 0; i < oldWords.length; i++) {
      if (oldWords[i] != null) {
        put(oldWords[i], oldOutcomes[i]);
      }
    }
  }

  private static int slot(String word, int mask) {
    int h = word.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
