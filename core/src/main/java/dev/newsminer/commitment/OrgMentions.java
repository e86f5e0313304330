package dev.newsminer.commitment;

import dev.newsminer.Organization;
import dev.newsminer.OrganizationType;
import dev.newsminer.Sentence;
import dev.newsminer.Span;
import dev.newsminer.Token;
import dev.newsminer.entity.Countries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The organizations named in each sentence of one article, by token: those the organizations stage
 * found, each under the name the article itself writes (the guideline's "shortest full form in the
 * article": "GenCorp" even when the gazetteer knows it by a later name), and countries acting as
 * governments ("Japan pledged ...", "the Quebec government"), which the organizations stage leaves
 * to places. Built once per article; not thread-safe.
 */
final class OrgMentions {

  /** One organization named by tokens {@code [first, end)} of a sentence. */
  record Mention(int first, int end, String name, OrganizationType type) {}

  /** Legal suffixes dropped from a name as written, as the guideline's canonical names do. */
  private static final Set<String> LEGAL = Set.of("inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd",
      "ltd.", "plc", "ag", "sa", "s.a.", "nv", "n.v.", "lp", "l.p.", "cos", "cos.", "company", "ab", "spa", "gmbh",
      "bv", "kk", "bhd", "pty", "llc", "limited", "incorporated", "se", "oy", "asa", "as");

  private final List<List<Mention>> bySentence;

  private OrgMentions(List<List<Mention>> bySentence) {
    this.bySentence = bySentence;
  }

  /** The organizations named in sentence {@code i}, in token order. */
  List<Mention> in(int i) {
    return bySentence.get(i);
  }

  /** Finds the mentions of {@code organizations} and of countries acting as governments, sentence by sentence. */
  static OrgMentions of(String text, List<Sentence> sentences, List<Organization> organizations, Countries countries) {
    List<Span> spans = new ArrayList<>();
    List<Organization> owners = new ArrayList<>();
    // By identity: a record's hash covers all its spans, which made each lookup as long as the article.
    Map<Organization, String> written = new java.util.IdentityHashMap<>();
    for (Organization o : organizations) {
      written.put(o, writtenName(o, text));
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
          String name = written.get(o);
          // a country the organizations stage took for a company ("in the U.K.") is its government
          String country = countries.country(name);
          boolean abbreviation = name.indexOf('.') >= 0 || upperCase(name);
          mentions.add(country != null
              ? new Mention(first, end, abbreviation ? country : name, OrganizationType.GOVERNMENT)
              : new Mention(first, end, name, o.type()));
        }
      }
      for (int t = 0; t < tokens.size(); ) {
        int runEnd = nameRun(tokens, t);
        if (runEnd == t) {
          t++;
          continue;
        }
        Candidate c = covered(mentions, t, runEnd) ? null : government(tokens, t, runEnd, countries);
        if (c != null) {
          mentions.add(new Mention(t, runEnd, c.name, c.type));
        }
        t = runEnd;
      }
      mentions.sort((a, b) -> Integer.compare(a.first, b.first));
      result.add(mentions);
    }
    return new OrgMentions(result);
  }

  /**
   * The name an organization goes by in this article: its canonical name when the article writes it,
   * else the longest form the article writes, legal suffixes dropped.
   */
  static String writtenName(Organization o, String text) {
    String name = nameAsWritten(o, text);
    // "R.H. Barlow and Co": initials the organizations stage left out belong to the name
    for (Span span : o.spans()) {
      String initials = initialsBefore(text, span.start());
      if (!initials.isEmpty() && !name.startsWith(initials)) {
        return initials + " " + name;
      }
    }
    return name;
  }

  /** The initials ("R.H.", "A.G.", "L.M.") written right before {@code at} and a space, or "". */
  static String initialsBefore(String text, int at) {
    int end = at - 1;
    if (end < 2 || text.charAt(end) != ' ' || text.charAt(end - 1) != '.') {
      return "";
    }
    int i = end;
    int letters = 0;
    while (i >= 2 && text.charAt(i - 1) == '.' && Character.isUpperCase(text.charAt(i - 2)) && letters < 3) {
      i -= 2;
      letters++;
    }
    boolean wordStart = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '<'
        || text.charAt(i - 1) == '(';
    String initials = letters >= 2 && wordStart ? text.substring(i, end) : "";
    return PLACE_INITIALS.contains(initials) ? "" : initials; // "in the U.S. Acme said": a place, then a name
  }

  /** Initials of places, which end a sentence or qualify a name rather than belong to it. */
  private static final Set<String> PLACE_INITIALS = Set.of("U.S.", "U.K.", "U.N.", "E.U.", "N.Y.", "D.C.", "L.A.");

  private static String nameAsWritten(Organization o, String text) {
    String longest = null;
    String canonical = withoutLegalSuffix(o.name());
    for (Span span : o.spans()) {
      String form = withoutLegalSuffix(text.substring(span.start(), span.end()));
      if (form.equalsIgnoreCase(canonical)) {
        return o.name();
      }
      if (longest == null || form.length() > longest.length()) {
        longest = form;
      }
    }
    return longest == null || longest.isEmpty() ? o.name() : longest;
  }

  private static String withoutLegalSuffix(String name) {
    String s = name.strip();
    while (true) {
      int space = s.lastIndexOf(' ');
      if (space <= 0 || !legalForm(s, space + 1)) {
        break;
      }
      String rest = s.substring(0, space).strip();
      if (rest.endsWith(",")) {
        rest = rest.substring(0, rest.length() - 1).strip();
      }
      if (rest.endsWith(" and") || rest.endsWith(" &")) {
        rest = rest.substring(0, rest.lastIndexOf(' ')).strip();
      }
      s = rest;
    }
    return s.startsWith("The ") ? s.substring(4) : s;
  }

  /** Whether {@code s} from {@code from} on is a legal form in any case. */
  private static boolean legalForm(String s, int from) {
    if (!ascii(s, from)) {
      return LEGAL.contains(s.substring(from).toLowerCase(Locale.ROOT));
    }
    // For ASCII text a case-blind comparison is exactly lower-casing and looking up, without the copies.
    int length = s.length() - from;
    for (String form : LEGAL) {
      if (form.length() == length && s.regionMatches(true, from, form, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} has no lower-case letter: {@code name.equals(name.toUpperCase(ROOT))}, cheaply for ASCII. */
  private static boolean upperCase(String name) {
    if (!ascii(name, 0)) {
      return name.equals(name.toUpperCase(Locale.ROOT));
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean ascii(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
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
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }

  /**
   * The end of the run of capitalized name words that starts at {@code t} ("South Korea", "Republic
   * of Korea", "U.S."), or {@code t} when none does.
   */
  static int nameRun(List<Token> tokens, int t) {
    int e = t;
    while (e < tokens.size()) {
      Token tok = tokens.get(e);
      boolean nameWord = capitalized(tok) && (nameTag(tok.tag()) || e > t && weakTag(tok.tag()));
      boolean joiner = e > t && e + 1 < tokens.size() && tok.text().equals("of") && capitalized(tokens.get(e + 1));
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

  /** The name run {@code [t, end)} as a government when it names a country or a place's government, else null. */
  private static Candidate government(List<Token> tokens, int t, int end, Countries countries) {
    String written = join(tokens, t, end);
    String country = countries.country(written);
    if (country != null) {
      // the article's own full form ("Britain"); abbreviations give way to the name ("U.S.")
      boolean abbreviation = written.indexOf('.') >= 0 || upperCase(written);
      return new Candidate(abbreviation ? country : written, OrganizationType.GOVERNMENT);
    }
    // "the Quebec government", "Kenya's government": a government named by its place
    if (end < tokens.size() && tokens.get(end).text().equals("government")
        || end + 1 < tokens.size() && tokens.get(end).text().equals("'s") && tokens.get(end + 1).text().equals("government")) {
      String place = countries.government(written);
      return new Candidate(place != null ? place : written, OrganizationType.GOVERNMENT);
    }
    return null;
  }

  static String join(List<Token> tokens, int from, int to) {
    if (to - from == 1) {
      return tokens.get(from).text(); // a token has no space, so it never starts with "The "
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
        b.append(' ');
      }
      b.append(tokens.get(i).text());
    }
    String s = b.toString();
    return s.startsWith("The ") ? s.substring(4) : s;
  }
}
