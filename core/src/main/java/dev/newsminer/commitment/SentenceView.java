package dev.newsminer.commitment;

import dev.newsminer.Evidence;
import dev.newsminer.Sentence;
import dev.newsminer.Token;
import dev.newsminer.commitment.OrgMentions.Mention;
import dev.newsminer.internal.LowerCase;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One sentence as the commitment steps read it: its tokens, their lower-case forms and lemmas, the
 * organization mentioned at each token, and (found on first use) its amounts of money and
 * timeframes; with the questions about clauses that several steps ask.
 *
 * <p>Not thread-safe: the arrays are the reading thread's own and are reused for its next sentence,
 * so a view is only valid until that thread makes its next one.
 */
final class SentenceView {

  /**
   * Each thread's arrays for the sentence being read, grown as needed and reused for every sentence
   * rather than made anew. Only the first {@code n} entries of a sentence of {@code n} tokens mean anything.
   */
  private static final class Scratch {
    String[] lower = new String[64];
    String[] lemma = new String[64];
    int[] orgAt = new int[64];

    Scratch fit(int n) {
      if (lower.length < n) {
        lower = new String[2 * n];
        lemma = new String[2 * n];
        orgAt = new int[2 * n];
      }
      return this;
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  final String text;
  final Sentence sentence;
  final List<Token> tokens;
  final int n;
  /** The tokens in lower case, with typographic apostrophes made plain. */
  final String[] lower;
  final String[] lemma;
  /** The organizations mentioned in the sentence, in order. */
  final List<Mention> ms;
  /** The index into {@link #ms} of the mention at each token, or -1. */
  final int[] orgAt;
  /** The article's date, or null: timeframes before it are past. */
  final LocalDate published;
  /** Whether a reporting verb ("said", "announced") occurs in the sentence. */
  final boolean reported;
  private List<Lexeme> lexemes;
  private List<MoneyParser.Money> money;
  private List<TimeframeParser.Found> timeframes;

  SentenceView(String text, Sentence sentence, List<Mention> ms, LocalDate published) {
    this.text = text;
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.n = tokens.size();
    Scratch scratch = SCRATCH.get().fit(n);
    this.lower = scratch.lower;
    this.lemma = scratch.lemma;
    boolean anyReporting = false;
    for (int t = 0; t < n; t++) {
      lower[t] = LowerCase.of(tokens.get(t).text()).replace('\u2019', '\'');
      lemma[t] = Lexicon.lemma(lower[t]);
      anyReporting |= Lexicon.REPORTING.contains(lower[t]);
    }
    this.reported = anyReporting;
    this.ms = ms;
    this.orgAt = scratch.orgAt;
    Arrays.fill(orgAt, 0, n, -1);
    for (int k = 0; k < ms.size(); k++) {
      for (int t = ms.get(k).first(); t < ms.get(k).end() && t < n; t++) {
        orgAt[t] = k;
      }
    }
    this.published = published;
  }

  /** The part-of-speech tag of token {@code k}. */
  String tag(int k) {
    return tokens.get(k).tag();
  }

  /** The sentence as evidence. */
  Evidence evidence() {
    return new Evidence(text.substring(sentence.start(), sentence.end()), sentence.start(), sentence.end());
  }

  /** The sentence's lexemes, made on first use and shared by its money and its timeframes. */
  List<Lexeme> lexemes() {
    if (lexemes == null) {
      lexemes = Lexeme.lex(text, sentence.start(), sentence.end());
    }
    return lexemes;
  }

  /** The sentence's amounts of money, found on first use. */
  List<MoneyParser.Money> money() {
    if (money == null) {
      money = MoneyParser.find(text, lexemes());
    }
    return money;
  }

  /** The sentence's timeframes, found on first use: every trigger of the sentence asks for them. */
  List<TimeframeParser.Found> timeframes() {
    if (timeframes == null) {
      timeframes = TimeframeParser.find(text, lexemes(), published);
    }
    return timeframes;
  }

  /**
   * Whether the word after "to" is a verb: the tagger says so, or it is a lower-case word the
   * tagger mislabelled in that position ("aims to promote" comes out as ADP + ADJ).
   */
  boolean actionAfterTo(int v) {
    String tag = tokens.get(v).tag();
    if (tag.equals("VERB") || tag.equals("AUX") && (lower[v].equals("be") || lower[v].equals("become"))) {
      return true;
    }
    // "agreement to acquire/PROPN smaller rival ...": a lower-case word is no proper name, whatever the tag
    return (tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("ADV") || tag.equals("PROPN"))
        && Character.isLowerCase(tokens.get(v).text().charAt(0))
        && v + 1 < n && (tokens.get(v + 1).tag().equals("DET") || tokens.get(v + 1).tag().equals("ADJ")
        || tokens.get(v + 1).tag().equals("NOUN") || tokens.get(v + 1).tag().equals("PRON")
        || tokens.get(v + 1).tag().equals("PROPN") || tokens.get(v + 1).tag().equals("NUM"))
        && !lower[v].endsWith("s") && !lower[v].endsWith("ing");
  }

  /** Whether the modal at {@code t} opens a relative clause on a noun: "the debt that Chrysler will assume". */
  boolean relativeClause(int t) {
    int k = t - 1;
    while (k >= 0 && tokens.get(k).tag().equals("ADV")) {
      k--;
    }
    if (k >= 0 && orgAt[k] >= 0) {
      k = ms.get(orgAt[k]).first() - 1;
    } else if (k >= 1 && (lower[k].equals("it") || lower[k].equals("they"))) {
      k--; // "the dealerships that it intends to shut"
    }
    // ", which would give the Italian company a stake": what a deal would do, not an undertaking
    return k >= 1 && (lower[k].equals("that") || lower[k].equals("which"))
        && (tokens.get(k - 1).tag().equals("NOUN") || tokens.get(k - 1).tag().equals("NUM")
        || lower[k].equals("which") && lower[k - 1].equals(",") && k == t - 1
        && (lower[t].equals("would") || lower[t].equals("will")));
  }

  boolean orgWithin(int from, int window) {
    for (int k = from; k < n && k < from + window; k++) {
      if (orgAt[k] >= 0) {
        return true;
      }
    }
    return false;
  }

  boolean moneyStartsNear(int fromToken, int window) {
    if (fromToken >= n) {
      return false;
    }
    int from = tokens.get(fromToken).start();
    int to = tokens.get(Math.min(n - 1, fromToken + window)).end();
    List<MoneyParser.Money> found = MoneyParser.find(text, from, to);
    return !found.isEmpty() && found.get(0).start() < tokens.get(Math.min(n - 1, fromToken + 2)).end();
  }

  /** Where the clause holding token {@code at} starts: after a reporting verb, a semicolon or a colon. */
  int clauseStart(int at) {
    for (int k = at - 1; k >= 0; k--) {
      if (lower[k].equals(";") || lower[k].equals(":")) {
        return k + 1;
      }
      if (Lexicon.REPORTING.contains(lower[k]) && tokens.get(k).tag().equals("VERB")) {
        int s = k + 1;
        if (s < n && lower[s].equals("that")) {
          s++;
        } else if (Lexicon.TELLING.contains(lower[k])) {
          // "told his EC colleagues on Monday that Britain wants": the report starts after "that"
          for (int j = s; j < at && j < s + 10; j++) {
            if (lower[j].equals("that")) {
              return j + 1;
            }
          }
        }
        return s;
      }
    }
    return 0;
  }

  /** The index of the reporting verb before {@code at} ("X said it will"), or -1. */
  int reportingBefore(int at) {
    for (int k = at - 1; k >= 0; k--) {
      if (Lexicon.REPORTING.contains(lower[k]) && tokens.get(k).tag().equals("VERB")) {
        return k;
      }
    }
    return -1;
  }

  /** Where a dateline that opens the sentence ends ("VEVEY, Switzerland, June 9 - Nestle SA said"), else 0. */
  int datelineEnd() {
    String first = tokens.get(0).text();
    if (n < 4 || first.length() < 2 || !first.equals(first.toUpperCase(Locale.ROOT)) || !lower[1].equals(",")) {
      return 0;
    }
    for (int k = 2; k < n && k < 10; k++) {
      if ((lower[k].equals("-") || lower[k].equals("--") || lower[k].equals("\u2014"))
          && tokens.get(k - 1).tag().equals("NUM")) {
        return k + 1;
      }
    }
    return 0;
  }

  boolean contentBefore(int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = tokens.get(k).tag();
      if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("VERB")) {
        return true;
      }
    }
    return false;
  }

  boolean coordinated(int from, int to) {
    for (int k = to - 1; k >= from && k >= to - 12; k--) {
      if (lower[k].equals("and") || lower[k].equals("but")) {
        return true;
      }
    }
    return false;
  }

  String span(int from, int to) {
    while (from < to && (tokens.get(from).tag().equals("PUNCT") || lower[from].equals("including")
        || lower[from].equals("to") || lower[from].equals("of"))) {
      from++;
    }
    while (to > from && (tokens.get(to - 1).tag().equals("PUNCT") || lower[to - 1].equals("and")
        || tokens.get(to - 1).tag().equals("ADP") || tokens.get(to - 1).tag().equals("DET")
        || tokens.get(to - 1).tag().equals("CCONJ"))) {
      to--;
    }
    if (from >= to || from >= n) {
      return null;
    }
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
