package dev.newsminer.entity;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
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

  NameModelParameters(String[] outcomes, String[] keys, int[] start, byte[] outcome, double[] weights,
      NameList names, SequenceCodec<String> codec) {
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
    this.predicates = new GreedyNameFinder.PredicateTable(keys.length);
    for (int p = 0; p < keys.length; p++) {
      predicates.put(keys[p], p);
    }
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
    Object[] data = abstractModel.getDataStructures();
    Context[] parameters = (Context[]) data[0];
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    Map<Context, Integer> numbers = new IdentityHashMap<>(parameters.length * 2);
    for (int i = 0; i < parameters.length; i++) {
      numbers.put(parameters[i], i);
    }
    String[] keys = new String[parameters.length];
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      keys[numbers.get(e.getValue())] = e.getKey();
    }
    int[] start = new int[parameters.length + 1];
    for (int p = 0; p < parameters.length; p++) {
      start[p + 1] = start[p] + parameters[p].getOutcomes().length;
    }
    byte[] outcome = new byte[start[parameters.length]];
    double[] weights = new double[outcome.length];
    for (int p = 0; p < parameters.length; p++) {
      int[] o = parameters[p].getOutcomes();
      double[] w = parameters[p].getParameters();
      for (int k = 0; k < o.length; k++) {
        outcome[start[p] + k] = (byte) o[k];
        weights[start[p] + k] = w[k];
      }
    }
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
    return new NameModelParameters(outcomes, keys, start, outcome, weights,
        list instanceof NameList l ? l : NameList.of(List.of()), model.getFactory().createSequenceCodec());
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

  /** Whether the two hold the same outcomes, predicates, weights (to the bit) and names. */
  boolean sameAs(NameModelParameters other) {
    return Arrays.equals(outcomes, other.outcomes) && Arrays.equals(keys, other.keys)
        && Arrays.equals(start, other.start) && Arrays.equals(outcome, other.outcome)
        && Arrays.equals(weights, other.weights) && codec.getClass() == other.codec.getClass()
        && names.names().size() == other.names.names().size()
        && namesEqual(names.names(), other.names.names());
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
