package dev.newsminer.entity;

import static dev.newsminer.entity.OrganizationWords.lower;

/**
 * Words that news puts right before a name to introduce it and that are no part of it: a
 * capitalized descriptor at a sentence's start ("Chipmaker Intel said", "Automaker GM to cut") and a
 * month or weekday that ends a date phrase ("In early March Goldman Sachs Group Inc said", "On
 * Tuesday Microsoft said"). A name may neither start with them nor be taken for the end of a longer
 * name because of them. Stateless.
 */
final class LeadingWords {

  private LeadingWords() {}

  /** Whether token {@code i} introduces a name that follows it (see the class comment). */
  static boolean introduces(String[] t, int i) {
    String w = t[i];
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    String lower = lower(w);
    if (OrganizationWords.DATE_WORDS.contains(lower)) {
      // "March of Dimes" and "May Department Stores" open names: a month there is not after a date word
      return i > 0 && OrganizationWords.DATE_OPENERS.contains(lower(t[i - 1]));
    }
    return OrganizationPatterns.sentenceInitial(t, i) && descriptor(lower)
        && i + 1 < t.length && OrganizationPatterns.capitalized(t[i + 1]);
  }

  /** Whether a lower-cased word describes an organization and never opens one's name. */
  private static boolean descriptor(String lower) {
    if (lower.length() > 5 && lower.endsWith("maker")) {
      return true; // "Chipmaker", "Drugmaker", "Automaker", "Toymaker"
    }
    return OrganizationWords.DESCRIPTORS.contains(lower) && !OrganizationWords.DESCRIPTORS_OPENING_NAMES.contains(lower);
  }
}
