package dev.newsminer.commitment;

import dev.newsminer.internal.LowerCase;
import dev.newsminer.internal.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A word, number or symbol of a stretch of text, with its char offsets; what {@link MoneyParser}
 * and {@link TimeframeParser} read. Their own lexing keeps them independent of how the sentence
 * tokenizer happened to split "C$300m" or "€2bn".
 */
record Lexeme(String text, String lower, int start, int end, Type type, boolean spaceBefore) {

  enum Type { WORD, NUMBER, SYMBOL, PUNCT }

  /** Each thread's strings of the words lexed so far: the money and timeframe parsers lex the same words again and again. */
  private static final ThreadLocal<TextTable<String>> WORDS = ThreadLocal.withInitial(() -> new TextTable<>(20_000));

  private Lexeme(String text, int start, int end, Type type, boolean spaceBefore) {
    this(text, LowerCase.of(text), start, end, type, spaceBefore);
  }

  /** {@code text.substring(start, end)}, or an equal string made before on this thread. */
  private static String word(String text, int start, int end) {
    TextTable<String> words = WORDS.get();
    String known = words.get(text, start, end);
    if (known == null) {
      known = text.substring(start, end);
      words.put(known, known);
    }
    return known;
  }

  boolean is(String word) {
    return lower.equals(word);
  }

  /**
   * Splits {@code text[from, to)}: letters (with inner periods, apostrophes and hyphens between
   * letters, as in "U.S." or "mid-year"), numbers (digits with inner commas and periods), currency
   * symbols, and single punctuation chars.
   */
  static List<Lexeme> lex(String text, int from, int to) {
    List<Lexeme> out = new ArrayList<>();
    int i = from;
    boolean space = true;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        i++;
        continue;
      }
      int start = i;
      Type type;
      if (Character.isDigit(c)) {
        i++;
        while (i < to && (Character.isDigit(text.charAt(i))
            || (text.charAt(i) == ',' || text.charAt(i) == '.') && i + 1 < to && Character.isDigit(text.charAt(i + 1)))) {
          i++;
        }
        type = Type.NUMBER;
      } else if (Character.isLetter(c)) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          if (Character.isLetter(d)) {
            i++;
          } else if ((d == '.' || d == '\'' || d == '-') && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
            i += 2;
          } else if (d == '.' && i - start <= 3 && i > start && text.charAt(i - 2 < start ? start : i - 2) == '.') {
            i++; // the closing period of an abbreviation such as "U.S."
          } else {
            break;
          }
        }
        type = Type.WORD;
      } else if (c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5' || c == '\u20B9') {
        i++;
        type = Type.SYMBOL;
      } else {
        i++;
        type = Type.PUNCT;
      }
      out.add(new Lexeme(word(text, start, i), start, i, type, space));
      space = false;
    }
    return out;
  }
}
