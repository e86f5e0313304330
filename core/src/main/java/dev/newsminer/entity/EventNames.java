package dev.newsminer.entity;

import java.util.Set;

/**
 * Tells the name of an event from an organization's: a name whose head word is "Conference",
 * "Summit", "Expo", "Show", "Festival", "Games", "Cup", "Championship", "Fair" or "Week" names an event
 * ("Worldwide Developers Conference", "Paris Air Show", "Davis Cup"), not an organization (CoNLL:
 * MISC), unless the gazetteer lists it ("Big Ten Conference", "Epic Games"). The head is the word
 * before "of", "on" or "for" when the name has one ("Conference on Disarmament"), otherwise its last
 * word before a year or a number ("Expo 2030"); a name that ends in a legal form is a company's
 * ("Summit Therapeutics Inc"). Stateless.
 */
final class EventNames {

  private EventNames() {}

  /** Head words of the names of events. */
  private static final Set<String> EVENT_HEADS = Set.of("conference", "conferences", "summit", "expo",
      "exposition", "exhibition", "show", "festival", "games", "olympics", "olympiad", "cup", "championship",
      "championships", "tournament", "fair", "week", "prix", "awards", "marathon");

  /** Whether tokens {@code [start, end)} of {@code t} are the name of an event by their head word. */
  static boolean namesEvent(String[] t, int start, int end) {
    int head = end - 1;
    while (head > start && startsWithDigit(t[head])) {
      head--;
    }
    for (int i = start + 1; i < end - 1; i++) {
      String w = t[i];
      if (w.equals("of") || w.equals("on") || w.equals("for")) {
        head = i - 1;
        break;
      }
    }
    String h = t[head];
    return !h.isEmpty() && Character.isUpperCase(h.charAt(0)) && EVENT_HEADS.contains(OrganizationWords.lower(h));
  }

  private static boolean startsWithDigit(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0));
  }
}
