package dev.newsminer.commitment;

import dev.newsminer.CommitmentKind;
import dev.newsminer.OrganizationType;
import dev.newsminer.commitment.Lexicon.Trigger;
import dev.newsminer.commitment.OrgMentions.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a commitment's fields from its trigger's own clause: where the clause ends, the amount
 * (not a price per share, not the "from" of a change), the timeframe, the purpose as a phrase, the
 * beneficiary and the partners.
 *
 * <p>Not thread-safe; one per sentence.
 */
final class FieldReader extends SentenceStep {

  FieldReader(SentenceView sv) {
    super(sv);
  }

  int clauseEnd(TriggerHit h, int limit) {
    int from = Math.max(h.triggerEnd(), h.action() + 1);
    for (int k = from; k < limit; k++) {
      if (lower[k].equals(";")) {
        return k;
      }
      if (lower[k].equals(",") && k + 1 < n) {
        // ", said X", ", the company said", ", according to"
        for (int j = k + 1; j < Math.min(n, k + 8); j++) {
          if (Lexicon.REPORTING.contains(lower[j]) || lower[j].equals("according")) {
            return k;
          }
          if (tokens.get(j).tag().equals("VERB") && !Lexicon.REPORTING.contains(lower[j])) {
            break;
          }
        }
      }
    }
    return limit;
  }

  MoneyParser.Money amount(TriggerHit h, int clauseStart, int end) {
    int lo = tokens.get(Math.max(clauseStart, 0)).start();
    int from = h.cls() == Trigger.NOMINAL && h.nominalOwnerBefore() ? tokens.get(h.at()).start()
        : h.passive() || h.cls() == Trigger.NOMINAL ? lo : tokens.get(h.at()).start();
    int to = end < n ? tokens.get(end).start() : sentence.end();
    // "will cut 30,000 jobs after a $1.6 billion loss", "with Brazil, who hold 700 mln dlrs": another clause's money
    for (int k = Math.max(h.triggerEnd(), h.action() + 1); k < end && k < n; k++) {
      boolean relative = (lower[k].equals("who") || lower[k].equals("whose") || lower[k].equals("which"))
          && lower[k - 1].equals(",");
      if (relative || Lexicon.OTHER_CLAUSE.contains(lower[k]) && !lower[k].equals("who") && !lower[k].equals("whose")
          && !lower[k].equals("which")) {
        to = Math.min(to, tokens.get(k).start());
        break;
      }
    }
    MoneyParser.Money perShare = null;
    for (MoneyParser.Money m : sv.money()) {
      if (m.start() < from || m.start() >= to) {
        continue;
      }
      if (isFromAmount(m)) {
        continue;
      }
      if (m.perShare()) {
        // a price per share may stand for an offer; a price per barrel or per dose is no sum committed
        perShare = perShare == null && m.amount().text().endsWith("share") ? m : perShare;
        continue;
      }
      return m;
    }
    return perShare;
  }

  /** "to 115 billion francs from 129 billion": the amount after "from" is where it starts, not the sum. */
  boolean isFromAmount(MoneyParser.Money m) {
    int i = m.start() - 1;
    while (i >= sentence.start() && text.charAt(i) == ' ') {
      i--;
    }
    return i >= sentence.start() + 3 && text.regionMatches(true, i - 3, "from", 0, 4);
  }

  TimeframeParser.Found timeframe(TriggerHit h, int clauseStart, int end) {
    int from = tokens.get(clauseStart < n ? clauseStart : 0).start();
    int to = end < n ? tokens.get(end).start() : sentence.end();
    int triggerAt = tokens.get(h.at()).start();
    TimeframeParser.Found before = null;
    LocalDate published = sv.published;
    for (TimeframeParser.Found f : sv.timeframes()) {
      if (f.start() < from || f.start() >= to) {
        continue;
      }
      if (published != null && f.timeframe().until() != null && f.timeframe().until().isBefore(published)) {
        continue;
      }
      if (f.start() >= triggerAt) {
        return f;
      }
      before = before == null ? f : before;
    }
    return before;
  }

  int purposeStart(TriggerHit h, MoneyParser.Money m, int end) {
    if (h.cls() == Trigger.ALLOCATE || h.cls() == Trigger.PARTNER || h.cls() == Trigger.NOMINAL && h.action() < 0) {
      int from = h.triggerEnd();
      if (m != null) {
        for (int k = from; k < end; k++) {
          if (tokens.get(k).start() >= m.end()) {
            from = k;
            break;
          }
        }
      }
      // "a memorandum of understanding with the Maharashtra State Electricity Distribution Company to
      // speed up": the action may follow a partner's long name
      for (int k = from; k < end && k < from + 16; k++) {
        if (lower[k].equals("to") && k + 1 < end && sv.actionAfterTo(k + 1)) {
          return k + 1;
        }
      }
      if (from < end && (lower[from].equals("for") || lower[from].equals("of") || lower[from].equals("to"))) {
        return from + 1;
      }
      return from;
    }
    return h.action() >= 0 ? h.action() : h.triggerEnd();
  }

  int purposeEnd(int start, int end, TimeframeParser.Found tf) {
    // A purpose runs to its clause's end or an earlier boundary; past 14 tokens it still runs to the
    // next comma or semicolon within 30, rather than stop inside an amount, a price or a name
    // ("KSh 1.3bn ($10" ...), and only a clause longer than that is cut at 14.
    int stop = Math.min(end, start + 30);
    for (int k = start + 1; k < stop; k++) {
      if (k >= start + 14 && (lower[k].equals(",") || lower[k].equals(";"))) {
        return k;
      }
      if (tf != null && tokens.get(k).start() >= tf.start() && tokens.get(k).start() < tf.end()) {
        return k;
      }
      if (lower[k].equals(",") && k + 1 < n && (lower[k + 1].equals("which") || lower[k + 1].equals("who")
          || lower[k + 1].equals("while") || lower[k + 1].equals("but") || lower[k + 1].equals("said"))) {
        return k;
      }
      if ((lower[k].equals("and") || lower[k].equals("but")) && k + 1 < n
          && (tokens.get(k + 1).tag().equals("AUX") || tokens.get(k + 1).tag().equals("VERB")
          && (lower[k + 1].endsWith("ed") || Lexicon.REPORTING.contains(lower[k + 1])))) {
        return k;
      }
      if (lower[k].equals(".") && k == n - 1) {
        return k;
      }
    }
    return stop < end ? Math.min(end, start + 14) : stop;
  }

  String beneficiary(TriggerHit h, MoneyParser.Money m, int purposeStart, int end) {
    int from = h.action() >= 0 ? h.action() + 1 : h.triggerEnd();
    for (int pass = 0; pass < 2; pass++) {
      for (int k = from; k + 1 < end && k < from + 16; k++) {
        boolean prep = pass == 0 ? lower[k].equals("to") : lower[k].equals("at") || lower[k].equals("for");
        if (!prep || m != null && tokens.get(k).start() < m.end() && pass == 0 && tokens.get(k).start() >= m.start()) {
          continue;
        }
        int s = k + 1;
        String tag = tokens.get(s).tag();
        if (tag.equals("VERB") || tag.equals("NUM") || tag.equals("SYM") || tag.equals("AUX")
            || pass == 0 && Lexicon.isVerb(lower[s])) {
          continue;
        }
        int e = s;
        while (e < end && e < s + 6 && (tokens.get(e).tag().equals("NOUN") || tokens.get(e).tag().equals("PROPN")
            || tokens.get(e).tag().equals("ADJ") || e == s && tokens.get(e).tag().equals("DET")
            || lower[e].equals("-"))) {
          e++;
        }
        boolean money = false;
        for (int q = s; q < e; q++) {
          money |= MoneyParser.find(text, tokens.get(q).start(), tokens.get(q).end()).size() > 0;
        }
        if (e > s && !money && (pass == 0 || tokens.get(e - 1).tag().equals("PROPN")
            || lower[e - 1].endsWith("s") && tokens.get(e - 1).tag().equals("NOUN"))) {
          int b = s;
          if (tokens.get(b).tag().equals("DET")) {
            b++;
          }
          if (b < e) {
            return text.substring(tokens.get(b).start(), tokens.get(e - 1).end());
          }
        }
      }
    }
    return null;
  }

  /**
   * The partners of a commitment: the organizations joined to its committer and, for an acquisition
   * or a partnership, the organizations its action names ("agreed to acquire X", "partnered with Y"),
   * by their canonical names; governments named in the action are places, not partners.
   */
  List<String> partners(TriggerHit h, Committer who, CommitmentKind kind, int end) {
    List<String> partners = new ArrayList<>();
    for (Mention p : who.partners()) {
      if (!p.name().equals(who.org().name()) && !partners.contains(p.name())) {
        partners.add(p.name());
      }
    }
    if (kind == CommitmentKind.PARTNERSHIP || kind == CommitmentKind.ACQUISITION) {
      int from = h.cls() == Trigger.PARTNER ? h.at() + 1 : h.action() >= 0 ? h.action() : h.triggerEnd() - 1;
      for (int k = Math.max(from, 0); k < end; k++) {
        if (orgAt[k] >= 0 && (k == 0 || orgAt[k - 1] != orgAt[k])) {
          String name = ms.get(orgAt[k]).name();
          if (!name.equals(who.org().name()) && !partners.contains(name)
              && ms.get(orgAt[k]).type() != OrganizationType.GOVERNMENT) {
            partners.add(name);
          }
        }
      }
    }
    return partners;
  }
}
