package dev.newsminer.commitment;

import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import dev.newsminer.OrganizationType;
import dev.newsminer.commitment.OrgMentions.Mention;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the candidate commitments of one sentence, step by step: its triggers ({@link TriggerFinder}),
 * what frames each ({@link ClauseCues}), who commits ({@link CommitterFinder}), the fields of the
 * trigger's clause ({@link FieldReader}) and the kind ({@link KindRules}); each candidate carries the
 * features the scorer weighs ({@link CandidateFeatures}).
 *
 * <p>Not thread-safe; one per sentence.
 */
final class SentenceReader {

  private final SentenceView sv;
  private final Focus focus;
  private final int sentenceIndex;
  private final ClauseCues cues;
  private final CommitterFinder committers;
  private final FieldReader fields;
  private final KindRules kinds;

  SentenceReader(SentenceView sv, Focus focus, int sentenceIndex) {
    this.sv = sv;
    this.focus = focus;
    this.sentenceIndex = sentenceIndex;
    this.cues = new ClauseCues(sv);
    this.committers = new CommitterFinder(sv, focus);
    this.fields = new FieldReader(sv);
    this.kinds = new KindRules(sv);
  }

  /**
   * Adds the sentence's candidates to {@code out}, the article's so far, leaving out what it restates.
   *
   * @param seenAmounts the committer, kind and amount of every candidate of the article so far
   */
  void read(List<Candidate> out, Set<String> seenAmounts) {
    List<TriggerHit> hits = new TriggerFinder(sv).find();
    for (Commitment lender : new LenderReader(sv).read()) {
      out.add(new Candidate(lender, CandidateFeatures.ofLender(lender, sentenceIndex)));
    }
    if (hits.isEmpty()) {
      return;
    }
    Set<String> kept = new HashSet<>();
    Set<Integer> joined = new HashSet<>();
    int sentenceFirst = out.size();
    Committer previous = null;
    for (int k = 0; k < hits.size(); k++) {
      TriggerHit h = hits.get(k);
      int limit = k + 1 < hits.size() ? hits.get(k + 1).at() : sv.n;
      Candidate c = build(h, limit, previous, hits.size(), out);
      committers.previousEnd = h.action() >= 0 ? h.action() + 1 : h.triggerEnd();
      if (c == null) {
        continue;
      }
      previous = lastCommitter;
      Commitment cm = c.commitment();
      String key = cm.organization() + "|" + cm.kind();
      // one sum of one committer is one commitment, however a later sentence words it
      String amountKey = cm.amount() == null ? null : cm.organization() + "|" + cm.amount().value();
      if (kept.add(key) && (amountKey == null || seenAmounts.add(amountKey)) && !Restatements.restated(cm, out)) {
        if (h.coordinated() || joinedByAnd(h.at())) {
          joined.add(out.size());
        }
        out.add(c);
      }
    }
    Restatements.dropGenericPledges(out, sentenceFirst, joined);
  }

  private Committer lastCommitter;

  /** Whether "and" (and adverbs) comes right before the trigger at {@code at}: "... and would inject". */
  private boolean joinedByAnd(int at) {
    int k = at - 1;
    while (k > 0 && (sv.tag(k).equals("ADV") || Lexicon.SKIPPABLE.contains(sv.lower[k]))) {
      k--;
    }
    return k > 0 && sv.lower[k].equals("and");
  }

  private Candidate build(TriggerHit h, int limit, Committer previous, int hitsInSentence, List<Candidate> before) {
    int clauseStart = sv.clauseStart(h.at());
    // forecasts, estimates and speculation govern what follows them
    if (cues.forecastOrSubordinate(clauseStart, h.at())) {
      return null;
    }
    int speakerEnd = sv.reportingBefore(h.at());
    if (speakerEnd >= 0 && cues.speculation(speakerEnd)) {
      return null;
    }
    if (cues.negated(h, clauseStart) || cues.obliged(h.at(), clauseStart) || !h.passive() && h.owner() == null
        && !joinedByAnd(h.at()) && cues.thingBeforeModal(h.at())) {
      return null;
    }
    // what a newspaper reports of others is its report, not their statement
    Mention reporter = speakerEnd >= 0 ? committers.speaker(speakerEnd) : null;
    boolean mediaReport = reporter != null && reporter.type() == OrganizationType.MEDIA;
    if (cues.conditionClause(clauseStart, h.at())) {
      return null;
    }
    Committer who = committers.committer(h, clauseStart, speakerEnd, previous);
    if (who == null || who.org() == null || mediaReport && !who.org().name().equals(reporter.name())) {
      return null;
    }
    lastCommitter = who;
    int end = fields.clauseEnd(h, limit);
    MoneyParser.Money m = fields.amount(h, clauseStart, end);
    CommitmentKind kind = kinds.kind(h, end, m, !who.partners().isEmpty());
    if (kind == null) {
      return null;
    }
    if (kind != CommitmentKind.ACQUISITION && cues.routine(h, end)) {
      return null;
    }
    // the previous trigger's timeframe is its own: "will close two plants by June and invest 5 mln dlrs"
    TimeframeParser.Found tf = fields.timeframe(h, committers.previousEnd > 0 ? h.at() : clauseStart, end);
    int purposeStart = fields.purposeStart(h, m, end);
    int purposeEnd = fields.purposeEnd(purposeStart, end, tf);
    String purpose = sv.span(purposeStart, purposeEnd);
    String beneficiary = kind == CommitmentKind.FUNDING || kind == CommitmentKind.PLEDGE
        ? fields.beneficiary(h, m, purposeStart, end) : null;
    List<String> partners = fields.partners(h, who, kind, end);
    boolean conditional = cues.conditional(h.at(), end);
    double confidence = switch (h.cls()) {
      case COMMIT, ALLOCATE -> 0.9;
      case AGREE -> 0.85;
      case GOAL -> 0.75;
      case NOMINAL -> 0.6;
      default -> 0.8;
    };
    if (sv.lower[h.at()].equals("would")) {
      confidence -= 0.1;
    }
    if (who.indirect()) {
      confidence -= 0.05;
    }
    if (conditional) {
      confidence *= 0.6;
    }
    int triggerFrom = sv.tokens.get(h.at()).start();
    int triggerTo = sv.tokens.get(Math.min(sv.n, h.triggerEnd()) - 1).end();
    String trigger = sv.text.substring(triggerFrom, triggerTo);
    Commitment c = new Commitment(who.org().name(), partners, kind, trigger, m == null ? null : m.amount(), purpose,
        beneficiary, tf == null ? null : tf.timeframe(), Math.round(confidence * 100) / 100.0, sv.evidence());
    CandidateFeatures features = new CandidateFeatures(sv, h, who, c, sentenceIndex);
    features.clause(speakerEnd >= 0, conditional, m != null && m.perShare(), hitsInSentence);
    features.article(before, focus);
    return new Candidate(c, features.list());
  }
}
