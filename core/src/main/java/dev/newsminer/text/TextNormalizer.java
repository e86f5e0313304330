package dev.newsminer.text;

/**
 * Replaces characters that the English models did not see in training (typographic quotes and
 * dashes, non-breaking spaces, carriage returns) with their plain equivalents, one char for one
 * char, so that every offset in the normalized text is also an offset in the original.
 */
final class TextNormalizer {

  private TextNormalizer() {}

  static String normalize(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char r = replacement(c);
      if (r != c) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = r;
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static char replacement(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
        return '"';
      case '\u2013': case '\u2014': case '\u2212':
        return '-';
      case '\u00A0': case '\u2009': case '\u202F': case '\r': case '\t':
        return ' ';
      default:
        return c;
    }
  }
}
