package dev.newsminer.commitment;

import dev.newsminer.OrganizationType;
import dev.newsminer.commitment.Lexicon.Trigger;
import dev.newsminer.commitment.OrgMentions.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds who commits through a trigger: the subject of the trigger's clause, the speaker of reported
 * speech ("X said it will"), the agent of a passive ("will be built by X"), the owner of a nominal
 * ("X's pledge of"), and through "it", "they" and "the company" the organization meant
 * ({@link Focus}); organizations joined to the subject ("X and Y will") become partners.
 *
 * <p>Not thread-safe; one per sentence.
 */
final class CommitterFinder extends SentenceStep {

  private final Focus focus;
  private int speakerAt = -1;
  /** Where the previous trigger of this sentence ends: the next one's subject comes after it. */
  int previousEnd;

  CommitterFinder(SentenceView sv, Focus focus) {
    super(sv);
    this.focus = focus;
  }

  /** The committer: the subject of the trigger's clause, through pronouns and "the company". */
  Committer committer(TriggerHit h, int clauseStart, int reporting, Committer previous) {
    if (h.coordinated()) {
      return previous; // "would ban ... and spend": the subject left out is the previous verb's
    }
    if (h.cls() == Trigger.NOMINAL && h.owner() != null) {
      return new Committer(h.owner(), List.of(), false);
    }
    if (h.cls() == Trigger.NOMINAL && h.nominalOwnerBefore()) {
      Mention speaker = reporting >= 0 ? speaker(reporting) : null;
      Mention m = speaker != null ? speaker : focus.pronoun();
      return m == null ? null : new Committer(m, List.of(), true);
    }
    if (h.passive()) {
      for (int k = h.action() + 1; k < n && k <= h.action() + 3; k++) {
        if (lower[k].equals("by")) {
          int a = k + 1;
          while (a < n && a <= k + 3 && orgAt[a] < 0 && (tokens.get(a).tag().equals("DET")
              || tokens.get(a).tag().equals("ADJ"))) {
            a++;
          }
          // the agent does it: no agent organization, no committer
          return a < n && orgAt[a] >= 0 ? new Committer(ms.get(orgAt[a]), List.of(), false) : null;
        }
      }
      // "About five mln dlrs will be spent on seismic work": money spent is the company's the article is about
      if (moneyBefore(clauseStart, h.at()) && Lexicon.SPENT.contains(lemma[h.action()]) && focus.pronoun() != null) {
        return new Committer(focus.pronoun(), List.of(), true);
      }
      // without an agent the subject is the thing done; only a report says who does it
      // ("... which it said will be introduced this summer")
      if (sv.contentBefore(clauseStart, h.at()) || reporting < 0) {
        return null;
      }
    }
    Mention speaker = reporting >= 0 ? speaker(reporting) : null;
    speakerAt = reporting;
    List<Mention> partners = new ArrayList<>();
    boolean[] indirect = new boolean[1];
    int from = Math.max(Math.max(clauseStart, sv.datelineEnd()), Math.min(previousEnd, h.at()));
    // "Acme adopted a rights plan after Globex agreed to sell": the clause after "after" has its own subject
    for (int k = h.at() - 2; k >= from; k--) {
      if (Lexicon.CLAUSE_OPENERS.contains(lower[k]) && (orgAt[k + 1] >= 0 || lower[k + 1].equals("it")
          || lower[k + 1].equals("they"))) {
        from = k + 1;
        break;
      }
    }
    // "... from Nutone and Yale and it has agreed to buy": a pronoun after "and" opens a new clause
    for (int k = h.at() - 2; k > from; k--) {
      if ((lower[k].equals("and") || lower[k].equals("but")) && (lower[k + 1].equals("it") || lower[k + 1].equals("they"))) {
        from = k + 1;
        break;
      }
    }
    Mention subject = subjectIn(from, h.at(), partners, speaker, indirect, h.cls() == Trigger.PARTNER);
    if (subject == null && sv.contentBefore(from, h.at())) {
      // a coordinated verb: "committed ... and collaborated with Meta"
      if (previous != null && sv.coordinated(from, h.at())) {
        return new Committer(previous.org(), previous.partners(), previous.indirect());
      }
      return null;
    }
    if (subject == null) {
      subject = speaker;
      indirect[0] = true;
    }
    if (subject == null) {
      return null;
    }
    return new Committer(subject, partners, indirect[0]);
  }

  /**
   * Who speaks through the reporting verb at {@code r}: the organization, pronoun or "the company"
   * right before it, else the subject of its clause.
   */
  Mention speaker(int r) {
    int k = r - 1;
    while (k >= 0 && (tokens.get(k).tag().equals("ADV") || lower[k].equals("also") || tokens.get(k).tag().equals("AUX"))) {
      k--;
    }
    if (k >= 0 && (lower[k].equals("it") || lower[k].equals("they"))) {
      return sentenceSubjectOr(focus.pronoun(), k);
    }
    Mention first = subjectIn(Math.max(sv.clauseStart(r), sv.datelineEnd()), r, null);
    if (first != null) {
      return first;
    }
    if (k >= 0 && orgAt[k] >= 0) {
      return ms.get(orgAt[k]);
    }
    if (k >= 0 && tokens.get(k).tag().equals("PUNCT") && lower[k].endsWith(">")) {
      // "National Semiconductor <NSM> said"
      int open = k;
      while (open > 0 && !lower[open].startsWith("<")) {
        open--;
      }
      if (open > 0 && orgAt[open - 1] >= 0) {
        return ms.get(orgAt[open - 1]);
      }
    }
    Mention m = subjectIn(Math.max(sv.clauseStart(r), sv.datelineEnd()), r, null);
    if (m != null) {
      return m;
    }
    return null;
  }

  /** The organization that opens this sentence as its subject, when it comes before {@code before}, else {@code fallback}. */
  Mention sentenceSubjectOr(Mention fallback, int before) {
    if (!ms.isEmpty() && ms.get(0).first() <= 1 && ms.get(0).end() <= before) {
      return ms.get(0);
    }
    return fallback;
  }

  Mention subjectIn(int from, int to, List<Mention> partners) {
    return subjectIn(from, to, partners == null ? new ArrayList<>() : partners, null, new boolean[1], false);
  }

  /**
   * The first organization named in subject position within {@code [from, to)} (not inside a
   * prepositional phrase), or the organization a pronoun or "the company" there refers to.
   * Organizations joined to it ("X and Y will") go into {@code partners}.
   */
  Mention subjectIn(int from, int to, List<Mention> partners, Mention speaker, boolean[] indirect, boolean allListed) {
    for (int k = from; k < to; k++) {
      String w = lower[k];
      if ((w.equals("<") || w.equals("(")) && !(k + 1 < to && orgAt[k + 1] >= 0)) {
        while (k < to && !lower[k].equals(">") && !lower[k].equals(")")) {
          k++;
        }
        continue;
      }
      if (w.equals("he") || w.equals("she")) {
        return null; // a person's own intention ("He told Les Echos he aims to ..."), not an organization's
      }
      if (orgAt[k] >= 0) {
        if (k > 0 && Lexicon.TELLING.contains(lower[k - 1])) {
          k = ms.get(orgAt[k]).end() - 1; // "told Les Echos he ...": who is told is not who commits
          continue;
        }
        // "Member states of the OECD have pledged": its members commit as the organization
        boolean ofMembers = k >= 2 && lower[k - 1].equals("of") && Lexicon.MEMBERS.contains(lower[k - 2])
            || k >= 3 && lower[k - 1].equals("the") && lower[k - 2].equals("of") && Lexicon.MEMBERS.contains(lower[k - 3]);
        if (k > from && Lexicon.PREPOSITIONS.contains(lower[k - 1]) && !allListed && !ofMembers) {
          k = ms.get(orgAt[k]).end() - 1;
          continue;
        }
        Mention m = ms.get(orgAt[k]);
        int e = m.end();
        // "Yankee Cos Inc's Eskey Inc subsidiary", "Sweden's Electrolux AB": the possessed one
        if (e + 1 < to && lower[e].equals("'s") && orgAt[e + 1] >= 0) {
          m = ms.get(orgAt[e + 1]);
          e = m.end();
        } else if (e < to && lower[e].equals("'s") && m.type() != OrganizationType.GOVERNMENT) {
          k = e;
          continue;
        } else if (e + 1 < to && lower[e].equals("'s") && lower[e + 1].equals("government")) {
          e += 2;
        }
        collectPartners(m, e, to, partners, allListed);
        return m;
      }
      // "X said its board authorized": the board acts for its organization
      if ((w.equals("its") || w.equals("their")) && k + 1 < to && Lexicon.MEMBERS.contains(lower[k + 1])
          && (speaker != null || focus.pronoun() != null)) {
        indirect[0] = true;
        return speaker != null ? speaker : focus.pronoun();
      }
      if (w.equals("it") || w.equals("they")) {
        indirect[0] = true;
        if (speaker != null) {
          if (w.equals("they") && speakerAt >= 0) {
            subjectIn(sv.clauseStart(speakerAt), speakerAt, partners); // "X and Y said they would"
          }
          return speaker;
        }
        if (w.equals("they") && !focus.seen.isEmpty()) {
          return lastTwo(partners);
        }
        return sentenceSubjectOr(focus.pronoun(), k);
      }
      if ((w.equals("the") || w.equals("both") || w.equals("his") || w.equals("her") || w.equals("our")) && k + 1 < to) {
        int j = k + 1;
        if (lower[j].equals("two") && j + 1 < to && (lower[j + 1].equals("companies") || lower[j + 1].equals("groups")
            || lower[j + 1].equals("firms"))) {
          indirect[0] = true;
          return lastTwo(partners);
        }
        while (j < to && j < k + 3 && tokens.get(j).tag().equals("ADJ") && orgAt[j] < 0) {
          j++;
        }
        if (j < to && orgAt[j] >= 0) {
          continue; // "The Technical University of Munich said": a name, not "the university" of before
        }
        if (!w.equals("the") && !w.equals("both") && speaker != null && j < to && Lexicon.DEFINITES.containsKey(lower[j])) {
          indirect[0] = true;
          return speaker; // "the Chrysler source said his company will"
        }
        String type = j < to ? Lexicon.DEFINITES.get(lower[j]) : null;
        if (type != null && !(j + 1 < to && lower[j + 1].equals("'s"))) {
          if (j > k + 1 && lower[k + 1].equals("central") && lower[j].equals("bank")) {
            type = "BANK";
          }
          // "Walmart chief executive Jane Doe said the company will": the speaker's organization
          if (speaker != null && (type.equals("COMPANY") && Focus.companyLike(speaker.type())
              || type.equals(speaker.type().name()))) {
            indirect[0] = true;
            return speaker;
          }
          Mention m = focus.definite(type, ms, k);
          if (m != null) {
            indirect[0] = true;
            return m;
          }
        }
      }
      // "financing would come from Airbus Industrie, which agreed to arrange": the organization before ", which"
      if ((w.equals("which") || w.equals("who")) && k >= 2 && lower[k - 1].equals(",") && orgAt[k - 2] >= 0
          && to - k <= 3) {
        return ms.get(orgAt[k - 2]);
      }
      if (w.equals("which") || w.equals("that") || w.equals("who")) {
        continue;
      }
    }
    return null;
  }

  Mention lastTwo(List<Mention> partners) {
    List<Mention> seen = focus.seen;
    Mention a = null;
    Mention b = null;
    for (int k = seen.size() - 1; k >= 0; k--) {
      Mention m = seen.get(k);
      if (m.type() == OrganizationType.GOVERNMENT) {
        continue;
      }
      if (b == null) {
        b = m;
      } else if (!m.name().equals(b.name())) {
        a = m;
        break;
      }
    }
    if (a == null) {
      return b;
    }
    partners.add(b);
    return a;
  }

  void collectPartners(Mention subject, int from, int to, List<Mention> partners, boolean allListed) {
    for (int k = from; k < to; k++) {
      if (orgAt[k] >= 0 && (k == 0 || orgAt[k - 1] != orgAt[k])) {
        Mention p = ms.get(orgAt[k]);
        String before = k > 0 ? lower[k - 1] : "";
        boolean joined = before.equals("and") || before.equals(",") || before.equals("with") || before.equals("alongside")
            || before.equals("&") || allListed && !before.equals("of");
        if (joined && !p.name().equals(subject.name()) && !(k + 1 < n && lower[Math.min(n - 1, p.end())].equals("'s")
            && p.type() == OrganizationType.GOVERNMENT)) {
          partners.add(p);
        }
        k = p.end() - 1;
      } else if (!allListed && tokens.get(k).tag().equals("VERB")) {
        return;
      }
    }
  }

  /** Whether an amount of money starts among tokens {@code [from, to)}: the subject of "will be spent". */
  private boolean moneyBefore(int from, int to) {
    int lo = tokens.get(Math.max(0, from)).start();
    int hi = tokens.get(to).start();
    for (MoneyParser.Money m : sv.money()) {
      if (m.start() >= lo && m.start() < hi && !m.perShare()) {
        return true;
      }
    }
    return false;
  }
}
