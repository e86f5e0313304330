package dev.newsminer.commitment;

import dev.newsminer.internal.LowerCase;
import dev.newsminer.article.Article;
import dev.newsminer.commitment.Lexicon.Trigger;
import dev.newsminer.commitment.OrgMentions.Mention;
import dev.newsminer.entity.Countries;
import dev.newsminer.entity.Organization;
import dev.newsminer.entity.OrganizationType;
import dev.newsminer.text.Sentence;
import dev.newsminer.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds what organizations commit to in an article, sentence by sentence: the trigger ("committed",
 * "agreed to acquire", "will invest", "aims to", "joined forces", "X's pledge of"), the committer
 * (resolved through "it", "the company", "the bank" to the organization meant), its partners, the
 * kind, the money, purpose, beneficiary and timeframe, following {@code docs/commitments.md}.
 *
 * <p>It leaves out forecasts and expectations, other people's speculation, negated and refused
 * commitments, routine notices (dividends, earnings dates) and completed facts; a conditional
 * commitment ("would invest if ...") is kept with a lower confidence.
 *
 * <p>Thread-safe: it holds only immutable word lists, so one instance serves every thread.
 *
 * <pre>{@code
 * CommitmentExtractor extractor = new CommitmentExtractor();
 * List<Commitment> found = extractor.extract(article, sentences, organizations);
 * }</pre>
 */
public final class CommitmentExtractor {

  private static final Set<String> PREPOSITIONS = Set.of("of", "at", "in", "for", "from", "with", "by", "to", "on",
      "into", "than", "about", "against", "between", "like", "including", "over", "under", "via", "through",
      "after", "before", "among", "behind", "toward", "towards", "within");
  private static final Set<String> SKIPPABLE = Set.of("also", "then", "now", "soon", "jointly", "formally",
      "initially", "eventually", "still", "further", "first", "later", "quickly", "together", "immediately",
      "gradually", "likewise", "similarly", "already", "probably", "shortly", "subsequently", "each",
      "in", "principle", "both", "themselves", "itself", "again");

  private final Countries countries;

  /**
   * Each thread's arrays for the sentence being read (its tokens in lower case, their lemmas, the
   * mention at each token), grown as needed and reused for every sentence rather than made anew.
   * Only the first {@code n} entries of a sentence of {@code n} tokens are meaningful.
   */
  private static final class Scratch {
    String[] lower = new String[64];
    String[] lemma = new String[64];
    int[] orgAt = new int[64];

    Scratch fit(int n) {
      if (lower.length < n) {
        lower = new String[2 * n];
        lemma = new String[2 * n];
        orgAt = new int[2 * n];
      }
      return this;
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** Creates an extractor with the bundled word lists and country names. */
  public CommitmentExtractor() {
    this(Countries.bundled());
  }

  CommitmentExtractor(Countries countries) {
    this.countries = countries;
  }

  /**
   * Extracts the commitments an article states.
   *
   * @param article       the article; its text is what the offsets refer to. Must not be {@code null}.
   * @param sentences     its sentences with tagged tokens, in text order. Must not be {@code null}.
   * @param organizations the organizations the article names, with their mentions; names they leave
   *                      out may still be found by their form ("Eskey Inc"). Must not be {@code null}.
   * @return the commitments in text order; an empty list when there are none
   */
  public List<Commitment> extract(Article article, List<Sentence> sentences, List<Organization> organizations) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(organizations, "organizations");
    String text = article.text();
    OrgMentions mentions = OrgMentions.of(text, sentences, organizations, countries);
    Focus focus = new Focus();
    List<Commitment> out = new ArrayList<>();
    Set<String> seenAmounts = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      List<Mention> ms = mentions.in(i);
      if (!sentence.tokens().isEmpty()) {
        new SentenceReader(text, sentence, ms, focus, article.published()).read(out, seenAmounts);
      }
      focus.after(sentence, ms);
    }
    return out;
  }

  /** What "it", "the company" and "the bank" may refer to: the organizations named so far. */
  static final class Focus {
    final List<Mention> seen = new ArrayList<>();
    Mention lastSubject;
    Mention lead;

    void after(Sentence sentence, List<Mention> ms) {
      List<Token> tokens = sentence.tokens();
      boolean possessive = !ms.isEmpty() && ms.get(0).end() < tokens.size()
          && tokens.get(ms.get(0).end()).text().equals("'s");
      if (!ms.isEmpty() && !possessive) {
        Mention first = ms.get(0);
        boolean beforeVerb = true;
        for (int t = 0; t < first.first() && beforeVerb; t++) {
          beforeVerb = !tokens.get(t).tag().equals("VERB");
        }
        if (beforeVerb && first.type() != OrganizationType.GOVERNMENT || lastSubject == null) {
          lastSubject = first;
          lead = lead == null ? first : lead;
          sentencesSinceSubject = 0;
          seen.addAll(ms);
          return;
        }
      }
      sentencesSinceSubject++;
      seen.addAll(ms);
    }

    int sentencesSinceSubject;

    /** What "it" refers to: the last sentence's subject when it was recent, else the most named so far. */
    Mention pronoun() {
      if (lastSubject != null && sentencesSinceSubject <= 1) {
        return lastSubject;
      }
      if (lead != null) {
        return lead;
      }
      Mention top = mostNamed(null);
      return top != null ? top : lastSubject;
    }

    /** The organization named most often so far (the latest on a tie), of the given type unless null. */
    Mention mostNamed(String type) {
      java.util.Map<String, Integer> counts = new java.util.HashMap<>();
      Mention best = null;
      int bestCount = 0;
      for (Mention m : seen) {
        if (type != null && !(m.type().name().equals(type) || type.equals("COMPANY") && companyLike(m.type()))) {
          continue;
        }
        int c = counts.merge(m.name(), 1, Integer::sum);
        if (c >= bestCount) {
          best = m;
          bestCount = c;
        }
      }
      return best;
    }

    /** Whether "the company" may name an organization of this type: any business, not a government or a school. */
    static boolean companyLike(OrganizationType type) {
      return type == OrganizationType.COMPANY || type == OrganizationType.OTHER || type == OrganizationType.BANK
          || type == OrganizationType.MEDIA;
    }

    Mention definite(String preferredType, List<Mention> inSentence, int before) {
      for (int k = inSentence.size() - 1; k >= 0; k--) {
        Mention m = inSentence.get(k);
        if (m.end() <= before && m.type().name().equals(preferredType) && !preferredType.equals("COMPANY")) {
          return m;
        }
      }
      if (preferredType.equals("COMPANY")) {
        // news refers back to the company it is about: the last subject when recent, else the lead's
        if (lastSubject != null && sentencesSinceSubject <= 1 && companyLike(lastSubject.type())) {
          return lastSubject;
        }
        if (lead != null && companyLike(lead.type())) {
          return lead;
        }
        Mention top = mostNamed("COMPANY");
        if (top != null) {
          return top;
        }
      }
      for (int k = seen.size() - 1; k >= 0; k--) {
        Mention m = seen.get(k);
        if (m.type().name().equals(preferredType)
            || preferredType.equals("ALLIANCE") && m.name().toLowerCase(Locale.ROOT).contains("alliance")
            || preferredType.equals("BANK") && m.name().toLowerCase(Locale.ROOT).contains("bank")) {
          return m;
        }
      }
      return preferredType.equals("COMPANY") ? pronoun() : null;
    }
  }

  /** A trigger found in a sentence: where it is, the action it governs and how it states the commitment. */
  private static final class Hit {
    int at;
    int triggerEnd;
    int action = -1;
    Trigger cls;
    boolean passive;
    boolean nominalOwnerBefore;
    boolean agreement;
    /** "pledged not to offer": a promise to refrain, whatever the action would have been. */
    boolean refrain;
    Mention owner;
    String noun;
  }

  /** Reads one sentence. */
  private final class SentenceReader {
    final String text;
    final Sentence sentence;
    final List<Token> tokens;
    final int n;
    final String[] lower;
    final String[] lemma;
    final List<Mention> ms;
    final int[] orgAt;
    final Focus focus;
    final LocalDate published;
    final boolean reported;
    List<MoneyParser.Money> money;
    /** The sentence's timeframes, found on first use: every hit of the sentence asks for them. */
    List<TimeframeParser.Found> timeframes;
    /** The sentence's lexemes, made on first use and shared by its money and its timeframes. */
    private List<Lexeme> lexemes;

    SentenceReader(String text, Sentence sentence, List<Mention> ms, Focus focus, LocalDate published) {
      this.text = text;
      this.sentence = sentence;
      this.tokens = sentence.tokens();
      this.n = tokens.size();
      Scratch scratch = SCRATCH.get().fit(n);
      this.lower = scratch.lower;
      this.lemma = scratch.lemma;
      boolean anyReporting = false;
      for (int t = 0; t < n; t++) {
        lower[t] = LowerCase.of(tokens.get(t).text()).replace('\u2019', '\'');
        lemma[t] = Lexicon.lemma(lower[t]);
        anyReporting |= Lexicon.REPORTING.contains(lower[t]);
      }
      this.reported = anyReporting;
      this.ms = ms;
      this.orgAt = scratch.orgAt;
      java.util.Arrays.fill(orgAt, 0, n, -1);
      for (int k = 0; k < ms.size(); k++) {
        for (int t = ms.get(k).first(); t < ms.get(k).end() && t < n; t++) {
          orgAt[t] = k;
        }
      }
      this.focus = focus;
      this.published = published;
    }

    void read(List<Commitment> out, Set<String> seenAmounts) {
      List<Hit> hits = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        Hit h = detect(t);
        if (h != null) {
          hits.add(h);
          t = Math.max(t, (h.action >= 0 ? h.action : h.triggerEnd - 1));
        }
      }
      for (int t = 0; t + 2 < n; t++) {
        if ((lower[t].equals("commitment") || lower[t].equals("commitments")) && lower[t + 1].equals("for")) {
          lenders(t, out);
        }
      }
      if (hits.isEmpty()) {
        return;
      }
      money = money != null ? money : MoneyParser.find(text, lexemes());
      Set<String> kept = new HashSet<>();
      int sentenceFirst = out.size();
      Resolved previous = null;
      for (int k = 0; k < hits.size(); k++) {
        Hit h = hits.get(k);
        int limit = k + 1 < hits.size() ? hits.get(k + 1).at : n;
        Commitment c = build(h, limit, previous);
        previousEnd = h.action >= 0 ? h.action + 1 : h.triggerEnd;
        if (c == null) {
          continue;
        }
        previous = lastResolved;
        String key = c.organization() + "|" + c.kind();
        String amountKey = c.amount() == null ? null : c.organization() + "|" + c.kind() + "|" + c.amount().value();
        if (kept.add(key) && (amountKey == null || seenAmounts.add(amountKey)) && !restated(c, out)) {
          out.add(c);
        }
      }
      dropGenericPledges(out, sentenceFirst);
    }

    /**
     * "prepared to raise its bid to acquire X": one statement read twice, as a pledge and as an
     * acquisition; the more specific kind wins, as the guideline asks.
     */
    void dropGenericPledges(List<Commitment> out, int first) {
      for (int k = out.size() - 1; k >= first; k--) {
        Commitment c = out.get(k);
        if (c.kind() != CommitmentKind.PLEDGE) {
          continue;
        }
        for (int j = first; j < out.size(); j++) {
          if (j != k && out.get(j).organization().equals(c.organization()) && out.get(j).kind() != CommitmentKind.PLEDGE) {
            out.remove(k);
            break;
          }
        }
      }
    }

    /**
     * "has commitments for a one billion dlr credit line from Wells Fargo and a 1.25 billion loan from
     * Shearson": each lender named after "from" has committed the money before it. A bare number
     * ("1.25 billion") takes the currency of the amount before it in the sentence, as news writes it.
     */
    void lenders(int at, List<Commitment> out) {
      money = money != null ? money : MoneyParser.find(text, lexemes());
      int segment = at + 2;
      String trigger = text.substring(tokens.get(at).start(), tokens.get(at + 1).end());
      Evidence evidence = new Evidence(text.substring(sentence.start(), sentence.end()), sentence.start(), sentence.end());
      for (int k = segment; k + 1 < n; k++) {
        if (lower[k].equals(";") || tokens.get(k).tag().equals("VERB")) {
          return;
        }
        if (!lower[k].equals("from") || orgAt[k + 1] < 0) {
          continue;
        }
        Mention lender = ms.get(orgAt[k + 1]);
        Amount amount = amountIn(segment, k);
        String purpose = span(segment, k);
        boolean known = false;
        for (Commitment c : out) {
          known |= c.organization().equals(lender.name()) && c.evidence().start() == sentence.start();
        }
        if (!known) {
          out.add(new Commitment(lender.name(), List.of(), CommitmentKind.FUNDING, trigger, amount, purpose, null, null,
              0.7, evidence));
        }
        segment = lender.end();
        k = segment - 1;
      }
    }

    /** The amount among tokens {@code [from, to)}: a parsed one, or a bare "1.25 billion" in the sentence's currency. */
    Amount amountIn(int from, int to) {
      int lo = tokens.get(from).start();
      int hi = tokens.get(to).start();
      String currency = null;
      for (MoneyParser.Money m : money) {
        if (m.start() >= lo && m.start() < hi && !m.perShare()) {
          return m.amount();
        }
        if (m.start() < lo) {
          currency = m.amount().currency();
        }
      }
      for (int k = from; k + 1 < to && currency != null; k++) {
        double scale = switch (lower[k + 1]) {
          case "billion", "bln" -> 1e9;
          case "million", "mln" -> 1e6;
          default -> 0;
        };
        if (scale > 0 && tokens.get(k).tag().equals("NUM")) {
          try {
            double v = Double.parseDouble(lower[k].replace(",", ""));
            return new Amount(v * scale, currency, false, text.substring(tokens.get(k).start(), tokens.get(k + 1).end()));
          } catch (NumberFormatException e) {
            return null; // a number written in words without a currency is left alone
          }
        }
      }
      return null;
    }

    /** Whether an earlier sentence already stated this deal: same committer, kind and counterpart. */
    boolean restated(Commitment c, List<Commitment> earlier) {
      if (c.kind() != CommitmentKind.ACQUISITION && c.kind() != CommitmentKind.PARTNERSHIP || c.partners().isEmpty()) {
        return false;
      }
      for (Commitment e : earlier) {
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

    // ---- triggers ---------------------------------------------------------------------------

    Hit detect(int t) {
      String w = lower[t];
      String l = lemma[t];
      String tag = tokens.get(t).tag();
      // "will invest", "would provide", "is to establish"
      if (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("would") && reported
          || (w.equals("is") || w.equals("are")) && t + 2 < n && lower[t + 1].equals("to")
          && tokens.get(t + 2).tag().equals("VERB")) {
        int k = w.equals("is") || w.equals("are") ? t + 2 : t + 1;
        while (k < n && (SKIPPABLE.contains(lower[k]) && !lower[k].equals("in") || tokens.get(k).tag().equals("ADV")
            && !Lexicon.NEGATIONS.contains(lower[k]))) {
          k++;
        }
        if (k >= n || Lexicon.NEGATIONS.contains(lower[k])) {
          return null;
        }
        Hit h = new Hit();
        h.at = t;
        h.cls = Trigger.MODAL;
        if (lower[k].equals("be") && k + 1 < n) {
          int v = k + 1;
          while (v < n && tokens.get(v).tag().equals("ADV")) {
            v++;
          }
          if (v < n && tokens.get(v).tag().equals("VERB") && !Lexicon.NOT_ACTIONS.contains(lemma[v])
              && !lower[v].endsWith("ing") && !relativeClause(t)) {
            h.action = v;
            h.passive = true;
            h.triggerEnd = v + 1;
            return h;
          }
          return null;
        }
        if (!tokens.get(k).tag().equals("VERB") || Lexicon.NOT_ACTIONS.contains(lemma[k]) || relativeClause(t)) {
          return null;
        }
        if (Lexicon.INTENT.containsKey(lemma[k]) && k + 1 < n && lower[k + 1].equals("to")) {
          return null; // "will seek to": the intent verb carries it
        }
        h.action = k;
        h.triggerEnd = k + 1;
        return h;
      }
      // "plans to build", "agreed in principle to sell", "aims to promote", "is seeking to"
      Trigger intent = Lexicon.INTENT.get(l);
      if (intent != null && (tag.equals("VERB") || tag.equals("NOUN") && t + 2 < n && lower[t + 1].equals("to")
          && actionAfterTo(t + 2) && w.endsWith("s") && t > 0 && !tokens.get(t - 1).tag().equals("DET")
          && !lower[t - 1].equals("'s") && !tokens.get(t - 1).tag().equals("ADJ"))) {
        int k = t + 1;
        if (k + 2 < n && lower[k].equals("in") && lower[k + 1].equals("principle")) {
          k += 2;
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
          if (v < n && actionAfterTo(v)) {
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
        if (moneyStartsNear(from, 4)) {
          Hit h = new Hit();
          h.at = t;
          h.cls = Trigger.ALLOCATE;
          h.triggerEnd = from;
          return h;
        }
      }
      // "approved a plan to expand", "reached an agreement to sell", "signed an agreement to"
      if ((l.equals("approve") || l.equals("reach") || l.equals("sign") || l.equals("announce") || l.equals("make")
          || l.equals("set") || l.equals("outline")) && tag.equals("VERB")) {
        int k = t + 1;
        while (k < n && k <= t + 4 && (tokens.get(k).tag().equals("DET") || tokens.get(k).tag().equals("ADJ")
            || tokens.get(k).tag().equals("ADV") || lower[k].equals("principle") || lower[k].equals("in"))) {
          k++;
        }
        if (k < n) {
          String noun = lower[k];
          boolean agreement = noun.equals("agreement") || noun.equals("accord") || noun.equals("deal")
              || noun.equals("letter") || noun.equals("contract") || noun.equals("pact");
          boolean plan = noun.equals("plan") || noun.equals("proposal") || noun.equals("programme") || noun.equals("program");
          boolean goal = noun.equals("goal") || noun.equals("target") || noun.equals("objectives") || noun.equals("objective")
              || noun.equals("goals") || noun.equals("targets");
          boolean offer = noun.equals("offer") || noun.equals("bid");
          int v = k + 1;
          while (v < n && v <= k + 5 && !lower[v].equals("to") && !lower[v].equals("with") && !lower[v].equals("for")
              && !lower[v].equals(",") && !lower[v].equals("including")) {
            v++;
          }
          int verb = v + 1;
          while (verb < n && tokens.get(verb).tag().equals("ADV")) {
            verb++;
          }
          boolean toVerb = verb < n && v < n && lower[v].equals("to") && actionAfterTo(verb);
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
            Hit h = new Hit();
            h.at = t;
            h.cls = Trigger.NOMINAL;
            h.noun = "offer";
            h.triggerEnd = k + 1;
            return h;
          }
          if (agreement && l.equals("sign") && v < n && lower[v].equals("with")) {
            Hit h = new Hit();
            h.at = t;
            h.cls = Trigger.PARTNER;
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
      // "began a 100 dlrs a share cash tender offer for", "made a bid for"
      if ((l.equals("begin") || l.equals("launch") || l.equals("make") || l.equals("announce")) && tag.equals("VERB")) {
        for (int k = t + 1; k < n && k <= t + 10; k++) {
          if ((lower[k].equals("offer") || lower[k].equals("bid")) && k + 1 < n
              && (lower[k + 1].equals("for") || lower[k + 1].equals("to"))) {
            Hit h = new Hit();
            h.at = t;
            h.cls = Trigger.NOMINAL;
            h.noun = "offer";
            h.triggerEnd = k + 1;
            return h;
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
            || Lexicon.PARTNER.contains(l) && t + 1 < n && (lower[t + 1].equals("with") && (orgWithin(t + 2, 3)
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
          if (to + 1 < n && lower[to].equals("to") && actionAfterTo(to + 1)) {
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
     * Whether the word after "to" is a verb: the tagger says so, or it is a lower-case word the
     * tagger mislabelled in that position ("aims to promote" comes out as ADP + ADJ).
     */
    boolean actionAfterTo(int v) {
      String tag = tokens.get(v).tag();
      if (tag.equals("VERB") || tag.equals("AUX") && (lower[v].equals("be") || lower[v].equals("become"))) {
        return true;
      }
      return (tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("ADV")) && Character.isLowerCase(tokens.get(v).text().charAt(0))
          && v + 1 < n && (tokens.get(v + 1).tag().equals("DET") || tokens.get(v + 1).tag().equals("ADJ")
          || tokens.get(v + 1).tag().equals("NOUN") || tokens.get(v + 1).tag().equals("PRON")
          || tokens.get(v + 1).tag().equals("PROPN") || tokens.get(v + 1).tag().equals("NUM"))
          && !lower[v].endsWith("s") && !lower[v].endsWith("ing");
    }

    /** Whether the modal at {@code t} opens a relative clause on a noun: "the debt that Chrysler will assume". */
    boolean relativeClause(int t) {
      int k = t - 1;
      while (k >= 0 && tokens.get(k).tag().equals("ADV")) {
        k--;
      }
      if (k >= 0 && orgAt[k] >= 0) {
        k = ms.get(orgAt[k]).first() - 1;
      }
      return k >= 1 && (lower[k].equals("that") || lower[k].equals("which"))
          && (tokens.get(k - 1).tag().equals("NOUN") || tokens.get(k - 1).tag().equals("NUM"));
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
        if (t + 1 < n && lower[t + 1].equals("by") && t + 2 < n && orgAt[t + 2] >= 0 && moneyStartsNear(k + 1, t - k)) {
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

    boolean orgWithin(int from, int window) {
      for (int k = from; k < n && k < from + window; k++) {
        if (orgAt[k] >= 0) {
          return true;
        }
      }
      return false;
    }

    boolean moneyStartsNear(int fromToken, int window) {
      if (fromToken >= n) {
        return false;
      }
      int from = tokens.get(fromToken).start();
      int to = tokens.get(Math.min(n - 1, fromToken + window)).end();
      List<MoneyParser.Money> found = MoneyParser.find(text, from, to);
      return !found.isEmpty() && found.get(0).start() < tokens.get(Math.min(n - 1, fromToken + 2)).end();
    }

    // ---- building a commitment ----------------------------------------------------------------

    /** The committer and its partners, and how it was found. */
    private record Resolved(Mention org, List<Mention> partners, boolean indirect) {}

    private Resolved lastResolved;
    private int speakerAt = -1;
    /** Where the previous trigger of this sentence ends: the next one's subject comes after it. */
    private int previousEnd;

    Commitment build(Hit h, int limit, Resolved previous) {
      int clauseStart = clauseStart(h.at);
      // forecasts, estimates and speculation govern what follows them
      for (int k = clauseStart; k < h.at; k++) {
        if (Lexicon.FORECAST.contains(lower[k])
            || tokens.get(k).tag().equals("SCONJ") && Lexicon.SUBORDINATORS.contains(lower[k])) {
          return null;
        }
      }
      int speakerEnd = reportingBefore(h.at);
      if (speakerEnd >= 0 && speculation(speakerEnd)) {
        return null;
      }
      if (negated(h, clauseStart) || obliged(h.at, clauseStart) || !h.passive && thingBeforeModal(h.at)) {
        return null;
      }
      // what a newspaper reports of others is its report, not their statement
      Mention reporter = speakerEnd >= 0 ? speaker(speakerEnd) : null;
      boolean mediaReport = reporter != null && reporter.type() == OrganizationType.MEDIA;
      if (conditionClause(clauseStart, h.at)) {
        return null;
      }
      Resolved who = committer(h, clauseStart, speakerEnd, previous);
      if (who == null || who.org == null || mediaReport && !who.org.name().equals(reporter.name())) {
        return null;
      }
      lastResolved = who;
      int end = clauseEnd(h, limit);
      MoneyParser.Money m = amount(h, clauseStart, end);
      CommitmentKind kind = kind(h, end, m, !who.partners.isEmpty());
      if (kind == null) {
        return null;
      }
      if (kind != CommitmentKind.ACQUISITION && routine(h, end)) {
        return null;
      }
      TimeframeParser.Found tf = timeframe(h, clauseStart, end);
      int purposeStart = purposeStart(h, m, end);
      int purposeEnd = purposeEnd(purposeStart, end, tf);
      String purpose = span(purposeStart, purposeEnd);
      String beneficiary = kind == CommitmentKind.FUNDING || kind == CommitmentKind.PLEDGE
          ? beneficiary(h, m, purposeStart, end) : null;
      List<String> partners = new ArrayList<>();
      for (Mention p : who.partners) {
        if (!p.name().equals(who.org.name()) && !partners.contains(p.name())) {
          partners.add(p.name());
        }
      }
      if (kind == CommitmentKind.PARTNERSHIP || kind == CommitmentKind.ACQUISITION) {
        int from = h.cls == Trigger.PARTNER ? h.at + 1 : h.action >= 0 ? h.action : h.triggerEnd - 1;
        for (int k = Math.max(from, 0); k < end; k++) {
          if (orgAt[k] >= 0 && (k == 0 || orgAt[k - 1] != orgAt[k])) {
            String name = ms.get(orgAt[k]).name();
            if (!name.equals(who.org.name()) && !partners.contains(name)
                && ms.get(orgAt[k]).type() != OrganizationType.GOVERNMENT) {
              partners.add(name);
            }
          }
        }
      }
      double confidence = switch (h.cls) {
        case COMMIT, ALLOCATE -> 0.9;
        case AGREE -> 0.85;
        case GOAL -> 0.75;
        case NOMINAL -> 0.6;
        default -> 0.8;
      };
      if (lower[h.at].equals("would")) {
        confidence -= 0.1;
      }
      if (who.indirect) {
        confidence -= 0.05;
      }
      if (conditional(h.at, end)) {
        confidence *= 0.6;
      }
      int triggerFrom = tokens.get(h.at).start();
      int triggerTo = tokens.get(Math.min(n, h.triggerEnd) - 1).end();
      String trigger = text.substring(triggerFrom, triggerTo);
      Evidence evidence = new Evidence(text.substring(sentence.start(), sentence.end()), sentence.start(), sentence.end());
      return new Commitment(who.org.name(), partners, kind, trigger, m == null ? null : m.amount(), purpose, beneficiary,
          tf == null ? null : tf.timeframe(), Math.round(confidence * 100) / 100.0, evidence);
    }

    /** Where the clause holding token {@code at} starts: after a reporting verb, a semicolon or a colon. */
    int clauseStart(int at) {
      for (int k = at - 1; k >= 0; k--) {
        if (lower[k].equals(";") || lower[k].equals(":")) {
          return k + 1;
        }
        if (Lexicon.REPORTING.contains(lower[k]) && tokens.get(k).tag().equals("VERB")) {
          int s = k + 1;
          if (s < n && lower[s].equals("that")) {
            s++;
          } else if (Lexicon.TELLING.contains(lower[k])) {
            // "told his EC colleagues on Monday that Britain wants": the report starts after "that"
            for (int j = s; j < at && j < s + 10; j++) {
              if (lower[j].equals("that")) {
                return j + 1;
              }
            }
          }
          return s;
        }
      }
      return 0;
    }

    /** The index of the reporting verb before {@code at} ("X said it will"), or -1. */
    int reportingBefore(int at) {
      for (int k = at - 1; k >= 0; k--) {
        if (Lexicon.REPORTING.contains(lower[k]) && tokens.get(k).tag().equals("VERB")) {
          return k;
        }
      }
      return -1;
    }

    boolean speculation(int reporting) {
      int from = clauseStart(reporting);
      for (int k = from; k < reporting; k++) {
        if (Lexicon.SPECULATORS.contains(lower[k]) && orgAt[k] < 0) {
          return true;
        }
      }
      return false;
    }

    boolean negated(Hit h, int clauseStart) {
      int from = Math.max(clauseStart, h.at - 4);
      for (int k = from; k < h.at; k++) {
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
      while (k >= clauseStart && (tokens.get(k).tag().equals("ADV") || SKIPPABLE.contains(lower[k]))) {
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
      while (k >= 0 && (tokens.get(k).tag().equals("ADV") || SKIPPABLE.contains(lower[k]))) {
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

    boolean routine(Hit h, int end) {
      int from = h.action >= 0 ? h.action : h.triggerEnd;
      for (int k = Math.max(0, from); k < Math.min(end, from + 7); k++) {
        if (Lexicon.ROUTINE.contains(lower[k])) {
          return true;
        }
      }
      return false;
    }

    /** The committer: the subject of the trigger's clause, through pronouns and "the company". */
    Resolved committer(Hit h, int clauseStart, int reporting, Resolved previous) {
      if (h.cls == Trigger.NOMINAL && h.owner != null) {
        return new Resolved(h.owner, List.of(), false);
      }
      if (h.cls == Trigger.NOMINAL && h.nominalOwnerBefore) {
        Mention speaker = reporting >= 0 ? speaker(reporting) : null;
        Mention m = speaker != null ? speaker : focus.pronoun();
        return m == null ? null : new Resolved(m, List.of(), true);
      }
      if (h.passive) {
        for (int k = h.action + 1; k < n && k <= h.action + 3; k++) {
          if (lower[k].equals("by")) {
            int a = k + 1;
            while (a < n && a <= k + 3 && orgAt[a] < 0 && (tokens.get(a).tag().equals("DET")
                || tokens.get(a).tag().equals("ADJ"))) {
              a++;
            }
            // the agent does it: no agent organization, no committer
            return a < n && orgAt[a] >= 0 ? new Resolved(ms.get(orgAt[a]), List.of(), false) : null;
          }
        }
        // without an agent the subject is the thing done; only a report says who does it
        // ("... which it said will be introduced this summer")
        if (contentBefore(clauseStart, h.at) || reporting < 0) {
          return null;
        }
      }
      Mention speaker = reporting >= 0 ? speaker(reporting) : null;
      speakerAt = reporting;
      List<Mention> partners = new ArrayList<>();
      boolean[] indirect = new boolean[1];
      int from = Math.max(Math.max(clauseStart, datelineEnd()), Math.min(previousEnd, h.at));
      // "... from Nutone and Yale and it has agreed to buy": a pronoun after "and" opens a new clause
      for (int k = h.at - 2; k > from; k--) {
        if ((lower[k].equals("and") || lower[k].equals("but")) && (lower[k + 1].equals("it") || lower[k + 1].equals("they"))) {
          from = k + 1;
          break;
        }
      }
      Mention subject = subjectIn(from, h.at, partners, speaker, indirect, h.cls == Trigger.PARTNER);
      if (subject == null && contentBefore(from, h.at)) {
        // a coordinated verb: "committed ... and collaborated with Meta"
        if (previous != null && coordinated(from, h.at)) {
          return new Resolved(previous.org, previous.partners, previous.indirect);
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
      return new Resolved(subject, partners, indirect[0]);
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
      Mention first = subjectIn(Math.max(clauseStart(r), datelineEnd()), r, null);
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
      Mention m = subjectIn(Math.max(clauseStart(r), datelineEnd()), r, null);
      if (m != null) {
        return m;
      }
      return null;
    }

    /** Where a dateline that opens the sentence ends ("VEVEY, Switzerland, June 9 - Nestle SA said"), else 0. */
    int datelineEnd() {
      String first = tokens.get(0).text();
      if (n < 4 || first.length() < 2 || !first.equals(first.toUpperCase(Locale.ROOT)) || !lower[1].equals(",")) {
        return 0;
      }
      for (int k = 2; k < n && k < 10; k++) {
        if ((lower[k].equals("-") || lower[k].equals("--") || lower[k].equals("\u2014"))
            && tokens.get(k - 1).tag().equals("NUM")) {
          return k + 1;
        }
      }
      return 0;
    }

    /** The organization that opens this sentence as its subject, when it comes before {@code before}, else {@code fallback}. */
    Mention sentenceSubjectOr(Mention fallback, int before) {
      if (!ms.isEmpty() && ms.get(0).first() <= 1 && ms.get(0).end() <= before) {
        return ms.get(0);
      }
      return fallback;
    }

    boolean contentBefore(int from, int to) {
      for (int k = from; k < to; k++) {
        String tag = tokens.get(k).tag();
        if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("VERB")) {
          return true;
        }
      }
      return false;
    }

    boolean coordinated(int from, int to) {
      for (int k = to - 1; k >= from && k >= to - 12; k--) {
        if (lower[k].equals("and") || lower[k].equals("but")) {
          return true;
        }
      }
      return false;
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
          if (k > from && PREPOSITIONS.contains(lower[k - 1]) && !allListed && !ofMembers) {
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
        if (w.equals("it") || w.equals("they")) {
          indirect[0] = true;
          if (speaker != null) {
            if (w.equals("they") && speakerAt >= 0) {
              subjectIn(clauseStart(speakerAt), speakerAt, partners); // "X and Y said they would"
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
            Mention m = focus.definite(type, ms, k);
            if (m != null) {
              indirect[0] = true;
              return m;
            }
          }
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

    int clauseEnd(Hit h, int limit) {
      int from = Math.max(h.triggerEnd, h.action + 1);
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

    MoneyParser.Money amount(Hit h, int clauseStart, int end) {
      int lo = tokens.get(Math.max(clauseStart, 0)).start();
      int from = h.cls == Trigger.NOMINAL && h.nominalOwnerBefore ? tokens.get(h.at).start()
          : h.passive || h.cls == Trigger.NOMINAL ? lo : tokens.get(h.at).start();
      int to = end < n ? tokens.get(end).start() : sentence.end();
      MoneyParser.Money perShare = null;
      for (MoneyParser.Money m : money) {
        if (m.start() < from || m.start() >= to) {
          continue;
        }
        if (isFromAmount(m)) {
          continue;
        }
        if (m.perShare()) {
          perShare = perShare == null ? m : perShare;
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

    CommitmentKind kind(Hit h, int end, MoneyParser.Money m, boolean joint) {
      int a = h.action;
      String act = a >= 0 ? lemma[a] : "";
      int objFrom = a >= 0 ? a + 1 : h.triggerEnd;
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
        payFor |= lower[k].equals("for") && act.equals("pay");
        workWith |= lower[k].equals("with") && k < objFrom + 3;
      }
      if (h.refrain) {
        return CommitmentKind.PLEDGE;
      }
      if (h.cls == Trigger.NOMINAL) {
        String noun = h.noun;
        if (noun.equals("acquisition") || noun.equals("takeover") || noun.equals("merger") || noun.equals("offer")
            || noun.equals("bid")) {
          return CommitmentKind.ACQUISITION;
        }
        if (noun.equals("investment")) {
          return CommitmentKind.INVESTMENT;
        }
        if (noun.startsWith("target") || noun.startsWith("goal") || noun.startsWith("objective")) {
          return CommitmentKind.TARGET;
        }
      }
      if (!back && (Lexicon.ACQUIRE.contains(act) || payFor || acquisitionWord && (act.equals("seek") || act.equals("make")
          || act.equals("pursue") || act.equals("want")))) {
        return CommitmentKind.ACQUISITION;
      }
      if (h.cls == Trigger.PARTNER || Lexicon.PARTNER.contains(act)
          || (act.equals("join") || act.equals("team")) && withOrg || act.equals("work") && workWith
          || ventureWord && (act.equals("form") || act.equals("create") || act.equals("establish") || act.equals("set")
          || act.equals("open") || act.equals("launch") || act.equals("work"))) {
        return CommitmentKind.PARTNERSHIP;
      }
      // "Tata Steel and BHP signed an agreement to jointly test ...": an agreement between them
      boolean jointly = false;
      for (int k = h.at; k < end && k < h.triggerEnd + 2; k++) {
        jointly |= lower[k].equals("jointly") || lower[k].equals("together");
      }
      if (h.agreement && (joint || jointly || withOrg) && !Lexicon.FUND.contains(act) && !Lexicon.INVEST.contains(act)) {
        return CommitmentKind.PARTNERSHIP;
      }
      if (h.cls == Trigger.GOAL) {
        return CommitmentKind.TARGET;
      }
      if (h.cls == Trigger.ALLOCATE) {
        for (int k = h.triggerEnd; k < end; k++) {
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
      if (Lexicon.INVEST.contains(act) || Lexicon.INVEST_IF_ASSET.contains(act) && asset
          || back && (act.equals("buy") || act.equals("repurchase"))) {
        return CommitmentKind.INVESTMENT;
      }
      if ((h.cls == Trigger.COMMIT) && m != null) {
        return CommitmentKind.FUNDING;
      }
      if (h.cls == Trigger.NOMINAL && m != null && (h.noun.equals("pledge") || h.noun.equals("commitment"))) {
        return CommitmentKind.FUNDING;
      }
      return CommitmentKind.PLEDGE;
    }

    List<Lexeme> lexemes() {
      if (lexemes == null) {
        lexemes = Lexeme.lex(text, sentence.start(), sentence.end());
      }
      return lexemes;
    }

    TimeframeParser.Found timeframe(Hit h, int clauseStart, int end) {
      int from = tokens.get(clauseStart < n ? clauseStart : 0).start();
      int to = end < n ? tokens.get(end).start() : sentence.end();
      int triggerAt = tokens.get(h.at).start();
      TimeframeParser.Found before = null;
      if (timeframes == null) {
        timeframes = TimeframeParser.find(text, lexemes(), published);
      }
      for (TimeframeParser.Found f : timeframes) {
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

    int purposeStart(Hit h, MoneyParser.Money m, int end) {
      if (h.cls == Trigger.ALLOCATE || h.cls == Trigger.PARTNER || h.cls == Trigger.NOMINAL && h.action < 0) {
        int from = h.triggerEnd;
        if (m != null) {
          for (int k = from; k < end; k++) {
            if (tokens.get(k).start() >= m.end()) {
              from = k;
              break;
            }
          }
        }
        for (int k = from; k < end && k < from + 8; k++) {
          if (lower[k].equals("to") && k + 1 < end && actionAfterTo(k + 1)) {
            return k + 1;
          }
        }
        if (from < end && (lower[from].equals("for") || lower[from].equals("of") || lower[from].equals("to"))) {
          return from + 1;
        }
        return from;
      }
      return h.action >= 0 ? h.action : h.triggerEnd;
    }

    int purposeEnd(int start, int end, TimeframeParser.Found tf) {
      int stop = Math.min(end, start + 14);
      for (int k = start + 1; k < stop; k++) {
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
      return stop;
    }

    String span(int from, int to) {
      while (from < to && (tokens.get(from).tag().equals("PUNCT") || lower[from].equals("including")
          || lower[from].equals("to") || lower[from].equals("of"))) {
        from++;
      }
      while (to > from && (tokens.get(to - 1).tag().equals("PUNCT") || lower[to - 1].equals("and")
          || tokens.get(to - 1).tag().equals("ADP") || tokens.get(to - 1).tag().equals("DET")
          || tokens.get(to - 1).tag().equals("CCONJ"))) {
        to--;
      }
      if (from >= to || from >= n) {
        return null;
      }
      return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    String beneficiary(Hit h, MoneyParser.Money m, int purposeStart, int end) {
      int from = h.action >= 0 ? h.action + 1 : h.triggerEnd;
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
  }
}
