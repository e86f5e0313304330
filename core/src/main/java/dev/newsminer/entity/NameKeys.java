package dev.newsminer.entity;

import dev.newsminer.internal.LowerCase;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns tokens into the keys that names are matched on, so that a gazetteer alias and the tokens of
 * a text meet however a tokenizer cut them: dots are dropped ("Inc." and "Inc" are one key,
 * "N.V." is "NV"), typographic apostrophes become plain ones, and hyphens, ampersands, slashes and
 * apostrophes stand alone ("Wal-Mart", "Wal - Mart" and "AT&T" give the same keys either way).
 */
final class NameKeys {

  private NameKeys() {}

  /** Whether {@code c} is a separator that stands alone as a key. */
  static boolean isSeparator(char c) {
    return c == '-' || c == '&' || c == '/' || c == '\'' || c == '\u2019' || c == '\u2013' || c == '+';
  }

  /** Whether {@code token} is one key as it stands: not empty, without dots or separators. */
  static boolean isPlain(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '.' || isSeparator(c)) {
        return false;
      }
    }
    return !token.isEmpty();
  }

  /** A token and its keys, as the memory of {@link #keysOfToken} keeps them. */
  private record TokenKeys(String token, String[] keys) {}

  /** Slots of the memory of tokens' keys; the tokens that need splitting are few and repeat. */
  private static final int SLOTS = 1 << 12;

  /**
   * Remembered keys of tokens that are not plain, one pair per hash slot. Shared by all threads
   * without locks: a pair is immutable (its array is never written after it is made), so any pair
   * a thread reads is whole, and a thread that loses a race only splits the token again.
   */
  private static final TokenKeys[] MEMORY = new TokenKeys[SLOTS];

  /**
   * The keys of one token, as {@link #addKeys} adds them; the array is shared and must not be
   * changed.
   */
  static String[] keysOfToken(String token) {
    int h = token.hashCode();
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    TokenKeys known = MEMORY[slot];
    if (known != null && known.token.equals(token)) {
      return known.keys;
    }
    List<String> out = new ArrayList<>(4);
    addKeys(token, out);
    String[] keys = out.toArray(new String[0]);
    MEMORY[slot] = new TokenKeys(token, keys);
    return keys;
  }

  /**
   * Adds the keys of one token to {@code out}: usually the token itself (no copy), none for a
   * token made only of dots.
   */
  static void addKeys(String token, List<String> out) {
    if (isPlain(token)) {
      out.add(token);
      return;
    }
    StringBuilder word = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '.') {
        continue;
      }
      if (isSeparator(c)) {
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
        out.add(c == '\u2019' ? "'" : c == '\u2013' ? "-" : String.valueOf(c));
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
  }

  /**
   * The keys of a name written as text, such as a gazetteer alias: its words split on whitespace
   * (as {@code name.trim().split("\\s+")} would, without a regular expression, as this runs for
   * every mention of every article).
   */
  static List<String> keysOf(String name) {
    List<String> out = new ArrayList<>();
    String s = name.trim();
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && !isSpace(s.charAt(i))) {
        i++;
      }
      addKeys(s.substring(start, i), out);
      while (i < s.length() && isSpace(s.charAt(i))) {
        i++;
      }
    }
    return out;
  }

  /** The chars of the regular expression class {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The case-folded form of a key, for matching headlines in capitals. */
  static String fold(String key) {
    return LowerCase.of(key);
  }

  /**
   * A name's keys without trailing legal forms, a leading "The" or a trailing possessive: "General
   * Motors" for "General Motors Corp". A view of {@code keys}, not a copy, as most cores are only
   * looked up or compared.
   */
  static List<String> core(List<String> keys) {
    int from = 0;
    int to = keys.size();
    while (to - from > 1 && (keys.get(to - 1).equals("'") || keys.get(to - 1).equals("s") && to >= 2 && keys.get(to - 2).equals("'"))) {
      to -= keys.get(to - 1).equals("'") ? 1 : 2;
    }
    while (to - from > 1 && OrganizationWords.LEGAL_FORMS.contains(OrganizationWords.lower(keys.get(to - 1)))) {
      to--;
    }
    // "Merrill Lynch and Co Inc" is "Merrill Lynch": the connector before a dropped legal form goes too
    while (to - from > 1 && (keys.get(to - 1).equals("&") || keys.get(to - 1).equals("-")
        || OrganizationWords.lower(keys.get(to - 1)).equals("and"))) {
      to--;
    }
    if (to - from > 1 && OrganizationWords.lower(keys.get(0)).equals("the")) {
      from++;
    }
    return keys.subList(from, to);
  }
}
