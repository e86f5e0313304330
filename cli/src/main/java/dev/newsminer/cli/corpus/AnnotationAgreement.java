package dev.newsminer.cli.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far two independent annotations of the same text agree: the second is scored against the
 * first, span by span (same start, end and type), as precision, recall and F1 per type.
 */
final class AnnotationAgreement {

  private final int[] matched = new int[MarkedText.TYPES.size()];
  private final int[] first = new int[MarkedText.TYPES.size()];
  private final int[] second = new int[MarkedText.TYPES.size()];

  /**
   * Adds one story annotated twice.
   *
   * @throws IllegalArgumentException when the two annotations are not of the same text
   */
  void add(String name, MarkedText a, MarkedText b) {
    if (!a.text().equals(b.text())) {
      throw new IllegalArgumentException(name + ": the two passes differ in their text, not only in their marks");
    }
    Set<MarkedText.Name> inFirst = new HashSet<>(a.names());
    for (MarkedText.Name n : a.names()) {
      first[MarkedText.TYPES.indexOf(n.type())]++;
    }
    for (MarkedText.Name n : b.names()) {
      int t = MarkedText.TYPES.indexOf(n.type());
      second[t]++;
      if (inFirst.contains(n)) {
        matched[t]++;
      }
    }
  }

  /** F1 of one type, or of all types together when {@code type} is null. */
  double f1(String type) {
    int[] c = counts(type);
    return c[1] + c[2] == 0 ? 1.0 : 2.0 * c[0] / (c[1] + c[2]);
  }

  /** {matched, in first, in second} for one type or all (null). */
  int[] counts(String type) {
    int[] c = new int[3];
    for (int t = 0; t < matched.length; t++) {
      if (type == null || MarkedText.TYPES.get(t).equals(type)) {
        c[0] += matched[t];
        c[1] += first[t];
        c[2] += second[t];
      }
    }
    return c;
  }

  List<String> types() {
    return MarkedText.TYPES;
  }
}
