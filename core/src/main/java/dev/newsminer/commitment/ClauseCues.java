package dev.newsminer.commitment;

/**
 * Reads what frames a trigger in its clause: a forecast or subordinate clause before it, speculation
 * by others ("analysts said"), a negation ("has no plans to"), a modal of obligation or possibility
 * ("could sell"), a thing rather than an organization before "will" ("the dollar will"), a condition
 * ("if", "subject to") and a routine notice (dividends, splits).
 *
 * <p>Not thread-safe; one per sentence.
 */
final class ClauseCues extends SentenceStep {

  ClauseCues(SentenceView sv) {
    super(sv);
  }

  /** Whether a forecast word ("expects") or a subordinating conjunction ("as", "because") governs the trigger. */
  boolean forecastOrSubordinate(int clauseStart, int at) {
    for (int k = clauseStart; k < at; k++) {
      // "after Globex agreed to sell": what the organization after "after" agreed is its commitment
      boolean afterAnOrganization = lower[k].equals("after") && k + 1 < n && orgAt[k + 1] >= 0;
      if (Lexicon.FORECAST.contains(lower[k])
          || tokens.get(k).tag().equals("SCONJ") && Lexicon.SUBORDINATORS.contains(lower[k]) && !afterAnOrganization) {
        return true;
      }
    }
    return false;
  }

  boolean speculation(int reporting) {
    int from = sv.clauseStart(reporting);
    for (int k = from; k < reporting; k++) {
      if (Lexicon.SPECULATORS.contains(lower[k]) && orgAt[k] < 0) {
        return true;
      }
    }
    return false;
  }

  boolean negated(TriggerHit h, int clauseStart) {
    int from = Math.max(clauseStart, h.at() - 4);
    for (int k = from; k < h.at(); k++) {
      if (Lexicon.NEGATIONS.contains(lower[k])) {
        return true;
      }
    }
    // "agreed not to sell" is still an undertaking; "has not agreed" is not
    return false;
  }

  /**
   * Whether a modal of obligation or possibility governs the trigger: "it must also seek", "the
   * company could sell" are someone's view of what should or might happen, not an undertaking.
   */
  boolean obliged(int at, int clauseStart) {
    int k = at - 1;
    while (k >= clauseStart && (tokens.get(k).tag().equals("ADV") || Lexicon.SKIPPABLE.contains(lower[k]))) {
      k--;
    }
    return k >= clauseStart && Lexicon.OBLIGATIONS.contains(lower[k]);
  }

  /**
   * Whether a bare "will" or "would" follows a common noun that names no organization: "the dollar
   * would collapse", "their balance of payments will swing" forecast what a thing will do; only
   * an organization, a pronoun or "the company" can undertake something.
   */
  boolean thingBeforeModal(int at) {
    if (!lower[at].equals("will") && !lower[at].equals("would")) {
      return false;
    }
    int k = at - 1;
    while (k >= 0 && (tokens.get(k).tag().equals("ADV") || Lexicon.SKIPPABLE.contains(lower[k]))) {
      k--;
    }
    return k >= 0 && orgAt[k] < 0 && tokens.get(k).tag().equals("NOUN") && !Lexicon.DEFINITES.containsKey(lower[k])
        && !Lexicon.PLURAL_DEFINITES.contains(lower[k]);
  }

  /** Whether the trigger is in the condition itself: "... if it is to sanction an increase". */
  boolean conditionClause(int from, int at) {
    for (int k = Math.max(from, at - 4); k < at; k++) {
      if (lower[k].equals("if") || lower[k].equals("unless")) {
        return true;
      }
    }
    return false;
  }

  boolean conditional(int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.CONDITIONS.contains(lower[k]) && !(lower[k].equals("subject") && !(k + 1 < n && lower[k + 1].equals("to")))) {
        return true;
      }
    }
    return false;
  }

  boolean routine(TriggerHit h, int end) {
    int from = h.action() >= 0 ? h.action() : h.triggerEnd();
    for (int k = Math.max(0, from); k < Math.min(end, from + 7); k++) {
      if (Lexicon.ROUTINE.contains(lower[k])) {
        return true;
      }
    }
    return false;
  }
}
