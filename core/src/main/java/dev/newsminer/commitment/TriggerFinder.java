package dev.newsminer.commitment;

import dev.newsminer.commitment.Lexicon.Trigger;
import dev.newsminer.commitment.OrgMentions.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the candidate triggers of a sentence: a modal or "is to" before an action ("will invest",
 * "is to build"), an intent or binding verb before "to" ("plans to", "agreed to acquire"), an
 * allocation of money ("earmarked 5 mln dlrs"), an agreement, plan or offer that is signed, reached or
 * made ("signed an agreement to"), a partnership verb ("joined forces", "teamed up") and a nominal
 * ("Chrysler's proposed acquisition of"). Words are compared by lemma and tag, not as exact strings.
 *
 * <p>Not thread-safe; one per sentence.
 */
final class TriggerFinder extends SentenceStep {

  /** A trigger while it is being found; frozen into a {@link TriggerHit}. */
  private static final class Hit {
    int at;
    int triggerEnd;
    int action = -1;
    Trigger cls;
    boolean passive;
    boolean nominalOwnerBefore;
    boolean agreement;
    boolean refrain;
    Mention owner;
    String noun;
    boolean coordinated;

    /**
     * A commitment named by a noun after the verb at {@code at}: an offer ("made a bid for", "began
     * a … tender offer for") or an order ("has ordered 20 Boeing 787-9 jets", "signed an order for").
     */
    static Hit nominal(int at, int triggerEnd, String noun) {
      Hit h = new Hit();
      h.at = at;
      h.cls = Trigger.NOMINAL;
      h.noun = noun;
      h.triggerEnd = triggerEnd;
      return h;
    }

    TriggerHit freeze() {
      return new TriggerHit(at, triggerEnd, action, cls, passive, nominalOwnerBefore, agreement, refrain, owner, noun, coordinated);
    }
  }

  private final boolean reported;

  TriggerFinder(SentenceView sv) {
    super(sv);
    this.reported = sv.reported;
  }

  /** The sentence's triggers in text order; a trigger's action is not read again as another trigger. */
  List<TriggerHit> find() {
    List<TriggerHit> hits = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      Hit h = detect(t);
      if (h != null) {
        hits.add(h.freeze());
        t = Math.max(t, (h.action >= 0 ? h.action : h.triggerEnd - 1));
        Hit joined = h.action >= 0 && h.cls != Trigger.GOAL && h.cls != Trigger.NOMINAL && !h.passive
            ? coordinatedAction(h) : null;
        if (joined != null) {
          hits.add(joined.freeze());
          t = joined.action;
        }
      }
    }
    return hits;
  }

  /**
   * A second action joined to {@code h}'s by "and" in the same clause, with the subject left out:
   * "would ban new gas boilers from 2027 and spend £40m to train engineers". Not when a purpose
   * clause ("to stimulate demand and reduce the surplus") or another clause stands between them.
   */
  private Hit coordinatedAction(Hit h) {
    for (int k = h.action + 1; k + 1 < n && k <= h.action + 25; k++) {
      String w = lower[k];
      if (w.equals(";") || w.equals(":") || w.equals("to") || w.equals("which") || w.equals("who")
          || w.equals("while") || w.equals("but") || w.equals("if") || w.equals("that")
          || Lexicon.REPORTING.contains(w) || Lexicon.SUBORDINATORS.contains(w) || detect(k) != null) {
        return null;
      }
      if (!w.equals("and")) {
        continue;
      }
      int v = k + 1;
      while (v < n && (tokens.get(v).tag().equals("ADV") || Lexicon.SKIPPABLE.contains(lower[v]))
          && !Lexicon.NEGATIONS.contains(lower[v])) {
        v++;
      }
      if (v < n && tokens.get(v).tag().equals("VERB") && lower[v].equals(lemma[v])
          && Character.isLowerCase(tokens.get(v).text().charAt(0)) && !Lexicon.NOT_ACTIONS.contains(lemma[v])) {
        Hit j = new Hit();
        j.at = v;
        j.cls = h.cls;
        j.action = v;
        j.triggerEnd = v + 1;
        j.coordinated = true;
        return j;
      }
    }
    return null;
  }

  Hit detect(int t) {
    String w = lower[t];
    String l = lemma[t];
    String tag = tokens.get(t).tag();
    // "will invest", "would provide", "is to establish"
    if (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("would") && reported
        || (w.equals("is") || w.equals("are")) && t + 2 < n && lower[t + 1].equals("to")
        && tokens.get(t + 2).tag().equals("VERB")) {
      int k = w.equals("is") || w.equals("are") ? t + 2 : t + 1;
      while (k < n && (Lexicon.SKIPPABLE.contains(lower[k]) && !lower[k].equals("in") || tokens.get(k).tag().equals("ADV")
          && !Lexicon.NEGATIONS.contains(lower[k]))) {
        k++;
      }
      if (k >= n || Lexicon.NEGATIONS.contains(lower[k])) {
        return null;
      }
      int beforeTime = k;
      k = afterTimePhrase(k);
      Hit h = new Hit();
      h.at = t;
      h.cls = Trigger.MODAL;
      if (lower[k].equals("be") && k + 1 < n) {
        Hit ready = readiness(k);
        if (ready != null) {
          ready.at = t; // "would be willing to contribute"
          return ready;
        }
        Hit received = k + 1 < n && Lexicon.RECEIVE.contains(lemma[k + 1]) ? receivedFrom(k + 1) : null;
        if (received != null) {
          received.at = t; // "will be funded by a donation from X"
          return received;
        }
        int v = k + 1;
        while (v < n && tokens.get(v).tag().equals("ADV")) {
          v++;
        }
        if (v < n && tokens.get(v).tag().equals("VERB") && !Lexicon.NOT_ACTIONS.contains(lemma[v])
            && !lower[v].endsWith("ing") && !sv.relativeClause(t)) {
          h.action = v;
          h.passive = true;
          h.triggerEnd = v + 1;
          return h;
        }
        return null;
      }
      // the tagger takes some verbs after a modal for adjectives ("would inject/ADJ 40 mln dlrs")
      boolean knownAction = Lexicon.FUND.contains(lemma[k]) || Lexicon.INVEST.contains(lemma[k])
          || Lexicon.ACQUIRE.contains(lemma[k]);
      boolean verb = tokens.get(k).tag().equals("VERB") || (k > beforeTime || knownAction) && sv.actionAfterTo(k);
      // "will pay for the line": paying the costs of something is an undertaking, paying a dividend is not
      boolean payFor = lemma[k].equals("pay") && k + 1 < n && lower[k + 1].equals("for");
      if (!verb || Lexicon.NOT_ACTIONS.contains(lemma[k]) && !payFor || sv.relativeClause(t)) {
        return null;
      }
      if (Lexicon.INTENT.containsKey(lemma[k]) && k + 1 < n && lower[k + 1].equals("to")) {
        return null; // "will seek to": the intent verb carries it
      }
      Hit agreed = agreement(k);
      if (agreed != null) {
        agreed.at = t; // "will make an offer to buy", "will sign an agreement with"
        return agreed;
      }
      h.action = k;
      h.triggerEnd = k + 1;
      return h;
    }
    // "plans to build", "agreed in principle to sell", "aims to promote", "is seeking to"
    Trigger intent = Lexicon.INTENT.get(l);
    if (intent != null && (tag.equals("VERB") || tag.equals("NOUN") && t + 2 < n && lower[t + 1].equals("to")
        && sv.actionAfterTo(t + 2) && w.endsWith("s") && t > 0 && !tokens.get(t - 1).tag().equals("DET")
        && !lower[t - 1].equals("'s") && !tokens.get(t - 1).tag().equals("ADJ"))) {
      int k = t + 1;
      if (k + 2 < n && lower[k].equals("in") && lower[k + 1].equals("principle")) {
        k += 2;
      }
      // "agreed with Sanwa Bank Ltd of Japan to cooperate": the partner named between verb and action
      if (l.equals("agree") && k + 2 < n && lower[k].equals("with") && orgAt[k + 1] >= 0) {
        int j = ms.get(orgAt[k + 1]).end();
        while (j < n && j <= k + 9 && !lower[j].equals("to") && (lower[j].equals("of") || lower[j].equals("the")
            || OrgMentions.capitalized(tokens.get(j)))) {
          j++;
        }
        if (j + 1 < n && lower[j].equals("to")) {
          k = j;
        }
      }
      // "pledged not to offer", "agreed not to sell": an undertaking to refrain is still one
      boolean refrain = k + 2 < n && lower[k].equals("not") && lower[k + 1].equals("to") && Lexicon.BINDING.contains(l);
      if (refrain) {
        k++;
      }
      if (k + 1 < n && lower[k].equals("to")) {
        int v = k + 1;
        while (v < n && tokens.get(v).tag().equals("ADV") && !Lexicon.NEGATIONS.contains(lower[v])) {
          v++;
        }
        if (v < n && sv.actionAfterTo(v) && !sv.relativeClause(t)) {
          Hit h = new Hit();
          h.at = t;
          h.cls = intent;
          h.action = v;
          h.triggerEnd = v + 1;
          h.refrain = refrain;
          return h;
        }
      }
      // "would seek acquisitions", "wants agreement by December"
      if (l.equals("seek") || l.equals("want") || l.equals("target")) {
        boolean someoneElse = false;
        for (int j = k; j < n && j < k + 8; j++) {
          // "wants X to act" asks someone else; "wants agreement on a plan to curb ..." does not
          someoneElse |= lower[j].equals("to") && j + 1 < n && tokens.get(j + 1).tag().equals("VERB")
              && !Lexicon.PLAN_NOUNS.contains(lower[j - 1]);
        }
        boolean bareNoun = k < n && tokens.get(k).tag().equals("NOUN");
        // "is seeking comments on the proposal": asking others for something is no goal
        someoneElse |= k < n && Lexicon.ASKED_FOR.contains(lower[k]);
        if (!someoneElse && k < n && (bareNoun || !l.equals("want") && (tokens.get(k).tag().equals("DET")
            || tokens.get(k).tag().equals("ADJ")))) {
          Hit h = new Hit();
          h.at = t;
          h.cls = Trigger.GOAL;
          h.triggerEnd = t + 1;
          h.action = t;
          return h;
        }
      }
    }
    // "committed approximately $100 million", "earmarked", "budgeted 178 mln dlrs", "set aside"
    if (Lexicon.ALLOCATE.contains(l) && tag.equals("VERB") && !(l.equals("set") && !(t + 1 < n && lower[t + 1].equals("aside")))) {
      int from = l.equals("set") ? t + 2 : t + 1;
      if (sv.moneyStartsNear(from, 4)) {
        Hit h = new Hit();
        h.at = t;
        h.cls = Trigger.ALLOCATE;
        h.triggerEnd = from;
        return h;
      }
    }
    // "approved a plan to expand", "reached an agreement to sell", "signed an agreement to", "approved a merger"
    if (tag.equals("VERB")) {
      Hit agreed = agreement(t);
      if (agreed != null) {
        return agreed;
      }
    }
    // "is still committed to invest", "remains willing to sell"
    if (Lexicon.BE_FORMS.contains(w) && !w.equals("was") && !w.equals("were") || l.equals("remain")) {
      Hit ready = readiness(t);
      if (ready != null) {
        return ready;
      }
    }
    // "has been awarded a grant from X", "received commitments from X for", "funded by a donation from X"
    if (tag.equals("VERB") && Lexicon.RECEIVE.contains(l)) {
      Hit received = receivedFrom(t);
      if (received != null) {
        return received;
      }
    }
    // "has ordered 20 Boeing 787-9 and 15 Airbus A350-1000 jets", "ordered 12 container ships from"
    if ((w.equals("ordered") || w.equals("orders")) && !tag.equals("NOUN") && t + 1 < n && (tokens.get(t + 1).tag().equals("NUM")
        || NUMBER_WORDS.contains(lower[t + 1]) || lower[t + 1].equals("up")) && t > 0 && !lower[t - 1].equals("was") && !lower[t - 1].equals("were")
        && !lower[t - 1].equals("been")) {
      return Hit.nominal(t, t + 1, "order"); // an order for equipment, placed by the subject
    }
    // "began a 100 dlrs a share cash tender offer for", "made a bid for"
    if ((l.equals("begin") || l.equals("launch") || l.equals("make") || l.equals("announce")) && tag.equals("VERB")) {
      for (int k = t + 1; k < n && k <= t + 10; k++) {
        if ((lower[k].equals("offer") || lower[k].equals("bid")) && k + 1 < n
            && (lower[k + 1].equals("for") || lower[k + 1].equals("to"))) {
          return Hit.nominal(t, k + 1, "offer");
        }
        if (tokens.get(k).tag().equals("VERB")) {
          break;
        }
      }
    }
    // "joined forces", "teamed up", "partnered with", "collaborated with", "formed a joint venture"
    if (tag.equals("VERB") || tag.equals("NOUN") && w.equals("partnered")) {
      if (l.equals("join") && t + 1 < n && (lower[t + 1].equals("forces") || lower[t + 1].equals("with"))
          || l.equals("team") && t + 1 < n && lower[t + 1].equals("up")
          || Lexicon.PARTNER.contains(l) && t + 1 < n && (lower[t + 1].equals("with") && (sv.orgWithin(t + 2, 3)
              || t + 2 < n && tokens.get(t + 2).tag().equals("PROPN"))
              || lower[t + 1].equals("to"))) {
        Hit h = new Hit();
        h.at = t;
        h.cls = Trigger.PARTNER;
        h.triggerEnd = t + (lower[t + 1].equals("with") || lower[t + 1].equals("to") || lower[t + 1].equals("on") ? 1 : 2);
        // "joined forces to establish an alliance": the action is part of this commitment
        int to = h.triggerEnd;
        while (to < n && to < h.triggerEnd + 6 && !lower[to].equals("to") && !tokens.get(to).tag().equals("VERB")) {
          to++;
        }
        if (to + 1 < n && lower[to].equals("to") && sv.actionAfterTo(to + 1)) {
          h.action = to + 1;
        }
        return h;
      }
      if (l.equals("form") || l.equals("create") || l.equals("establish") || l.equals("set")) {
        for (int k = t + 1; k < n && k <= t + 4; k++) {
          if (Lexicon.VENTURE_NOUNS.contains(lower[k]) && !lower[k].equals("joint")) {
            Hit h = new Hit();
            h.at = t;
            h.cls = Trigger.PARTNER;
            h.triggerEnd = k + 1;
            return h;
          }
        }
      }
    }
    // "Chrysler's proposed acquisition of", "its pledge of", "a $2 billion investment by X"
    if ((tag.equals("NOUN") || tag.equals("PROPN") && Character.isLowerCase(tokens.get(t).text().charAt(0)))
        && Lexicon.NOMINALS.contains(w)) {
      return nominal(t);
    }
    return null;
  }

  /**
   * An agreement, plan, offer or deal that the verb at {@code t} signs, reaches, enters into, makes or
   * approves: "reached an agreement to sell", "entered into a conditional agreement to acquire",
   * "signed a memorandum of understanding with", "announced plans Friday to open", "approved a merger".
   */
  private Hit agreement(int t) {
    String l = lemma[t];
    if (Lexicon.AGREEMENT_VERBS.contains(l)) {
      int k = t + 1;
      while (k < n && k <= t + 4 && (tokens.get(k).tag().equals("DET") || tokens.get(k).tag().equals("ADJ")
          || tokens.get(k).tag().equals("ADV") || lower[k].equals("principle") || lower[k].equals("in")
          || lower[k].equals("into") && l.equals("enter"))) {
        k++;
      }
      // "signed a five-year shirt sponsorship deal with", "approved a $500 million loan": the noun
      // the verb governs may follow a compound of numbers, money and other nouns
      k = dealNounAfter(k, t + 9);
      if (k < n) {
        String noun = lower[k];
        if (noun.equals("order") && (l.equals("sign") || l.equals("place")) && k + 1 < n && lower[k + 1].equals("for")) {
          return Hit.nominal(t, k + 1, "order"); // "signed a firm order for 60 jets": equipment bought
        }
        boolean agreement = Lexicon.AGREEMENT_NOUNS.contains(noun);
        boolean plan = noun.equals("plan") || noun.equals("plans") || noun.equals("proposal") || noun.equals("programme")
            || noun.equals("program");
        boolean goal = noun.equals("goal") || noun.equals("target") || noun.equals("objectives") || noun.equals("objective")
            || noun.equals("goals") || noun.equals("targets");
        boolean offer = noun.equals("offer") || noun.equals("bid");
        int v = k + 1;
        while (v < n && v <= k + 8 && !lower[v].equals("to") && !lower[v].equals("with") && !lower[v].equals("for")
            && !lower[v].equals(",") && !lower[v].equals("including")) {
          v++;
        }
        int verb = v + 1;
        while (verb < n && tokens.get(verb).tag().equals("ADV")) {
          verb++;
        }
        boolean toVerb = verb < n && v < n && lower[v].equals("to") && sv.actionAfterTo(verb);
        if ((agreement || plan || offer) && toVerb && !(l.equals("announce") && !plan)) {
          Hit h = new Hit();
          h.at = t;
          h.agreement = agreement;
          h.cls = agreement || offer ? Trigger.AGREE : Trigger.INTENT;
          h.action = verb;
          h.triggerEnd = verb + 1;
          return h;
        }
        if (offer && (l.equals("make") || l.equals("announce")) && v < n && lower[v].equals("for")) {
          return Hit.nominal(t, k + 1, "offer");
        }
        if (agreement && !l.equals("announce") && !l.equals("approve") && v < n && lower[v].equals("with")) {
          Hit h = new Hit();
          h.at = t;
          h.cls = Trigger.PARTNER;
          h.triggerEnd = k + 1;
          return h;
        }
        String deal = Lexicon.APPROVED_DEALS.get(noun);
        if (deal != null && (l.equals("approve") || l.equals("authorize") || l.equals("authorise"))
            && !(k + 1 < n && lower[k + 1].equals("by"))) {
          Hit h = new Hit();
          h.at = t;
          h.cls = Trigger.NOMINAL;
          h.noun = deal;
          h.triggerEnd = k + 1;
          return h;
        }
        if (goal && (l.equals("set") || l.equals("outline") || l.equals("announce"))) {
          Hit h = new Hit();
          h.at = t;
          h.cls = Trigger.GOAL;
          h.triggerEnd = k + 1;
          h.action = -1;
          return h;
        }
      }
    }
    return null;
  }

  /**
   * The noun an agreement verb governs: {@code k} when it is an agreement, plan, offer, deal or goal
   * noun, else the first such noun before {@code limit} that only a compound of nouns, names, numbers
   * and money words leads to; {@code k} when there is none.
   */
  private int dealNounAfter(int k, int limit) {
    if (k >= n || dealNoun(lower[k])) {
      return k;
    }
    for (int j = k; j < n && j <= limit; j++) {
      if (dealNoun(lower[j])) {
        return j;
      }
      String tag = tokens.get(j).tag();
      boolean compound = tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM") || tag.equals("SYM")
          || tag.equals("ADJ") || tag.equals("DET") || lower[j].equals("-") || lower[j].equals("$");
      if (!compound || orgAt[j] >= 0 || lower[j].equals("with") || lower[j].equals("to")) {
        return k;
      }
    }
    return k;
  }

  private static boolean dealNoun(String w) {
    return Lexicon.AGREEMENT_NOUNS.contains(w) || Lexicon.APPROVED_DEALS.containsKey(w) || w.equals("plan")
        || w.equals("plans") || w.equals("proposal") || w.equals("programme") || w.equals("program")
        || w.equals("offer") || w.equals("bid") || w.equals("order") || w.equals("goal") || w.equals("target")
        || w.equals("objective") || w.equals("objectives") || w.equals("goals") || w.equals("targets");
  }

  /** Numbers in words, which the tagger may take for nouns ("ordered eight/NOUN container ships"). */
  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds");

  /**
   * "be" or "remain" (at {@code t}) ready to act: "is still committed to invest", "would be willing to
   * contribute", "are prepared to sell". Committed and determined bind; willing and ready intend.
   */
  private Hit readiness(int t) {
    int k = t + 1;
    while (k < n && (tokens.get(k).tag().equals("ADV") || Lexicon.SKIPPABLE.contains(lower[k]))
        && !Lexicon.NEGATIONS.contains(lower[k])) {
      k++;
    }
    if (k + 2 >= n || !Lexicon.READY.contains(lower[k]) || !lower[k + 1].equals("to")) {
      return null;
    }
    int v = k + 2;
    while (v < n && tokens.get(v).tag().equals("ADV") && !Lexicon.NEGATIONS.contains(lower[v])) {
      v++;
    }
    if (v >= n || !sv.actionAfterTo(v)) {
      return null;
    }
    Hit h = new Hit();
    h.at = t;
    h.cls = lower[k].equals("committed") || lower[k].equals("determined") ? Trigger.COMMIT : Trigger.INTENT;
    h.action = v;
    h.triggerEnd = v + 1;
    return h;
  }

  /**
   * Money received from someone, who is the committer: "has been awarded a grant from X", "received
   * a commitment from X for 30 mln dlrs", "secured a loan from X", "funded by a donation from X".
   */
  private Hit receivedFrom(int t) {
    boolean byVerb = Lexicon.FUNDED_BY.contains(lemma[t]);
    if (byVerb && !(t + 1 < n && lower[t + 1].equals("by"))) {
      return null;
    }
    for (int k = t + 1; k < n && k <= t + 8; k++) {
      if (lower[k].equals(",") || lower[k].equals(";") || k > t + 1 && tokens.get(k).tag().equals("VERB")) {
        return null;
      }
      if (!Lexicon.FUNDING_NOUNS.contains(lower[k])) {
        continue;
      }
      for (int j = k + 1; j < n && j <= k + 8; j++) {
        if (lower[j].equals(",") || lower[j].equals(";") || tokens.get(j).tag().equals("VERB")) {
          return null;
        }
        if (lower[j].equals("from") || lower[j].equals("by")) {
          int a = j + 1;
          while (a < n && a <= j + 3 && orgAt[a] < 0 && (tokens.get(a).tag().equals("DET")
              || tokens.get(a).tag().equals("ADJ"))) {
            a++;
          }
          if (a < n && orgAt[a] >= 0) {
            Hit h = new Hit();
            h.at = t;
            h.cls = Trigger.NOMINAL;
            h.noun = lower[k];
            h.owner = ms.get(orgAt[a]);
            h.triggerEnd = k + 1;
            return h;
          }
        }
      }
      return null;
    }
    return null;
  }

  /**
   * The first token after a time phrase that stands between a modal and its verb ("will from next
   * autumn mint", "will starting in May sell"), or {@code k} when there is none.
   */
  private int afterTimePhrase(int k) {
    if (k >= n || !Lexicon.TIME_LEADS.contains(lower[k])) {
      return k;
    }
    for (int j = k + 1; j < n && j <= k + 4; j++) {
      if (lower[j].equals(",")) {
        return k;
      }
      if (j > k + 1 && Character.isLowerCase(tokens.get(j).text().charAt(0))
          && (tokens.get(j).tag().equals("VERB") || sv.actionAfterTo(j)) && !Lexicon.TIME_WORDS.contains(lower[j])) {
        return j;
      }
    }
    return k;
  }

  Hit nominal(int t) {
    String w = lower[t];
    boolean acquisitionNoun = w.equals("acquisition") || w.equals("takeover") || w.equals("merger")
        || w.equals("investment");
    int k = t - 1;
    boolean proposed = false;
    while (k >= 0 && (tokens.get(k).tag().equals("ADJ") || tokens.get(k).tag().equals("NOUN")
        || lower[k].equals("proposed") || lower[k].equals("planned") || tokens.get(k).tag().equals("NUM")
        || tokens.get(k).tag().equals("SYM") || lower[k].equals("mln") || lower[k].equals("dlr"))) {
      proposed |= lower[k].equals("proposed") || lower[k].equals("planned");
      k--;
    }
    if (acquisitionNoun && !proposed) {
      // "a $2 billion investment by X": the agent follows
      if (t + 1 < n && lower[t + 1].equals("by") && t + 2 < n && orgAt[t + 2] >= 0 && sv.moneyStartsNear(k + 1, t - k)) {
        Hit h = new Hit();
        h.at = t;
        h.cls = Trigger.NOMINAL;
        h.noun = w;
        h.triggerEnd = t + 1;
        h.owner = ms.get(orgAt[t + 2]);
        return h;
      }
      return null;
    }
    boolean complement = t + 1 < n && (lower[t + 1].equals("of") || lower[t + 1].equals("to") || lower[t + 1].equals("for"));
    if (!complement) {
      return null;
    }
    Mention owner = null;
    if (k >= 1 && lower[k].equals("'s") && orgAt[k - 1] >= 0) {
      owner = ms.get(orgAt[k - 1]);
    } else if (k >= 0 && (lower[k].equals("its") || lower[k].equals("their"))) {
      owner = null; // resolved like "it" below
    } else {
      return null;
    }
    if (w.equals("plan") || w.equals("plans") || w.equals("intention")) {
      if (!(lower[t + 1].equals("to") && t + 2 < n && tokens.get(t + 2).tag().equals("VERB"))
          && !lower[t + 1].equals("of")) {
        return null;
      }
    }
    Hit h = new Hit();
    h.at = k >= 1 && lower[k].equals("'s") ? k - 1 : k;
    h.cls = Trigger.NOMINAL;
    h.noun = w;
    h.owner = owner;
    h.nominalOwnerBefore = true;
    h.triggerEnd = t + 1;
    if (lower[t + 1].equals("to") && t + 2 < n && tokens.get(t + 2).tag().equals("VERB")) {
      h.action = t + 2;
    }
    return h;
  }
}
