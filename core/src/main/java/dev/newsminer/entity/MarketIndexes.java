package dev.newsminer.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells a stock-market index from the organization that shares its name: "the Dow Jones fell 2.6%"
 * is the index, "Dow Jones said" the publisher; "the Nikkei closed down" the index, "the Nikkei
 * newspaper" the paper; "the Nasdaq composite" the index, "listed on the Nasdaq" the exchange. An
 * index is not an organization (CoNLL: MISC). Each mention of an index name is read from its own
 * context first; one whose context says nothing follows the article's other mentions of the name when
 * they all read it the same way, and stays an organization otherwise. Stateless.
 */
final class MarketIndexes {

  private MarketIndexes() {}

  /**
   * Names of indices that news gives without their index word, by their keys ("S&P" is S, &amp;, P);
   * names that are also organizations (Dow Jones, Nasdaq, Nikkei, S&amp;P) are among them.
   */
  private static final List<String> NAMES = List.of(
      "Dow Jones", "Dow", "DJIA", "Nasdaq", "NASDAQ", "Nikkei", "S&P", "FTSE", "Footsie", "Hang Seng",
      "DAX", "Dax", "CAC", "Kospi", "KOSPI", "Sensex", "SENSEX", "Nifty", "Topix", "TOPIX", "Straits Times",
      "Stoxx", "STOXX", "Euro Stoxx", "Ibex", "IBEX", "Bovespa", "Merval", "Russell", "Wilshire", "Taiex",
      "TAIEX", "Shanghai Composite");

  /** The index names by their first key, each as its keys. */
  private static final Map<String, List<List<String>>> BY_FIRST_KEY = new HashMap<>();

  static {
    for (String name : NAMES) {
      List<String> keys = NameKeys.keysOf(name);
      // by the exact first key for ordinary text, by the folded one for headlines in capitals
      BY_FIRST_KEY.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(keys);
      BY_FIRST_KEY.computeIfAbsent(NameKeys.fold(keys.get(0)), k -> new ArrayList<>()).add(keys);
    }
  }

  /** Words that, inside a name or right after it, make it an index: "Nasdaq Composite", "Dow industrials". */
  private static final Set<String> INDEX_WORDS = Set.of("index", "indices", "indexes", "average", "averages",
      "composite", "industrial", "industrials", "futures", "benchmark", "transports", "utilities");

  /** Words a few places before a name that introduce it as an index: "the Japanese index, the Nikkei". */
  private static final Set<String> INDEX_NOUNS_BEFORE = Set.of("index", "indices", "indexes", "benchmark",
      "average", "averages", "gauge");

  /** Words after a name that give a level or a move: "fell 82 points", "was up 3.1 percent". */
  private static final Set<String> MOVE_UNITS = Set.of("points", "point", "percent", "%", "pct", "per");

  /** Verbs of a market's move, which a number follows: "fell 2.6%", "closed at 10,769". */
  private static final Set<String> MOVE_VERBS = Set.of("fell", "fall", "falls", "rose", "rise", "rises",
      "gained", "gains", "gain", "dropped", "drops", "drop", "slid", "slides", "plunged", "plunges", "closed",
      "closes", "ended", "ends", "finished", "surged", "surges", "climbed", "climbs", "jumped", "jumps",
      "tumbled", "tumbles", "lost", "loses", "added", "adds", "advanced", "declined", "declines", "slipped",
      "slips", "recovered", "recovers", "soared", "soars", "sank", "sinks", "edged", "up", "down", "value",
      "opened", "traded", "stood", "reached", "hit", "below", "above");

  /** Words after a name that end the clause that belongs to it, or show an organization acting. */
  private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "!", "?", "and", "but", "while",
      "whereas");

  /** Words that show the name acting as an organization: "Nasdaq said", "Dow Jones announced its". */
  private static final Set<String> ORGANIZATION_VERBS = Set.of("said", "says", "say", "told", "announced",
      "announces", "reported", "reports", "its", "it", "spokesman", "spokeswoman", "spokesperson",
      "executives", "employees", "shareholders", "chief", "agreed", "agrees", "acquired", "bought", "plans",
      "newspaper", "newswires", "owner", "owns", "publisher", "exchange", "operator");

  /** Words before a name that make it the exchange: "listed on the Nasdaq", "trades on Nasdaq". */
  private static final Set<String> LISTING_WORDS = Set.of("listed", "list", "lists", "listing", "trades",
      "traded", "trade", "trading", "delisted", "floated", "float");

  private enum Reading { INDEX, ORGANIZATION, UNKNOWN }

  /**
   * The groups without the mentions that name a stock-market index, and without the groups left with
   * none; the remaining groups keep their order of first mention.
   */
  static List<MentionGroup> withoutIndexReadings(List<MentionGroup> groups, KeyedSentence[] sentences) {
    List<Mention> named = null;
    List<String> names = null;
    for (MentionGroup g : groups) {
      for (Mention m : g.mentions()) {
        String name = indexName(sentences[m.sentence()], m.start(), m.end());
        if (name != null) {
          if (named == null) {
            named = new ArrayList<>();
            names = new ArrayList<>();
          }
          named.add(m);
          names.add(name);
        }
      }
    }
    if (named == null) {
      return groups;
    }
    // how the whole article reads each index name, mentions or not: "The Dow Jones Industrial Average
    // dropped 4 percent" makes "every stock in the Dow Jones" the index too
    Map<String, Boolean> documentReading = new HashMap<>(); // index name -> whether every decided occurrence is an index
    for (KeyedSentence s : sentences) {
      for (int t = 0; t < s.tokens.length; t++) {
        int end = occurrenceEnd(s, t);
        if (end > t) {
          Reading r = reading(s, t, end);
          if (r != Reading.UNKNOWN) {
            documentReading.merge(indexName(s, t, end), r == Reading.INDEX, (a, b) -> a && b);
          }
          t = end - 1;
        }
      }
    }
    Set<Mention> drop = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < named.size(); i++) {
      Mention m = named.get(i);
      Reading r = reading(sentences[m.sentence()], m.start(), m.end());
      if (r == Reading.INDEX || r == Reading.UNKNOWN && Boolean.TRUE.equals(documentReading.get(names.get(i)))) {
        drop.add(m);
      }
    }
    if (drop.isEmpty()) {
      return groups;
    }
    List<MentionGroup> out = new ArrayList<>(groups.size());
    for (MentionGroup g : groups) {
      List<Mention> kept = new ArrayList<>(g.mentions().size());
      for (Mention m : g.mentions()) {
        if (!drop.contains(m)) {
          kept.add(m);
        }
      }
      if (kept.size() == g.mentions().size()) {
        out.add(g);
      } else if (!kept.isEmpty()) {
        out.add(g.withMentions(kept));
      }
    }
    out.sort((a, b) -> {
      Mention x = a.first();
      Mention y = b.first();
      return x.sentence() != y.sentence() ? Integer.compare(x.sentence(), y.sentence()) : Integer.compare(x.start(), y.start());
    });
    return out;
  }

  /** The token end of an index name that starts at token {@code t}, or -1. */
  private static int occurrenceEnd(KeyedSentence s, int t) {
    int k = s.tokenKey[t];
    if (k == s.tokenKey[t + 1]) {
      return -1;
    }
    int end = longestMatch(s, k, s.keys.length);
    return end < 0 ? -1 : s.tokenEnd(end);
  }

  /** The key end of the longest index name that starts at key {@code from} and ends by key {@code limit}, or -1. */
  private static int longestMatch(KeyedSentence s, int from, int limit) {
    List<List<String>> candidates = BY_FIRST_KEY.get(s.capitals ? NameKeys.fold(s.keys[from]) : s.keys[from]);
    if (candidates == null) {
      return -1;
    }
    int best = -1;
    for (List<String> name : candidates) {
      int end = matchEnd(s, from, name);
      if (end > best && end <= limit) {
        best = end;
      }
    }
    return best;
  }

  /** The key end of {@code name} matched at key {@code from}, ending on a token boundary, or -1. */
  private static int matchEnd(KeyedSentence s, int from, List<String> name) {
    int n = name.size();
    if (from + n > s.keys.length || !s.endsToken(from + n)) {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      String key = s.keys[from + i];
      if (s.capitals ? !NameKeys.fold(key).equals(NameKeys.fold(name.get(i))) : !key.equals(name.get(i))) {
        return -1;
      }
    }
    return from + n;
  }

  /**
   * The index name that tokens {@code [start, end)} are, alone or with index words and numbers after it
   * ("Nasdaq Composite", "S&amp;P 500"), folded to lower case; null when they are not one.
   */
  static String indexName(KeyedSentence s, int start, int end) {
    String name = indexNameAt(s, start, end);
    // "Singapore Straits Times", "Shanghai Composite": a place before an index name
    if (name == null && end - start > 1 && PlaceNames.isPlace(s.tokens[start])) {
      name = indexNameAt(s, start + 1, end);
    }
    return name;
  }

  private static String indexNameAt(KeyedSentence s, int start, int end) {
    int from = s.tokenKey[start];
    if (from == s.tokenKey[end]) {
      return null;
    }
    int bestEnd = longestMatch(s, from, s.tokenKey[end]);
    if (bestEnd < 0) {
      return null;
    }
    for (int t = s.tokenEnd(bestEnd); t < end; t++) {
      String w = s.tokens[t];
      if (!INDEX_WORDS.contains(OrganizationWords.lower(w)) && !startsWithDigit(w)) {
        return null;
      }
    }
    // "Dow", "Dow Jones" and "DJIA" are one index; the others go by their first word (which the
    // match found equal to the name's first key, folded)
    String first = NameKeys.fold(s.keys[from]);
    return first.equals("djia") ? "dow" : first;
  }

  /** How the context of an index name at tokens {@code [start, end)} reads it. */
  private static Reading reading(KeyedSentence s, int start, int end) {
    String[] t = s.tokens;
    // index words or numbers inside the name: "Nasdaq Composite", "S&P 500"
    if (end - start > 1 && (INDEX_WORDS.contains(OrganizationWords.lower(t[end - 1])) || startsWithDigit(t[end - 1]))) {
      return Reading.INDEX;
    }
    if (end < t.length) {
      String next = OrganizationWords.lower(t[end]);
      if (INDEX_WORDS.contains(next) || startsWithDigit(t[end])
          || (next.equals("stock") || next.equals("share") || next.equals("stocks")) && end + 1 < t.length
              && INDEX_WORDS.contains(OrganizationWords.lower(t[end + 1]))) {
        return Reading.INDEX;
      }
    }
    for (int i = start - 1; i >= Math.max(0, start - 5); i--) {
      String w = OrganizationWords.lower(t[i]);
      if (INDEX_NOUNS_BEFORE.contains(w)) {
        return Reading.INDEX;
      }
      if (LISTING_WORDS.contains(w)) {
        return Reading.ORGANIZATION;
      }
      if (CLAUSE_ENDS.contains(w)) {
        break;
      }
    }
    // the clause after the name: a move with a number or a level in points is the index's, a
    // verb of speech or "its" shows an organization; the company's shares ("Nasdaq's shares fell",
    // "Nasdaq shares fell") are the company's
    int limit = Math.min(t.length, end + 10);
    boolean moved = false;
    for (int i = end; i < limit; i++) {
      String w = OrganizationWords.lower(t[i]);
      if (i == end && (w.equals("'s") || w.equals("\u2019s") || w.equals("shares") || w.equals("stock"))) {
        return Reading.UNKNOWN;
      }
      if (ORGANIZATION_VERBS.contains(w)) {
        return Reading.ORGANIZATION;
      }
      if (CLAUSE_ENDS.contains(w)) {
        break;
      }
      if (MOVE_UNITS.contains(w) && i > end) {
        return Reading.INDEX;
      }
      if (moved && startsWithDigit(t[i])) {
        return Reading.INDEX;
      }
      moved |= MOVE_VERBS.contains(w);
    }
    return Reading.UNKNOWN;
  }

  private static boolean startsWithDigit(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0));
  }
}
