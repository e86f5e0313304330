package dev.newsminer.entity;

import dev.newsminer.internal.MaxentLayout;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.SequenceCodec;

/**
 * The parameters of a maxent name finder model as flat arrays, shared by every
 * {@link GreedyNameFinder} over the model: the predicate numbers by feature string, and for predicate
 * {@code p} the outcomes {@code outcome[start[p]..start[p+1])} with their weights at the same
 * positions, in the order OpenNLP keeps them, so that scores are summed in the same order.
 *
 * <p>Built once per model, from an OpenNLP model ({@link #of(TokenNameFinderModel)}) or from its
 * compact form ({@link CompactNameModel}); immutable and thread-safe after that. Keeping them apart
 * from the finders means a second thread's finder costs nothing to build.
 */
final class NameModelParameters {

  /** Where an OpenNLP name model keeps its feature generator descriptor. */
  private static final String GENERATOR_DESCRIPTOR = "generator.featuregen";

  final String[] outcomes;
  final GreedyNameFinder.PredicateTable predicates;
  /** Where each predicate's outcomes and weights start; one more entry than predicates. */
  final int[] start;
  final byte[] outcome;
  final double[] weights;
  final NameList names;
  /** The model's sequence codec; {@link BioCodec} for every model in compact form. */
  final SequenceCodec<String> codec;

  /** The predicate strings in number order; only kept to write the compact form. */
  final String[] keys;
  /** The model's feature generator descriptor (XML), from which {@link #toOpenNlp()} rebuilds it. */
  final byte[] descriptor;

  NameModelParameters(String[] outcomes, String[] keys, int[] start, byte[] outcome, double[] weights,
      NameList names, SequenceCodec<String> codec, byte[] descriptor) {
    if (outcomes.length > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " outcomes; got " + outcomes.length);
    }
    if (start.length != keys.length + 1 || outcome.length != weights.length
        || start[keys.length] != weights.length) {
      throw new IllegalArgumentException("inconsistent model parameters: " + keys.length + " predicates, "
          + weights.length + " weights");
    }
    this.outcomes = outcomes;
    this.keys = keys;
    this.start = start;
    this.outcome = outcome;
    this.weights = weights;
    this.names = names;
    this.codec = codec;
    this.descriptor = descriptor;
    this.predicates = new GreedyNameFinder.PredicateTable(keys);
  }

  /**
   * The parameters of an OpenNLP name finder model.
   *
   * @throws IllegalArgumentException when the model is not a maxent model
   */
  static NameModelParameters of(TokenNameFinderModel model) {
    Object artifact = model.getArtifact("nameFinder.model");
    MaxentModel maxent = artifact instanceof MaxentModel m ? m : null;
    if (!(maxent instanceof AbstractModel abstractModel)) {
      throw new IllegalArgumentException("name finder model must be an OpenNLP maxent model; got " + artifact);
    }
    MaxentLayout layout = MaxentLayout.of(abstractModel);
    String[] outcomes = layout.outcomes();
    String[] keys = layout.predicates();
    for (int p = 0; p < keys.length; p++) {
      if (keys[p] == null) {
        keys[p] = ""; // a predicate no feature string names: unreachable, as in the model
      } else if (hasLoneSurrogate(keys[p])) {
        // a prefix or suffix feature that cut an emoji in half ("pre=\ud83c"): no UTF-8 file can hold
        // it, so the compact form leaves it unreachable; only such cut emoji tag differently
        keys[p] = "";
      }
    }
    Object list = model.getArtifact(NameList.RESOURCE);
    Object descriptor = model.getArtifact(GENERATOR_DESCRIPTOR);
    return new NameModelParameters(outcomes, keys, layout.start(), layout.outcome(), layout.weights(),
        list instanceof NameList l ? l : NameList.of(List.of()), model.getFactory().createSequenceCodec(),
        descriptor instanceof byte[] bytes ? bytes : new byte[0]);
  }

  /**
   * The OpenNLP model of these parameters: a maxent model with the same predicates, outcomes and
   * weights (predicates no feature string reaches left out), the feature descriptor and organization
   * list, a beam of 1 and the BIO codec, as {@code train-ner} writes it. OpenNLP's {@code NameFinderME}
   * over it tags as {@link GreedyNameFinder} over these parameters.
   *
   * @throws IllegalStateException when OpenNLP refuses the descriptor or the list
   */
  TokenNameFinderModel toOpenNlp() {
    OpenNlpExtensions.allow();
    int reachable = 0;
    for (String key : keys) {
      reachable += key.isEmpty() ? 0 : 1;
    }
    Context[] contexts = new Context[reachable];
    String[] labels = new String[reachable];
    int c = 0;
    for (int p = 0; p < keys.length; p++) {
      if (keys[p].isEmpty()) {
        continue;
      }
      int[] o = new int[start[p + 1] - start[p]];
      for (int k = 0; k < o.length; k++) {
        o[k] = outcome[start[p] + k];
      }
      contexts[c] = new Context(o, Arrays.copyOfRange(weights, start[p], start[p + 1]));
      labels[c++] = keys[p];
    }
    Map<String, Object> resources = new HashMap<>();
    resources.put(NameList.RESOURCE, names);
    try {
      TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor, resources, new BioCodec());
      return new TokenNameFinderModel("en", new GISModel(contexts, labels, outcomes.clone()), 1, descriptor,
          resources, new HashMap<>(), new BioCodec(), factory);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("cannot rebuild the OpenNLP model from its parameters: " + e.getMessage(), e);
    }
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i)))) {
        return true;
      }
      if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the two hold the same outcomes, the same reachable predicates with the same outcomes and
   * weights (to the bit, in the same order), the same descriptor and the same names; the numbering
   * of the predicates may differ.
   */
  boolean sameAs(NameModelParameters other) {
    if (!Arrays.equals(outcomes, other.outcomes) || codec.getClass() != other.codec.getClass()
        || !Arrays.equals(descriptor, other.descriptor) || names.names().size() != other.names.names().size()
        || !namesEqual(names.names(), other.names.names())) {
      return false;
    }
    int reachable = 0;
    for (int p = 0; p < keys.length; p++) {
      if (keys[p].isEmpty()) {
        continue;
      }
      reachable++;
      int q = other.predicates.get(keys[p]);
      if (q < 0 || !Arrays.equals(outcome, start[p], start[p + 1], other.outcome, other.start[q], other.start[q + 1])
          || !Arrays.equals(weights, start[p], start[p + 1], other.weights, other.start[q], other.start[q + 1])) {
        return false;
      }
    }
    int otherReachable = 0;
    for (String key : other.keys) {
      otherReachable += key.isEmpty() ? 0 : 1;
    }
    return reachable == otherReachable;
  }

  private static boolean namesEqual(List<String[]> a, List<String[]> b) {
    for (int i = 0; i < a.size(); i++) {
      if (!Arrays.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }
}
