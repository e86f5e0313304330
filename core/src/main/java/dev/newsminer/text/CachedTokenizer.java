package dev.newsminer.text;

import dev.newsminer.internal.TextTable;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's {@code TokenizerME} with a memory of the whitespace-separated chunks it has split.
 *
 * <p>{@code TokenizerME} splits text at whitespace and then asks its model, at every inner position
 * of each chunk of two or more chars, whether to split there. Its features are drawn from the chunk
 * alone, so the answer depends on the chunk alone: remembering the tokens of each chunk gives the
 * same tokens, and news repeats its words, so most chunks skip the model: in one pass over the
 * 19,779 Reuters articles, 91% of the chunks of two or more chars are remembered. The memory is
 * bounded (about 5 MB): it starts over when it holds {@value #MAX_ENTRIES} chunks.
 *
 * <p>Not thread-safe, like the {@code TokenizerME} it wraps: one per thread.
 */
final class CachedTokenizer {

  static final int MAX_ENTRIES = 50_000;

  /** What the memory holds for a chunk that the model leaves whole. */
  private static final int[] WHOLE = new int[0];

  private final TokenizerME tokenizer;
  /** The tokens of each chunk, looked up by the chunk's range of the text without a substring. */
  private final TextTable<int[]> tokens = new TextTable<>(MAX_ENTRIES);

  CachedTokenizer(TokenizerME tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** The tokens of {@code text}, as {@code TokenizerME.tokenizePos(text)} gives them. */
  Span[] tokenizePos(String text) {
    TokenOffsets offsets = new TokenOffsets();
    tokenize(text, 0, text.length(), offsets);
    Span[] spans = new Span[offsets.size()];
    for (int i = 0; i < spans.length; i++) {
      spans[i] = new Span(offsets.start(i), offsets.end(i));
    }
    return spans;
  }

  /**
   * Adds the tokens of {@code text[from, to)} to {@code out} as offsets in {@code text}: the tokens
   * {@code TokenizerME.tokenizePos(text.substring(from, to))} gives, shifted by {@code from}.
   */
  void tokenize(String text, int from, int to, TokenOffsets out) {
    int i = from;
    while (i < to) {
      while (i < to && StringUtil.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i == to) {
        break;
      }
      int start = i;
      while (i < to && !StringUtil.isWhitespace(text.charAt(i))) {
        i++;
      }
      int[] offsets = i - start < 2 ? null : tokenOffsets(text, start, i);
      if (offsets == null) {
        out.add(start, i);
        continue;
      }
      for (int k = 0; k < offsets.length; k += 2) {
        out.add(start + offsets[k], start + offsets[k + 1]);
      }
    }
  }

  /**
   * The tokens the model makes of the chunk {@code text[start, end)}, as start and end offsets inside
   * it, two ints per token; null when the chunk stays one token.
   */
  private int[] tokenOffsets(String text, int start, int end) {
    int[] known = tokens.get(text, start, end);
    if (known != null) {
      return known == WHOLE ? null : known;
    }
    String chunk = text.substring(start, end);
    Span[] spans = tokenizer.tokenizePos(chunk);
    int[] offsets = WHOLE;
    if (spans.length != 1 || spans[0].getStart() != 0 || spans[0].getEnd() != chunk.length()) {
      offsets = new int[spans.length * 2];
      for (int k = 0; k < spans.length; k++) {
        offsets[2 * k] = spans[k].getStart();
        offsets[2 * k + 1] = spans[k].getEnd();
      }
    }
    tokens.put(chunk, offsets);
    return offsets == WHOLE ? null : offsets;
  }
}
