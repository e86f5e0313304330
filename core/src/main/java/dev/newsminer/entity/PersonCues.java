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
  static boolean namesPerson(MentionGroup g, KeyedSentence[] sentences) {
    if (g.entry() != null || g.mentions().isEmpty()) {
      return false;
    }
    String last = null;
    for (Mention m : g.mentions()) {
      String[] t = sentences[m.sentence()].tokens;
      if (m.source() == Mention.Source.ACRONYM || m.definedBy() != null || hasOrganizationWord(t, m.start(), m.end())) {
        return false;
      }
      if (m.length() > 3) {
        return false;
      }
      last = t[m.end() - 1];
    }
    for (Mention m : g.mentions()) {
      String[] t = sentences[m.sentence()].tokens;
      if (m.start() > 0 && (COURTESY.contains(lower(t[m.start() - 1])) || jobTitle(t[m.start() - 1]))) {
        return true;
      }
      if (titleAfter(t, m.end())) {
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

  /**
   * Where an organization's name that runs on into a person's name should end: "Secretary of the Air
   * Force James Roche" is the Air Force and James Roche. The name is cut after its last organization
   * word (an institutional head such as "Force" or "Bank", or a legal form) when one to three
   * capitalized words follow it and either a title stands before the name ("Secretary of the",
   * "director at") or the article names those words as a person elsewhere.
   *
   * @param persons the article's person names and their last words, as the model tagged them
   * @return the token end of the organization, or -1 when the name does not run on into a person
   */
  static int organizationEndBeforePerson(String[] t, int start, int end, Set<String> persons) {
    int head = -1;
    for (int i = start; i < end - 1; i++) {
      String w = OrganizationPatterns.bare(t[i]);
      if (OrganizationWords.HEADS_AFTER.contains(w) || OrganizationWords.LEGAL_FORMS.contains(w)) {
        head = i;
      } else if (head >= 0 && !OrganizationPatterns.capitalized(t[i])) {
        return -1; // "Bank of Japan", "Force for Good": the name goes on past its head
      }
    }
    if (head < 0 || end - head - 1 > 3 || !OrganizationPatterns.capitalized(t[end - 1])) {
      return -1;
    }
    int p = start - 1;
    if (p >= 0 && lower(t[p]).equals("the")) {
      p--;
    }
    boolean titleBefore = p >= 1 && (t[p].equals("of") || t[p].equals("at"))
        && (OrganizationWords.TITLES.contains(lower(t[p - 1])) || JOB_TITLES.contains(lower(t[p - 1])));
    // "Director of Air Force Communications Bill Bodie": the department after an institution's head is
    // the person's office within it, not part of the institution's name
    if (titleBefore && head - 1 > start && OrganizationPatterns.FUNCTION_WORDS.contains(lower(t[head]))
        && OrganizationWords.HEADS_AFTER.contains(OrganizationPatterns.bare(t[head - 1]))) {
      head--;
    }
    if (titleBefore || persons.contains(t[end - 1])
        || persons.contains(String.join(" ", java.util.Arrays.asList(t).subList(head + 1, end)))) {
      return head + 1;
    }
    return -1;
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
