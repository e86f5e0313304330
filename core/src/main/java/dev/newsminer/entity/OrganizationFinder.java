package dev.newsminer.entity;

import dev.newsminer.Organization;
import dev.newsminer.OrganizationType;
import dev.newsminer.Sentence;
import dev.newsminer.Span;
import dev.newsminer.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * Every layer on.
     *
     * @return the layers with every one on
     */
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
   *
   * @return the standard finder
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
   * @return a finder over these parts
   */
  public static OrganizationFinder of(NameTagger tagger, Gazetteer gazetteer, Layers layers) {
    return new OrganizationFinder(tagger, gazetteer, layers);
  }

  /**
   * The layers this finder uses.
   *
   * @return the layers
   */
  public Layers layers() {
    return layers;
  }

  /**
   * Finds the organizations named in an article's text.
   *
   * @param text      the article text. Must not be {@code null}.
   * @param sentences its sentences and tokens, with offsets into {@code text}, as
   *                  {@link dev.newsminer.text.TextAnalyzer} makes them. Must not be {@code null}.
   * @return the organizations in order of first mention; spans are char offsets into {@code text},
   *     end exclusive; empty when there are none
   */
  public List<Organization> find(String text, List<Sentence> sentences) {
    return find("", List.of(), text, sentences);
  }

  /**
   * Finds the organizations named in an article, its title included: the title is read as the
   * article's first sentences, so that a name in the headline and the same organization in the
   * text are one organization.
   *
   * @param title          the article's title. Must not be {@code null}; empty for none.
   * @param titleSentences the title's sentences and tokens, with offsets into {@code title}. Must not
   *                       be {@code null}; empty for none.
   * @param text           the article text. Must not be {@code null}.
   * @param sentences      its sentences and tokens, with offsets into {@code text}. Must not be {@code null}.
   * @return the organizations in order of first mention, title first; a span in the title has
   *     {@link Span#field()} {@code "title"} and offsets into {@code title}, a span in the text no
   *     field and offsets into {@code text}; the title's spans come first; empty when there are none
   */
  public List<Organization> find(String title, List<Sentence> titleSentences, String text, List<Sentence> sentences) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    int titleCount = titleSentences.size();
    String[][] tokens = new String[titleCount + sentences.size()][];
    for (int i = 0; i < tokens.length; i++) {
      List<Token> ts = (i < titleCount ? titleSentences.get(i) : sentences.get(i - titleCount)).tokens();
      tokens[i] = new String[ts.size()];
      for (int j = 0; j < ts.size(); j++) {
        tokens[i][j] = ts.get(j).text();
      }
    }
    List<MentionGroup> groups = recognize(tokens);
    List<Organization> out = new ArrayList<>(groups.size());
    Placement at = new Placement(title, titleSentences, text, sentences);
    for (MentionGroup g : groups) {
      out.add(organization(g, at));
    }
    return titleOnlyJoined(out);
  }

  /**
   * An organization named only in the headline joins the text's organization of the same name in
   * another case ("CHRYSLER <C> AMC BUYOUT" and "Chrysler Corp said"): a headline in capitals is read
   * apart from the text, and one organization is one entry.
   */
  static List<Organization> titleOnlyJoined(List<Organization> organizations) {
    List<Organization> out = new ArrayList<>(organizations);
    for (int i = 0; i < out.size(); i++) {
      Organization headline = out.get(i);
      if (headline.spans().stream().anyMatch(Span::inText)) {
        continue;
      }
      for (int j = 0; j < out.size(); j++) {
        Organization o = out.get(j);
        if (j == i || o.spans().stream().noneMatch(Span::inText) || !sameNameIgnoringCase(headline, o)) {
          continue;
        }
        List<Span> spans = new ArrayList<>(headline.spans());
        spans.addAll(o.spans());
        List<String> aliases = new ArrayList<>(o.aliases());
        headline.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
        // it stands where the headline named it first
        out.set(i, new Organization(o.name(), o.type(), aliases, spans));
        out.remove(j);
        i--;
        break;
      }
    }
    return out;
  }

  private static boolean sameNameIgnoringCase(Organization a, Organization b) {
    for (String x : a.aliases()) {
      if (x.length() > 1 && (x.equalsIgnoreCase(b.name()) || b.aliases().stream().anyMatch(x::equalsIgnoreCase))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type of a name the gazetteer did not resolve: its words tell it ("Bank", "University"), and an
   * acronym that the article leaves unresolved ("the SEC said", "the ECB kept rates") takes the type
   * of the organization the list gives it, a better guess than a company though the article may mean
   * another body of that name; else a company.
   */
  private OrganizationType typeOf(String[] words) {
    if (words.length == 1 && layers.gazetteer()) {
      GazetteerEntry listed = gazetteer.exactEntry(NameKeys.keysOf(words[0]));
      if (listed != null) {
        return listed.type();
      }
    }
    return OrganizationWords.typeOf(words);
  }

  /** Where the document's sentences are: the title's first, with offsets into the title, then the text's. */
  private record Placement(String title, List<Sentence> titleSentences, String text, List<Sentence> sentences) {

    boolean inTitle(Mention m) {
      return m.sentence() < titleSentences.size();
    }

    List<Token> tokens(Mention m) {
      return inTitle(m) ? titleSentences.get(m.sentence()).tokens()
          : sentences.get(m.sentence() - titleSentences.size()).tokens();
    }

    String source(Mention m) {
      return inTitle(m) ? title : text;
    }
  }

  /**
   * Recognizes the organizations of one tokenized document and resolves their mentions; the model's
   * memory of the document is cleared afterwards. The steps run one after another, each on what the
   * one before returned: candidates from every layer, their context checks, the choice among
   * overlapping names and defined acronyms (sentence by sentence), the document level, then the
   * readings as market indices and as people.
   */
  List<MentionGroup> recognize(String[][] tokens) {
    Candidates candidates = candidates(tokens);
    KeyedSentence[] keyed = candidates.sentences();
    PersonNames persons = new PersonNames(candidates);
    List<List<Mention>> mentions = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      mentions.add(sentenceMentions(candidates, i, persons));
    }
    List<MentionGroup> groups = new DocumentResolver(keyed, mentions, layers.gazetteer() ? gazetteer : null)
        .resolve(layers.document(), candidates.otherNames());
    // "the Dow Jones fell 2.6%" is the index, not the publisher; "the Nasdaq composite" not the exchange
    groups = MarketIndexes.withoutIndexReadings(groups, keyed);
    // a name that the article marks as a person's ("Mr Mulford", "chairman Paian Nainggolan") is not an organization
    List<MentionGroup> out = new ArrayList<>(groups.size());
    for (MentionGroup g : groups) {
      if (!PersonCues.namesPerson(g, keyed)) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * What the layers found in a document before any context check: per sentence the candidate
   * mentions (gazetteer, patterns, then the model's organizations) and the model's other names
   * (people, places, products), which the known names must not cut into; and per surface form how
   * often the model tagged it an organization and how often something else; and the model's
   * probability for each of its organization names, by sentence and span ({@link #spanKey}).
   */
  private record Candidates(KeyedSentence[] sentences, List<List<Mention>> found,
      List<List<TaggedName>> otherNames, Map<String, int[]> votes, boolean model, Map<Long, Double> probabilities) {}

  /** One key for a mention's sentence and span. */
  private static long spanKey(int sentence, int start, int end) {
    return ((long) sentence << 40) | ((long) start << 20) | end;
  }

  private Candidates candidates(String[][] tokens) {
    KeyedSentence[] keyed = new KeyedSentence[tokens.length];
    List<List<Mention>> candidates = new ArrayList<>(tokens.length);
    List<List<TaggedName>> otherNames = new ArrayList<>(tokens.length);
    Map<String, int[]> votes = new HashMap<>();
    Map<Long, Double> probabilities = new HashMap<>();
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
              if (!org) {
                others.add(n);
              }
              // "Chipmaker Intel", "On Tuesday Microsoft": the words that introduce a name are no part of it
              int start = n.start();
              while (n.end() - start > 1 && LeadingWords.introduces(s.tokens, start)) {
                start++;
              }
              if (!s.titleCase) {
                vote(votes, s.tokens, start, n.end(), org);
                if (org) {
                  found.add(new Mention(i, start, n.end(), Mention.Source.MODEL));
                  probabilities.put(spanKey(i, start, n.end()), n.probability());
                }
                continue;
              }
              // a headline in title case: "Apple Buys Beats Electronics In" is cut at its verbs and function words
              int from = start;
              for (int t = start; t <= n.end(); t++) {
                if (t == n.end() || OrganizationWords.HEADLINE_STOPS.contains(OrganizationWords.lower(s.tokens[t]))) {
                  if (t > from) {
                    vote(votes, s.tokens, from, t, org);
                    if (org) {
                      found.add(new Mention(i, from, t, Mention.Source.MODEL));
                      probabilities.put(spanKey(i, from, t), n.probability());
                    }
                  }
                  from = t + 1;
                }
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
    if (layers.gazetteer()) {
      // listed names that are also a common word or a place ("Target", "Liverpool") count only in context
      AmbiguousNames.dropUnsupported(gazetteer, keyed, candidates);
    }
    return new Candidates(keyed, candidates, otherNames, votes, useModel, probabilities);
  }

  private static void vote(Map<String, int[]> votes, String[] tokens, int start, int end, boolean org) {
    votes.computeIfAbsent(surface(tokens, start, end), k -> new int[2])[org ? 0 : 1]++;
  }

  /** The names the model tagged as people in a document, whole and by their last word; made when first asked. */
  private static final class PersonNames {
    private final Candidates candidates;
    private Set<String> names;

    PersonNames(Candidates candidates) {
      this.candidates = candidates;
    }

    Set<String> get() {
      if (names == null) {
        names = new HashSet<>();
        KeyedSentence[] sentences = candidates.sentences();
        for (int i = 0; i < sentences.length; i++) {
          for (TaggedName n : candidates.otherNames().get(i)) {
            if (n.type().equals("PER") || n.type().equals("person")) {
              names.add(surface(sentences[i].tokens, n.start(), n.end()));
              names.add(sentences[i].tokens[n.end() - 1]);
            }
          }
        }
      }
      return names;
    }
  }

  /** The mentions of sentence {@code i}: its candidates checked against their context, chosen and with their acronyms. */
  private List<Mention> sentenceMentions(Candidates c, int i, PersonNames persons) {
    KeyedSentence s = c.sentences()[i];
    List<Mention> found = c.found().get(i);
    // the known names as found, before the context checks below drop some of them
    List<Mention> known = new ArrayList<>(c.model() ? found.size() : 0);
    if (c.model()) {
      for (Mention m : found) {
        if (m.source() != Mention.Source.MODEL) {
          known.add(m);
        }
      }
    }
    List<Mention> fitted = fitToContext(s, found, c.otherNames().get(i));
    // "Worldwide Developers Conference", "Paris Air Show": events, unless the gazetteer lists the name;
    // "Boeing-Air Force": two organizations in one token, which no span can separate
    List<Mention> named = new ArrayList<>(fitted.size());
    for (Mention m : fitted) {
      if (m.entry() != null || !(EventNames.namesEvent(s.tokens, m.start(), m.end()) || joinsKnownName(s, m))
          || listed(s, m)) {
        named.add(m);
      }
    }
    if (layers.patterns()) {
      // the teams of a results line or a standings table, cities' names or not
      List<Mention> teams = ResultsLines.teams(c.sentences(), i);
      if (!teams.isEmpty()) {
        named.addAll(teams);
      }
    }
    List<Mention> weighed = weighModelNames(s, named, known, c.votes(), persons, c.probabilities());
    List<Mention> accepted = select(s, weighed);
    return layers.patterns() ? acronyms(s, i, accepted) : accepted;
  }

  /**
   * Keeps the model's organization names that the document's majority and the evidence around them
   * support; the other layers' names pass unchanged. The document's majority decides what the model
   * meant by a name: "Jobs" tagged a person twice and an organization once is a person.
   */
  private static List<Mention> weighModelNames(KeyedSentence s, List<Mention> found, List<Mention> known,
      Map<String, int[]> votes, PersonNames persons, Map<Long, Double> probabilities) {
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      if (m.source() != Mention.Source.MODEL) {
        out.add(m);
        continue;
      }
      int[] v = votes.get(surface(s.tokens, m.start(), m.end()));
      int cut = -1;
      if (m.length() > 2) {
        cut = PersonCues.organizationEndBeforePerson(s.tokens, m.start(), m.end(), persons.get());
      }
      if (cut > 0) {
        // "Secretary of the Air Force James Roche": only "Air Force", which ends in its organization word
        if (v[1] <= v[0]) {
          out.add(m.withSpan(m.start(), cut));
        }
        continue;
      }
      Mention k = overlappingKnownName(m, known);
      if (v[1] <= v[0] && (k != null ? ModelEvidence.acceptsExtension(s.tokens, m.start(), m.end(), k.start(), k.end())
          : ModelEvidence.acceptsNewName(s.tokens, m.start(), m.end(), v[0], v[1], s.titleCase,
              probabilities.getOrDefault(spanKey(m.sentence(), m.start(), m.end()), 0.0)))) {
        out.add(m);
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
    int to = s.tokenKey[m.end()];
    for (int k = s.tokenKey[m.start()] + 1; k + 1 < to; k++) {
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
    List<String> keys = Arrays.asList(s.keys).subList(s.tokenKey[m.start()], s.tokenKey[m.end()]);
    return gazetteer.exactEntry(keys) != null || gazetteer.exactEntry(NameKeys.core(keys)) != null;
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
      } else if (end < 0 && s.lowercase) {
        // text in lower case ("goldman sachs and jpmorgan chase raised ..."): names of two words or more
        // only, as one lower-case word is most often a word ("apple", "next")
        end = gazetteer.longest(s, k, true);
        fold = true;
        if (end >= 0 && s.tokenEnd(end) - s.keyToken[k] < 2) {
          k++;
          continue;
        }
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
        out.add(new Mention(index, start, tokenEnd, Mention.Source.GAZETTEER, gazetteer.entryAt(s, k, end, fold),
            null, null, false));
      }
      k = end;
    }
  }

  /**
   * Checks the names that the gazetteer and the model found against the words around them, which
   * a list cannot see ({@link NameContext}); one followed by a place is a regional unit ("Ford
   * Australia"). A country or region is dropped whichever layer read it. Headlines in capitals are
   * left alone: every word there is capitalized.
   *
   * @return the candidates that stand, in their order
   */
  private static List<Mention> fitToContext(KeyedSentence s, List<Mention> candidates, List<TaggedName> otherNames) {
    if (s.capitals) {
      return candidates;
    }
    String[] t = s.tokens;
    List<Mention> out = new ArrayList<>(candidates.size());
    for (Mention m : candidates) {
      // a country or region is a place, not an organization, whichever layer read it as one: "the
      // Soviet Union" (an "X Union" form), "Latin America"
      if (m.entry() == null && PlaceNames.isPlace(surface(t, m.start(), m.end()))) {
        continue;
      }
      // "1.8210 DMK": a currency or a unit after its amount, whichever layer read it as a name
      if (m.length() == 1 && m.start() > 0 && NameContext.unitCode(t[m.start()]) && NameContext.number(t[m.start() - 1])) {
        continue;
      }
      // "ASIC chips": the chip type, not the regulator the list gives the acronym; "AMD chips" is the maker's
      if (m.length() == 1 && NameContext.technologyAcronym(t, m.start())
          && (m.entry() == null || m.entry().type() != OrganizationType.COMPANY)) {
        continue;
      }
      // "the Belgian government", "the U.S. Government": a country acting as a state, as the country's name would be
      if (m.length() > 1 && OrganizationWords.lower(t[m.end() - 1]).startsWith("government")
          && OrganizationWords.lower(t[m.end() - 1]).length() <= "governments".length()) {
        continue;
      }
      if (m.source() == Mention.Source.PATTERN) {
        out.add(m);
        continue;
      }
      if (m.source() != Mention.Source.MODEL && NameContext.insideOtherName(otherNames, m.start(), m.end())) {
        continue;
      }
      if (m.source() == Mention.Source.MODEL) {
        if (!(m.length() == 1 && PlaceNames.isPlace(t[m.start()]))) {
          out.add(m);
        }
        continue;
      }
      int place = m.entry() != null ? placeAfterOf(t, m) : -1;
      if (place > 0) {
        // "The Times of Zambia" is not the listed "Times": a one-word name with "of" and a place is a name of its own
        out.add(new Mention(m.sentence(), m.start(), place, Mention.Source.PATTERN));
        continue;
      }
      if (m.end() < t.length && PlaceNames.isPlace(t[m.end()]) && OrganizationPatterns.capitalized(t[m.end()])
          && !s.titleCase && NameContext.fitsContext(t, m.start(), m.end(), true, false)) {
        out.add(m.asUnit(m.end() + 1));
      } else if (NameContext.fitsContext(t, m.start(), m.end(), false, s.titleCase)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The token end of "of" and a place after a known name of one word ("Times", "The Times"), as in
   * "The Times of Zambia"; -1 when none follows.
   */
  private static int placeAfterOf(String[] t, Mention m) {
    int words = m.length() - (OrganizationWords.lower(t[m.start()]).equals("the") ? 1 : 0);
    int of = m.end();
    String head = OrganizationPatterns.bare(t[m.end() - 1]);
    // only a name that is an ordinary head word ("Times", "Herald", "Bank"): "Toyota of Japan" is Toyota
    if (words != 1 || !(OrganizationWords.HEADS_AFTER.contains(head) || OrganizationWords.HEADS_OF.contains(head))
        || of + 1 >= t.length || !t[of].equals("of") || !OrganizationPatterns.capitalized(t[of + 1])) {
      return -1;
    }
    if (of + 2 < t.length && OrganizationPatterns.capitalized(t[of + 2]) && PlaceNames.isPlace(t[of + 1] + " " + t[of + 2])) {
      return of + 3;
    }
    return PlaceNames.isPlace(t[of + 1]) ? of + 2 : -1;
  }

  /** Which of two overlapping candidates wins: a known name over the model's, then the longer, then the first. */
  private static final Comparator<Mention> PRECEDENCE =
      Comparator.<Mention>comparingInt(m -> m.source() == Mention.Source.MODEL ? 1 : 0)
          .thenComparing(Comparator.comparingInt(Mention::length).reversed())
          .thenComparingInt(Mention::start);
  private static final Comparator<Mention> BY_START = Comparator.comparingInt(Mention::start);

  /**
   * Keeps non-overlapping candidates: gazetteer and pattern names first, longest first, then the
   * model's names where they do not overlap those. Trims a leading "the" and trailing punctuation.
   */
  private static List<Mention> select(KeyedSentence s, List<Mention> candidates) {
    List<Mention> trimmed = new ArrayList<>(candidates.size());
    for (Mention c : candidates) {
      Mention m = trim(s.tokens, c);
      // a ticker in brackets stands for the name before it and is not a mention itself
      if (m == null || m.start() > 0 && m.end() < s.tokens.length && s.tokens[m.start() - 1].equals("<")
          && s.tokens[m.end()].equals(">") && m.length() == 1 && OrganizationPatterns.tickerShape(s.tokens[m.start()])) {
        continue;
      }
      trimmed.add(m);
    }
    trimmed.sort(PRECEDENCE);
    List<Mention> accepted = new ArrayList<>(trimmed.size());
    for (Mention m : trimmed) {
      boolean free = true;
      for (int j = 0; j < accepted.size(); j++) {
        Mention a = accepted.get(j);
        if (a.overlaps(m)) {
          free = false;
          if (a.start() == m.start() && a.end() == m.end()) {
            // the same name found twice: keep what each layer knows about it
            Mention merged = a.extraAlias() != null || m.extraAlias() == null ? a : a.withExtraAlias(m.extraAlias());
            accepted.set(j, merged.entry() != null ? merged : merged.withEntry(m.entry()));
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

  /** The mention without a leading "the" or punctuation and without trailing punctuation or possessive; null when nothing is left. */
  private static Mention trim(String[] t, Mention m) {
    int start = m.start();
    int end = m.end();
    while (end - start > 1 && (OrganizationWords.lower(t[start]).equals("the") || !hasLetterOrDigit(t[start]))) {
      start++;
    }
    while (end - start > 1 && (!hasLetterOrDigit(t[end - 1]) || isPossessive(t[end - 1]))) {
      end--;
    }
    if (!hasLetterOrDigit(t[start])) {
      return null;
    }
    return m.withSpan(start, end);
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
   *
   * @return the mentions with the acronyms and their long forms, by start
   */
  private static List<Mention> acronyms(KeyedSentence s, int index, List<Mention> mentions) {
    String[] t = s.tokens;
    List<Mention> accepted = null;
    for (int i = 1; i + 2 < t.length; i++) {
      if (!t[i].equals("(") || !t[i + 2].equals(")") || !OrganizationPatterns.acronymShape(t[i + 1])
          || OrganizationWords.NOT_ACRONYMS.contains(t[i + 1].replace(".", ""))) {
        continue;
      }
      if (accepted == null) {
        accepted = new ArrayList<>(mentions);
      }
      String acronym = t[i + 1];
      Mention longForm = null;
      int existing = -1;
      for (int j = 0; j < accepted.size(); j++) {
        Mention m = accepted.get(j);
        if (m.end() == i || m.end() == i - 1 && t[i - 1].equals(",")) {
          longForm = m;
        }
        if (m.start() == i + 1) {
          existing = j;
        }
      }
      if (longForm == null) {
        int start = OrganizationPatterns.runStart(t, i, s.capitals || s.titleCase);
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
      } else if (!OrganizationPatterns.abbreviates(acronym, t, longForm.start(), longForm.end(), true)) {
        longForm = null;
      }
      if (longForm == null) {
        continue;
      }
      if (existing < 0) {
        accepted.add(new Mention(index, i + 1, i + 2, Mention.Source.ACRONYM).abbreviating(longForm));
      } else if (accepted.get(existing).entry() == null || longForm.entry() == null) {
        accepted.set(existing, accepted.get(existing).abbreviating(longForm));
      }
    }
    // "a new Atlantic Dock Workers ADW contract": the acronym right after the name, without parentheses
    if (accepted != null) {
      accepted.sort(BY_START);
    }
    List<Mention> current = accepted == null ? mentions : accepted;
    List<Mention> besideTheirNames = null;
    for (int j = 0; j < current.size(); j++) {
      Mention longForm = current.get(j);
      int i = longForm.end();
      if (longForm.length() < 2 || i >= t.length || s.capitals || !OrganizationPatterns.acronymShape(t[i])
          || j + 1 < current.size() && current.get(j + 1).start() <= i
          || !OrganizationPatterns.abbreviates(t[i], t, longForm.start(), i, false)) {
        continue;
      }
      if (besideTheirNames == null) {
        besideTheirNames = new ArrayList<>(2);
      }
      besideTheirNames.add(new Mention(index, i, i + 1, Mention.Source.ACRONYM).abbreviating(longForm));
    }
    if (besideTheirNames != null) {
      if (accepted == null) {
        accepted = new ArrayList<>(mentions);
      }
      accepted.addAll(besideTheirNames);
    }
    if (accepted == null) {
      return mentions;
    }
    accepted.sort(BY_START);
    return accepted;
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

  static final Set<String> TRAILING_CONNECTORS = Set.of(",", "and", "&", "of", "-");

  private Organization organization(MentionGroup g, Placement at) {
    List<Span> spans = new ArrayList<>(g.mentions().size());
    List<String> aliases = new ArrayList<>();
    String longest = null;
    String[] longestWords = null;
    // the text names an organization as the article writes it; a title (often in capitals or title
    // case) gives the name only of an organization that the text does not name
    for (int pass = 0; pass < 2; pass++) {
      for (Mention m : g.mentions()) {
        boolean inTitle = at.inTitle(m);
        if (inTitle != (pass == 1)) {
          continue;
        }
        List<Token> tokens = at.tokens(m);
        String text = at.source(m);
        int start = tokens.get(m.start()).start();
        int end = tokens.get(m.end() - 1).end();
        spans.add(inTitle ? Span.inTitle(start, end) : new Span(start, end));
        String surface = text.substring(start, end);
        if (!aliases.contains(surface)) {
          aliases.add(surface);
        }
        if (longest == null || !inTitle && surface.length() > longest.length() && m.definedBy() == null) {
          longestWords = new String[m.end() - m.start()];
          for (int i = m.start(); i < m.end(); i++) {
            longestWords[i - m.start()] = tokens.get(i).text();
          }
          // the canonical form drops trailing legal forms: "General Motors Corp" is "General Motors"
          int last = m.end() - 1;
          while (last > m.start() && OrganizationWords.LEGAL_FORMS.contains(OrganizationPatterns.bare(tokens.get(last).text()))
              && !(last - 1 == m.start() && OrganizationWords.GENERIC_FIRST_WORDS.contains(
                  OrganizationWords.lower(tokens.get(m.start()).text())))) {
            // but "General Partners" and "First Bancorp" keep theirs: "General" alone names nothing
            last--;
          }
          while (last > m.start() && TRAILING_CONNECTORS.contains(OrganizationWords.lower(tokens.get(last).text()))) {
            last--;
          }
          longest = text.substring(start, tokens.get(last).end());
        }
      }
    }
    spans.sort(Comparator.comparing((Span sp) -> sp.inText()).thenComparingInt(Span::start));
    String name = g.entry() != null && !FormerNames.calledOtherwise(longest, longestWords, g.entry().name()) ? g.entry().name() : longest;
    OrganizationType type = g.entry() != null ? g.entry().type() : typeOf(longestWords);
    if (g.entry() == null) {
      for (Mention m : g.mentions()) {
        if (m.source() == Mention.Source.RESULTS) {
          type = OrganizationType.SPORTS; // a team of a results line or a standings table
          break;
        }
      }
    }
    aliases.remove(name);
    aliases.add(0, name);
    if (g.entry() != null && !aliases.contains(g.entry().name())) {
      aliases.add(1, g.entry().name());
    }
    for (String extra : g.extraAliases()) {
      if (!aliases.contains(extra)) {
        aliases.add(extra);
      }
    }
    return new Organization(name, type, aliases, spans);
  }
}
