package dev.newsminer.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a name that a list or the document already knows stands as an organization where the text
 * names it, judged by the words around it: a name followed by a model number or a product name is a
 * product ("Boeing 787", "Ford Taurus"), one followed by "index" or "Composite" is a market index, one
 * after another capitalized word is part of a longer name ("William Clay Ford"), and an acronym after
 * a clock time is a time zone. Stateless; every step of the organization stage may ask it.
 */
final class NameContext {

  private NameContext() {}

  /**
   * Whether a known name at tokens {@code [start, end)} stands as an organization in its context;
   * with {@code ignoreNext} only the word before it and the clock are checked.
   */
  static boolean fitsContext(String[] t, int start, int end, boolean ignoreNext) {
    return fitsContext(t, start, end, ignoreNext, false);
  }

  /**
   * As {@link #fitsContext(String[], int, int, boolean)}; in a {@code headline} in title case a
   * capitalized verb or function word next to the name is no name word.
   */
  static boolean fitsContext(String[] t, int start, int end, boolean ignoreNext, boolean headline) {
    if (end - start == 1 && !commonTokenFits(t, start)) {
      return false;
    }
    if (end < t.length && !ignoreNext) {
      String next = t[end];
      if ((Character.isDigit(next.charAt(0)) || modelDesignation(next)) && !scoreAt(t, end) || INDEX_WORDS.contains(next)) {
        return false;
      }
      if (end - start == 1 && produce(t, end)) {
        return false;
      }
      if (OrganizationPatterns.nameWord(next, headline) && !OrganizationWords.TITLES.contains(OrganizationWords.lower(next))
          && !OrganizationWords.LEGAL_FORMS.contains(OrganizationPatterns.bare(next)) && !spells(next, t, start, end)) {
        return false;
      }
    }
    if (start > 0 && end - start == 1) {
      String prev = t[start - 1];
      boolean afterName = OrganizationPatterns.nameWord(prev, headline)
          && !OrganizationWords.TITLES.contains(OrganizationWords.lower(prev)) && !LeadingWords.introduces(t, start - 1)
          && !(OrganizationPatterns.sentenceInitial(t, start - 1)
              && OrganizationWords.STARTERS.contains(OrganizationWords.lower(prev)));
      return !(afterName && !spells(t[start], t, OrganizationPatterns.runStart(t, start - 1, headline), start)) && !clockTime(prev);
    }
    return true;
  }

  /**
   * Whether {@code word} is the acronym of tokens {@code [from, to)}: "Canadian Auto Workers CAW
   * contract" gives the name and its acronym side by side, two names and not one longer one.
   */
  private static boolean spells(String word, String[] t, int from, int to) {
    return to - from >= 2 && OrganizationPatterns.acronymShape(word) && OrganizationPatterns.abbreviates(word, t, from, to, false);
  }

  /**
   * Whether a one-word name that is also a common token of news text stands as an organization: a
   * time zone after a clock time ("08:00 UTC", "0800 GMT") is not United Technologies, and a credit
   * rating grade in a sentence about ratings ("cut to BBB") is not a party or a company.
   */
  private static boolean commonTokenFits(String[] t, int i) {
    String w = t[i];
    if (i > 0 && unitCode(w) && number(t[i - 1])) {
      return false; // "1.8210 DMK", "2.0540 DFL": a currency or a unit after its amount
    }
    if (OrganizationWords.TIME_ZONES.contains(w) && i > 0) {
      String prev = t[i - 1];
      return !(clockTime(prev) || prev.length() >= 3 && prev.length() <= 4 && allDigits(prev));
    }
    if (OrganizationWords.RATING_GRADES.contains(w)) {
      for (String x : t) {
        if (OrganizationWords.RATING_WORDS.contains(OrganizationWords.lower(x))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a match's score starts at token {@code i}: "2-1" as one token or as "2", "-", "1". */
  private static boolean scoreAt(String[] t, int i) {
    if (score(t[i])) {
      return true;
    }
    return i + 2 < t.length && t[i].length() <= 2 && allDigits(t[i]) && (t[i + 1].equals("-") || t[i + 1].equals("\u2013"))
        && t[i + 2].length() <= 2 && allDigits(t[i + 2]);
  }

  /** A match's score, "2-1" or "3:0", which follows a team as a model number follows a maker. */
  static boolean score(String w) {
    int sep = -1;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '-' || c == ':' || c == '\u2013') {
        if (sep >= 0) {
          return false;
        }
        sep = i;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return sep >= 1 && sep <= 2 && w.length() - sep - 1 >= 1 && w.length() - sep - 1 <= 2;
  }

  /** Whether the words from {@code i} on make the name before them a crop: "Apple growers", "Apple prices rose". */
  private static boolean produce(String[] t, int i) {
    String w = OrganizationWords.lower(t[i]);
    if (OrganizationWords.PRODUCE_WORDS.contains(w)) {
      return true;
    }
    return (w.equals("prices") || w.equals("price")) && i + 1 < t.length
        && OrganizationWords.PRICE_MOVES.contains(OrganizationWords.lower(t[i + 1]));
  }

  /** Three capital letters: the shape of a currency code ("DMK", "SFR") and of many acronyms. */
  static boolean unitCode(String w) {
    return w.length() == 3 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))
        && Character.isUpperCase(w.charAt(2));
  }

  /** An amount: digits with decimal points or thousands separators, "1.8210", "12,500". */
  static boolean number(String w) {
    if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isDigit(c) && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether tokens {@code [start, end)} lie inside a longer name the model found of another type. */
  static boolean insideOtherName(List<TaggedName> otherNames, int start, int end) {
    for (TaggedName n : otherNames) {
      if (n.start() <= start && end <= n.end() && n.end() - n.start() > end - start) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the acronym at token {@code i} names a kind of technology rather than a body: "ASIC
   * chips", "LTE networks" (a chip maker's acronym before "chips", "AMD chips", is the maker, which the
   * caller knows from the list).
   */
  static boolean technologyAcronym(String[] t, int i) {
    return i + 1 < t.length && OrganizationPatterns.acronymShape(t[i]) && TECHNOLOGY_WORDS.contains(t[i + 1]);
  }

  /** Lowercase words after which an acronym names a kind of technology, not its maker. */
  private static final Set<String> TECHNOLOGY_WORDS = Set.of("chip", "chips", "chipset", "chipsets", "processor",
      "processors", "circuit", "circuits", "design", "designs", "technology", "networks", "network", "standard",
      "protocol", "format", "codec", "modem", "modems", "sensor", "sensors", "memory", "devices", "device");

  private static final Set<String> INDEX_WORDS = Set.of("index", "Index", "Composite",
      "composite", "Industrial", "Industrials", "Average", "average", "futures", "indices");

  /** A model designation such as "A380", "KC-767" or "777-200LR": letters and digits mixed. */
  static boolean modelDesignation(String word) {
    boolean digit = false;
    for (int i = 0; i < word.length(); i++) {
      digit |= Character.isDigit(word.charAt(i));
    }
    return digit && word.length() <= 12;
  }

  /** A clock time such as "10:30" or "9.30", or "a.m." and "pm". */
  static boolean clockTime(String word) {
    int colon = word.indexOf(':');
    if (colon > 0 && colon < word.length() - 1 && Character.isDigit(word.charAt(0))) {
      return true;
    }
    String w = word.replace(".", "").toLowerCase(Locale.ROOT);
    return w.equals("am") || w.equals("pm");
  }
}
