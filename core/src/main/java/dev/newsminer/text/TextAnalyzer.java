package dev.newsminer.text;

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
    final SentenceDetectorME sentences = new SentenceDetectorME(TextModels.sentences());
    final CachedTokenizer tokens = new CachedTokenizer(new TokenizerME(TextModels.tokens()));
    final GreedyPosTagger pos = new GreedyPosTagger(TextModels.pos());
  }

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
      String block = normalized.substring(blockStart, blockEnd);
      if (!block.isBlank()) {
        for (Span span : t.sentences.sentPosDetect(block)) {
          addSentence(t, text, normalized, blockStart + span.getStart(), blockStart + span.getEnd(), result);
        }
      }
      blockStart = blockEnd;
    }
    return result;
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
    String sentenceText = normalized.substring(base, end);
    Span[] tokenSpans = splitPossessives(sentenceText, splitAngleBrackets(sentenceText, t.tokens.tokenizePos(sentenceText)));
    if (tokenSpans.length == 0) {
      return;
    }
    String[] words = new String[tokenSpans.length];
    for (int i = 0; i < tokenSpans.length; i++) {
      words[i] = sentenceText.substring(tokenSpans[i].getStart(), tokenSpans[i].getEnd());
    }
    String[] tags = t.pos.tag(words);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      int tokenStart = base + tokenSpans[i].getStart();
      int tokenEnd = base + tokenSpans[i].getEnd();
      tokens.add(new Token(text.substring(tokenStart, tokenEnd), tokenStart, tokenEnd, tags[i]));
    }
    result.add(new Sentence(base, end, tokens));
  }

  /**
   * Splits angle brackets off the words they touch ("{@code <MSFT>}" becomes "{@code <}", "MSFT" and
   * "{@code >}"): Reuters brackets tickers and unlisted companies' names, and the English tokenizer
   * model glues the brackets to the words, which hides a legal form ("{@code Inc>}") or a ticker.
   */
  static Span[] splitAngleBrackets(String text, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span span = spans[i];
      int start = span.getStart();
      int end = span.getEnd();
      boolean open = span.length() > 1 && text.charAt(start) == '<';
      boolean close = span.length() > 1 && text.charAt(end - 1) == '>' && !(open && span.length() == 2);
      if ((open || close) && out == null) {
        out = new ArrayList<>(spans.length + 4);
        for (int j = 0; j < i; j++) {
          out.add(spans[j]);
        }
      }
      if (open || close) {
        int wordStart = open ? start + 1 : start;
        int wordEnd = close ? end - 1 : end;
        if (open) {
          out.add(new Span(start, start + 1));
        }
        if (wordStart < wordEnd) {
          out.add(new Span(wordStart, wordEnd));
        }
        if (close) {
          out.add(new Span(end - 1, end));
        }
      } else if (out != null) {
        out.add(span);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /**
   * Splits the possessive {@code 's} off the token before it ("IBM's" becomes "IBM" and "'s"), as
   * news treebanks do; the English tokenizer model keeps them together, which hides the name.
   */
  static Span[] splitPossessives(String text, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span span = spans[i];
      int end = span.getEnd();
      boolean possessive = span.length() > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
          && text.charAt(end - 2) == '\'' && Character.isLetterOrDigit(text.charAt(end - 3));
      if (possessive && out == null) {
        out = new ArrayList<>(spans.length + 4);
        for (int j = 0; j < i; j++) {
          out.add(spans[j]);
        }
      }
      if (possessive) {
        out.add(new Span(span.getStart(), end - 2));
        out.add(new Span(end - 2, end));
      } else if (out != null) {
        out.add(span);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }
}
