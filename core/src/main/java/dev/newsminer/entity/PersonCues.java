package dev.newsminer.entity;

import static dev.newsminer.entity.OrganizationWords.lower;

import java.util.Set;

/**
 * Tells a person's name that the name layers read as an organization by the cues news text puts
 * around people: a courtesy title ("Mr Mulford"), a job title right before the name ("chairman Paian
 * Nainggolan", "Hughes vice-president Ike Kerridge") or after it ("Morton Hyman, the chairman"). A
 * name that a cue marks once in the article is a person at every mention. Names the gazetteer knows
 * and names with an organization word ("Corp", "Bank") are never taken as people. Stateless.
 */
final class PersonCues {

  private PersonCues() {}

  /** Courtesy titles that only people take. */
  private static final Set<String> COURTESY = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss");

  /** Job titles that stand right before or after a person's name. */
  private static final Set<String> JOB_TITLES = Set.of(
      "chairman", "chairwoman", "president", "vice-president", "director", "spokesman", "spokeswoman",
      "spokesperson", "minister", "governor", "secretary", "economist", "analyst", "treasurer", "ceo",
      "cfo", "manager", "counsel", "attorney", "senator", "representative", "congressman", "commissioner",
      "undersecretary", "vice-chairman", "executive", "officer", "partner", "trader", "dealer", "broker",
      "lawyer", "professor", "chief", "head");

  /**
   * Whether the organization {@code g} is really a person that some mention of it, or a title
   * before its last word (with up to two first names between) anywhere in the article, marks as one.
   */
  static boolean namesPerson(DocumentResolver.Group g, KeyedSentence[] sentences) {
    if (g.entry != null || g.mentions.isEmpty()) {
      return false;
    }
    String last = null;
    for (Mention m : g.mentions) {
      String[] t = sentences[m.sentence].tokens;
      if (m.source == Mention.Source.ACRONYM || m.definedBy != null || hasOrganizationWord(t, m.start, m.end)) {
        return false;
      }
      if (m.length() > 3) {
        return false;
      }
      last = t[m.end - 1];
    }
    for (Mention m : g.mentions) {
      String[] t = sentences[m.sentence].tokens;
      if (m.start > 0 && (COURTESY.contains(lower(t[m.start - 1])) || jobTitle(t[m.start - 1]))) {
        return true;
      }
      if (titleAfter(t, m.end)) {
        return true;
      }
    }
    // "Mr Mulford" or "vice-president Ike Kerridge" anywhere makes every "Mulford" and "Kerridge" a person
    for (KeyedSentence s : sentences) {
      String[] t = s.tokens;
      for (int i = 1; i < t.length; i++) {
        if (!t[i].equals(last)) {
          continue;
        }
        // first names may stand between the title and the surname: "Assistant Secretary David Mulford";
        // a capitalized title counts only then, as "President Reagan" is also how a name opens
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
          String w = lower(t[k]);
          if (COURTESY.contains(w) || jobTitle(t[k]) || k < i - 1 && JOB_TITLES.contains(w)) {
            return true;
          }
          if (!OrganizationPatterns.capitalized(t[k])) {
            break;
          }
        }
      }
    }
    return false;
  }

  /** A lowercase job title: "chairman", "vice-president"; a capitalized one may begin a name ("President Reagan" aside). */
  private static boolean jobTitle(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && JOB_TITLES.contains(word);
  }

  /** ", the chairman", ", chairman of", ", a spokesman" right after a name. */
  private static boolean titleAfter(String[] t, int end) {
    if (end + 1 >= t.length || !t[end].equals(",")) {
      return false;
    }
    int i = end + 1;
    String w = lower(t[i]);
    if ((w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its")) && i + 1 < t.length) {
      i++;
    }
    if (i + 2 < t.length && OrganizationPatterns.capitalized(t[i]) && t[i + 1].equals("'s")) {
      i += 2; // "McIvor, Exxon's senior vice president"
    }
    // "X, the company's chairman" and "X, executive vice-president" both end at a title within three words
    for (int k = i; k < Math.min(t.length, i + 3); k++) {
      if (jobTitle(t[k]) && !t[k].equals("executive") && !t[k].equals("head") && !t[k].equals("chief")) {
        return true;
      }
      if (!Character.isLowerCase(t[k].charAt(0)) && !t[k].equals("'s")) {
        return false;
      }
    }
    return false;
  }

  private static boolean hasOrganizationWord(String[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = OrganizationPatterns.bare(t[i]);
      if (OrganizationWords.LEGAL_FORMS.contains(w) || OrganizationWords.HEADS_AFTER.contains(w)
          || OrganizationWords.HEADS_OF.contains(w) || !OrganizationPatterns.capitalized(t[i])) {
        return true;
      }
    }
    return false;
  }
}
