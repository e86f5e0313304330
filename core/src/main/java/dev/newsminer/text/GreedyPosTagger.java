package dev.newsminer.text;

import dev.newsminer.internal.MaxentLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * OpenNLP's {@code POSTaggerME} with a beam of 1, evaluated over predicate numbers instead of
 * feature strings: it gives the same tags with the same maximum-entropy model, but allocates
 * next to nothing per token.
 *
 * <p>{@code POSTaggerME} builds each token's context as new strings ("{@code suf=ing}",
 * "{@code p1w=the}", "{@code t2=DET,NOUN}") and the model looks each one up in a hash map, about
 * 5 KB of garbage per token. Almost all of those features belong to one word alone: its prefixes,
 * suffixes, lower-cased form and token class, and the lower-cased form seen from one or two tokens
 * away. This tagger asks the model's own context generator for a word's features the first time it
 * meets the word, keeps their predicate numbers in a bounded memory (it starts over when it holds
 * {@value #MAX_WORDS} words), and assembles each context from those numbers, the numbers of the
 * sentence-begin features and those of the previous tags, in the order the model's generator
 * lists them. Scores are summed in that order from the model's prior, as OpenNLP does, and the
 * best tag wins, as in a beam of 1 (the model has no tag dictionary that could forbid a tag).
 *
 * <p>It knows the layout of the features of the English UD model that {@link TextModels#pos()}
 * loads (token, window of two tokens each side, sentence begin in that window, token class,
 * previous two tags); the constructor checks that layout on a probe sentence against the model's
 * generator and refuses a model whose features differ.
 *
 * <p>Not thread-safe (it reuses its buffers and its memory): one per thread.
 */
final class GreedyPosTagger {

  static final int MAX_WORDS = 50_000;

  private static final String SENTENCE_BEGIN = "S=begin";
  private static final int[] NONE = new int[0];

  /** A word's predicate numbers, unknown predicates left out. */
  private record WordFeatures(int[] own, int[][] window, int[] tokenClass) {}

  private final POSContextGenerator generator;
  private final Map<String, Integer> predicates;
  /**
   * The model's weights as flat arrays: predicate {@code p}'s outcomes are
   * {@code outcomeOf[start[p]..start[p+1])} with their weights at the same positions, in the model's
   * order, so that scores are summed in OpenNLP's order. One array read fewer per predicate than
   * OpenNLP's objects, which matters in the hottest loop of a short run compiled by C1 alone.
   */
  private final int[] start;
  private final byte[] outcomeOf;
  private final double[] weights;
  private final String[] outcomes;
  private final double[] prior;
  private final int sentenceBegin;
  private final int[] sentenceBeginAt;
  private final int[] previousTag;
  private final int[] previousTwoTags;
  private final Map<String, WordFeatures> words = new HashMap<>();

  private final double[] scores;
  private WordFeatures[] sentence = new WordFeatures[64];
  private int[] tags = new int[64];

  GreedyPosTagger(POSModel model) {
    MaxentModel maxent = model.getArtifact("pos.model");
    if (!(maxent instanceof AbstractModel abstractModel)) {
      throw new IllegalArgumentException("POS model must be an OpenNLP maxent model; got " + maxent.getClass());
    }
    MaxentLayout layout = MaxentLayout.of(abstractModel);
    this.outcomes = layout.outcomes();
    this.predicates = new HashMap<>(layout.predicates().length * 2);
    for (int p = 0; p < layout.predicates().length; p++) {
      if (layout.predicates()[p] != null) {
        predicates.put(layout.predicates()[p], p);
      }
    }
    this.start = layout.start();
    this.outcomeOf = layout.outcome();
    this.weights = layout.weights();
    this.generator = model.getFactory().getPOSContextGenerator();
    int n = outcomes.length;
    this.scores = new double[n];
    UniformPrior uniform = new UniformPrior();
    uniform.setLabels(outcomes, null);
    this.prior = new double[n];
    uniform.logPrior(prior, (int[]) null);
    this.sentenceBegin = predicate(SENTENCE_BEGIN);
    this.sentenceBeginAt = new int[] {predicate("p1" + SENTENCE_BEGIN), predicate("p2" + SENTENCE_BEGIN)};
    this.previousTag = new int[n];
    this.previousTwoTags = new int[n * n];
    for (int a = 0; a < n; a++) {
      previousTag[a] = predicate("t=" + outcomes[a]);
      for (int b = 0; b < n; b++) {
        previousTwoTags[a * n + b] = predicate("t2=" + outcomes[a] + "," + outcomes[b]);
      }
    }
    checkLayout();
  }

  /** The tags of {@code tokens}, as {@code POSTaggerME.tag} with a beam of 1 gives them. */
  String[] tag(String[] tokens) {
    String[] result = new String[tokens.length];
    tag(tokens, tokens.length, result);
    return result;
  }

  /**
   * Puts the tags of the first {@code length} of {@code tokens} into {@code out}, as
   * {@link #tag(String[])} gives them; for a caller that reuses its arrays from sentence to sentence.
   */
  void tag(String[] tokens, int length, String[] out) {
    if (sentence.length < length) {
      sentence = new WordFeatures[Math.max(length, 2 * sentence.length)];
      tags = new int[sentence.length];
    }
    for (int i = 0; i < length; i++) {
      sentence[i] = features(tokens[i]);
    }
    for (int i = 0; i < length; i++) {
      int best = best(i, length);
      tags[i] = best;
      out[i] = outcomes[best];
    }
    Arrays.fill(sentence, 0, length, null);
  }

  /** The outcome with the highest score at {@code index}; the first one on a tie, as OpenNLP's beam. */
  private int best(int index, int length) {
    double[] s = scores;
    System.arraycopy(prior, 0, s, 0, s.length);
    WordFeatures word = sentence[index];
    add(word.own);
    for (int d = 1; d <= 2; d++) {
      if (index - d >= 0) {
        add(sentence[index - d].window[d - 1]);
      }
    }
    for (int d = 1; d <= 2; d++) {
      if (index + d < length) {
        add(sentence[index + d].window[d + 1]);
      }
    }
    if (index == 0) {
      add(sentenceBegin);
    } else if (index <= 2) {
      add(sentenceBeginAt[index - 1]);
    }
    add(word.tokenClass);
    if (index >= 1) {
      int prev = tags[index - 1];
      add(previousTag[prev]);
      if (index >= 2) {
        add(previousTwoTags[tags[index - 2] * outcomes.length + prev]);
      }
    }
    int best = 0;
    for (int o = 1; o < s.length; o++) {
      if (s[o] > s[best]) {
        best = o;
      }
    }
    return best;
  }

  private void add(int[] predicateNumbers) {
    for (int p : predicateNumbers) {
      add(p);
    }
  }

  private void add(int predicate) {
    if (predicate < 0) {
      return;
    }
    double[] s = scores;
    for (int k = start[predicate], end = start[predicate + 1]; k < end; k++) {
      s[outcomeOf[k]] += weights[k];
    }
  }

  /**
   * The features of {@code word} from the model's generator, read from its context as the only
   * word of a sentence: its own features, then "S=begin", then its token class features.
   */
  private WordFeatures features(String word) {
    WordFeatures known = words.get(word);
    if (known != null) {
      return known;
    }
    String[] context = generator.getContext(0, new String[] {word}, new String[0], null);
    int split = Arrays.asList(context).indexOf(SENTENCE_BEGIN);
    if (split < 0) {
      throw new IllegalStateException("POS context must hold " + SENTENCE_BEGIN + "; got " + Arrays.toString(context));
    }
    List<String> own = Arrays.asList(context).subList(0, split);
    List<String> tokenFeatures = new ArrayList<>(1);
    for (String f : own) {
      if (f.startsWith("w=")) {
        tokenFeatures.add(f);
      }
    }
    int[][] window = new int[4][];
    String[] prefixes = {"p1", "p2", "n1", "n2"};
    for (int w = 0; w < 4; w++) {
      List<String> prefixed = new ArrayList<>(tokenFeatures.size());
      for (String f : tokenFeatures) {
        prefixed.add(prefixes[w] + f);
      }
      window[w] = numbers(prefixed);
    }
    WordFeatures features = new WordFeatures(numbers(own), window,
        numbers(Arrays.asList(context).subList(split + 1, context.length)));
    if (words.size() >= MAX_WORDS) {
      words.clear();
    }
    words.put(word, features);
    return features;
  }

  private int[] numbers(List<String> features) {
    int known = 0;
    int[] out = new int[features.size()];
    for (String f : features) {
      int p = predicate(f);
      if (p >= 0) {
        out[known++] = p;
      }
    }
    return known == 0 ? NONE : Arrays.copyOf(out, known);
  }

  private int predicate(String feature) {
    Integer p = predicates.get(feature);
    return p == null ? -1 : p;
  }

  /** The predicate numbers of the context at {@code index}, as {@link #best} sums them. */
  int[] contextNumbers(String[] tokens, int index, int[] previousOutcomes) {
    List<Integer> out = new ArrayList<>();
    WordFeatures[] ws = new WordFeatures[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      ws[i] = features(tokens[i]);
    }
    for (int p : ws[index].own) {
      out.add(p);
    }
    for (int d = 1; d <= 2; d++) {
      if (index - d >= 0) {
        for (int p : ws[index - d].window[d - 1]) {
          out.add(p);
        }
      }
    }
    for (int d = 1; d <= 2; d++) {
      if (index + d < tokens.length) {
        for (int p : ws[index + d].window[d + 1]) {
          out.add(p);
        }
      }
    }
    out.add(index == 0 ? sentenceBegin : index <= 2 ? sentenceBeginAt[index - 1] : -1);
    for (int p : ws[index].tokenClass) {
      out.add(p);
    }
    if (index >= 1) {
      out.add(previousTag[previousOutcomes[index - 1]]);
      if (index >= 2) {
        out.add(previousTwoTags[previousOutcomes[index - 2] * outcomes.length + previousOutcomes[index - 1]]);
      }
    }
    return out.stream().mapToInt(Integer::intValue).filter(p -> p >= 0).toArray();
  }

  /** The predicate numbers of the model generator's own context at {@code index}. */
  int[] generatorNumbers(String[] tokens, int index, int[] previousOutcomes) {
    String[] previous = new String[tokens.length];
    for (int i = 0; i < index; i++) {
      previous[i] = outcomes[previousOutcomes[i]];
    }
    return numbers(Arrays.asList(generator.getContext(index, tokens.clone(), previous, null)));
  }

  int outcome(String tag) {
    return Arrays.asList(outcomes).indexOf(tag);
  }

  private void checkLayout() {
    String[] probe = {"IBM", "said", "on", "Monday", "it", "will", "invest", "$", "1.5", "billion", "."};
    int[] previous = new int[probe.length];
    for (int i = 0; i < probe.length; i++) {
      previous[i] = (i * 7) % outcomes.length;
    }
    for (int i = 0; i < probe.length; i++) {
      if (!Arrays.equals(contextNumbers(probe, i, previous), generatorNumbers(probe, i, previous))) {
        throw new IllegalArgumentException("POS model's features must follow the layout of the English UD model; "
            + "got " + Arrays.toString(generator.getContext(i, probe, new String[probe.length], null)));
      }
    }
    words.clear();
  }
}
