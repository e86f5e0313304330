package dev.newsminer.text;

import dev.newsminer.Sentence;
import dev.newsminer.Token;
import dev.newsminer.internal.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits an article's text into sentences and tokens and tags each token with its part of speech,
 * with OpenNLP's English models.
 *
 * <p>Thread-safe: the models are shared, and each thread gets its own sentence detector,
 * tokenizer and tagger (OpenNLP's {@code *ME} classes and the tagger over the same model are not
 * thread-safe themselves). Build one and share it.
 *
 * <pre>{@code
 * TextAnalyzer analyzer = new TextAnalyzer();
 * for (Sentence s : analyzer.analyze("IBM said on Monday it will invest $1 billion. Shares rose.")) {
 *   System.out.println(s.tokens());
 * }
 * }</pre>
 */
public final class TextAnalyzer {

  private static final class Tools {
    final SentenceDetectorME sentences = RememberingSentenceFactory.detector(TextModels.sentences());
    final CachedTokenizer tokens = new CachedTokenizer(new TokenizerME(TextModels.tokens()));
    final GreedyPosTagger pos = new GreedyPosTagger(TextModels.pos());
    final TextWindow block = new TextWindow();
    final TokenOffsets offsets = new TokenOffsets();
    final TokenOffsets split = new TokenOffsets();
    /**
     * One string per distinct token text: news repeats its words, so most tokens share a string
     * made for an earlier one instead of cutting their own from the text.
     */
    final TextTable<String> words = new TextTable<>(MAX_WORDS);
    /** A sentence's token texts and tags, reused from sentence to sentence (only the tokens keep them). */
    String[] sentenceWords = new String[64];
    String[] sentenceTags = new String[64];

    String word(String text, int start, int end) {
      String known = words.get(text, start, end);
      if (known == null) {
        known = text.substring(start, end);
        words.put(known, known);
      }
      return known;
    }
  }

  /** How many distinct token texts each thread keeps (about 4 MB). */
  static final int MAX_WORDS = 50_000;

  private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(Tools::new);

  /**
   * Creates an analyzer; the models load on the first one created in the process.
   *
   * @throws IllegalStateException when a model is not on the classpath
   * @throws java.io.UncheckedIOException when a model cannot be read
   */
  public TextAnalyzer() {
    tools.get();
  }

  /**
   * The longest run of chars without whitespace that goes to the tokenizer and the sentence
   * detector. Both look at the whole run for each position in it, so their time grows with the
   * square of its length (80k letters took 8 s); a longer run (a base64 blob, a line of dashes, a
   * URL of query parameters) is cut into pieces of this length, each one token, and the article
   * gets a note in its errors. No word of a language is this long.
   */
  public static final int MAX_TOKEN_CHARS = 256;

  /**
   * The most tokens of one sentence: a longer one (a table or a list run together without a full
   * stop) is cut into sentences of this many tokens, so that no later stage sees a sentence of
   * unbounded length.
   */
  public static final int MAX_SENTENCE_TOKENS = 400;

  /**
   * Analyzes {@code text}; see {@link #analyze(String, TextBudget, Consumer)}. Runs of more than
   * {@link #MAX_TOKEN_CHARS} chars are cut into pieces without a note.
   *
   * @param text the article text. Must not be {@code null}.
   * @return the sentences in text order, each with its tagged tokens; offsets refer to {@code text}
   * @throws NullPointerException when {@code text} is null
   */
  public List<Sentence> analyze(String text) {
    return analyze(text, TextBudget.UNLIMITED, note -> { });
  }

  /**
   * Analyzes {@code text} within a budget of sentences, tokens and time: when one is spent, the
   * analysis stops at the end of the current block, the sentences so far are returned, and
   * {@code notes} says where and why. Time stays linear in the length of the text: runs of more than
   * {@link #MAX_TOKEN_CHARS} chars without whitespace become pieces of that length (noted once),
   * and sentences of more than {@link #MAX_SENTENCE_TOKENS} tokens are cut (noted once).
   *
   * @param text   the article text. Must not be {@code null}.
   * @param budget what the analysis may spend. Must not be {@code null}.
   * @param notes  receives one line per problem, for the article's errors. Must not be {@code null}.
   * @return the sentences in text order, each with its tagged tokens; offsets refer to {@code text}
   */
  public List<Sentence> analyze(String text, TextBudget budget, Consumer<String> notes) {
    Tools t = tools.get();
    String normalized = TextNormalizer.normalize(text);
    Progress progress = new Progress();
    List<Sentence> result = new ArrayList<>();
    int blockStart = 0;
    try {
      while (blockStart < normalized.length()) {
        if (result.size() >= budget.maxSentences() || progress.tokens >= budget.maxTokens()
            || budget.timeIsUp()) {
          notes.accept(budget.spentReason(result.size(), progress.tokens) + "; the text after char " + blockStart
              + " of " + text.length() + " was not analyzed");
          break;
        }
        int blockEnd = blockEnd(normalized, blockStart);
        if (!isBlank(normalized, blockStart, blockEnd)) {
          analyzeBlock(t, text, normalized, blockStart, blockEnd, result, progress);
        }
        blockStart = blockEnd;
      }
    } finally {
      t.block.set("", 0, 0);
    }
    if (progress.longRuns > 0) {
      notes.accept(progress.longRuns + " run" + (progress.longRuns == 1 ? "" : "s") + " of more than " + MAX_TOKEN_CHARS
          + " chars without a space (the longest " + progress.longestRun + " chars) cut into tokens of "
          + MAX_TOKEN_CHARS + " chars");
    }
    if (progress.longSentences > 0) {
      notes.accept(progress.longSentences + " sentence" + (progress.longSentences == 1 ? "" : "s") + " of more than "
          + MAX_SENTENCE_TOKENS + " tokens cut into sentences of " + MAX_SENTENCE_TOKENS + " tokens");
    }
    return result;
  }

  /**
   * Whether the sentence the detector ended at {@code end} runs on into the one at {@code next}: it
   * ended on a period inside a number ("$1.5 | trillion") or after an abbreviation or a stray period
   * and the next one starts with a lower-case word ("Harbor Foods Inc. | has agreed", "IBM Corp. | and",
   * "34.4. | mln dlrs"). A sentence starts with a capital, a digit after a full stop being rarer than
   * a split amount; "iPhone" (lower, then upper case) may start one.
   */
  static boolean continues(String s, int end, int next) {
    if (end <= 0 || next >= s.length()) {
      return false;
    }
    char last = s.charAt(end - 1);
    char first = s.charAt(next);
    if (Character.isDigit(last)) {
      return true; // the detector's break came from a decimal point, not a full stop
    }
    boolean lowerWord = Character.isLowerCase(first)
        && !(next + 1 < s.length() && Character.isUpperCase(s.charAt(next + 1)));
    return last == '.' && (lowerWord || endsInNameInitials(s, end));
  }

  /** Initials that end sentences often enough to keep the detector's break after them: places. */
  private static final Set<String> PLACE_INITIALS = Set.of("U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.",
      "U.S.A.", "U.S.S.R.", "D.C.", "N.Y.", "L.A.", "S.A.");

  /**
   * Whether the text before {@code end} is initials like "H.K." or "L.F." that begin a name ("H.K.
   * Telephone", "L.F. Rothschild, Unterberg, Towbin") rather than end a sentence: two or more single
   * letters each with its period, after a space or the block's start, and not a place's initials,
   * which do end sentences ("… sold in the U.S. The company …").
   */
  static boolean endsInNameInitials(String s, int end) {
    int i = end;
    int letters = 0;
    while (i >= 2 && s.charAt(i - 1) == '.' && Character.isUpperCase(s.charAt(i - 2))) {
      letters++;
      i -= 2;
    }
    if (letters < 2 || (i > 0 && !Character.isWhitespace(s.charAt(i - 1)))) {
      return false;
    }
    return !PLACE_INITIALS.contains(s.substring(i, end));
  }

  /** What one analysis has done so far, for its budget and its notes. */
  private static final class Progress {
    long tokens;
    int longRuns;
    int longestRun;
    int longSentences;
  }

  /**
   * Analyzes one block: the stretches between runs longer than {@link #MAX_TOKEN_CHARS} go to the
   * sentence detector and the tokenizer; each long run becomes pieces of that length.
   */
  private void analyzeBlock(Tools t, String text, String normalized, int from, int to, List<Sentence> result,
      Progress progress) {
    int segmentStart = from;
    int i = from;
    while (i < to) {
      while (i < to && Character.isWhitespace(normalized.charAt(i))) {
        i++;
      }
      int runStart = i;
      while (i < to && !Character.isWhitespace(normalized.charAt(i))) {
        i++;
      }
      if (i - runStart > MAX_TOKEN_CHARS) {
        detectSentences(t, text, normalized, segmentStart, runStart, result, progress);
        addLongRun(t, text, normalized, runStart, i, result, progress);
        segmentStart = i;
      }
    }
    detectSentences(t, text, normalized, segmentStart, to, result, progress);
  }

  private void detectSentences(Tools t, String text, String normalized, int from, int to, List<Sentence> result,
      Progress progress) {
    if (isBlank(normalized, from, to)) {
      return;
    }
    // The detector reads the block through a window on the text rather than a copy of it.
    Span[] spans = t.sentences.sentPosDetect(t.block.set(normalized, from, to));
    for (int k = 0; k < spans.length; k++) {
      int start = from + spans[k].getStart();
      int end = from + spans[k].getEnd();
      while (k + 1 < spans.length && continues(normalized, end, from + spans[k + 1].getStart())) {
        end = from + spans[++k].getEnd();
      }
      t.offsets.clear();
      t.tokens.tokenize(normalized, start, end, t.offsets);
      t.split.clear();
      splitAngleBrackets(normalized, t.offsets, t.split);
      t.offsets.clear();
      splitPossessives(normalized, t.split, t.offsets);
      addSentences(t, text, normalized, t.offsets, start, end, result, progress);
    }
  }

  /** A run of chars without whitespace longer than {@link #MAX_TOKEN_CHARS}: pieces of that length, untokenized. */
  private static void addLongRun(Tools t, String text, String normalized, int from, int to, List<Sentence> result,
      Progress progress) {
    progress.longRuns++;
    progress.longestRun = Math.max(progress.longestRun, to - from);
    t.offsets.clear();
    for (int start = from; start < to; start += MAX_TOKEN_CHARS) {
      int end = Math.min(to, start + MAX_TOKEN_CHARS);
      // Never end a piece between the two halves of a surrogate pair.
      if (end < to && Character.isHighSurrogate(normalized.charAt(end - 1))) {
        end--;
      }
      t.offsets.add(start, end);
      start = end - MAX_TOKEN_CHARS;
    }
    addSentences(t, text, normalized, t.offsets, from, to, result, progress);
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the block of text that starts at {@code from} ends. A line break ends a block (a paragraph,
   * a headline, a table row) unless the line runs on into the next one: it is long and does not end
   * in sentence punctuation, as in text wrapped at a fixed width. No sentence spans two blocks.
   */
  static int blockEnd(String s, int from) {
    int lineStart = from;
    while (true) {
      int nl = s.indexOf('\n', lineStart);
      if (nl < 0) {
        return s.length();
      }
      int last = nl - 1;
      while (last >= lineStart && s.charAt(last) == ' ') {
        last--;
      }
      boolean blankNext = nl + 1 >= s.length() || s.charAt(nl + 1) == '\n';
      boolean runsOn = last >= lineStart && nl - lineStart >= 50
          && ".!?:;\"')".indexOf(s.charAt(last)) < 0 && !blankNext;
      if (!runsOn) {
        return nl + 1;
      }
      lineStart = nl + 1;
    }
  }

  /**
   * Tags the tokens {@code spans} of the sentence {@code [start, end)} and adds them as sentences of
   * at most {@link #MAX_SENTENCE_TOKENS} tokens; the pieces of a longer one end at their tokens.
   */
  private static void addSentences(Tools t, String text, String normalized, TokenOffsets spans, int start, int end,
      List<Sentence> result, Progress progress) {
    int total = spans.size();
    if (total > MAX_SENTENCE_TOKENS) {
      progress.longSentences++;
    }
    for (int from = 0; from < total; from += MAX_SENTENCE_TOKENS) {
      int to = Math.min(total, from + MAX_SENTENCE_TOKENS);
      addSentence(t, text, normalized, spans, from, to, from == 0 ? start : spans.start(from),
          to == total ? end : spans.end(to - 1), result);
    }
    progress.tokens += total;
  }

  private static void addSentence(Tools t, String text, String normalized, TokenOffsets spans, int first, int last,
      int start, int end, List<Sentence> result) {
    int n = last - first;
    if (n == 0) {
      return;
    }
    if (t.sentenceWords.length < n) {
      t.sentenceWords = new String[2 * n];
      t.sentenceTags = new String[2 * n];
    }
    String[] words = t.sentenceWords;
    String[] tags = t.sentenceTags;
    for (int i = 0; i < n; i++) {
      words[i] = t.word(normalized, spans.start(first + i), spans.end(first + i));
    }
    t.pos.tag(words, n, tags);
    Token[] tokens = new Token[n];
    for (int i = 0; i < n; i++) {
      int tokenStart = spans.start(first + i);
      int tokenEnd = spans.end(first + i);
      // Normalizing rarely changes a char: then the word the tagger read is the token's text too.
      String tokenText = normalized == text ? words[i] : t.word(text, tokenStart, tokenEnd);
      tokens[i] = new Token(tokenText, tokenStart, tokenEnd, tags[i]);
    }
    result.add(new Sentence(start, end, List.of(tokens)));
  }

  /**
   * Splits angle brackets off the words they touch ("{@code <MSFT>}" becomes "{@code <}", "MSFT" and
   * "{@code >}"): Reuters brackets tickers and unlisted companies' names, and the English tokenizer
   * model glues the brackets to the words, which hides a legal form ("{@code Inc>}") or a ticker.
   * Reads the tokens of {@code in} and adds them, split, to {@code out}.
   */
  static void splitAngleBrackets(String text, TokenOffsets in, TokenOffsets out) {
    for (int i = 0; i < in.size(); i++) {
      int start = in.start(i);
      int end = in.end(i);
      int length = end - start;
      boolean open = length > 1 && text.charAt(start) == '<';
      boolean close = length > 1 && text.charAt(end - 1) == '>' && !(open && length == 2);
      if (!open && !close) {
        out.add(start, end);
        continue;
      }
      int wordStart = open ? start + 1 : start;
      int wordEnd = close ? end - 1 : end;
      if (open) {
        out.add(start, start + 1);
      }
      if (wordStart < wordEnd) {
        out.add(wordStart, wordEnd);
      }
      if (close) {
        out.add(end - 1, end);
      }
    }
  }

  /**
   * Splits the possessive {@code 's} off the token before it ("IBM's" becomes "IBM" and "'s"), as
   * news treebanks do; the English tokenizer model keeps them together, which hides the name.
   * Reads the tokens of {@code in} and adds them, split, to {@code out}.
   */
  static void splitPossessives(String text, TokenOffsets in, TokenOffsets out) {
    for (int i = 0; i < in.size(); i++) {
      int start = in.start(i);
      int end = in.end(i);
      boolean possessive = end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
          && text.charAt(end - 2) == '\'' && Character.isLetterOrDigit(text.charAt(end - 3));
      if (possessive) {
        out.add(start, end - 2);
        out.add(end - 2, end);
      } else {
        out.add(start, end);
      }
    }
  }
}
