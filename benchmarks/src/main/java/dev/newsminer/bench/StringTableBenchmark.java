package dev.newsminer.bench;

import dev.newsminer.Sentence;
import dev.newsminer.Token;
import dev.newsminer.entity.NameDecoderTables;
import dev.newsminer.internal.LowerCase;
import dev.newsminer.internal.TextTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.CharArrayMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Do the hand-written string tables earn their place (issue 14, item 9)? Each one against Lucene's
 * {@code CharArrayMap} and, as the plain choice, a {@code HashMap} of strings ({@code -p
 * table=newsminer,lucene,hashmap}), doing the work its stage does over the tokens of a fixed-seed
 * sample of articles. One operation is one pass over the sample.
 *
 * <ul>
 *   <li>{@code predicates}: the name decoder's two bigram features of every token ({@code
 *       pw,w=a,b} and {@code w,nw=a,b}, hits and misses), built in one reused builder and looked up
 *       among the bundled model's predicates: {@code PredicateTable.get(StringBuilder)}, {@code
 *       CharArrayMap.get(CharSequence)}, {@code HashMap.get(builder.toString())};</li>
 *   <li>{@code outcomes}: each token's last outcome in its article read and set, the memory cleared
 *       after each article: {@code WordOutcomes}, {@code CharArrayMap}, {@code HashMap};</li>
 *   <li>{@code chunks}: each whitespace-separated chunk of an article's text looked up by its range
 *       and added when new, at most 50,000 kept, as the tokenizer's memory does: {@code TextTable},
 *       {@code CharArrayMap} over the article's chars, {@code HashMap} of substrings;</li>
 *   <li>{@code lower}: every token in lower case: {@code LowerCase.of}, a {@code CharArrayMap} of
 *       lower forms, {@code String.toLowerCase} each time (the {@code hashmap} row).</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class StringTableBenchmark {

  private static final int MAX_CHUNKS = 50_000;
  private static final int[] WHOLE = new int[0];

  /** The sample's texts and tokens, and the predicate table of the chosen kind. */
  @State(Scope.Benchmark)
  public static class Input {
    /** How many articles the fixed-seed sample holds. */
    @Param("300")
    public int articles;

    /** Which tables: {@code newsminer}, {@code lucene} or {@code hashmap}. */
    @Param("newsminer")
    public String table;

    String[] texts;
    /** The tokens of each article, sentences one after the other. */
    String[][] tokens;
    ToIntFunction<StringBuilder> predicates;

    @Setup
    public void load() throws IOException {
      AnalyzedSample sample = AnalyzedSample.of(articles);
      texts = new String[sample.size()];
      tokens = new String[sample.size()][];
      for (int a = 0; a < sample.size(); a++) {
        texts[a] = sample.articles.get(a).text();
        List<String> words = new ArrayList<>();
        for (Sentence sentence : sample.sentences.get(a)) {
          for (Token token : sentence.tokens()) {
            words.add(token.text());
          }
        }
        tokens[a] = words.toArray(String[]::new);
      }
      String[] keys = NameDecoderTables.bundledPredicates();
      switch (table) {
        case "newsminer" -> predicates = NameDecoderTables.predicateTable(keys);
        case "lucene" -> {
          CharArrayMap<Integer> map = new CharArrayMap<>(keys.length, false);
          for (int p = 0; p < keys.length; p++) {
            if (!keys[p].isEmpty()) {
              map.put(keys[p], p);
            }
          }
          predicates = b -> {
            Integer p = map.get(b);
            return p == null ? -1 : p;
          };
        }
        case "hashmap" -> {
          Map<String, Integer> map = new HashMap<>(keys.length * 2);
          for (int p = 0; p < keys.length; p++) {
            if (!keys[p].isEmpty()) {
              map.put(keys[p], p);
            }
          }
          predicates = b -> map.getOrDefault(b.toString(), -1);
        }
        default -> throw new IllegalArgumentException("table must be newsminer, lucene or hashmap; got " + table);
      }
    }
  }

  /** Each thread's memories, of the chosen kind. */
  @State(Scope.Thread)
  public static class Memory {
    final StringBuilder buffer = new StringBuilder(64);
    NameDecoderTables.Outcomes outcomes;
    CharArrayMap<Integer> luceneOutcomes;
    Map<String, Integer> hashOutcomes;
    TextTable<int[]> chunks;
    CharArrayMap<int[]> luceneChunks;
    Map<String, int[]> hashChunks;
    CharArrayMap<String> luceneLower;

    @Setup
    public void create(Input input) {
      switch (input.table) {
        case "newsminer" -> {
          outcomes = NameDecoderTables.wordOutcomes();
          chunks = new TextTable<>(MAX_CHUNKS);
        }
        case "lucene" -> {
          luceneOutcomes = new CharArrayMap<>(1024, false);
          luceneChunks = new CharArrayMap<>(MAX_CHUNKS, false);
          luceneLower = new CharArrayMap<>(1 << 14, false);
        }
        default -> {
          hashOutcomes = new HashMap<>();
          hashChunks = new HashMap<>();
        }
      }
    }
  }

  @Benchmark
  public long predicates(Input input, Memory memory) {
    StringBuilder b = memory.buffer;
    long found = 0;
    for (String[] words : input.tokens) {
      for (int i = 1; i < words.length; i++) {
        b.setLength(0);
        b.append("pw,w=").append(words[i - 1]).append(',').append(words[i]);
        found += input.predicates.applyAsInt(b);
        b.setLength(0);
        b.append("w,nw=").append(words[i - 1]).append(',').append(words[i]);
        found += input.predicates.applyAsInt(b);
      }
    }
    return found;
  }

  @Benchmark
  public long outcomes(Input input, Memory memory) {
    long seen = 0;
    for (String[] words : input.tokens) {
      for (int i = 0; i < words.length; i++) {
        String w = words[i];
        int outcome = i % 9;
        switch (input.table) {
          case "newsminer" -> {
            seen += memory.outcomes.get(w);
            memory.outcomes.put(w, outcome);
          }
          case "lucene" -> {
            Integer o = memory.luceneOutcomes.get(w);
            seen += o == null ? -1 : o;
            memory.luceneOutcomes.put(w, outcome);
          }
          default -> {
            seen += memory.hashOutcomes.getOrDefault(w, -1);
            memory.hashOutcomes.put(w, outcome);
          }
        }
      }
      switch (input.table) {
        case "newsminer" -> memory.outcomes.clear();
        case "lucene" -> memory.luceneOutcomes.clear();
        default -> memory.hashOutcomes.clear();
      }
    }
    return seen;
  }

  @Benchmark
  public long chunks(Input input, Memory memory) {
    long known = 0;
    for (String text : input.texts) {
      char[] chars = input.table.equals("lucene") ? text.toCharArray() : null;
      int i = 0;
      int n = text.length();
      while (i < n) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i - start < 2) {
          continue;
        }
        switch (input.table) {
          case "newsminer" -> {
            if (memory.chunks.get(text, start, i) != null) {
              known++;
            } else {
              memory.chunks.put(text.substring(start, i), WHOLE);
            }
          }
          case "lucene" -> {
            if (memory.luceneChunks.get(chars, start, i - start) != null) {
              known++;
            } else {
              if (memory.luceneChunks.size() >= MAX_CHUNKS) {
                memory.luceneChunks.clear();
              }
              memory.luceneChunks.put(Arrays.copyOfRange(chars, start, i), WHOLE);
            }
          }
          default -> {
            String chunk = text.substring(start, i);
            if (memory.hashChunks.get(chunk) != null) {
              known++;
            } else {
              if (memory.hashChunks.size() >= MAX_CHUNKS) {
                memory.hashChunks.clear();
              }
              memory.hashChunks.put(chunk, WHOLE);
            }
          }
        }
      }
    }
    return known;
  }

  @Benchmark
  public long lower(Input input, Memory memory) {
    long length = 0;
    for (String[] words : input.tokens) {
      for (String w : words) {
        String lower;
        switch (input.table) {
          case "newsminer" -> lower = LowerCase.of(w);
          case "lucene" -> {
            lower = memory.luceneLower.get(w);
            if (lower == null) {
              if (memory.luceneLower.size() >= 1 << 14) {
                memory.luceneLower.clear();
              }
              lower = w.toLowerCase(Locale.ROOT);
              memory.luceneLower.put(w, lower);
            }
          }
          default -> lower = w.toLowerCase(Locale.ROOT);
        }
        length += lower.length();
      }
    }
    return length;
  }
}
