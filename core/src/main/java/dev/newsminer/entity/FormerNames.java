package dev.newsminer.entity;

import dev.newsminer.internal.Folding;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides which name a listed organization goes by in one article: the list's canonical name, or the
 * name the article calls it by when that is a name of its own (a former name) rather than a form of
 * the canonical one.
 */
final class FormerNames {

  private FormerNames() {}

  /**
   * Whether the article names a listed organization by a name of its own rather than the list's
   * canonical name or a short form of it: a former name ("Daiwa Bank" for the list's "Resona
   * Holdings", "Statoil" for "Equinor", "Ingka Group" for "IKEA"). Such an organization keeps the
   * article's name, which is what a reader of that article (and its date) knows it by; the list's
   * name stays an alias. Acronyms, other spellings ("Nestle") and short or fuller forms of the
   * canonical name ("Barcelona" for "FC Barcelona") take the list's name, so that one organization
   * has one name across articles wherever the article does not call it something else.
   */
  static boolean calledOtherwise(String longest, String[] longestWords, String canonical) {
    if (longest == null || longestWords == null) {
      return false;
    }
    if (longestWords.length == 1 && !hasLowerCase(longest)) {
      return false;
    }
    String written = withoutLegalForm(longest);
    String listed = withoutLegalForm(canonical);
    Set<String> writtenWords = new HashSet<>(Arrays.asList(folded(written).split(" ")));
    Set<String> listedWords = new HashSet<>(Arrays.asList(folded(listed).split(" ")));
    // a short or a fuller form of the listed name ("Barcelona", "Nasdaq Stock Market") is the same
    // name; a name with words of its own on both sides is another one
    return !writtenWords.containsAll(listedWords) && !listedWords.containsAll(writtenWords);
  }

  private static String folded(String name) {
    return Folding.fold(name).replaceAll("[^\\p{L}\\p{N}&]+", " ").strip();
  }

  private static boolean hasLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String withoutLegalForm(String name) {
    String[] words = name.split("\\s+");
    int end = words.length;
    while (end > 1 && (OrganizationWords.LEGAL_FORMS.contains(OrganizationPatterns.bare(words[end - 1].replaceAll("[,.]+$", "")))
        || OrganizationFinder.TRAILING_CONNECTORS.contains(OrganizationWords.lower(words[end - 1])))) {
      end--;
    }
    return String.join(" ", Arrays.asList(words).subList(0, end)).replaceAll("[,.]+$", "");
  }
}
