package dev.newsminer.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/**
 * The name finder of a model built from {@code ner-features.xml}, decoded as {@code NameFinderME}
 * does with a beam of 1, without building a feature string per token.
 *
 * <p>What depends on one word alone (its window, prefix and suffix features, its shape features as
 * the token and as a neighbour, token class and its previous-outcome pairs) is turned into predicate
 * numbers once per word and cached (up to {@value #MAX_WORDS} words). What depends on neighbours
 * (bigrams, shape pairs) is built into one reused buffer and looked up in a table that takes the
 * buffer, so no string is made.
 * Scores are summed in the order the model's generator lists the features, into a reused array,
 * with the same prior, exponentials and normalization as OpenNLP's maxent model, so probabilities
 * and decisions are the same to the last bit. {@link #matchesModel()} checks the layout against the
 * model's own context generator; a model with other features must be run by {@code NameFinderME}.
 *
 * <p>Not thread-safe: each thread needs its own, as it keeps the document's adaptive data.
 */
final class GreedyNameFinder {

  static final int MAX_WORDS = 50_000;

  /** The score under which BeamSearch drops a sequence (its {@code zeroLog}). */
  private static final double ZERO_LOG = -100000;
  private static final String OTHER = "other";
  private static final byte BIO_START = 1;
  private static final byte BIO_CONTINUE = 2;
  private static final byte BIO_OTHER = 3;
  /** How BioCodec finds the type in an outcome ("organization-start"); used once per model. */
  private static final Pattern TYPED_OUTCOME = Pattern.compile("(.+)-\\w+");

  /** A word's predicate numbers, -1 for a feature the model does not know. */
  private static final class Word {
    final String token;
    final int[] window = new int[5]; // w, p1w, p2w, n1w, n2w
    final int[] affixes;
    final String shape;
    final String tokenClass;
    final boolean wordToken;
    final boolean capitals;
    final int[] pow;
    final int[] powf;
    /**
     * The word's own shape features as a word of a sentence and of a headline in capitals, each as
     * the token ("sh="), as the word before it ("sh-1=") and as the word after ("sh+1=").
     */
    final int[] shapes = new int[6];

    Word(String token, int[] affixes, String shape, String tokenClass, boolean wordToken, boolean capitals,
        int outcomes) {
      this.token = token;
      this.affixes = affixes;
      this.shape = shape;
      this.tokenClass = tokenClass;
      this.wordToken = wordToken;
      this.capitals = capitals;
      this.pow = new int[outcomes];
      this.powf = new int[outcomes];
    }
  }

  private final PredicateTable predicates;
  private final int[] start;
  private final byte[] outcomeOf;
  private final double[] weights;
  private final String[] outcomes;
  private final double[] prior;
  private final boolean[] validFirst;
  private final boolean[][] validAfter;
  private final SequenceCodec<String> codec;
  private final int other;
  private final int sentenceBegin;
  private final int pdNull;
  private final int[] pd;
  private final int[] po;
  private final int[] ppo;
  /** "sh-1=^" and "sh+1=$", the shape features of a sentence's edges, in a sentence and a headline. */
  private final int[] sentenceStartShape;
  private final int[] sentenceEndShape;
  /** For each outcome, the start of its previous-outcome features: "pow=ORG-start," and "powf=ORG-start,". */
  private final String[] previousOutcomeWord;
  private final String[] previousOutcomeClass;
  private final Map<String, Integer> gazetteer = new HashMap<>();
  private final NameListFeatureGenerator names;
  private final TokenFeatureGenerator tokenFeatures = new TokenFeatureGenerator(true);
  private final PrefixFeatureGenerator prefixes = new PrefixFeatureGenerator(3);
  private final SuffixFeatureGenerator suffixes = new SuffixFeatureGenerator(3);
  private final Map<String, Word> words = new HashMap<>();
  private final WordOutcomes previous = new WordOutcomes();
  private final StringBuilder buffer = new StringBuilder(64);
  private final StringBuilder shapeBuffer = new StringBuilder(TokenShapeFeatureGenerator.MAX_SHAPE);
  private final List<String> scratch = new ArrayList<>();
  private final double[] scores;
  private int[] context = new int[64];
  private int contextLength;
  private Word[] sentence = new Word[64];
  private int[] chosen = new int[64];
  private double[] probs = new double[64];
  private boolean headline;
  /** Names found in the sentence being decoded: start, end and the outcome giving the type. */
  private int[] found = new int[48];
  /** Whether the model's codec is OpenNLP's BIO codec, which {@link #decodeBio} decodes. */
  private final boolean bio;
  /** For each outcome: whether it starts, continues or is outside a name, as BioCodec reads it. */
  private final byte[] bioKind;
  /** For each outcome: the type of a name that ends with it, as BioCodec extracts it. */
  private final String[] bioType;

  GreedyNameFinder(TokenNameFinderModel model) {
    this(NameModelParameters.of(model));
  }

  /** A finder over parameters shared with the other threads' finders; cheap to build. */
  GreedyNameFinder(NameModelParameters model) {
    this.predicates = model.predicates;
    this.start = model.start;
    this.outcomeOf = model.outcome;
    this.weights = model.weights;
    this.outcomes = model.outcomes;
    int n = outcomes.length;
    this.scores = new double[n];
    UniformPrior uniform = new UniformPrior();
    uniform.setLabels(outcomes, null);
    this.prior = new double[n];
    uniform.logPrior(prior, (int[]) null);
    this.codec = model.codec;
    this.bio = codec.getClass() == BioCodec.class;
    this.bioKind = new byte[n];
    this.bioType = new String[n];
    for (int o = 0; o < n; o++) {
      String outcome = outcomes[o];
      bioKind[o] = outcome.endsWith(BioCodec.START) ? BIO_START
          : outcome.endsWith(BioCodec.CONTINUE) ? BIO_CONTINUE
          : outcome.endsWith(BioCodec.OTHER) ? BIO_OTHER : 0;
      Matcher m = TYPED_OUTCOME.matcher(outcome);
      bioType[o] = m.matches() ? m.group(1) : null;
    }
    SequenceValidator<String> validator = codec.createSequenceValidator();
    String[] probe = {"a", "b"};
    this.validFirst = new boolean[n];
    this.validAfter = new boolean[n][n];
    for (int o = 0; o < n; o++) {
      validFirst[o] = validator.validSequence(0, probe, new String[0], outcomes[o]);
      for (int p = 0; p < n; p++) {
        validAfter[p][o] = validator.validSequence(1, probe, new String[] {outcomes[p]}, outcomes[o]);
      }
    }
    this.other = Arrays.asList(outcomes).indexOf(OTHER);
    if (other < 0) {
      throw new IllegalArgumentException("name finder model must have the outcome other; got " + Arrays.toString(outcomes));
    }
    this.sentenceBegin = predicates.get("S=begin");
    this.sentenceStartShape = new int[] {predicates.get("sh-1=^"), predicates.get("hl:sh-1=^")};
    this.sentenceEndShape = new int[] {predicates.get("sh+1=$"), predicates.get("hl:sh+1=$")};
    this.pdNull = predicates.get("pd=null");
    this.pd = new int[n];
    this.po = new int[n];
    this.ppo = new int[n];
    this.previousOutcomeWord = new String[n];
    this.previousOutcomeClass = new String[n];
    for (int o = 0; o < n; o++) {
      previousOutcomeWord[o] = "pow=" + outcomes[o] + ",";
      previousOutcomeClass[o] = "powf=" + outcomes[o] + ",";
      pd[o] = predicates.get("pd=" + outcomes[o]);
      po[o] = predicates.get("po=" + outcomes[o]);
      ppo[o] = predicates.get("ppo=" + outcomes[o]);
    }
    for (String g : new String[] {"gz=B", "gz=I", "gz-1=B", "gz-1=I", "gz+1=B", "gz+1=I"}) {
      gazetteer.put(g, predicates.get(g));
    }
    this.names = new NameListFeatureGenerator(model.names);
  }

  /** The outcomes of the model, in its numbering. */
  String[] outcomes() {
    return outcomes;
  }

  /** Tags one sentence as {@code NameFinderME.find} does and learns from it as it does. */
  Span[] find(String[] tokens) {
    int length = tokens.length;
    prepare(tokens);
    int prev = -1;
    int prevPrev = -1;
    double sequenceScore = 0;
    for (int i = 0; i < length; i++) {
      contextAt(tokens, i, prev, prevPrev);
      score();
      double max = scores[0];
      for (int o = 1; o < scores.length; o++) {
        if (scores[o] > max) {
          max = scores[o];
        }
      }
      int best = -1;
      double bestScore = 0;
      for (int o = 0; o < scores.length; o++) {
        if (scores[o] >= max && valid(prev, o)) {
          double s = sequenceScore + StrictMath.log(scores[o]);
          if (s > ZERO_LOG && (best < 0 || s > bestScore)) {
            best = o;
            bestScore = s;
          }
        }
      }
      if (best < 0) {
        // As BeamSearch: when the best outcomes are invalid here, advance with every valid one.
        for (int o = 0; o < scores.length; o++) {
          if (valid(prev, o)) {
            double s = sequenceScore + StrictMath.log(scores[o]);
            if (s > ZERO_LOG && (best < 0 || s > bestScore)) {
              best = o;
              bestScore = s;
            }
          }
        }
      }
      if (best < 0) {
        throw new IllegalStateException("no valid outcome sequence; got score " + sequenceScore + " at token " + i);
      }
      sequenceScore = bestScore;
      chosen[i] = best;
      probs[i] = scores[best];
      prevPrev = prev;
      prev = best;
    }
    for (int i = 0; i < length; i++) {
      previous.put(tokens[i], chosen[i]);
    }
    Span[] spans = bio ? decodeBio(length) : decode(length);
    Arrays.fill(sentence, 0, length, null);
    return spans;
  }

  /** The names of the chosen outcomes, decoded by the model's codec. */
  private Span[] decode(int length) {
    String[] result = new String[length];
    for (int i = 0; i < length; i++) {
      result[i] = outcomes[chosen[i]];
    }
    Span[] spans = codec.decode(Arrays.asList(result));
    for (int s = 0; s < spans.length; s++) {
      spans[s] = new Span(spans[s], probability(spans[s].getStart(), spans[s].getEnd()));
    }
    return spans;
  }

  /**
   * The names of the chosen outcomes, decoded over outcome numbers with the same steps as
   * {@link BioCodec#decode} (a name takes the type of its last outcome), but without its list of
   * outcome strings, its regular expression per name and a second span per name.
   */
  private Span[] decodeBio(int length) {
    int count = 0;
    int start = -1;
    int end = -1;
    for (int i = 0; i < length; i++) {
      byte kind = bioKind[chosen[i]];
      if (kind == BIO_START) {
        if (start != -1) {
          count = addName(count, start, end, chosen[i - 1]);
        }
        start = i;
        end = i + 1;
      } else if (kind == BIO_CONTINUE) {
        end = i + 1;
      } else if (kind == BIO_OTHER && start != -1) {
        count = addName(count, start, end, chosen[i - 1]);
        start = -1;
        end = -1;
      }
    }
    if (start != -1) {
      count = addName(count, start, end, chosen[length - 1]);
    }
    Span[] spans = new Span[count];
    for (int s = 0; s < count; s++) {
      int from = found[3 * s];
      int to = found[3 * s + 1];
      spans[s] = new Span(from, to, bioType[found[3 * s + 2]], probability(from, to));
    }
    return spans;
  }

  private int addName(int count, int start, int end, int typeOutcome) {
    if (3 * count + 3 > found.length) {
      found = Arrays.copyOf(found, 2 * found.length);
    }
    found[3 * count] = start;
    found[3 * count + 1] = end;
    found[3 * count + 2] = typeOutcome;
    return count + 1;
  }

  /** The mean probability of the outcomes chosen for tokens {@code [start, end)}. */
  private double probability(int start, int end) {
    double p = 0;
    for (int i = start; i < end; i++) {
      p += probs[i];
    }
    return p / (end - start);
  }

  /** Forgets the current document: the outcomes of earlier tokens and the gazetteer's fold. */
  void clearAdaptiveData() {
    previous.clear();
    names.clearAdaptiveData();
  }

  private boolean valid(int prev, int outcome) {
    return prev < 0 ? validFirst[outcome] : validAfter[prev][outcome];
  }

  private void prepare(String[] tokens) {
    int length = tokens.length;
    if (sentence.length < length) {
      int size = Math.max(length, 2 * sentence.length);
      sentence = new Word[size];
      chosen = new int[size];
      probs = new double[size];
    }
    int wordTokens = 0;
    int capsTokens = 0;
    for (int i = 0; i < length; i++) {
      Word w = word(tokens[i]);
      sentence[i] = w;
      if (w.wordToken) {
        wordTokens++;
        if (w.capitals) {
          capsTokens++;
        }
      }
    }
    headline = wordTokens >= 3 && capsTokens * 10 >= wordTokens * 8;
  }

  /** Fills {@link #context} with the predicate numbers of the model's context at {@code i}. */
  private void contextAt(String[] tokens, int i, int prev, int prevPrev) {
    contextLength = 0;
    int length = tokens.length;
    Word w = sentence[i];
    add(w.window[0]);
    if (i >= 1) {
      add(sentence[i - 1].window[1]);
    }
    if (i >= 2) {
      add(sentence[i - 2].window[2]);
    }
    if (i + 1 < length) {
      add(sentence[i + 1].window[3]);
    }
    if (i + 2 < length) {
      add(sentence[i + 2].window[4]);
    }
    String here = w.shape;
    String before = i > 0 ? sentence[i - 1].shape : "^";
    String after = i + 1 < length ? sentence[i + 1].shape : "$";
    int inHeadline = headline ? 3 : 0;
    add(w.shapes[inHeadline]);
    add(i > 0 ? sentence[i - 1].shapes[inHeadline + 1] : sentenceStartShape[headline ? 1 : 0]);
    add(i + 1 < length ? sentence[i + 1].shapes[inHeadline + 2] : sentenceEndShape[headline ? 1 : 0]);
    add(lookup(shapeFeature("sh-1,0=").append(before).append(',').append(here)));
    add(lookup(shapeFeature("sh0,+1=").append(here).append(',').append(after)));
    for (int p : w.affixes) {
      add(p);
    }
    if (i > 0) {
      Word b = sentence[i - 1];
      add(lookup(feature("pw,w=").append(b.token).append(',').append(w.token)));
      add(lookup(feature("pwc,wc=").append(b.tokenClass).append(',').append(w.tokenClass)));
    }
    if (i + 1 < length) {
      Word a = sentence[i + 1];
      add(lookup(feature("w,nw=").append(w.token).append(',').append(a.token)));
      add(lookup(feature("wc,nc=").append(w.tokenClass).append(',').append(a.tokenClass)));
    }
    if (i == 0) {
      add(sentenceBegin);
    }
    int seen = previous.get(tokens[i]);
    add(seen < 0 ? pdNull : pd[seen]);
    scratch.clear();
    names.createFeatures(scratch, tokens, i, null);
    // An indexed loop: this runs for every token, and an iterator here was not optimized away.
    for (int g = 0; g < scratch.size(); g++) {
      add(gazetteer.get(scratch.get(g)));
    }
    int p1 = prev < 0 ? other : prev;
    int p2 = prevPrev < 0 ? other : prevPrev;
    add(po[p1]);
    add(w.pow[p1]);
    add(w.powf[p1]);
    add(ppo[p2]);
  }

  private StringBuilder feature(String name) {
    buffer.setLength(0);
    return buffer.append(name);
  }

  private StringBuilder shapeFeature(String name) {
    buffer.setLength(0);
    if (headline) {
      buffer.append("hl:");
    }
    return buffer.append(name);
  }

  private int lookup(StringBuilder feature) {
    return predicates.get(feature);
  }

  private void add(int predicate) {
    if (predicate < 0) {
      return;
    }
    if (contextLength == context.length) {
      context = Arrays.copyOf(context, 2 * context.length);
    }
    context[contextLength++] = predicate;
  }

  /** The model's probabilities of {@link #context}, computed as OpenNLP's maxent model does. */
  private void score() {
    double[] s = scores;
    System.arraycopy(prior, 0, s, 0, s.length);
    for (int c = 0; c < contextLength; c++) {
      int p = context[c];
      for (int k = start[p], end = start[p + 1]; k < end; k++) {
        s[outcomeOf[k]] += weights[k] * 1.0;
      }
    }
    double normal = 0.0;
    for (int o = 0; o < s.length; o++) {
      s[o] = StrictMath.exp(s[o]);
      normal += s[o];
    }
    for (int o = 0; o < s.length; o++) {
      s[o] /= normal;
    }
  }

  private Word word(String token) {
    Word known = words.get(token);
    if (known != null) {
      return known;
    }
    String[] alone = {token};
    scratch.clear();
    tokenFeatures.createFeatures(scratch, alone, 0, null);
    String own = scratch.isEmpty() ? null : scratch.get(0);
    if (scratch.size() != 1) {
      throw new IllegalStateException("token feature must be one string; got " + scratch);
    }
    scratch.clear();
    prefixes.createFeatures(scratch, alone, 0, null);
    suffixes.createFeatures(scratch, alone, 0, null);
    int[] affixes = new int[scratch.size()];
    int known2 = 0;
    for (String f : scratch) {
      int p = predicates.get(f);
      if (p >= 0) {
        affixes[known2++] = p;
      }
    }
    boolean hasLetter = false;
    boolean hasLower = false;
    for (int c = 0; c < token.length(); c++) {
      char ch = token.charAt(c);
      hasLetter |= Character.isLetter(ch);
      hasLower |= Character.isLowerCase(ch);
    }
    String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
    Word w = new Word(token, Arrays.copyOf(affixes, known2), TokenShapeFeatureGenerator.shape(token, shapeBuffer),
        tokenClass, hasLetter && token.length() > 1, !hasLower, outcomes.length);
    w.window[0] = predicates.get(own);
    w.window[1] = lookup(feature("p1").append(own));
    w.window[2] = lookup(feature("p2").append(own));
    w.window[3] = lookup(feature("n1").append(own));
    w.window[4] = lookup(feature("n2").append(own));
    for (int h = 0; h < 2; h++) {
      String prefix = h == 0 ? "" : "hl:";
      w.shapes[3 * h] = lookup(feature(prefix).append("sh=").append(w.shape));
      w.shapes[3 * h + 1] = lookup(feature(prefix).append("sh-1=").append(w.shape));
      w.shapes[3 * h + 2] = lookup(feature(prefix).append("sh+1=").append(w.shape));
    }
    for (int o = 0; o < outcomes.length; o++) {
      w.pow[o] = lookup(feature(previousOutcomeWord[o]).append(token));
      w.powf[o] = lookup(feature(previousOutcomeClass[o]).append(tokenClass));
    }
    if (words.size() >= MAX_WORDS) {
      words.clear();
    }
    words.put(token, w);
    return w;
  }

  /** The predicate numbers of the context at {@code index} as this class builds it. */
  int[] contextNumbers(String[] tokens, int index, int[] previousOutcomes) {
    prepare(tokens);
    contextAt(tokens, index, index >= 1 ? previousOutcomes[index - 1] : -1,
        index >= 2 ? previousOutcomes[index - 2] : -1);
    int[] out = Arrays.copyOf(context, contextLength);
    Arrays.fill(sentence, 0, tokens.length, null);
    return out;
  }

  /** The predicate numbers of {@code generator}'s own context at {@code index}, in its order. */
  int[] generatorNumbers(NameContextGenerator generator, String[] tokens, int index, int[] previousOutcomes) {
    String[] previous = new String[index];
    for (int i = 0; i < index; i++) {
      previous[i] = outcomes[previousOutcomes[i]];
    }
    String[] features = generator.getContext(index, tokens, previous, null);
    int[] out = new int[features.length];
    int known = 0;
    for (String f : features) {
      int p = predicates.get(f);
      if (p >= 0) {
        out[known++] = p;
      }
    }
    return Arrays.copyOf(out, known);
  }

  /** Learns a sentence's outcomes as the model's generator would after tagging it. */
  void learn(String[] tokens, int[] outcomeNumbers) {
    for (int i = 0; i < tokens.length; i++) {
      previous.put(tokens[i], outcomeNumbers[i]);
    }
  }

  /**
   * Whether this class builds exactly the contexts of {@code model}'s own generator, checked on probe
   * sentences (a headline, a document's second sentence after learning from the first).
   */
  static boolean matchesModel(TokenNameFinderModel model) {
    try {
      return matchesModel(model, NameModelParameters.of(model));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** As {@link #matchesModel(TokenNameFinderModel)}, with the model's parameters already read. */
  static boolean matchesModel(TokenNameFinderModel model, NameModelParameters parameters) {
    GreedyNameFinder finder;
    try {
      finder = new GreedyNameFinder(parameters);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (beamSize(model) != 1) {
      return false;
    }
    NameContextGenerator generator = model.getFactory().createContextGenerator();
    String[][] probes = {
      "Shares of General Motors Corp. rose 3 pct on the New York Stock Exchange , Reuters said .".split(" "),
      "GENERAL MOTORS TO CUT 2,000 JOBS IN DETROIT".split(" "),
      "General Motors said on Monday it would invest $ 1.5 billion in McDonald 's U.S. plants .".split(" "),
    };
    int n = finder.outcomes.length;
    for (String[] probe : probes) {
      int[] previousOutcomes = new int[probe.length];
      for (int i = 0; i < probe.length; i++) {
        previousOutcomes[i] = (i * 7 + probe.length) % n;
      }
      for (int i = 0; i < probe.length; i++) {
        if (!Arrays.equals(finder.contextNumbers(probe, i, previousOutcomes),
            finder.generatorNumbers(generator, probe, i, previousOutcomes))) {
          return false;
        }
      }
      String[] learned = new String[probe.length];
      for (int i = 0; i < probe.length; i++) {
        learned[i] = finder.outcomes[previousOutcomes[i]];
      }
      generator.updateAdaptiveData(probe, learned);
      finder.learn(probe, previousOutcomes);
    }
    return true;
  }

  private static int beamSize(TokenNameFinderModel model) {
    String size = model.getManifestProperty("BeamSize");
    return size == null ? 3 : Integer.parseInt(size);
  }

  /**
   * Predicate numbers by feature string, looked up by a string or by the finder's reused
   * {@link StringBuilder} without copying it.
   *
   * <p>Open addressing with linear probing at a load of at most two thirds, over one {@code long}
   * array: each slot holds a key's hash and its predicate number together, and the strings stay in
   * the model's array of keys. A probe that meets another key is settled by comparing two
   * {@code int}s in the slot it already read, and building the table writes one array entry per
   * predicate, in one array of 8 MB for the bundled model: before, three arrays of 2 million entries
   * each, whose building took a third of a one-article run's samples on the loading thread (JFR,
   * C1). Hashes are {@link String#hashCode()}'s, which a string caches, and are computed for a
   * builder through its own class rather than {@link CharSequence}, whose calls the C1 compiler of
   * a short run does not inline.
   */
  static final class PredicateTable {
    private final String[] keys;
    /** 0 for an empty slot, else the key's hash in the high half and its predicate number + 1 in the low. */
    private final long[] slots;
    private final int mask;

    /** A table of {@code keys}, each found as its position; an empty key stays unreachable. */
    PredicateTable(String[] keys) {
      this.keys = keys;
      int capacity = Integer.highestOneBit(Math.max(4, keys.length + keys.length / 2)) << 1;
      slots = new long[capacity];
      mask = capacity - 1;
      for (int p = 0; p < keys.length; p++) {
        String key = keys[p];
        if (key.isEmpty()) {
          continue; // no feature is empty: a predicate without a name stays unreachable
        }
        int h = key.hashCode();
        int slot = spread(h) & mask;
        while (slots[slot] != 0 && !((int) (slots[slot] >>> 32) == h && keys[(int) slots[slot] - 1].equals(key))) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = ((long) h << 32) | (p + 1);
      }
    }

    /** The predicate number of {@code key}, -1 when the model does not know it. */
    int get(String key) {
      if (key == null) {
        return -1;
      }
      int h = key.hashCode();
      for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
        long entry = slots[slot];
        if (entry == 0) {
          return -1;
        }
        if ((int) (entry >>> 32) == h) {
          int p = (int) entry - 1;
          if (keys[p].equals(key)) {
            return p;
          }
        }
      }
    }

    /** The predicate number of the builder's text, -1 when the model does not know it. */
    int get(StringBuilder key) {
      int h = 0;
      for (int i = 0, n = key.length(); i < n; i++) {
        h = 31 * h + key.charAt(i);
      }
      for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
        long entry = slots[slot];
        if (entry == 0) {
          return -1;
        }
        if ((int) (entry >>> 32) == h) {
          int p = (int) entry - 1;
          if (keys[p].contentEquals(key)) {
            return p;
          }
        }
      }
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }
}
