package dev.newsminer.entity;

import java.util.List;
import java.util.Set;

/**
 * How the {@link OrganizationFinder} weighs the statistical model's names against the other layers.
 * The model reads context that a list cannot, and it is confidently wrong about products, people
 * and places that look like companies ("MacBook Air", "Toulouse", "UTC" after a clock time), so its
 * organization names are a conservative recall layer: one that the gazetteer and the patterns
 * missed counts only with evidence in or around it, and one that runs over a known name counts only
 * when what it adds is an organization word. Not thread-bound: static checks on a sentence's tokens.
 */
final class ModelEvidence {

  private ModelEvidence() {}

  /**
   * Whether the model's name at tokens {@code [start, end)}, which overlaps a name the gazetteer or
   * the patterns found at {@code [knownStart, knownEnd)}, counts in its place: only when what it adds
   * is well formed and carries an organization word ("Boeing Capital Corp"), not a person or a
   * product after the name ("Air Force James Roche", "Ford Taurus").
   */
  static boolean acceptsExtension(String[] t, int start, int end, int knownStart, int knownEnd) {
    if (!wellFormed(t, start, end)) {
      return false;
    }
    return start < knownStart && hasOrganizationWord(t, start, knownStart)
        || knownEnd < end && hasOrganizationWord(t, knownEnd, end)
        // "Barclays Capital economists", "a strategist for Invesco AIM": the longer name has an employee
        || knownEnd < end && roleAround(t, start, end);
  }

  /**
   * Whether a role of the name's employee stands around it: "Barclays Capital economists", "Boeing
   * Commercial Airplanes CEO Scott Carson", and "a strategist for Invesco AIM".
   */
  private static boolean roleAround(String[] t, int start, int end) {
    int next = end;
    if (next + 1 < t.length && (t[next].equals("'s") || t[next].equals("\u2019s"))) {
      next++;
    }
    if (next < t.length) {
      String role = OrganizationWords.lower(t[next]);
      if (ROLES.contains(role) && (!Character.isUpperCase(t[next].charAt(0)) || role.length() == 3)) {
        return true;
      }
    }
    return start > 1 && ROLE_PREPOSITIONS.contains(t[start - 1]) && ROLES.contains(t[start - 2]);
  }

  /** Lowercase words right after a name that a news story says of organizations: "Acme said". */
  private static final Set<String> VERBS_AFTER = Set.of(
      "said", "says", "announced", "announces", "reported", "reports", "posted", "posts", "agreed",
      "agrees", "acquired", "acquires", "bought", "buys", "sold", "sells", "shares", "stock", "spokesman",
      "spokeswoman", "spokesperson", "executives", "employees", "shareholders", "filed", "hired", "plans",
      "declined");

  /** Words right before a name that take an organization: "shares of", "stake in", "unit of". */
  private static final Set<String> PHRASES_BEFORE = Set.of(
      "shares of", "stake in", "unit of", "subsidiary of", "division of", "owned by", "acquisition of",
      "takeover of", "analyst at", "analysts at", "economist at", "spokesman for", "spokeswoman for",
      "chief executive of", "chairman of", "shareholders of", "bid for", "merger with");

  /**
   * People's roles that news names with their employer: "Uralsib analyst Chris Weafer", "a strategist
   * for Invesco AIM", "Barclays Capital economists".
   */
  private static final Set<String> ROLES = Set.of(
      "analyst", "analysts", "economist", "economists", "strategist", "strategists", "officer", "executive",
      "executives", "chairman", "chairwoman", "director", "founder", "co-founder", "trader", "traders",
      "researcher", "researchers", "spokesman", "spokeswoman", "spokesperson", "ceo", "cfo", "coo", "cto");

  /** Prepositions between a role and its employer: "analyst at", "strategist for", "economist with". */
  private static final Set<String> ROLE_PREPOSITIONS = Set.of("at", "for", "of", "with");

  /**
   * Whether the model's organization name at tokens {@code [start, end)} of {@code t} counts
   * although no other layer found it.
   *
   * @param orgVotes    how often the document's sentences tag this surface an organization
   * @param otherVotes  how often they tag it something else
   * @param probability the model's probability for this name
   */
  static boolean acceptsNewName(String[] t, int start, int end, int orgVotes, int otherVotes) {
    return acceptsNewName(t, start, end, orgVotes, otherVotes, false, 0);
  }

  /**
   * As {@link #acceptsNewName(String[], int, int, int, int)}, in a {@code headline} in title case or
   * not, for a name the model gave {@code probability}.
   */
  static boolean acceptsNewName(String[] t, int start, int end, int orgVotes, int otherVotes, boolean headline,
      double probability) {
    if (otherVotes >= orgVotes || !wellFormed(t, start, end)) {
      return false;
    }
    if (!NameContext.fitsContext(t, start, end, false, headline)) {
      return false;
    }
    int length = end - start;
    if (length == 1) {
      String w = t[start];
      if (PlaceNames.isPlace(w) || OrganizationWords.NOT_ACRONYMS.contains(w) || w.length() < 2
          || OrganizationPatterns.sentenceInitial(t, start) && OrganizationWords.STARTERS.contains(OrganizationWords.lower(w))) {
        return false;
      }
    }
    // a name the model alone found counts with an organization word or an organization's context,
    // or where the model is confident about a name of the shape that was right often enough
    return hasOrganizationWord(t, start, end) || cueAround(t, start, end, headline)
        || ConfidentModelNames.standsAlone(t, start, end, probability);
  }

  /**
   * A capitalized name: every word starts with a capital letter or a digit, except connectors inside
   * it; no person's title; no currency sign or other symbol at its edges.
   */
  private static boolean wellFormed(String[] t, int start, int end) {
    for (int i = start; i < end; i++) {
      String w = t[i];
      String lower = OrganizationWords.lower(w);
      boolean edge = i == start || i == end - 1;
      if (OrganizationWords.TITLES.contains(lower) || w.indexOf('$') >= 0 || NameContext.modelDesignation(w)) {
        return false;
      }
      if (!edge && (OrganizationWords.INNER_CONNECTORS.contains(lower) || lower.equals("of") || lower.equals("and")
          || lower.equals("the") || lower.equals("for"))) {
        continue;
      }
      char c = w.charAt(0);
      if (!(Character.isUpperCase(c) || Character.isDigit(c) && !edge)) {
        return false;
      }
    }
    return true;
  }

  static boolean hasOrganizationWord(String[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = OrganizationPatterns.bare(t[i]);
      if (OrganizationWords.LEGAL_FORMS.contains(w) || OrganizationWords.HEADS_AFTER.contains(w)
          || i > from && OrganizationWords.HEADS_OF.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cueAround(String[] t, int start, int end, boolean headline) {
    int next = end;
    if (next + 1 < t.length && (t[next].equals("'s") || t[next].equals("\u2019s"))) {
      next++; // "Acme 's shares"
    }
    if (next < t.length) {
      if (t[next].equals("<") || VERBS_AFTER.contains(headline ? OrganizationWords.lower(t[next]) : t[next])) {
        return true;
      }
      if (t[next].equals(",") && next + 1 < t.length && OrganizationWords.LEGAL_FORMS.contains(OrganizationPatterns.bare(t[next + 1]))) {
        return true;
      }
    }
    if (roleAround(t, start, end)) {
      return true; // "Uralsib analyst Chris Weafer", "a strategist for Invesco AIM"
    }
    if (start > 0) {
      String prev = t[start - 1];
      // "the carmaker Renault"; "Chipmaker Intel said" at a sentence's start
      if (OrganizationWords.DESCRIPTORS.contains(prev) || LeadingWords.introduces(t, start - 1)) {
        return true;
      }
      if (start > 1 && PHRASES_BEFORE.contains(t[start - 2] + " " + prev)) {
        return true;
      }
      if (start > 2 && PHRASES_BEFORE.contains(t[start - 3] + " " + t[start - 2] + " " + prev)) {
        return true;
      }
    }
    return false;
  }
}
