package dev.newsminer.cli.commitments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often outputs are right at each confidence: a reliability table of bins of width 0.1 (below
 * 0.5 in one bin), each with its outputs and the share of them that matched a gold commitment. A
 * calibrated scorer's outputs at 0.8–0.9 are right about 85% of the time.
 *
 * <p>Not thread-safe.
 */
public final class Reliability {

  private static final double[] LOWER = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9};
  private final int[] outputs = new int[LOWER.length];
  private final int[] right = new int[LOWER.length];

  /** Counts one output of the given confidence, right or not. */
  public void add(double confidence, boolean isRight) {
    int bin = 0;
    for (int b = 0; b < LOWER.length; b++) {
      if (confidence >= LOWER[b]) {
        bin = b;
      }
    }
    outputs[bin]++;
    if (isRight) {
      right[bin]++;
    }
  }

  /** Adds another table's counts to this one. */
  public void addAll(Reliability other) {
    for (int b = 0; b < LOWER.length; b++) {
      outputs[b] += other.outputs[b];
      right[b] += other.right[b];
    }
  }

  /** The share of outputs of confidence at least {@code threshold} (a bin edge) that are right, or NaN when none. */
  public double shareRightFrom(double threshold) {
    int o = 0;
    int r = 0;
    for (int b = 0; b < LOWER.length; b++) {
      if (LOWER[b] >= threshold - 1e-9) {
        o += outputs[b];
        r += right[b];
      }
    }
    return o == 0 ? Double.NaN : (double) r / o;
  }

  /** The table as rows {@code {"confidence": "0.8-0.9", "outputs": n, "right": k, "share_right": k/n}}. */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int b = 0; b < LOWER.length; b++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("confidence", String.format("%.1f-%.1f", LOWER[b], b + 1 < LOWER.length ? LOWER[b + 1] : 1.0));
      row.put("outputs", outputs[b]);
      row.put("right", right[b]);
      row.put("share_right", outputs[b] == 0 ? null : Math.round(10000.0 * right[b] / outputs[b]) / 10000.0);
      rows.add(row);
    }
    return rows;
  }
}
