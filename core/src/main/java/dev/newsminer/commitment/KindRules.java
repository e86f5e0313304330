package dev.newsminer.commitment;

import dev.newsminer.CommitmentKind;
import dev.newsminer.commitment.Lexicon.Trigger;

/**
 * Decides a commitment's kind from its trigger, its action's lemma and the words of its object, as
 * {@code docs/commitments.md} ranks them: ACQUISITION before INVESTMENT, FUNDING before PLEDGE,
 * PARTNERSHIP before TARGET.
 *
 * <p>Not thread-safe; one per sentence.
 */
final class KindRules extends SentenceStep {

  KindRules(SentenceView sv) {
    super(sv);
  }

  CommitmentKind kind(TriggerHit h, int end, MoneyParser.Money m, boolean joint) {
    int a = h.action();
    String act = a >= 0 ? lemma[a] : "";
    int objFrom = a >= 0 ? a + 1 : h.triggerEnd();
    boolean back = a >= 0 && a + 1 < n && (lower[a + 1].equals("back") || lower[a + 1].startsWith("back"));
    boolean ventureWord = false;
    boolean withOrg = false;
    boolean moneyWord = m != null;
    boolean acquisitionWord = false;
    boolean payFor = false;
    boolean workWith = false;
    for (int k = Math.max(0, objFrom); k < end && k < objFrom + 10; k++) {
      ventureWord |= Lexicon.VENTURE_NOUNS.contains(lower[k]) && k < objFrom + 5;
      withOrg |= lower[k].equals("with") && k + 1 < n && orgAt[k + 1] >= 0;
      moneyWord |= Lexicon.MONEY_NOUNS.contains(lower[k]) && k < objFrom + 6;
      acquisitionWord |= (lower[k].equals("acquisition") || lower[k].equals("acquisitions") || lower[k].equals("takeover")
          || lower[k].equals("merger")) && k < objFrom + 3;
      // "agreed to pay 40 dlrs a share for X" buys X; "will pay for the line" pays its costs
      payFor |= lower[k].equals("for") && act.equals("pay") && k > objFrom;
      workWith |= lower[k].equals("with") && k < objFrom + 3;
    }
    if (h.refrain()) {
      return CommitmentKind.PLEDGE;
    }
    // a buy-back is spending on the organization's own shares or debt, whatever verb offers it
    for (int k = Math.max(0, objFrom); k < end && k < objFrom + 10; k++) {
      if (Lexicon.BUYBACKS.contains(lower[k])) {
        return CommitmentKind.INVESTMENT;
      }
    }
    if (h.cls() == Trigger.NOMINAL) {
      String noun = h.noun();
      if (noun.equals("acquisition") || noun.equals("takeover") || noun.equals("merger") || noun.equals("offer")
          || noun.equals("bid")) {
        return CommitmentKind.ACQUISITION;
      }
      if (noun.equals("investment") && !received(h) || noun.equals("buyback") || noun.equals("order")) {
        return CommitmentKind.INVESTMENT;
      }
      if (Lexicon.FUNDING_NOUNS.contains(noun) && (received(h) || !noun.startsWith("commitment"))) {
        return CommitmentKind.FUNDING;
      }
      if (noun.startsWith("target") || noun.startsWith("goal") || noun.startsWith("objective")) {
        return CommitmentKind.TARGET;
      }
    }
    if (!back && (Lexicon.ACQUIRE.contains(act) || payFor || acquisitionWord && (act.equals("seek") || act.equals("make")
        || act.equals("pursue") || act.equals("want")))) {
      return CommitmentKind.ACQUISITION;
    }
    if (h.cls() == Trigger.PARTNER || Lexicon.PARTNER.contains(act)
        || (act.equals("join") || act.equals("team")) && withOrg || act.equals("work") && workWith
        || ventureWord && (act.equals("form") || act.equals("create") || act.equals("establish") || act.equals("set")
        || act.equals("open") || act.equals("launch") || act.equals("work"))) {
      return CommitmentKind.PARTNERSHIP;
    }
    // "Tata Steel and BHP signed an agreement to jointly test ...": an agreement between them
    boolean jointly = false;
    for (int k = h.at(); k < end && k < h.triggerEnd() + 2; k++) {
      jointly |= lower[k].equals("jointly") || lower[k].equals("together");
    }
    if (h.agreement() && (joint || jointly || withOrg) && !Lexicon.FUND.contains(act) && !Lexicon.INVEST.contains(act)) {
      return CommitmentKind.PARTNERSHIP;
    }
    if (h.cls() == Trigger.GOAL) {
      return CommitmentKind.TARGET;
    }
    if (h.cls() == Trigger.ALLOCATE) {
      for (int k = h.triggerEnd(); k < end; k++) {
        if (lower[k].equals("spending") || lower[k].equals("expenditure") || lower[k].equals("expenditures")
            || lemma[k].equals("invest") || lemma[k].equals("build") || lemma[k].equals("expand")) {
          return CommitmentKind.INVESTMENT;
        }
      }
      return CommitmentKind.FUNDING;
    }
    if (Lexicon.FUND.contains(act) || Lexicon.FUND_IF_MONEY.contains(act) && moneyWord) {
      return CommitmentKind.FUNDING;
    }
    boolean asset = m != null;
    for (int k = Math.max(0, objFrom); k < end && k < objFrom + 8; k++) {
      asset |= Lexicon.ASSETS.contains(lower[k]);
    }
    boolean paysCosts = act.equals("pay") && objFrom < n && lower[objFrom].equals("for");
    if (Lexicon.INVEST.contains(act) || Lexicon.INVEST_IF_ASSET.contains(act) && asset || paysCosts
        || back && (act.equals("buy") || act.equals("repurchase"))) {
      return CommitmentKind.INVESTMENT;
    }
    if ((h.cls() == Trigger.COMMIT) && m != null) {
      return CommitmentKind.FUNDING;
    }
    if (h.cls() == Trigger.NOMINAL && m != null && (h.noun().equals("pledge") || h.noun().equals("commitment"))) {
      return CommitmentKind.FUNDING;
    }
    return CommitmentKind.PLEDGE;
  }

  /** Whether a nominal trigger names money received from its owner ("a grant from X", "commitments from X"). */
  private boolean received(TriggerHit h) {
    return h.owner() != null && !h.nominalOwnerBefore() && Lexicon.RECEIVE.contains(lemma[h.at()]);
  }
}
