package dev.newsminer.cli.training;

import dev.newsminer.Organization;
import dev.newsminer.Sentence;
import dev.newsminer.Span;
import dev.newsminer.Token;
import dev.newsminer.entity.Gazetteer;
import dev.newsminer.entity.GazetteerMatch;
import dev.newsminer.entity.NameTagger;
import dev.newsminer.entity.OrganizationFinder;
import dev.newsminer.entity.TaggedName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores an organization recognizer on CoNLL-style gold data: one token a line with its tag in the
 * last column (BIO or IOB1), a blank line between sentences and {@code -DOCSTART-} between
 * documents. The recognizer reads the given tokens and sentences as they are (no re-tokenization)
 * and sees a whole document at once, so the document level works as on an article.
 *
 * <p>Two recognizers can be scored: the whole organization stage ({@link #of(OrganizationFinder)}),
 * and the name model alone ({@link #modelAlone(NameTagger)}): every ORG name the model tags, with
 * its own features (its gazetteer feature included), and no rule of the stage deciding which count.
 * With {@link #withUnlisted(Gazetteer)} the scores also give the recall on the gold organization
 * names that the gazetteer does not list, which is what the model and the rules must carry alone.
 *
 * <p>Thread-safe when its finder is; each call reads its own input.
 *
 * <pre>{@code
 * NerEvaluator evaluator = NerEvaluator.of(OrganizationFinder.standard()).withUnlisted(Gazetteer.bundled());
 * NerScores scores = evaluator.evaluate(Path.of("gold.bio.tsv"), null);
 * System.out.println(scores.perType().get("ORG").f1() + " " + scores.unlisted().recall());
 * }</pre>
 */
public final class NerEvaluator {

  /** Tags the ORG names of one document, one tag array per sentence. */
  private interface Recognizer {
    String[][] tag(String[][] sentences);
  }

  private final Recognizer recognizer;
  private final Gazetteer unlistedAgainst;

  private NerEvaluator(Recognizer recognizer, Gazetteer unlistedAgainst) {
    this.recognizer = recognizer;
    this.unlistedAgainst = unlistedAgainst;
  }

  /**
   * An evaluator of the organization stage.
   *
   * @param finder the recognizer to score. Must not be {@code null}.
   */
  public static NerEvaluator of(OrganizationFinder finder) {
    Objects.requireNonNull(finder, "finder");
    return new NerEvaluator(sentences -> stageTags(finder, sentences), null);
  }

  /**
   * An evaluator of the name model alone: its ORG names as it tags them, document by document.
   *
   * @param tagger the model. Must not be {@code null}.
   */
  public static NerEvaluator modelAlone(NameTagger tagger) {
    Objects.requireNonNull(tagger, "tagger");
    return new NerEvaluator(sentences -> modelTags(tagger, sentences), null);
  }

  /**
   * This evaluator, also counting the recall on gold ORG names that {@code gazetteer} does not list:
   * names whose tokens are not, as a whole, a name or alias of the gazetteer.
   */
  public NerEvaluator withUnlisted(Gazetteer gazetteer) {
    return new NerEvaluator(recognizer, Objects.requireNonNull(gazetteer, "gazetteer"));
  }

  /**
   * Scores the recognizer on a gold file.
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
   * Scores the recognizer on gold data read from {@code reader}.
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
    return counts.scores(unlistedAgainst != null);
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
    String[][] predicted = recognizer.tag(sentences);
    counts.documents++;
    if (out != null) {
      out.write("-DOCSTART- O O\n\n");
    }
    for (int i = 0; i < sentences.length; i++) {
      Set<TaggedSpan> gold = spans(tags.get(i));
      Set<TaggedSpan> found = spans(predicted[i]);
      counts.add(gold, found);
      if (unlistedAgainst != null) {
        for (TaggedSpan s : gold) {
          if (s.type().equals("ORG") && !listed(unlistedAgainst, sentences[i], s)) {
            counts.unlistedGold++;
            if (found.contains(s)) {
              counts.unlistedFound++;
            }
          }
        }
      }
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

  /** Whether the gazetteer has a name or alias made of exactly the tokens of {@code span}. */
  static boolean listed(Gazetteer gazetteer, String[] sentence, TaggedSpan span) {
    List<String> name = Arrays.asList(sentence).subList(span.start(), span.end());
    Optional<GazetteerMatch> match = gazetteer.longestMatch(name, 0);
    return match.isPresent() && match.get().end() == name.size();
  }

  /**
   * The stage's ORG tags for a document: its tokens joined by spaces, one sentence a line, are the
   * article text, so that the stage runs through its public entry point; each mention's character
   * span maps back to the tokens it covers.
   */
  private static String[][] stageTags(OrganizationFinder finder, String[][] sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> analyzed = new ArrayList<>(sentences.length);
    Map<Integer, int[]> tokenAtStart = new HashMap<>();
    Map<Integer, int[]> tokenAtEnd = new HashMap<>();
    for (int i = 0; i < sentences.length; i++) {
      int sentenceStart = text.length();
      List<Token> sentenceTokens = new ArrayList<>(sentences[i].length);
      for (int j = 0; j < sentences[i].length; j++) {
        if (j > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(sentences[i][j]);
        sentenceTokens.add(new Token(sentences[i][j], start, text.length(), "X"));
        tokenAtStart.put(start, new int[] {i, j});
        tokenAtEnd.put(text.length(), new int[] {i, j});
      }
      analyzed.add(new Sentence(sentenceStart, text.length(), sentenceTokens));
      text.append('\n');
    }
    String[][] predicted = outside(sentences);
    for (Organization organization : finder.find(text.toString(), analyzed)) {
      for (Span span : organization.spans()) {
        int[] first = tokenAtStart.get(span.start());
        int[] last = tokenAtEnd.get(span.end());
        if (first == null || last == null || first[0] != last[0]) {
          throw new IllegalStateException("a mention must cover whole tokens of one sentence; got " + span);
        }
        mark(predicted[first[0]], first[1], last[1] + 1);
      }
    }
    return predicted;
  }

  /** The model's ORG tags for a document, tagged sentence by sentence as the stage tags them. */
  private static String[][] modelTags(NameTagger tagger, String[][] sentences) {
    String[][] predicted = outside(sentences);
    try {
      for (int i = 0; i < sentences.length; i++) {
        for (TaggedName name : tagger.tag(sentences[i])) {
          if (name.type().equals("ORG") || name.type().equals("organization")) {
            mark(predicted[i], name.start(), name.end());
          }
        }
      }
    } finally {
      tagger.endDocument();
    }
    return predicted;
  }

  private static String[][] outside(String[][] sentences) {
    String[][] tags = new String[sentences.length][];
    for (int i = 0; i < sentences.length; i++) {
      tags[i] = new String[sentences[i].length];
      Arrays.fill(tags[i], "O");
    }
    return tags;
  }

  private static void mark(String[] tags, int start, int end) {
    tags[start] = "B-ORG";
    for (int j = start + 1; j < end; j++) {
      tags[j] = "I-ORG";
    }
  }

  /** A name as first token, end token (exclusive) and type. */
  record TaggedSpan(int start, int end, String type) {}

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
    int unlistedGold;
    int unlistedFound;
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

    NerScores scores(boolean withUnlisted) {
      TreeMap<String, NerScores.TypeScore> per = new TreeMap<>();
      byType.forEach((type, c) -> per.put(type, new NerScores.TypeScore(c[0], c[1], c[2])));
      return new NerScores(documents, sentences, tokens, per,
          withUnlisted ? new NerScores.Unlisted(unlistedFound, unlistedGold) : null);
    }
  }
}
