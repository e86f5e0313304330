package dev.newsminer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores an {@link OrganizationFinder} on CoNLL-style gold data: one token a line with its tag in
 * the last column (BIO or IOB1), a blank line between sentences and {@code -DOCSTART-} between
 * documents. The finder reads the given tokens and sentences as they are (no re-tokenization) and
 * sees a whole document at once, so the document level works as on an article.
 *
 * <p>Thread-safe when its finder is; each call reads its own input.
 *
 * <pre>{@code
 * NerEvaluator evaluator = new NerEvaluator(OrganizationFinder.standard());
 * NerScores scores = evaluator.evaluate(Path.of("gold.bio.tsv"), null);
 * System.out.println(scores.perType().get("ORG").f1());
 * }</pre>
 */
public final class NerEvaluator {

  private final OrganizationFinder finder;

  /**
   * An evaluator of {@code finder}.
   *
   * @param finder the recognizer to score. Must not be {@code null}.
   */
  public NerEvaluator(OrganizationFinder finder) {
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  /**
   * Scores the finder on a gold file.
   *
   * @param gold the CoNLL file, UTF-8. Must not be {@code null}.
   * @param out  where to write {@code token GOLD PRED} lines (sentences apart by blank lines,
   *             documents by {@code -DOCSTART- O O}), or {@code null} for nowhere
   * @throws IOException when the file cannot be read, a line has no tag, or writing fails; the
   *     message names the file and line
   */
  public NerScores evaluate(Path gold, Writer out) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      return evaluate(reader, gold.toString(), out);
    }
  }

  /**
   * Scores the finder on gold data read from {@code reader}.
   *
   * @param source the name of the input, for error messages
   * @see #evaluate(Path, Writer)
   */
  public NerScores evaluate(BufferedReader reader, String source, Writer out) throws IOException {
    Counts counts = new Counts();
    List<String[]> tokens = new ArrayList<>();
    List<String[]> tags = new ArrayList<>();
    List<String> sentenceTokens = new ArrayList<>();
    List<String> sentenceTags = new ArrayList<>();
    String line;
    int number = 0;
    boolean started = false;
    while ((line = reader.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
        endSentence(sentenceTokens, sentenceTags, tokens, tags);
        if (trimmed.startsWith("-DOCSTART-")) {
          if (started || !tokens.isEmpty()) {
            document(tokens, tags, counts, out);
          }
          started = true;
        }
        continue;
      }
      String[] cols = trimmed.split("\\s+");
      if (cols.length < 2) {
        throw new IOException(source + ":" + number + ": expected 'token ... TAG'; got '" + line + "'");
      }
      sentenceTokens.add(cols[0]);
      sentenceTags.add(cols[cols.length - 1]);
    }
    endSentence(sentenceTokens, sentenceTags, tokens, tags);
    if (!tokens.isEmpty()) {
      document(tokens, tags, counts, out);
    }
    if (out != null) {
      out.flush();
    }
    return counts.scores();
  }

  private static void endSentence(List<String> sentenceTokens, List<String> sentenceTags,
      List<String[]> tokens, List<String[]> tags) {
    if (!sentenceTokens.isEmpty()) {
      tokens.add(sentenceTokens.toArray(new String[0]));
      tags.add(sentenceTags.toArray(new String[0]));
      sentenceTokens.clear();
      sentenceTags.clear();
    }
  }

  private void document(List<String[]> tokens, List<String[]> tags, Counts counts, Writer out) throws IOException {
    String[][] sentences = tokens.toArray(new String[0][]);
    String[][] predicted = new String[sentences.length][];
    for (int i = 0; i < sentences.length; i++) {
      predicted[i] = new String[sentences[i].length];
      java.util.Arrays.fill(predicted[i], "O");
    }
    for (MentionGroup g : finder.recognize(sentences)) {
      for (Mention m : g.mentions()) {
        predicted[m.sentence()][m.start()] = "B-ORG";
        for (int j = m.start() + 1; j < m.end(); j++) {
          predicted[m.sentence()][j] = "I-ORG";
        }
      }
    }
    counts.documents++;
    if (out != null) {
      out.write("-DOCSTART- O O\n\n");
    }
    for (int i = 0; i < sentences.length; i++) {
      counts.add(spans(tags.get(i)), spans(predicted[i]));
      counts.sentences++;
      counts.tokens += sentences[i].length;
      if (out != null) {
        for (int j = 0; j < sentences[i].length; j++) {
          out.write(sentences[i][j] + " " + tags.get(i)[j] + " " + predicted[i][j] + "\n");
        }
        out.write('\n');
      }
    }
    tokens.clear();
    tags.clear();
  }

  /** A name as first token, end token (exclusive) and type. */
  private record TaggedSpan(int start, int end, String type) {}

  /**
   * The names that a sentence's tags mark. An I- tag after O or after another type starts a name
   * (IOB1); a bare tag without prefix is read as I-.
   */
  static Set<TaggedSpan> spans(String[] tags) {
    Set<TaggedSpan> out = new HashSet<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.length; i++) {
      String tag = i < tags.length ? tags[i] : "O";
      char prefix;
      String t;
      if (tag.equals("O")) {
        prefix = 'O';
        t = null;
      } else if (tag.length() > 2 && tag.charAt(1) == '-' && "BIES".indexOf(tag.charAt(0)) >= 0) {
        prefix = tag.charAt(0);
        t = tag.substring(2);
      } else {
        prefix = 'I';
        t = tag;
      }
      if (type != null && (prefix == 'O' || prefix == 'B' || prefix == 'S' || !t.equals(type))) {
        out.add(new TaggedSpan(start, i, type));
        type = null;
      }
      if (prefix != 'O' && type == null) {
        start = i;
        type = t;
      }
      if ((prefix == 'E' || prefix == 'S') && type != null) {
        out.add(new TaggedSpan(start, i + 1, type));
        type = null;
      }
    }
    return out;
  }

  private static final class Counts {
    int documents;
    int sentences;
    int tokens;
    final TreeMap<String, int[]> byType = new TreeMap<>();

    void add(Set<TaggedSpan> gold, Set<TaggedSpan> predicted) {
      for (TaggedSpan s : gold) {
        byType.computeIfAbsent(s.type(), k -> new int[3])[1]++;
        if (predicted.contains(s)) {
          byType.get(s.type())[0]++;
        }
      }
      for (TaggedSpan s : predicted) {
        byType.computeIfAbsent(s.type(), k -> new int[3])[2]++;
      }
    }

    NerScores scores() {
      TreeMap<String, NerScores.TypeScore> per = new TreeMap<>();
      byType.forEach((type, c) -> per.put(type, new NerScores.TypeScore(c[0], c[1], c[2])));
      return new NerScores(documents, sentences, tokens, per);
    }
  }
}
