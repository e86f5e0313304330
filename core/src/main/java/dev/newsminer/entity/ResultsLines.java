package dev.newsminer.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the teams of sports results and standings, which news prints as lines of names and numbers
 * only: "Liverpool 2 Everton 1", "CALGARY 12 9 3 21 EDMONTON 11 8 3 19". In such a line every name
 * that a score or a row of figures follows is a team, an organization, even where it is also a city's
 * name; the shape of the line says so, not a list of clubs. Stateless.
 */
final class ResultsLines {

  private ResultsLines() {}

  /**
   * The teams of sentence {@code index} when it is a results line or a row of a standings table:
   * nothing but names, whole numbers (scores such as "2-1" included) and punctuation (after a colon
   * that ends the prose before it), with each name followed by a number; and either two names or more
   * ("Liverpool 2 Everton 1"), or one name with a row of three figures or more in a sentence next to
   * another such row ("CALGARY 12 9 3 21"). Empty otherwise.
   */
  static List<Mention> teams(KeyedSentence[] sentences, int index) {
    List<Mention> row = names(sentences[index].tokens, index);
    if (row.size() >= 2 || row.size() == 1 && (tableRow(sentences, index - 1) || tableRow(sentences, index + 1))) {
      return row;
    }
    return List.of();
  }

  /** Whether sentence {@code i} exists and is one name with three figures or more, or a results line. */
  private static boolean tableRow(KeyedSentence[] sentences, int i) {
    return i >= 0 && i < sentences.length && !names(sentences[i].tokens, i).isEmpty();
  }

  /** The names of a line of names and numbers, each followed by a number, or empty when the line is anything else. */
  private static List<Mention> names(String[] t, int index) {
    int i = 0;
    for (int k = t.length - 1; k >= 0; k--) {
      if (t[k].equals(":") && k + 1 < t.length && !wholeNumber(t[k + 1])) {
        i = k + 1; // "Standings after Saturday's games: CALGARY 12 9 3 21"
        break;
      }
    }
    List<Mention> out = null;
    int numbers = 0;
    while (i < t.length) {
      String w = t[i];
      if (wholeNumber(w)) {
        numbers++;
        i++;
        continue;
      }
      if (punctuation(w)) {
        i++;
        continue;
      }
      if (!OrganizationPatterns.capitalized(w) || OrganizationWords.DATE_WORDS.contains(OrganizationWords.lower(w))) {
        return List.of(); // a word of prose, or a date: not a results line
      }
      int end = i + 1;
      while (end < t.length && (OrganizationPatterns.capitalized(t[end]) && !OrganizationWords.DATE_WORDS.contains(
          OrganizationWords.lower(t[end])) || t[end].equals(".") && end + 1 < t.length
              && OrganizationPatterns.capitalized(t[end + 1]) && t[end - 1].length() <= 3)) {
        end++; // "St. Louis", "Real Madrid", "Queens Park Rangers"
      }
      if (end >= t.length || !wholeNumber(t[end]) || end - i > 4) {
        return List.of();
      }
      if (out == null) {
        out = new ArrayList<>(4);
      }
      out.add(new Mention(index, i, end, Mention.Source.RESULTS));
      i = end;
    }
    // one name needs a row of three figures or more: a contents line ("COSTS 6 9") has a section and a page
    if (out == null || numbers < out.size() || out.size() == 1 && numbers < 3) {
      return List.of();
    }
    return out;
  }

  /** "2", "12", "2-1", "3:0". */
  private static boolean wholeNumber(String w) {
    if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isDigit(c) && c != '-' && c != ':' && c != '\u2013' && !(c == '.' && i == w.length() - 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean punctuation(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
