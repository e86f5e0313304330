package dev.newsminer.entity;

import dev.newsminer.OrganizationType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads the gazetteer names that are also a common word or a place in context: "Target", "Gap",
 * "Shell" and "Apple" are companies only where the words around them talk business ("Target cut its
 * forecast", "shares of Apple"), and "Liverpool" or "Barcelona" are clubs only where they talk sport
 * ("Barcelona beat Chelsea 2-1"); "in Barcelona on Friday" and "Apple prices rose at Washington state
 * orchards" name a city and a fruit. A name in a list beside a known organization that is certain
 * counts too ("Microsoft, Google and Amazon", "Gap and Next reported"). The gazetteer marks such names ({@link GazetteerEntry#contextual()});
 * a mention of one counts when its own sentence supports it or when the article names the same
 * organization elsewhere in a way that is certain (a longer name such as "Target Corp", or another
 * supported mention): a story that is about the company once is about it throughout.
 */
final class AmbiguousNames {

  private AmbiguousNames() {}

  /** Words that follow a company acting in news: "Target cut", "Shell will", "Apple said". */
  private static final Set<String> BUSINESS_AFTER = Set.of(
      "said", "says", "say", "announced", "announces", "reported", "reports", "posted", "posts", "plans",
      "planned", "will", "would", "agreed", "agrees", "cut", "cuts", "raised", "raises", "lowered",
      "launched", "launches", "unveiled", "unveils", "bought", "buys", "acquired", "acquires", "sold", "sells",
      "hired", "invested", "invests", "expects", "filed", "sued", "owns", "shares", "stock", "stores",
      "shareholders", "executives", "employees", "spokesman", "spokeswoman", "ceo", "declined", "denied",
      "confirmed", "reached", "signed", "won", "lost", "boosted", "trimmed", "shed", "earned", "released",
      "releases", "introduced", "introduces", "has", "have");

  /** What a company has, after its possessive: "Apple's chief executive", "Gap's sales". */
  private static final Set<String> BUSINESS_POSSESSIONS = Set.of(
      "chief", "ceo", "shares", "stock", "board", "executives", "executive", "profit", "profits", "revenue",
      "revenues", "sales", "earnings", "stores", "products", "customers", "employees", "workers", "founder",
      "chairman", "president", "spokesman", "spokeswoman", "headquarters", "ipo", "deal", "bid", "offer",
      "acquisition", "takeover", "subsidiary", "unit", "brand", "brands", "website", "app", "devices",
      "quarterly", "annual", "results", "share", "plans", "plan", "decision", "management", "shareholders",
      "investors", "market", "stake", "business", "operations", "refinery", "refineries", "network");

  /** Words right before a company: "shares of Gap", "retailer Target", "rival Next". */
  private static final Set<String> BUSINESS_BEFORE = Set.of(
      "retailer", "retailers", "rival", "rivals", "company", "firm", "group", "giant", "chain", "maker",
      "carmaker", "automaker", "chipmaker", "brand", "supplier", "lender", "insurer", "broadcaster",
      "operator", "owner", "unit", "subsidiary", "bank", "conglomerate", "producer", "major");

  /** Words anywhere in a sentence that make it a sentence about business. */
  private static final Set<String> BUSINESS_WORDS = Set.of(
      "retailer", "retailers", "ceo", "shareholders", "shareholder", "nasdaq", "nyse", "earnings", "quarterly",
      "revenue", "revenues", "profit", "profits", "spokesman", "spokeswoman", "analysts", "investors",
      "forecast", "fiscal", "dividend", "stake", "merger", "takeover", "acquisition", "subsidiary",
      "company", "company's", "firm", "statement", "executives", "stores", "brand", "ipo", "lawsuit", "software",
      "users", "products", "consumers", "newspaper", "magazine", "editor");

  /** Two-word phrases anywhere in a sentence about business: "chief executive", "shares of". */
  private static final List<String[]> BUSINESS_PHRASES = List.of(
      new String[] {"chief", "executive"}, new String[] {"shares", "of"}, new String[] {"stake", "in"},
      new String[] {"in", "a", "statement"});

  /**
   * Words anywhere in a sentence that make it a sentence about sport; only words that business news
   * does not use too ("coach" fares, a bond's lead "manager", an election "victory" are not here).
   */
  private static final Set<String> SPORTS_WORDS = Set.of(
      "striker", "strikers", "midfielder", "midfielders", "defender", "goalkeeper", "goal", "goals", "scored",
      "scorer", "league", "playoff", "playoffs", "semi-final", "quarter-final", "semifinal", "quarterfinal",
      "relegation", "relegated", "standings", "tournament", "champions", "derby", "kick-off", "stadium",
      "squad", "fixture", "fixtures", "halftime", "half-time", "premiership", "footballer", "cup");

  /**
   * Drops the mentions of contextual gazetteer names that nothing in their sentence or their article
   * supports.
   *
   * @param gazetteer  the gazetteer that found the mentions
   * @param sentences  the article's sentences
   * @param candidates per sentence, the mentions the layers found; changed in place
   */
  static void dropUnsupported(Gazetteer gazetteer, KeyedSentence[] sentences, List<List<Mention>> candidates) {
    // most articles have no doubtful name: find them first, and only then build what deciding them needs
    List<Mention> doubtful = null;
    for (int i = 0; i < sentences.length; i++) {
      KeyedSentence s = sentences[i];
      for (Mention m : candidates.get(i)) {
        if (m.source() == Mention.Source.GAZETTEER && m.entry() != null && contextual(gazetteer, s, m)
            && !contextSupports(s.tokens, m.start(), m.end(), m.entry().type())) {
          if (doubtful == null) {
            doubtful = new ArrayList<>();
          }
          doubtful.add(m);
        }
      }
    }
    if (doubtful == null) {
      return;
    }
    Set<Mention> uncertain = Collections.newSetFromMap(new IdentityHashMap<>());
    uncertain.addAll(doubtful);
    Set<GazetteerEntry> supported = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Mention> certain = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Mention> list : candidates) {
      for (Mention m : list) {
        if (m.source() == Mention.Source.GAZETTEER && m.entry() != null && !uncertain.contains(m)) {
          certain.add(m);
          supported.add(m.entry());
        }
      }
    }
    // a list spreads certainty along itself, both ways: "Gap and Next reported", where "Next reported"
    // is business; one sweep each way over a sentence's names reaches every name of a list
    int last = -1;
    for (Mention d : doubtful) {
      if (d.sentence() == last) {
        continue;
      }
      last = d.sentence();
      List<Mention> names = new ArrayList<>();
      for (Mention m : candidates.get(d.sentence())) {
        if (m.source() == Mention.Source.GAZETTEER && m.entry() != null) {
          names.add(m);
        }
      }
      names.sort((a, b) -> Integer.compare(a.start(), b.start()));
      String[] t = sentences[d.sentence()].tokens;
      for (int k = 1; k < names.size(); k++) {
        spread(names.get(k - 1), names.get(k), t, certain, supported);
      }
      for (int k = names.size() - 1; k > 0; k--) {
        spread(names.get(k), names.get(k - 1), t, certain, supported);
      }
    }
    for (Mention m : doubtful) {
      if (!supported.contains(m.entry())) {
        candidates.get(m.sentence()).remove(m);
      }
    }
  }

  /** Makes {@code to} certain when {@code from} is and the two stand side by side in a list. */
  private static void spread(Mention from, Mention to, String[] t, Set<Mention> certain, Set<GazetteerEntry> supported) {
    if (certain.contains(from) && !certain.contains(to)
        && (joinedByListWords(t, from.end(), to.start()) || joinedByListWords(t, to.end(), from.start()))) {
      certain.add(to);
      supported.add(to.entry());
    }
  }

  /** Whether tokens {@code [from, to)} are one or two list joints: ",", "and", "or", "&", ", and". */
  private static boolean joinedByListWords(String[] t, int from, int to) {
    if (to <= from || to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String w = OrganizationWords.lower(t[i]);
      if (!(w.equals(",") || w.equals("and") || w.equals("or") || w.equals("&"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean contextual(Gazetteer gazetteer, KeyedSentence s, Mention m) {
    int from = s.tokenKey[m.start()];
    int to = s.tokenKey[m.end()];
    return gazetteer.needsContext(s.keyList().subList(from, to), false)
        || s.capitals && gazetteer.needsContext(Arrays.asList(s.folded()).subList(from, to), true);
  }

  /**
   * Whether the words of a sentence say that the name at tokens {@code [start, end)} is the
   * organization: for a club, a score, a results line or a word of sport in the sentence; for any
   * other organization, a legal form after the name, a word of business right before or after it,
   * or a sentence about business.
   *
   * @param tokens the sentence's tokens
   * @param start  the name's first token
   * @param end    just past the name's last token
   * @param type   the organization's type
   */
  static boolean contextSupports(String[] tokens, int start, int end, OrganizationType type) {
    return type == OrganizationType.SPORTS ? sportsContext(tokens, end) : businessContext(tokens, start, end);
  }

  private static boolean sportsContext(String[] t, int end) {
    // a results line or a standings row: "Liverpool 2 Everton 1", "CALGARY 12 9 3"; not "Copenhagen 25 index"
    if (end < t.length && number(t[end])
        && (end + 1 == t.length || number(t[end + 1]) || OrganizationPatterns.capitalized(t[end + 1])
            || t[end + 1].equals(",") || t[end + 1].equals(";"))) {
      return true;
    }
    for (int i = 0; i < t.length; i++) {
      if (score(t, i) || SPORTS_WORDS.contains(OrganizationWords.lower(t[i]))) {
        return true;
      }
    }
    return false;
  }

  /** A score at token {@code i}: "2-1" as one token, or "2 - 1" as three. */
  private static boolean score(String[] t, int i) {
    String w = t[i];
    int dash = Math.max(w.indexOf('-'), w.indexOf('\u2013'));
    if (dash > 0 && dash < w.length() - 1) {
      return number(w.substring(0, dash)) && number(w.substring(dash + 1));
    }
    return i + 2 < t.length && number(w) && (t[i + 1].equals("-") || t[i + 1].equals("\u2013")) && number(t[i + 2]);
  }

  private static boolean number(String w) {
    if (w.isEmpty() || w.length() > 3) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean businessContext(String[] t, int start, int end) {
    if (end < t.length) {
      String next = OrganizationWords.lower(t[end]);
      if (OrganizationWords.LEGAL_FORMS.contains(OrganizationPatterns.bare(t[end])) || BUSINESS_AFTER.contains(next)) {
        return true;
      }
      if ((next.equals("'s") || next.equals("\u2019s")) && end + 1 < t.length
          && BUSINESS_POSSESSIONS.contains(OrganizationWords.lower(t[end + 1]))) {
        return true;
      }
    }
    if (start > 0 && BUSINESS_BEFORE.contains(OrganizationWords.lower(t[start - 1]))) {
      return true;
    }
    if (start > 1 && OrganizationWords.lower(t[start - 2]).equals("according") && OrganizationWords.lower(t[start - 1]).equals("to")) {
      return true;
    }
    for (int i = 0; i < t.length; i++) {
      if (i >= start && i < end) {
        continue;
      }
      String w = OrganizationWords.lower(t[i]);
      if (BUSINESS_WORDS.contains(w)) {
        return true;
      }
      for (String[] phrase : BUSINESS_PHRASES) {
        if (w.equals(phrase[0]) && startsPhrase(t, i, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsPhrase(String[] t, int i, String[] phrase) {
    if (i + phrase.length > t.length) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!OrganizationWords.lower(t[i + k]).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }
}
