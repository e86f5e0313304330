package dev.newsminer.text;

import java.util.Arrays;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.util.StringUtil;

/**
 * The sentence detector's context generator with a memory of the contexts it made, so that a
 * candidate sentence end whose surroundings it has seen before ("mln dlrs. The", "U.S. Treasury")
 * costs no feature strings.
 *
 * <p>Why the memory gives the same contexts: OpenNLP's generator reads only the words around the
 * candidate (its token, the word before and after, and the whitespace between them), and what it
 * makes is a function of the chars it reads. This class takes a window that spans those words
 * with a margin, and remembers a context under the window's chars and the candidate's place in it,
 * but only after checking, by watching which chars the generator read, that it read none outside
 * the window. Near the start or the end of a block the generator also compares positions with the
 * block's start or length: there the window is stretched to that edge, so that the block's length is
 * a function of the window, and the key says which edges the window touches, so that the same chars
 * in the middle of a block are a different entry (most paragraphs end in such a candidate,
 * "said."). The memory is bounded: it starts over when it holds {@value #MAX_ENTRIES} contexts.
 *
 * <p>Not thread-safe: one per sentence detector, like the generator it wraps. Only text seen
 * through a {@link TextWindow} is remembered; other text goes straight to the generator.
 */
final class RememberingContextGenerator implements SDContextGenerator {

  static final int MAX_ENTRIES = 20_000;

  /** Key bits of a window that runs to the start, or the end, of its block; places are far smaller. */
  private static final int AT_START = 1 << 29;
  private static final int AT_END = 1 << 30;

  private final SDContextGenerator generator;
  private final String[] windows;
  private final int[] places;
  private final String[][] contexts;
  /** The model's outcomes for each remembered context, once it was evaluated; see {@link #outcomesOf}. */
  private final double[][] outcomes;
  /** The remembered context that {@link #getContext} returned last and its slot; null when it was not one. */
  private String[] lastContext;
  private int lastSlot;
  private final int mask;
  private int size;

  RememberingContextGenerator(SDContextGenerator generator) {
    this.generator = generator;
    int capacity = Integer.highestOneBit(MAX_ENTRIES * 2 - 1) << 1;
    this.windows = new String[capacity];
    this.places = new int[capacity];
    this.contexts = new String[capacity][];
    this.outcomes = new double[capacity][];
    this.mask = capacity - 1;
  }

  @Override
  public String[] getContext(CharSequence sb, int position) {
    lastContext = null;
    if (!(sb instanceof TextWindow window)) {
      return generator.getContext(sb, position);
    }
    int length = window.length();
    int lo = windowStart(window, position);
    int hi = windowEnd(window, position, length);
    int edges = 0;
    if (lo < 2) {
      lo = 0;
      edges |= AT_START;
    }
    if (hi + 2 >= length) {
      hi = length;
      edges |= AT_END;
    }
    String text = window.text();
    int from = window.offset() + lo;
    int to = window.offset() + hi;
    // The candidate's place in the window and the edges it touches, in one key.
    int place = (position - lo) | edges;
    int slot = find(text, from, to, place);
    if (windows[slot] != null) {
      lastContext = contexts[slot];
      lastSlot = slot;
      return contexts[slot];
    }
    window.record();
    String[] context = generator.getContext(sb, position);
    if (window.readFrom() >= lo && window.readTo() <= hi) {
      lastSlot = remember(text.substring(from, to), place, context);
      lastContext = context;
    }
    return context;
  }

  /**
   * The model's outcomes for {@code context} as remembered with it, or null: only a context that
   * {@link #getContext} just returned from, or put into, its memory has a place for them.
   */
  double[] outcomesOf(String[] context) {
    return context == lastContext ? outcomes[lastSlot] : null;
  }

  /** Remembers the model's outcomes for {@code context}, if it is the remembered context just returned. */
  void rememberOutcomes(String[] context, double[] probabilities) {
    if (context == lastContext) {
      outcomes[lastSlot] = probabilities;
    }
  }

  /**
   * Where the window of a candidate at {@code position} starts: before its token, the whitespace,
   * the word before, the whitespace before that and the last char of the word before it, which the
   * generator reads to find where the whitespace starts.
   */
  private static int windowStart(CharSequence s, int position) {
    int a = position - 1;
    a = skip(s, a, -1, false);
    a = skip(s, a, -1, true);
    a = skip(s, a, -1, false);
    a = skip(s, a, -1, true);
    return a;
  }

  /** Where the window ends (exclusive): as {@link #windowStart}, forwards. */
  private static int windowEnd(CharSequence s, int position, int length) {
    int b = position + 1;
    b = skip(s, b, 1, false);
    b = skip(s, b, 1, true);
    b = skip(s, b, 1, false);
    b = skip(s, b, 1, true);
    return Math.min(b + 1, length);
  }

  /** Moves from {@code i} by {@code step} over chars that are whitespace (or not), within the text. */
  private static int skip(CharSequence s, int i, int step, boolean whitespace) {
    while (i >= 0 && i < s.length() && StringUtil.isWhitespace(s.charAt(i)) == whitespace) {
      i += step;
    }
    return i;
  }

  private int find(String text, int from, int to, int place) {
    int h = place;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    int slot = (h ^ (h >>> 16)) & mask;
    int length = to - from;
    for (String w = windows[slot]; w != null; w = windows[slot]) {
      if (places[slot] == place && w.length() == length && w.regionMatches(0, text, from, length)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private int remember(String window, int place, String[] context) {
    if (size >= MAX_ENTRIES) {
      Arrays.fill(windows, null);
      Arrays.fill(contexts, null);
      Arrays.fill(outcomes, null);
      size = 0;
    }
    int slot = find(window, 0, window.length(), place);
    windows[slot] = window;
    places[slot] = place;
    contexts[slot] = context;
    outcomes[slot] = null;
    size++;
    return slot;
  }
}
