package dev.newsminer.commitment;

import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import java.util.List;

/**
 * Keeps one commitment per statement: a deal restated in a later sentence (same committer, kind and
 * counterpart) is the one stated first, and a generic pledge read beside a more specific kind of the
 * same committer in one sentence is the same statement read twice.
 *
 * <p>Thread-safe: it has no state.
 */
final class Restatements {

  private Restatements() {}

  /**
   * "prepared to raise its bid to acquire X": one statement read twice, as a pledge and as an
   * acquisition; the more specific kind wins, as the guideline asks.
   */
  static void dropGenericPledges(List<Candidate> out, int first) {
    dropGenericPledges(out, first, new java.util.HashSet<>());
  }

  /**
   * As {@link #dropGenericPledges(List, int)}, but a candidate whose trigger "and" joins to the
   * sentence's earlier one ({@code joined}, indexes into {@code out}) states an undertaking of its own:
   * "would keep Lakeside's staff and would inject 50 mln dlrs" is a pledge and a funding.
   */
  static void dropGenericPledges(List<Candidate> out, int first, java.util.Set<Integer> joined) {
    for (int k = out.size() - 1; k >= first; k--) {
      Commitment c = out.get(k).commitment();
      if (c.kind() != CommitmentKind.PLEDGE) {
        continue;
      }
      for (int j = first; j < out.size(); j++) {
        Commitment other = out.get(j).commitment();
        boolean ownStatement = joined.contains(Math.max(j, k));
        if (j != k && !ownStatement && other.organization().equals(c.organization()) && other.kind() != CommitmentKind.PLEDGE) {
          out.remove(k);
          break;
        }
      }
    }
  }

  /** Whether an earlier sentence already stated this deal: same committer, kind and counterpart. */
  static boolean restated(Commitment c, List<Candidate> earlier) {
    if (c.kind() != CommitmentKind.ACQUISITION && c.kind() != CommitmentKind.PARTNERSHIP || c.partners().isEmpty()) {
      return false;
    }
    for (Candidate candidate : earlier) {
      Commitment e = candidate.commitment();
      boolean newAmount = c.amount() != null && (e.amount() == null || e.amount().value() != c.amount().value());
      // partners who set out to do something else have made another agreement: "... and
      // collaborated with Meta to develop a toolkit" after "Meta and IBM joined forces to establish ..."
      boolean newPurpose = c.kind() == CommitmentKind.PARTNERSHIP && c.purpose() != null && e.purpose() != null
          && !c.purpose().equalsIgnoreCase(e.purpose());
      if (e.organization().equals(c.organization()) && e.kind() == c.kind() && !newAmount && !newPurpose
          && e.evidence().start() != c.evidence().start()) {
        for (String p : c.partners()) {
          if (e.partners().contains(p)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
