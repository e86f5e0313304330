package dev.newsminer.commitment;

import dev.newsminer.internal.LowerCase;
import java.util.ArrayList;
import java.util.List;

/**
 * A word, number or symbol of a stretch of text, with its char offsets; what {@link MoneyParser}
 * and {@link TimeframeParser} read. Their own lexing keeps them independent of how the sentence
 * tokenizer happened to split "C$300m" or "€2bn".
 */
record Lexeme(String text, String lower, int start, int end, Type type, boolean spaceBefore) {

  enum Type { WORD, NUMBER, SYMBOL, PUNCT }

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
      String s = text.substring(start, i);
      out.add(new Lexeme(s, LowerCase.of(s), start, i, type, space));
      space = false;
    }
    return out;
  }
}
