package dev.newsminer.entity;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.ToIntFunction;

/**
 * Expert, for the benchmarks only: the name decoder's hand-written string tables, so that
 * {@code StringTableBenchmark} can measure them beside Lucene's {@code CharArrayMap}.
 *
 * <p>It lives in core's entity package, which the module does not export, so that the tables stay
 * package-private; {@code GreedyPosTaggers} does the same for the text package.
 */
public final class NameDecoderTables {

  private NameDecoderTables() {}

  /** What the decoder asks of its memory of the outcomes of a document's words. */
  public interface Outcomes {
    /** The outcome last put for {@code word}, -1 when there is none. */
    int get(String word);

    /** Sets the outcome of {@code word}. */
    void put(String word, int outcome);

    /** Forgets every word. */
    void clear();
  }

  /** The bundled name model's predicate strings, in number order (empty for an unreachable one). */
  public static String[] bundledPredicates() throws IOException {
    try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.BUNDLED_COMPACT_MODEL)) {
      if (in == null) {
        throw new IOException("no compact name model on the classpath: build core first");
      }
      return CompactNameModel.read(in).keys;
    }
  }

  /** The decoder's predicate table over {@code keys}: a feature in a builder to its number, or -1. */
  public static ToIntFunction<StringBuilder> predicateTable(String[] keys) {
    GreedyNameFinder.PredicateTable table = new GreedyNameFinder.PredicateTable(keys);
    return table::get;
  }

  /** A new memory of word outcomes as the decoder keeps it ({@code WordOutcomes}). */
  public static Outcomes wordOutcomes() {
    WordOutcomes outcomes = new WordOutcomes();
    return new Outcomes() {
      @Override
      public int get(String word) {
        return outcomes.get(word);
      }

      @Override
      public void put(String word, int outcome) {
        outcomes.put(word, outcome);
      }

      @Override
      public void clear() {
        outcomes.clear();
      }
    };
  }
}
