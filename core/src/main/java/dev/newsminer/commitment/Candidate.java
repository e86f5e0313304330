package dev.newsminer.commitment;

import dev.newsminer.Commitment;
import java.util.List;

/**
 * A commitment as the rules read it, before the scorer decides whether to keep it, with the features
 * the scorer weighs ("trigger=AGREE", "action=acquire", "amount", "committer=pronoun", "would").
 *
 * @param commitment     the commitment the rules read, with their kind and a rule confidence
 * @param features       the scorer's features, in no particular order; never null
 */
public record Candidate(Commitment commitment, List<String> features) {

  /**
   * Copies the features.
   *
   * @param commitment the commitment the rules read, with their kind and a rule confidence
   * @param features   the scorer's features, in no particular order; never null
   */
  public Candidate {
    java.util.Objects.requireNonNull(commitment, "commitment");
    features = List.copyOf(features);
  }

  /** This candidate with another commitment (a confidence or kind the scorer gave), the same features. */
  Candidate with(Commitment other) {
    return new Candidate(other, features);
  }
}
