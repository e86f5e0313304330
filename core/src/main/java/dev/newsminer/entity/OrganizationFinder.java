package dev.newsminer.entity;

import dev.newsminer.text.Sentence;
import dev.newsminer.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the organizations an article names, each once with its canonical name, type, aliases and
 * every mention, by combining four layers: a statistical name model ({@link NameTagger}), a
 * {@link Gazetteer}, form patterns (legal forms such as "Corp" and "AG", institutional forms such as
 * "University of X" and "X Foundation", Reuters tickers, acronyms defined in parentheses, headlines
 * in capitals) and the document level (a name found once is found at every occurrence, and
 * "General Motors Corp", "General Motors" and "GM" are one organization).
 *
 * <p>Thread-safe: build one and share it. The model keeps what it learns about a document per
 * thread and forgets it after each {@link #find} call.
 *
 * <pre>{@code
 * OrganizationFinder finder = OrganizationFinder.standard();
 * List<Sentence> sentences = new TextAnalyzer().analyze(text);
 * for (Organization o : finder.find(text, sentences)) {
 *   System.out.println(o.name() + " " + o.type() + " " + o.mentions());
 * }
 * }</pre>
 */
public final class OrganizationFinder {

  /**
   * Which layers an {@link OrganizationFinder} uses, so that each one's contribution can be measured.
   *
   * @param model     the statistical name model (when the finder has one)
   * @param gazetteer the list of known organizations
   * @param patterns  legal forms, institutional forms, tickers, acronym definitions
   * @param document  document-level consistency: every occurrence, short forms and acronyms
   */
  public record Layers(boolean model, boolean gazetteer, boolean patterns, boolean document) {

    /** Every layer on. */
    public static Layers all() {
      return new Layers(true, true, true, true);
    }
  }

  private final NameTagger tagger;
  private final Gazetteer gazetteer;
  private final Layers layers;

  private OrganizationFinder(NameTagger tagger, Gazetteer gazetteer, Layers layers) {
    this.tagger = tagger;
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.layers = Objects.requireNonNull(layers, "layers");
  }

  /**
   * A finder with every layer, the bundled model (when this build has one) and the bundled gazetteer.
   */
  public static OrganizationFinder standard() {
    return of(NameTagger.bundled().orElse(null), Gazetteer.bundled(), Layers.all());
  }

  /**
   * A finder with the given parts.
   *
   * @param tagger    the name model, or {@code null} for none
   * @param gazetteer the known organizations. Must not be {@code null}; {@link Gazetteer#empty()} for none.
   * @param layers    the layers to use. Must not be {@code null}.
   */
  public static OrganizationFinder of(NameTagger tagger, Gazetteer gazetteer, Layers layers) {
    return new OrganizationFinder(tagger, gazetteer, layers);
  }

  /** The layers this finder uses. */
  public Layers layers() {
    return layers;
  }

  /**
   * Finds the organizations named in an article.
   *
   * @param text      the article text. Must not be {@code null}.
   * @param sentences its sentences and tokens, with offsets into {@code text}, as
   *                  {@link dev.newsminer.text.TextAnalyzer} makes them. Must not be {@code null}.
   * @return the organizations in order of first mention; spans are char offsets into {@code text},
   *     end exclusive; empty when there are none
   */
  public List<Organization> find(String text, List<Sentence> sentences) {
    Objects.requireNonNull(text, "text");
    String[][] tokens = new String[sentences.size()][];
    for (int i = 0; i < tokens.length; i++) {
      List<Token> ts = sentences.get(i).tokens();
      tokens[i] = new String[ts.size()];
      for (int j = 0; j < ts.size(); j++) {
        tokens[i][j] = ts.get(j).text();
      }
    }
    List<DocumentResolver.Group> groups = recognize(tokens);
    List<Organization> out = new ArrayList<>(groups.size());
    for (DocumentResolver.Group g : groups) {
      out.add(organization(g, text, sentences));
    }
    return out;
  }

  /**
   * Recognizes the organizations of one tokenized document and resolves their mentions; the model's
   * memory of the document is cleared afterwards.
   */
  List<DocumentResolver.Group> recognize(String[][] tokens) {
    KeyedSentence[] keyed = new KeyedSentence[tokens.length];
    List<List<Mention>> candidates = new ArrayList<>(tokens.length);
    // the model's other names (people, places, products), which the known names must not cut into
    List<List<TaggedName>> otherNames = new ArrayList<>(tokens.length);
    Map<String, int[]> votes = new HashMap<>();
    // the model's probability for each of its organization names, for ConfidentModelNames
    Map<Mention, Double> probabilities = new IdentityHashMap<>();
    boolean useModel = layers.model() && tagger != null;
    try {
      for (int i = 0; i < tokens.length; i++) {
        KeyedSentence s = new KeyedSentence(tokens[i]);
        keyed[i] = s;
        List<Mention> found = new ArrayList<>();
        List<TaggedName> others = new ArrayList<>(0);
        if (layers.gazetteer()) {
          gazetteerMatches(s, i, found);
        }
        if (layers.patterns()) {
          OrganizationPatterns.find(s, i, found);
        }
        if (useModel && s.tokens.length > 0) {
          List<TaggedName> names = tagger.tag(s.tokens);
          if (!s.capitals) {
            for (TaggedName n : names) {
              boolean org = n.type().equals("ORG") || n.type().equals("organization");
              votes.computeIfAbsent(surface(s.tokens, n.start(), n.end()), k -> new int[2])[org ? 0 : 1]++;
              if (org) {
                Mention m = new Mention(i, n.start(), n.end(), Mention.Source.MODEL);
                probabilities.put(m, n.probability());
                found.add(m);
              } else {
                others.add(n);
              }
            }
          }
        }
        candidates.add(found);
        otherNames.add(others);
      }
    } finally {
      if (useModel) {
        tagger.endDocument();
      }
    }
    List<List<Mention>> mentions = new ArrayList<>(tokens.length);
    Set<String> persons = null;
    for (int i = 0; i < tokens.length; i++) {
      KeyedSentence s = keyed[i];
      List<Mention> found = candidates.get(i);
      // the known names as found, before the context checks below drop some of them
      List<Mention> known = new ArrayList<>(useModel ? found.size() : 0);
      for (Mention m : found) {
        if (useModel && m.source != Mention.Source.MODEL) {
          known.add(new Mention(m.sentence, m.start, m.end, m.source));
        }
      }
      fitToContext(s, found, otherNames.get(i));
      // "Worldwide Developers Conference", "Paris Air Show": events, unless the gazetteer lists the name;
      // "Boeing-Air Force": two organizations in one token, which no span can separate
      for (Mention m : found) {
        if (m.end > m.start && m.entry == null && (EventNames.namesEvent(s.tokens, m.start, m.end)
            || joinsKnownName(s, m)) && !listed(s, m)) {
          m.end = m.start;
        }
      }
      // the document's majority decides what the model meant by a name: "Jobs" tagged a person
      // twice and an organization once is a person
      for (Mention m : found) {
        if (m.end <= m.start) {
          continue;
        }
        if (m.source == Mention.Source.MODEL) {
          int[] v = votes.get(surface(s.tokens, m.start, m.end));
          int cut = -1;
          if (m.length() > 2) {
            if (persons == null) {
              persons = personNames(keyed, otherNames);
            }
            cut = PersonCues.organizationEndBeforePerson(s.tokens, m.start, m.end, persons);
          }
          if (cut > 0) {
            // "Secretary of the Air Force James Roche": only "Air Force", which ends in its organization word
            m.end = v[1] > v[0] ? m.start : cut;
            continue;
          }
          Mention k = overlappingKnownName(m, known);
          if (v[1] > v[0] || (k != null ? !ModelEvidence.acceptsExtension(s.tokens, m.start, m.end, k.start, k.end)
              : !ModelEvidence.acceptsNewName(s.tokens, m.start, m.end, v[0], v[1], probabilities.get(m)))) {
            m.end = m.start;
          }
        }
      }
      List<Mention> accepted = select(s, found);
      if (layers.patterns()) {
        acronyms(s, i, accepted);
      }
      mentions.add(accepted);
    }
    DocumentResolver resolver = new DocumentResolver(keyed, mentions, layers.gazetteer() ? gazetteer : null);
    List<DocumentResolver.Group> groups = resolver.resolve(layers.document(), otherNames);
    // "the Dow Jones fell 2.6%" is the index, not the publisher; "the Nasdaq composite" not the exchange
    MarketIndexes.dropIndexReadings(groups, keyed);
    // a name that the article marks as a person's ("Mr Mulford", "chairman Paian Nainggolan") is not an organization
    groups.removeIf(g -> PersonCues.namesPerson(g, keyed));
    return groups;
  }

  /** The names the model tagged as people in a document, whole and by their last word. */
  private static Set<String> personNames(KeyedSentence[] sentences, List<List<TaggedName>> otherNames) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < sentences.length; i++) {
      for (TaggedName n : otherNames.get(i)) {
        if (n.type().equals("PER") || n.type().equals("person")) {
          out.add(surface(sentences[i].tokens, n.start(), n.end()));
          out.add(sentences[i].tokens[n.end() - 1]);
        }
      }
    }
    return out;
  }

  /**
   * Whether a name that the gazetteer does not list holds a hyphen-joined token one of whose halves is
   * a listed organization on its own: "Boeing-Air Force contract" pairs Boeing and the Air Force.
   */
  private boolean joinsKnownName(KeyedSentence s, Mention m) {
    if (!layers.gazetteer()) {
      return false;
    }
    List<String> keys = Arrays.asList(s.keys);
    int to = s.tokenKey[m.end];
    for (int k = s.tokenKey[m.start] + 1; k + 1 < to; k++) {
      // the halves are the tokens the hyphen touches, however the tokenizer cut them ("Boeing-Air", "Boeing - Air")
      if (!s.keys[k].equals("-") || !OrganizationPatterns.capitalized(s.keys[k - 1])
          || !OrganizationPatterns.capitalized(s.keys[k + 1])) {
        continue;
      }
      int leftFrom = s.tokenKey[s.keyToken[k - 1]];
      int rightTo = s.tokenKey[s.keyToken[k + 1] + 1];
      if (gazetteer.exactEntry(keys.subList(leftFrom, k)) != null || gazetteer.exactEntry(keys.subList(k + 1, rightTo)) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether the gazetteer (when this finder uses it) lists the name of {@code m}, with or without its legal form. */
  private boolean listed(KeyedSentence s, Mention m) {
    if (!layers.gazetteer()) {
      return false;
    }
    List<String> keys = Arrays.asList(s.keys).subList(s.tokenKey[m.start], s.tokenKey[m.end]);
    return gazetteer.exactEntry(keys) != null || gazetteer.exactEntry(DocumentResolver.core(keys)) != null;
  }

  /** The first name the gazetteer or the patterns found (before context checks) that overlaps {@code m}, or null. */
  private static Mention overlappingKnownName(Mention m, List<Mention> known) {
    for (Mention o : known) {
      if (o.overlaps(m)) {
        return o;
      }
    }
    return null;
  }

  /** The tokens joined by spaces; built directly, as this runs twice for every name the model finds. */
  private static String surface(String[] tokens, int start, int end) {
    if (end - start == 1) {
      return tokens[start];
    }
    // Sized exactly, so that the builder's array is no larger than the string it becomes.
    int length = end - start - 1;
    for (int t = start; t < end; t++) {
      length += tokens[t].length();
    }
    StringBuilder sb = new StringBuilder(length);
    for (int t = start; t < end; t++) {
      if (t > start) {
        sb.append(' ');
      }
      sb.append(tokens[t]);
    }
    return sb.toString();
  }

  private void gazetteerMatches(KeyedSentence s, int index, List<Mention> out) {
    int k = 0;
    while (k < s.keys.length) {
      if (!s.startsToken(k)) {
        k++;
        continue;
      }
      boolean fold = false;
      int end = gazetteer.longest(s, k, false);
      if (end < 0 && s.capitals) {
        end = gazetteer.longest(s, k, true);
        fold = true;
      }
      if (end < 0) {
        k++;
        continue;
      }
      int start = s.keyToken[k];
      int tokenEnd = s.tokenEnd(end);
      // a one-word name that opens a sentence may be an ordinary word: "Next", "Target"
      boolean opener = tokenEnd - start == 1 && OrganizationPatterns.sentenceInitial(s.tokens, start)
          && OrganizationWords.STARTERS.contains(OrganizationWords.lower(s.tokens[start]));
      if (!opener) {
        Mention m = new Mention(index, start, tokenEnd, Mention.Source.GAZETTEER);
        m.entry = gazetteer.entryAt(s, k, end, fold);
        out.add(m);
      }
      k = end;
    }
  }

  /**
   * Checks the names that the gazetteer and the model found against the words around them, which
   * a list cannot see: a name followed by a model number or a product name is a product ("Boeing
   * 787", "Ford Taurus"), one followed by "index" or "Composite" is a market index, one followed by a
   * place is a regional unit ("Ford Australia"), one after another capitalized word is part of a
   * longer name ("William Clay Ford"), and an acronym after a clock time is a time zone. Headlines in
   * capitals are left alone: every word there is capitalized.
   */
  private static void fitToContext(KeyedSentence s, List<Mention> candidates, List<TaggedName> otherNames) {
    if (s.capitals) {
      return;
    }
    String[] t = s.tokens;
    for (Mention m : candidates) {
      // a country or region is a place, not an organization, whichever layer read it as one: "the
      // Soviet Union" (an "X Union" form), "Latin America"
      if (m.entry == null && PlaceNames.isPlace(surface(t, m.start, m.end))) {
        m.end = m.start;
        continue;
      }
      if (m.source == Mention.Source.PATTERN) {
        continue;
      }
      if (m.source != Mention.Source.MODEL && insideOtherName(otherNames, m.start, m.end)) {
        m.end = m.start;
        continue;
      }
      if (m.source == Mention.Source.MODEL) {
        if (m.length() == 1 && PlaceNames.isPlace(t[m.start])) {
          m.end = m.start;
        }
        continue;
      }
      if (m.end < t.length && PlaceNames.isPlace(t[m.end]) && OrganizationPatterns.capitalized(t[m.end])
          && fitsContext(t, m.start, m.end, true)) {
        m.end++;
        m.entry = null;
        m.unit = true;
      } else if (!fitsContext(t, m.start, m.end, false)) {
        m.end = m.start;
      }
    }
  }

  /**
   * Whether a known name at tokens {@code [start, end)} stands as an organization in its context
   * (see {@link #fitToContext}); with {@code ignoreNext} only the word before it and the clock are
   * checked.
   */
  static boolean fitsContext(String[] t, int start, int end, boolean ignoreNext) {
    if (end - start == 1 && !commonTokenFits(t, start)) {
      return false;
    }
    if (end < t.length && !ignoreNext) {
      String next = t[end];
      if (Character.isDigit(next.charAt(0)) || modelDesignation(next) || INDEX_WORDS.contains(next)) {
        return false;
      }
      if (OrganizationPatterns.nameWord(next, false) && !OrganizationWords.TITLES.contains(OrganizationWords.lower(next))
          && !OrganizationWords.LEGAL_FORMS.contains(OrganizationPatterns.bare(next))) {
        return false;
      }
    }
    if (start > 0 && end - start == 1) {
      String prev = t[start - 1];
      boolean afterName = OrganizationPatterns.nameWord(prev, false)
          && !OrganizationWords.TITLES.contains(OrganizationWords.lower(prev))
          && !(OrganizationPatterns.sentenceInitial(t, start - 1)
              && OrganizationWords.STARTERS.contains(OrganizationWords.lower(prev)));
      return !afterName && !clockTime(prev);
    }
    return true;
  }

  /**
   * Whether a one-word name that is also a common token of news text stands as an organization: a
   * time zone after a clock time ("08:00 UTC", "0800 GMT") is not United Technologies, and a credit
   * rating grade in a sentence about ratings ("cut to BBB") is not a party or a company.
   */
  private static boolean commonTokenFits(String[] t, int i) {
    String w = t[i];
    if (OrganizationWords.TIME_ZONES.contains(w) && i > 0) {
      String prev = t[i - 1];
      return !(clockTime(prev) || prev.length() >= 3 && prev.length() <= 4 && allDigits(prev));
    }
    if (OrganizationWords.RATING_GRADES.contains(w)) {
      for (String x : t) {
        if (OrganizationWords.RATING_WORDS.contains(OrganizationWords.lower(x))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean allDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether tokens {@code [start, end)} lie inside a longer name the model found of another type. */
  static boolean insideOtherName(List<TaggedName> otherNames, int start, int end) {
    for (TaggedName n : otherNames) {
      if (n.start() <= start && end <= n.end() && n.end() - n.start() > end - start) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> INDEX_WORDS = Set.of("index", "Index", "Composite",
      "composite", "Industrial", "Industrials", "Average", "average", "futures", "indices");

  /** A model designation such as "A380", "KC-767" or "777-200LR": letters and digits mixed. */
  static boolean modelDesignation(String word) {
    boolean digit = false;
    for (int i = 0; i < word.length(); i++) {
      digit |= Character.isDigit(word.charAt(i));
    }
    return digit && word.length() <= 12;
  }

  /** A clock time such as "10:30" or "9.30", or "a.m." and "pm". */
  private static boolean clockTime(String word) {
    int colon = word.indexOf(':');
    if (colon > 0 && colon < word.length() - 1 && Character.isDigit(word.charAt(0))) {
      return true;
    }
    String w = word.replace(".", "").toLowerCase(java.util.Locale.ROOT);
    return w.equals("am") || w.equals("pm");
  }

  /** Which of two overlapping candidates wins: a known name over the model's, then the longer, then the first. */
  private static final Comparator<Mention> PRECEDENCE =
      Comparator.<Mention>comparingInt(m -> m.source == Mention.Source.MODEL ? 1 : 0)
          .thenComparing(Comparator.comparingInt(Mention::length).reversed())
          .thenComparingInt(m -> m.start);
  private static final Comparator<Mention> BY_START = Comparator.comparingInt(m -> m.start);

  /**
   * Keeps non-overlapping candidates: gazetteer and pattern names first, longest first, then the
   * model's names where they do not overlap those. Trims a leading "the" and trailing punctuation.
   */
  private static List<Mention> select(KeyedSentence s, List<Mention> candidates) {
    for (Mention m : candidates) {
      trim(s.tokens, m);
    }
    // a ticker in brackets stands for the name before it and is not a mention itself
    candidates.removeIf(m -> m.end <= m.start || m.start > 0 && m.end < s.tokens.length
        && s.tokens[m.start - 1].equals("<") && s.tokens[m.end].equals(">") && m.length() == 1
        && OrganizationPatterns.tickerShape(s.tokens[m.start]));
    candidates.sort(PRECEDENCE);
    List<Mention> accepted = new ArrayList<>(candidates.size());
    for (Mention m : candidates) {
      boolean free = true;
      for (Mention a : accepted) {
        if (a.overlaps(m)) {
          free = false;
          if (a.start == m.start && a.end == m.end) {
            // the same name found twice: keep what each layer knows about it
            a.extraAlias = a.extraAlias != null ? a.extraAlias : m.extraAlias;
            a.entry = a.entry != null ? a.entry : m.entry;
          }
          break;
        }
      }
      if (free) {
        accepted.add(m);
      }
    }
    accepted.sort(BY_START);
    return accepted;
  }

  private static void trim(String[] t, Mention m) {
    while (m.end - m.start > 1 && (OrganizationWords.lower(t[m.start]).equals("the") || !hasLetterOrDigit(t[m.start]))) {
      m.start++;
    }
    while (m.end - m.start > 1 && (!hasLetterOrDigit(t[m.end - 1]) || isPossessive(t[m.end - 1]))) {
      m.end--;
    }
    if (!hasLetterOrDigit(t[m.start])) {
      m.end = m.start;
    }
  }

  private static boolean isPossessive(String token) {
    return token.length() == 2 && (token.charAt(0) == '\'' || token.charAt(0) == '\u2019')
        && (token.charAt(1) == 's' || token.charAt(1) == 'S');
  }

  private static boolean hasLetterOrDigit(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Acronyms defined in parentheses right after a name: "Government Accountability Office (GAO)".
   * The acronym becomes a mention of the same organization; a name that no other layer found counts
   * when its initials spell the acronym and it has an organization word.
   */
  private static void acronyms(KeyedSentence s, int index, List<Mention> accepted) {
    String[] t = s.tokens;
    for (int i = 1; i + 2 < t.length; i++) {
      if (!t[i].equals("(") || !t[i + 2].equals(")") || !OrganizationPatterns.acronymShape(t[i + 1])
          || OrganizationWords.NOT_ACRONYMS.contains(t[i + 1].replace(".", ""))) {
        continue;
      }
      String acronym = t[i + 1];
      Mention longForm = null;
      Mention existing = null;
      for (Mention m : accepted) {
        if (m.end == i || m.end == i - 1 && t[i - 1].equals(",")) {
          longForm = m;
        }
        if (m.start == i + 1) {
          existing = m;
        }
      }
      if (longForm == null) {
        int start = OrganizationPatterns.runStart(t, i, s.capitals);
        if (i - start >= 2 && OrganizationPatterns.abbreviates(acronym, t, start, i, false) && hasOrganizationWord(t, start, i)
            && !EventNames.namesEvent(t, start, i)) {
          longForm = new Mention(index, start, i, Mention.Source.PATTERN);
          boolean free = true;
          for (Mention m : accepted) {
            free &= !m.overlaps(longForm);
          }
          if (!free) {
            continue;
          }
          accepted.add(longForm);
        }
      } else if (!OrganizationPatterns.abbreviates(acronym, t, longForm.start, longForm.end, true)) {
        longForm = null;
      }
      if (longForm == null) {
        continue;
      }
      if (existing == null) {
        Mention m = new Mention(index, i + 1, i + 2, Mention.Source.ACRONYM);
        m.definedBy = longForm;
        accepted.add(m);
      } else if (existing.entry == null || longForm.entry == null) {
        existing.definedBy = longForm;
      }
    }
    accepted.sort(Comparator.comparingInt(m -> m.start));
  }

  private static boolean hasOrganizationWord(String[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = OrganizationPatterns.bare(t[i]);
      if (OrganizationWords.LEGAL_FORMS.contains(w) || OrganizationWords.HEADS_AFTER.contains(w)
          || OrganizationWords.HEADS_OF.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TRAILING_CONNECTORS = Set.of(",", "and", "&", "of", "-");

  private static Organization organization(DocumentResolver.Group g, String text, List<Sentence> sentences) {
    List<Span> spans = new ArrayList<>(g.mentions.size());
    List<String> aliases = new ArrayList<>();
    String longest = null;
    String[] longestWords = null;
    for (Mention m : g.mentions) {
      List<Token> tokens = sentences.get(m.sentence).tokens();
      int start = tokens.get(m.start).start();
      int end = tokens.get(m.end - 1).end();
      spans.add(new Span(start, end));
      String surface = text.substring(start, end);
      if (!aliases.contains(surface)) {
        aliases.add(surface);
      }
      if (longest == null || surface.length() > longest.length() && m.definedBy == null) {
        longest = surface;
        longestWords = new String[m.end - m.start];
        for (int i = m.start; i < m.end; i++) {
          longestWords[i - m.start] = tokens.get(i).text();
        }
        // the canonical form drops trailing legal forms: "General Motors Corp" is "General Motors"
        int last = m.end - 1;
        while (last > m.start && OrganizationWords.LEGAL_FORMS.contains(OrganizationPatterns.bare(tokens.get(last).text()))
            && !(last - 1 == m.start && OrganizationWords.GENERIC_FIRST_WORDS.contains(
                OrganizationWords.lower(tokens.get(m.start).text())))) {
          // but "General Partners" and "First Bancorp" keep theirs: "General" alone names nothing
          last--;
        }
        while (last > m.start && TRAILING_CONNECTORS.contains(OrganizationWords.lower(tokens.get(last).text()))) {
          last--;
        }
        longest = text.substring(start, tokens.get(last).end());
        if (!aliases.contains(surface)) {
          aliases.add(surface);
        }
      }
    }
    spans.sort(Comparator.comparingInt(Span::start));
    String name = g.entry != null ? g.entry.name() : longest;
    OrganizationType type = g.entry != null ? g.entry.type() : OrganizationWords.typeOf(longestWords);
    aliases.remove(name);
    aliases.add(0, name);
    for (String extra : g.extraAliases) {
      if (!aliases.contains(extra)) {
        aliases.add(extra);
      }
    }
    return new Organization(name, type, aliases, spans);
  }
}
