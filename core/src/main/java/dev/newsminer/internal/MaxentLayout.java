package dev.newsminer.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * An OpenNLP maxent model's parameters laid out flat for a decoder's inner loop: predicate {@code p}
 * has the outcomes {@code outcome[start[p]..start[p+1])} with their weights at the same positions.
 * The name finder's and the POS tagger's own decoders both read their model through this one
 * layout, so the copy of OpenNLP's arithmetic over it has one source (their tests compare both
 * decoders with OpenNLP's own on real text, and fail when an OpenNLP upgrade changes it).
 *
 * @param outcomes   the outcome names, by outcome number
 * @param predicates the predicate names, by predicate number; {@code null} for a predicate no
 *                   feature string names
 * @param start      where each predicate's outcomes begin, one more entry than predicates
 * @param outcome    the outcome numbers
 * @param weights    the weights, beside their outcomes
 */
public record MaxentLayout(String[] outcomes, String[] predicates, int[] start, byte[] outcome, double[] weights) {

  /**
   * The layout of {@code model}'s parameters.
   *
   * @param model a maxent model
   * @return its parameters laid out flat
   * @throws IllegalArgumentException when the model has more outcomes than a byte numbers
   */
  public static MaxentLayout of(AbstractModel model) {
    Object[] data = model.getDataStructures();
    Context[] parameters = (Context[]) data[0];
    @SuppressWarnings("unchecked")
    Map<String, Context> names = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    if (outcomes.length > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " outcomes; got " + outcomes.length);
    }
    Map<Context, Integer> numbers = new IdentityHashMap<>(parameters.length * 2);
    for (int i = 0; i < parameters.length; i++) {
      numbers.put(parameters[i], i);
    }
    String[] predicates = new String[parameters.length];
    for (Map.Entry<String, Context> e : names.entrySet()) {
      predicates[numbers.get(e.getValue())] = e.getKey();
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
    return new MaxentLayout(outcomes, predicates, start, outcome, weights);
  }
}
