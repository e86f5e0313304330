package dev.newsminer.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms, positions and offsets of Lucene's {@link EnglishAnalyzer} (default stop words, no stem
 * exclusions), with the filters after the tokenizer run once per distinct word and their result
 * remembered.
 *
 * <p>The possessive, lower-case, stop-word and Porter filters of {@code EnglishAnalyzer} each look
 * at nothing but the word in hand, so a word always comes out as the same term or is always
 * dropped. News text repeats its words, and those four filters were a sixth of the indexing time:
 * here each word seen before costs one lookup. A word seen for the first time goes through the very
 * same Lucene filters. The memory holds up to {@value #MEMORY} words per thread and then stops
 * growing; words not in it are analyzed as they come.
 *
 * <p>Thread-safe like any {@link Analyzer}: each thread gets its own token streams and memory.
 *
 * <pre>{@code
 * IndexWriterConfig config = new IndexWriterConfig(new CachingEnglishAnalyzer());
 * }</pre>
 */
final class CachingEnglishAnalyzer extends Analyzer {

  /** Words remembered per thread: about 5 MB when full, and well above a news archive's common words. */
  static final int MEMORY = 50_000;

  private final int memorySize;

  /** An analyzer that remembers up to {@value #MEMORY} words per thread. */
  CachingEnglishAnalyzer() {
    this(MEMORY);
  }

  /** An analyzer that remembers up to {@code memorySize} words per thread; at least 0. */
  CachingEnglishAnalyzer(int memorySize) {
    if (memorySize < 0) {
      throw new IllegalArgumentException("memorySize must be >= 0; got " + memorySize);
    }
    this.memorySize = memorySize;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new RememberedWords(source, memorySize));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** Replaces each word by its remembered term, or drops it with the position gap a stop filter leaves. */
  private static final class RememberedWords extends TokenFilter {
    /** What a dropped word maps to; compared by identity. */
    private static final char[] DROPPED = new char[0];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final CharArrayMap<char[]> memory = new CharArrayMap<>(1024, false);
    private final OneWord word = new OneWord();
    private final TokenStream filters = new PorterStemFilter(
        new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(word)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    private final CharTermAttribute filtered = filters.getAttribute(CharTermAttribute.class);
    private final int memorySize;
    private int skippedPositions;

    RememberedWords(TokenStream input, int memorySize) {
      super(input);
      this.memorySize = memorySize;
    }

    @Override
    public boolean incrementToken() throws IOException {
      skippedPositions = 0;
      while (input.incrementToken()) {
        char[] result = memory.get(term.buffer(), 0, term.length());
        if (result == null) {
          result = analyze(term.buffer(), term.length());
          if (memory.size() < memorySize) {
            memory.put(Arrays.copyOf(term.buffer(), term.length()), result);
          }
        }
        if (result != DROPPED) {
          term.copyBuffer(result, 0, result.length);
          if (skippedPositions != 0) {
            increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
          }
          return true;
        }
        skippedPositions += increment.getPositionIncrement();
      }
      return false;
    }

    @Override
    public void end() throws IOException {
      super.end();
      increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      skippedPositions = 0;
    }

    /** The word's term after EnglishAnalyzer's own filters, or {@link #DROPPED}. */
    private char[] analyze(char[] buffer, int length) throws IOException {
      word.set(buffer, length);
      filters.reset();
      char[] result = filters.incrementToken()
          ? Arrays.copyOf(filtered.buffer(), filtered.length()) : DROPPED;
      filters.end();
      filters.close();
      return result;
    }
  }

  /** A token stream of one given word. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] buffer = new char[0];
    private int length;
    private boolean done;

    void set(char[] chars, int n) {
      if (buffer.length < n) {
        buffer = new char[n];
      }
      System.arraycopy(chars, 0, buffer, 0, n);
      length = n;
    }

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(buffer, 0, length);
      done = true;
      return true;
    }

    @Override
    public void reset() {
      done = false;
    }
  }
}
