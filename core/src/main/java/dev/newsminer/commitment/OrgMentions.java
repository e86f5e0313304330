package dev.newsminer.commitment;

import dev.newsminer.entity.Organization;
import dev.newsminer.entity.OrganizationType;
import dev.newsminer.entity.Span;
import dev.newsminer.text.Sentence;
import dev.newsminer.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The organizations named in each sentence of one article, by token: those the organizations stage
 * found, then names it left out that are organizations by their form ("Eskey Inc", "the Finance
 * Ministry", "{@code <Rosewood Financial Inc>}", a country acting as a government), then shorter
 * forms of those names later in the article ("Rosewood"). Built once per article; not thread-safe.
 */
final class OrgMentions {

  /** One organization named by tokens {@code [first, end)} of a sentence. */
  record Mention(int first, int end, String name, OrganizationType type) {}

  /** Legal suffixes dropped from a name found here, as the guideline's canonical names do. */
  private static final Set<String> LEGAL = Set.of("inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd",
      "ltd.", "plc", "ag", "sa", "s.a.", "nv", "n.v.", "lp", "l.p.", "cos", "cos.", "company", "ab", "spa", "gmbh",
      "bv", "kk", "bhd", "pty", "llc", "limited", "incorporated", "se", "oy", "asa", "as");

  /** Last words that make a capitalized name an organization's. */
  private static final Map<String, OrganizationType> HEADS = Map.ofEntries(
      Map.entry("group", OrganizationType.COMPANY), Map.entry("holdings", OrganizationType.COMPANY),
      Map.entry("industries", OrganizationType.COMPANY), Map.entry("partners", OrganizationType.COMPANY),
      Map.entry("petroleum", OrganizationType.COMPANY), Map.entry("motors", OrganizationType.COMPANY),
      Map.entry("systems", OrganizationType.COMPANY), Map.entry("airlines", OrganizationType.COMPANY),
      Map.entry("bank", OrganizationType.BANK), Map.entry("ministry", OrganizationType.GOVERNMENT),
      Map.entry("department", OrganizationType.GOVERNMENT), Map.entry("government", OrganizationType.GOVERNMENT),
      Map.entry("delegation", OrganizationType.GOVERNMENT), Map.entry("committee", OrganizationType.GOVERNMENT),
      Map.entry("treasury", OrganizationType.GOVERNMENT), Map.entry("administration", OrganizationType.GOVERNMENT),
      Map.entry("university", OrganizationType.UNIVERSITY), Map.entry("institute", OrganizationType.UNIVERSITY),
      Map.entry("alliance", OrganizationType.ALLIANCE), Map.entry("consortium", OrganizationType.ALLIANCE),
      Map.entry("foundation", OrganizationType.NGO), Map.entry("trust", OrganizationType.NGO),
      Map.entry("agency", OrganizationType.AGENCY), Map.entry("commission", OrganizationType.AGENCY),
      Map.entry("organization", OrganizationType.AGENCY), Map.entry("organisation", OrganizationType.AGENCY),
      Map.entry("fund", OrganizationType.AGENCY), Map.entry("council", OrganizationType.AGENCY),
      Map.entry("authority", OrganizationType.AGENCY), Map.entry("association", OrganizationType.OTHER));

  /** Capitalized words that are not names: sentence openers, titles, months, days. */
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "for", "but", "and", "it",
      "he", "she", "they", "we", "this", "that", "these", "those", "its", "their", "his", "her", "mr", "mrs", "ms",
      "dr", "president", "minister", "chairman", "secretary", "spokesman", "spokeswoman", "analysts", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "separately",
      "under", "as", "also", "however", "other", "with", "by", "from", "to", "of", "after", "earlier", "last",
      "reuter", "reuters", "ceo", "pct", "sir", "inc", "corp", "ltd", "co");

  /** Capitals that are not organizations' acronyms. */
  private static final Set<String> NOT_ACRONYMS = Set.of("GMT", "EST", "EDT", "CST", "PST", "CET", "BST", "USA",
      "REUTER", "NOTE", "AIDS", "ECU", "ECUS", "TAX", "NEW", "YORK", "CEO", "CFO", "LIBOR", "OPEC");

  private final List<List<Mention>> bySentence;

  private OrgMentions(List<List<Mention>> bySentence) {
    this.bySentence = bySentence;
  }

  /** The organizations named in sentence {@code i}, in token order. */
  List<Mention> in(int i) {
    return bySentence.get(i);
  }

  /** Finds the mentions of {@code organizations} and of names they leave out, sentence by sentence. */
  static OrgMentions of(String text, List<Sentence> sentences, List<Organization> organizations, Countries countries) {
    List<Span> spans = new ArrayList<>();
    List<Organization> owners = new ArrayList<>();
    for (Organization o : organizations) {
      for (Span s : o.spans()) {
        spans.add(s);
        owners.add(o);
      }
    }
    Integer[] order = new Integer[spans.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(spans.get(a).start(), spans.get(b).start()));

    // pass 1: names that are organizations by their own form
    Map<String, Candidate> strong = new HashMap<>();
    List<List<Mention>> result = new ArrayList<>(sentences.size());
    int p = 0;
    for (Sentence s : sentences) {
      List<Mention> mentions = new ArrayList<>();
      List<Token> tokens = s.tokens();
      while (p < order.length && spans.get(order[p]).end() <= s.start()) {
        p++;
      }
      for (int q = p; q < order.length && spans.get(order[q]).start() < s.end(); q++) {
        Span span = spans.get(order[q]);
        int first = -1;
        int end = -1;
        for (int t = 0; t < tokens.size(); t++) {
          Token tok = tokens.get(t);
          if (tok.end() > span.start() && tok.start() < span.end()) {
            first = first < 0 ? t : first;
            end = t + 1;
          }
        }
        if (first >= 0) {
          Organization o = owners.get(order[q]);
          mentions.add(new Mention(first, end, o.name(), o.type()));
        }
      }
      result.add(mentions);
      for (int t = 0; t < tokens.size(); ) {
        int runEnd = nameRun(tokens, t);
        if (runEnd == t) {
          t++;
          continue;
        }
        Candidate c = ticker(tokens, t, runEnd) ? null : strongName(tokens, t, runEnd, countries);
        if (c != null && !covered(mentions, t, runEnd)) {
          mentions.add(new Mention(t, runEnd, c.name, c.type));
          strong.putIfAbsent(c.name.toLowerCase(Locale.ROOT), c);
        }
        t = runEnd;
      }
    }
    // pass 2: shorter forms of the names found ("Rosewood" for "Rosewood Financial")
    List<Candidate> known = new ArrayList<>(strong.values());
    for (Organization o : organizations) {
      known.add(new Candidate(o.name(), o.type()));
    }
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> tokens = sentences.get(i).tokens();
      List<Mention> mentions = result.get(i);
      for (int t = 0; t < tokens.size(); ) {
        int runEnd = nameRun(tokens, t);
        if (runEnd == t) {
          t++;
          continue;
        }
        if (!covered(mentions, t, runEnd) && !ticker(tokens, t, runEnd)) {
          Candidate c = shortForm(tokens, t, runEnd, known);
          if (c != null) {
            mentions.add(new Mention(t, runEnd, c.name, c.type));
          }
        }
        t = runEnd;
      }
      mentions.sort((a, b) -> Integer.compare(a.first, b.first));
    }
    return new OrgMentions(result);
  }

  private record Candidate(String name, OrganizationType type) {}

  private static boolean covered(List<Mention> mentions, int first, int end) {
    for (Mention m : mentions) {
      if (m.first < end && first < m.end) {
        return true;
      }
    }
    return false;
  }

  static boolean capitalized(Token t) {
    String s = t.text();
    int i = s.startsWith("<") ? 1 : 0;
    return s.length() > i && Character.isUpperCase(s.charAt(i));
  }

  /** The end of the run of capitalized name words that starts at {@code t}, or {@code t} when none does. */
  static int nameRun(List<Token> tokens, int t) {
    int e = t;
    while (e < tokens.size()) {
      Token tok = tokens.get(e);
      String lower = tok.text().toLowerCase(Locale.ROOT);
      boolean nameWord = capitalized(tok) && (nameTag(tok.tag()) || LEGAL.contains(lower)
          // the tagger often calls a capitalized word inside a name a verb or an adverb ("Deluxe Check Printers")
          || weakTag(tok.tag()) && (e > t || e + 1 < tokens.size() && capitalized(tokens.get(e + 1))
              && nameTag(tokens.get(e + 1).tag())))
          && !(e == t && NOT_NAMES.contains(lower));
      boolean joiner = e > t && e + 1 < tokens.size() && (lower.equals("&") || lower.equals("of") || lower.equals("de")
          || lower.equals("and") && LEGAL.contains(bare(tokens.get(e + 1).text().toLowerCase(Locale.ROOT))))
          && capitalized(tokens.get(e + 1)) && (!NOT_NAMES.contains(tokens.get(e + 1).text().toLowerCase(Locale.ROOT))
              || lower.equals("and"));
      if (e > t && tokens.get(e - 1).text().endsWith(">")) {
        break;
      }
      if (!nameWord && !joiner) {
        break;
      }
      e++;
    }
    return e;
  }

  private static boolean nameTag(String tag) {
    return tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("X") || tag.equals("NUM");
  }

  private static boolean weakTag(String tag) {
    return tag.equals("VERB") || tag.equals("ADV") || tag.equals("INTJ");
  }

  /** Whether the run {@code [t, end)} is a ticker symbol in angle brackets after a name: "Deluxe Inc's {@code <DLX>}". */
  static boolean ticker(List<Token> tokens, int t, int end) {
    int open;
    if (tokens.get(t).text().startsWith("<")) {
      open = t;
    } else if (t >= 1 && tokens.get(t - 1).text().equals("<")) {
      open = t - 1;
    } else {
      return false;
    }
    if (open < 1) {
      return false;
    }
    Token before = tokens.get(open - 1);
    return capitalized(before) || before.text().equals("'s") || before.text().equals(")") || before.text().endsWith(">");
  }

  private static boolean opensBracket(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).text().startsWith("<");
  }

  private static boolean closesBracket(List<Token> tokens, int end) {
    return tokens.get(end - 1).text().endsWith(">") || end < tokens.size() && tokens.get(end).text().startsWith(">");
  }

  private static String bare(String lower) {
    int s = lower.startsWith("<") ? 1 : 0;
    int e = lower.endsWith(">") ? lower.length() - 1 : lower.length();
    return s < e ? lower.substring(s, e) : lower;
  }

  /** The name run {@code [t, end)} as an organization when its form says it is one, else null. */
  private static Candidate strongName(List<Token> tokens, int t, int end, Countries countries) {
    String last = bare(tokens.get(end - 1).text().toLowerCase(Locale.ROOT));
    String written = join(tokens, t, end);
    String country = countries.country(written);
    if (country != null) {
      // the article's own full form ("Britain"); abbreviations give way to the name ("U.S.")
      boolean abbreviation = written.indexOf('.') >= 0 || written.equals(written.toUpperCase(Locale.ROOT));
      return new Candidate(abbreviation ? country : written, OrganizationType.GOVERNMENT);
    }
    // "the Quebec government", "Kenya's government": a government named by its place
    if (end < tokens.size() && tokens.get(end).text().equals("government")
        || end + 1 < tokens.size() && tokens.get(end).text().equals("'s") && tokens.get(end + 1).text().equals("government")) {
      String name = join(tokens, t, end);
      String place = countries.government(name);
      return new Candidate(place != null ? place : name, OrganizationType.GOVERNMENT);
    }
    if (LEGAL.contains(last) && end - t >= 2) {
      int e = end;
      while (e - t > 1 && (LEGAL.contains(bare(tokens.get(e - 1).text().toLowerCase(Locale.ROOT)))
          || tokens.get(e - 1).text().equalsIgnoreCase("and") || tokens.get(e - 1).text().equals("&"))) {
        e--;
      }
      return new Candidate(join(tokens, t, e), OrganizationType.COMPANY);
    }
    OrganizationType head = HEADS.get(last);
    if (head != null && end - t >= 2) {
      return new Candidate(join(tokens, t, end), head);
    }
    boolean bracketed = (t > 0 && tokens.get(t - 1).text().equals("<") || tokens.get(t).text().startsWith("<"))
        && closesBracket(tokens, end);
    boolean ticker = opensBracket(tokens, end);
    if (bracketed || ticker) {
      return new Candidate(join(tokens, t, end), OrganizationType.COMPANY);
    }
    if (end - t == 1) {
      String s = tokens.get(t).text();
      if (s.length() >= 3 && s.length() <= 6 && s.equals(s.toUpperCase(Locale.ROOT)) && allLetters(s)
          && tokens.get(t).tag().equals("PROPN") && !NOT_ACRONYMS.contains(s)) {
        return new Candidate(s, OrganizationType.COMPANY);
      }
    }
    return null;
  }

  private static Candidate shortForm(List<Token> tokens, int t, int end, List<Candidate> known) {
    String run = join(tokens, t, end).toLowerCase(Locale.ROOT);
    Candidate best = null;
    for (Candidate c : known) {
      String name = c.name.toLowerCase(Locale.ROOT);
      if (name.equals(run) || name.startsWith(run + " ") && run.length() >= 3) {
        if (best == null || c.name.length() < best.name.length()) {
          best = c;
        }
      }
    }
    return best;
  }

  private static boolean allLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static String join(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
        b.append(' ');
      }
      b.append(tokens.get(i).text());
    }
    String s = b.toString().replace("<", "").replace(">", "");
    return s.startsWith("The ") ? s.substring(4) : s;
  }
}
