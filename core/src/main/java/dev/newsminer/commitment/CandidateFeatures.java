package dev.newsminer.commitment;

import dev.newsminer.Commitment;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of a candidate commitment that the scorer weighs: how the trigger states it (its
 * class, word and action lemma), the kind the rules gave, whether an amount, a timeframe, partners or
 * a purpose were found, how the committer was found and what it is, the cues of its clause (reported,
 * conditional, "would", a price per share) and where it stands in the article (sentence, whether the
 * same committer was read before).
 *
 * <p>Not thread-safe; one per candidate.
 */
final class CandidateFeatures {

  private final List<String> features = new ArrayList<>();
  private final Commitment commitment;

  CandidateFeatures(SentenceView sv, TriggerHit h, Committer who, Commitment c, int sentenceIndex) {
    this.commitment = c;
    String cls = h.cls().name();
    String kind = c.kind().name();
    add("bias");
    add("trigger=" + cls);
    add("word=" + sv.lemma[h.at()]);
    add("action=" + (h.action() >= 0 ? sv.lemma[h.action()] : "none"));
    add("kind=" + kind);
    add("kind&trigger=" + kind + "&" + cls);
    add(c.amount() != null ? "amount" : "no-amount");
    add((c.amount() != null ? "amount&kind=" : "no-amount&kind=") + kind);
    add(who.indirect() ? "committer=indirect" : "committer=named");
    add("committer-type=" + who.org().type());
    if (!c.partners().isEmpty()) {
      add("partners");
    }
    if (c.timeframe() != null) {
      add("timeframe");
    }
    if (c.purpose() == null) {
      add("no-purpose");
    }
    if (c.beneficiary() != null) {
      add("beneficiary");
    }
    if (h.passive()) {
      add("passive");
    }
    if (h.refrain()) {
      add("refrain");
    }
    if (h.agreement()) {
      add("agreement");
    }
    if (h.noun() != null) {
      add("noun=" + h.noun());
    }
    if (h.at() > 0) {
      add("before=" + sv.lower[h.at() - 1]);
    }
    add("sentence=" + (sentenceIndex == 0 ? "0" : sentenceIndex == 1 ? "1" : sentenceIndex < 5 ? "2-4" : "5+"));
  }

  /** A lender of "commitments for" a loan. */
  static List<String> ofLender(Commitment c, int sentenceIndex) {
    List<String> out = new ArrayList<>();
    out.add("bias");
    out.add("trigger=LENDER");
    out.add("kind=" + c.kind());
    out.add(c.amount() != null ? "amount" : "no-amount");
    out.add("sentence=" + (sentenceIndex == 0 ? "0" : sentenceIndex == 1 ? "1" : sentenceIndex < 5 ? "2-4" : "5+"));
    return out;
  }

  /** The cues of the trigger's clause. */
  void clause(boolean reported, boolean conditional, boolean perShare, int hitsInSentence) {
    if (reported) {
      add("reported");
    }
    if (conditional) {
      add("conditional");
    }
    if (perShare) {
      add("per-share");
    }
    add(hitsInSentence == 1 ? "hits=1" : "hits=2+");
  }

  /** Where the candidate stands among the article's candidates before it. */
  void article(List<Candidate> before, Focus focus) {
    boolean sameCommitter = false;
    boolean sameKind = false;
    for (Candidate b : before) {
      if (b.commitment().organization().equals(commitment.organization())) {
        sameCommitter = true;
        sameKind |= b.commitment().kind() == commitment.kind();
      }
    }
    if (sameKind) {
      add("same-kind-before");
    } else if (sameCommitter) {
      add("same-committer-before");
    }
    if (focus.lead != null && focus.lead.name().equals(commitment.organization())) {
      add("lead");
    }
  }

  List<String> list() {
    return features;
  }

  private void add(String feature) {
    features.add(feature);
  }
}
