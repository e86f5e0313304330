package dev.newsminer.internal;

/**
 * A map from strings to values that is looked up by a range of chars of a larger text, so that
 * asking whether a word is known makes no substring. Bounded: it starts over when it holds
 * {@code maxEntries} keys, which keeps its memory fixed whatever the input.
 *
 * <p>Not thread-safe: one per thread. Not part of newsminer's API.
 *
 * <pre>{@code
 * TextTable<String> words = new TextTable<>(50_000);
 * String word = words.get(text, start, end); // null until put
 * }</pre>
 *
 * @param <V> the values; never null
 */
public final class TextTable<V> {

  private final int maxEntries;
  private final String[] keys;
  private final Object[] values;
  private final int mask;
  private int size;

  /**
   * A table of at most {@code maxEntries} keys.
   *
   * @throws IllegalArgumentException when {@code maxEntries} is not positive
   */
  public TextTable(int maxEntries) {
    if (maxEntries <= 0) {
      throw new IllegalArgumentException("maxEntries must be > 0; got " + maxEntries);
    }
    this.maxEntries = maxEntries;
    // At most half full, so that probe runs stay short.
    int capacity = Integer.highestOneBit(Math.max(4, maxEntries * 2 - 1)) << 1;
    this.keys = new String[capacity];
    this.values = new Object[capacity];
    this.mask = capacity - 1;
  }

  /**
   * The value of the key {@code text[from, to)}, null when the table does not hold it.
   *
   * @throws IndexOutOfBoundsException when the range does not lie in {@code text}
   */
  @SuppressWarnings("unchecked")
  public V get(String text, int from, int to) {
    int slot = hash(text, from, to) & mask;
    int length = to - from;
    for (String key = keys[slot]; key != null; key = keys[slot]) {
      if (key.length() == length && key.regionMatches(0, text, from, length)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /** Adds {@code key}, which the table must not hold yet, with its value. */
  public void put(String key, V value) {
    if (size >= maxEntries) {
      java.util.Arrays.fill(keys, null);
      java.util.Arrays.fill(values, null);
      size = 0;
    }
    int slot = hash(key, 0, key.length()) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    size++;
  }

  /** How many keys the table holds. */
  public int size() {
    return size;
  }

  /** {@link String#hashCode()} of the range, spread over the low bits the mask keeps. */
  private static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h ^ (h >>> 16);
  }
}
