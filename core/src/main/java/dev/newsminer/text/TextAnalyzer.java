package dev.newsminer.text;

import dev.newsminer.internal.TextTable;
import java.util.ArrayList;
import java.util.List;
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
   * Analyzes {@code text}.
   *
   * @param text the article text. Must not be {@code null}.
   * @return the sentences in text order, each with its tagged tokens; offsets refer to {@code text}
   * @throws NullPointerException when {@code text} is null
   */
  public List<Sentence> analyze(String text) {
    Tools t = tools.get();
    String normalized = TextNormalizer.normalize(text);
    List<Sentence> result = new ArrayList<>();
    int blockStart = 0;
    while (blockStart < normalized.length()) {
      int blockEnd = blockEnd(normalized, blockStart);
      if (!isBlank(normalized, blockStart, blockEnd)) {
        // The detector reads the block through a window on the text rather than a copy of it.
        Span[] spans = t.sentences.sentPosDetect(t.block.set(normalized, blockStart, blockEnd));
        int k = 0;
        while (k < spans.length) {
          int start = blockStart + spans[k].getStart();
          int end = blockStart + spans[k].getEnd();
          while (k + 1 < spans.length && continues(normalized, end, blockStart + spans[k + 1].getStart())) {
            end = blockStart + spans[++k].getEnd();
          }
          addSentence(t, text, normalized, start, end, result);
          k++;
        }
      }
      blockStart = blockEnd;
    }
    t.block.set("", 0, 0);
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
  private static final java.util.Set<String> PLACE_INITIALS = java.util.Set.of("U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.",
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

  private static void addSentence(Tools t, String text, String normalized, int base, int end,
      List<Sentence> result) {
    t.offsets.clear();
    t.tokens.tokenize(normalized, base, end, t.offsets);
    t.split.clear();
    splitAngleBrackets(normalized, t.offsets, t.split);
    t.offsets.clear();
    splitPossessives(normalized, t.split, t.offsets);
    TokenOffsets spans = t.offsets;
    int n = spans.size();
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
      words[i] = t.word(normalized, spans.start(i), spans.end(i));
    }
    t.pos.tag(words, n, tags);
    Token[] tokens = new Token[n];
    for (int i = 0; i < n; i++) {
      int tokenStart = spans.start(i);
      int tokenEnd = spans.end(i);
      // Normalizing rarely changes a char: then the word the tagger read is the token's text too.
      String tokenText = normalized == text ? words[i] : t.word(text, tokenStart, tokenEnd);
      tokens[i] = new Token(tokenText, tokenStart, tokenEnd, tags[i]);
    }
    result.add(new Sentence(base, end, new TokenList(tokens)));
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
