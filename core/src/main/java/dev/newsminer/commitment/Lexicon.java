package dev.newsminer.commitment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words the commitment extractor reads: trigger verbs and nouns with their lemmas, and the
 * action verbs that decide a commitment's kind. Lemmas come from the inflections listed here, which
 * is all the extractor needs and faster than a statistical lemmatizer.
 */
final class Lexicon {

  private Lexicon() {}

  private static final Map<String, String> LEMMAS = new HashMap<>();

  private static void verb(String lemma, String... forms) {
    LEMMAS.put(lemma, lemma);
    for (String f : forms) {
      LEMMAS.put(f, lemma);
    }
  }

  /** Regular inflections: lemma, -s, -ed, -ing, with the spelling rules English needs here. */
  private static void regular(String... lemmas) {
    for (String l : lemmas) {
      String stem = l.endsWith("e") ? l.substring(0, l.length() - 1) : l;
      String s = l.endsWith("s") || l.endsWith("sh") || l.endsWith("ch") || l.endsWith("x") ? l + "es"
          : l.endsWith("y") && !l.endsWith("ay") && !l.endsWith("ey") ? l.substring(0, l.length() - 1) + "ies" : l + "s";
      String ed = l.endsWith("e") ? l + "d"
          : l.endsWith("y") && !l.endsWith("ay") && !l.endsWith("ey") ? l.substring(0, l.length() - 1) + "ied" : l + "ed";
      verb(l, s, ed, stem + "ing");
    }
  }

  static {
    regular("plan", "intend", "aim", "target", "seek", "want", "decide", "agree", "pledge", "promise", "vow",
        "undertake", "offer", "propose", "prepare", "earmark", "allocate", "budget", "approve", "guarantee",
        "partner", "collaborate", "cooperate", "join", "team", "form", "sign", "reach", "acquire", "purchase",
        "merge", "divest", "dispose", "tender", "invest", "construct", "expand", "establish", "open", "upgrade",
        "modernize", "modernise", "develop", "repurchase", "lend", "loan", "fund", "finance", "donate", "grant",
        "contribute", "award", "provide", "extend", "support", "inject", "subsidize", "subsidise", "work",
        "launch", "create", "cut", "reduce", "keep", "retain", "maintain", "hire", "close", "introduce", "deliver",
        "increase", "boost", "raise", "study", "explore", "outline", "announce", "set", "commit", "bid", "issue",
        "refinance", "assume", "combat", "protect", "help", "regulate", "market", "enter", "install", "equip",
        "add", "accept", "allow", "step", "slow", "publish", "leave", "attend", "ask", "transfer", "authorize",
        "authorise", "receive", "secure", "obtain", "land", "back", "remain", "conclude", "finalize", "finalise",
        "unveil", "stay", "ink");
    verb("win", "wins", "won", "winning");
    verb("get", "gets", "got", "gotten", "getting");
    verb("strike", "strikes", "struck", "striking");
    verb("commit", "commits", "committed", "committing");
    verb("plan", "plans", "planned", "planning");
    verb("seek", "seeks", "sought", "seeking");
    verb("undertake", "undertakes", "undertook", "undertaken", "undertaking");
    verb("set", "sets", "setting");
    verb("bid", "bids", "bidding");
    verb("sell", "sells", "sold", "selling");
    verb("buy", "buys", "bought", "buying");
    verb("spend", "spends", "spent", "spending");
    verb("build", "builds", "built", "building");
    verb("lend", "lends", "lent", "lending");
    verb("give", "gives", "gave", "given", "giving");
    verb("take", "takes", "took", "taken", "taking");
    verb("make", "makes", "made", "making");
    verb("pay", "pays", "paid", "paying");
    verb("put", "puts", "putting");
    verb("team", "teams", "teamed", "teaming");
    verb("outline", "outlines", "outlined", "outlining");
    verb("begin", "begins", "began", "begun", "beginning");
    verb("shut", "shuts", "shutting");
    verb("step", "steps", "stepped", "stepping");
  }

  /** Whether a lower-cased word is one of the verbs listed here in its base form ("support", "fund"). */
  static boolean isVerb(String lower) {
    return lower.equals(LEMMAS.get(lower));
  }

  /** The lemma of a lower-cased word form, or the form itself when it is not listed. */
  static String lemma(String lower) {
    String l = LEMMAS.get(lower);
    return l == null ? lower : l;
  }

  /** Verbs taking "to" + an action: "plans to build", "agreed to acquire". The value is its class. */
  static final Map<String, Trigger> INTENT = Map.ofEntries(
      Map.entry("plan", Trigger.INTENT), Map.entry("intend", Trigger.INTENT), Map.entry("decide", Trigger.INTENT),
      Map.entry("agree", Trigger.AGREE), Map.entry("commit", Trigger.COMMIT), Map.entry("pledge", Trigger.COMMIT),
      Map.entry("promise", Trigger.COMMIT), Map.entry("vow", Trigger.COMMIT), Map.entry("undertake", Trigger.COMMIT),
      Map.entry("guarantee", Trigger.COMMIT), Map.entry("offer", Trigger.AGREE), Map.entry("propose", Trigger.INTENT),
      Map.entry("prepare", Trigger.INTENT), Map.entry("aim", Trigger.GOAL), Map.entry("target", Trigger.GOAL),
      Map.entry("seek", Trigger.GOAL), Map.entry("want", Trigger.GOAL), Map.entry("bid", Trigger.AGREE));

  /** Verbs committing money or resources directly: "committed $100 million", "earmarked ...". */
  static final Set<String> ALLOCATE = Set.of("commit", "pledge", "earmark", "allocate", "budget", "promise",
      "guarantee", "set");

  /** What kind of statement carries the commitment. */
  enum Trigger { MODAL, INTENT, AGREE, COMMIT, GOAL, ALLOCATE, PARTNER, NOMINAL }

  static final Set<String> ACQUIRE = Set.of("acquire", "buy", "purchase", "merge", "sell", "divest", "dispose",
      "tender", "bid", "takeover", "acquisition", "acquisitions", "merger");
  static final Set<String> FUND = Set.of("lend", "loan", "fund", "finance", "donate", "grant", "contribute", "award",
      "inject", "subsidize", "subsidise", "give");
  /** Verbs that fund only when their object is money or a financial resource: "provide capital". */
  static final Set<String> FUND_IF_MONEY = Set.of("provide", "extend", "offer", "support", "make", "put", "commit",
      "pledge", "earmark", "allocate", "guarantee", "promise");
  static final Set<String> MONEY_NOUNS = Set.of("capital", "loan", "loans", "grant", "grants", "credit", "credits",
      "financing", "funding", "funds", "fund", "aid", "money", "cash", "guarantees", "subsidies", "donation",
      "donations", "royalties", "equity", "assistance");
  static final Set<String> INVEST = Set.of("invest", "spend", "build", "construct", "repurchase", "budget");
  /** Verbs that invest only when money or an asset is their object: "expand the plant", "open a laboratory". */
  static final Set<String> INVEST_IF_ASSET = Set.of("expand", "establish", "open", "upgrade", "modernize", "modernise",
      "install", "equip", "develop", "set");
  static final Set<String> ASSETS = Set.of("plant", "plants", "factory", "factories", "facility", "facilities", "mill",
      "mills", "laboratory", "lab", "laboratories", "centre", "center", "refinery", "capacity", "store", "stores",
      "headquarters", "site", "sites", "fab", "warehouse", "warehouses", "field", "mine", "network", "terminal",
      "pipeline", "hospital", "office", "offices", "branch", "branches", "fleet", "production");
  static final Set<String> PARTNER = Set.of("partner", "collaborate", "cooperate", "ally");
  static final Set<String> VENTURE_NOUNS = Set.of("venture", "partnership", "alliance", "consortium", "collaboration",
      "cooperation", "joint", "coalition");

  /** Actions after "will" that state a fact or a forecast, not an undertaking. */
  static final Set<String> NOT_ACTIONS = Set.of("seat", "accommodate", "house", "employ", "last", "weigh",
      "be", "have", "rise", "fall", "decline", "drop", "grow", "total",
      "remain", "become", "show", "post", "earn", "lose", "need", "affect", "hurt", "result", "depend", "mean",
      "cost", "exceed", "amount", "vary", "come", "go", "record", "report", "reflect", "range", "face", "suffer",
      "see", "expect", "likely", "continue", "benefit", "receive", "get", "allow", "comment", "hold", "meet",
      "vote", "consider", "review", "discuss", "elect", "name", "appoint", "mail", "trade", "list", "return",
      "stay", "rank", "count", "say", "tell", "decide", "know", "happen", "require", "seem",
      "appear", "release", "end", "begin", "start", "succeed", "replace", "serve", "lead", "own", "do",
      "include", "contain", "produce", "run", "sit", "fail", "win", "push", "pass", "change", "move", "turn",
      "stand", "yield", "mature", "act", "try", "watch", "like", "want", "plan", "intend", "convert", "recommend", "redeem", "pay");

  /** Words that turn what follows into a forecast, an estimate or a hope. */
  static final Set<String> FORECAST = Set.of("expect", "expects", "expected", "expecting", "forecast", "forecasts",
      "predict", "predicts", "predicted", "anticipate", "anticipates", "anticipated", "estimate", "estimates",
      "estimated", "believe", "believes", "believed", "speculated", "speculate",
      "rumoured", "rumored", "likely", "unlikely", "think", "thinks", "thought", "may", "might", "could", "should",
      "possible", "possibly", "reportedly", "predicting", "sees", "foresees", "hopes", "feared", "fears", "because",
      "whether", "unless");

  /** Speakers whose report is opinion or rumour. */
  static final Set<String> SPECULATORS = Set.of("analysts", "analyst", "economists", "economist", "sources",
      "traders", "dealers", "observers", "experts", "bankers", "brokers", "market", "speculation", "rumours",
      "rumors", "newspaper", "reports", "report", "press", "industry");

  /** Words that negate or refuse what follows. */
  /** Verbs that bind even to refraining: "pledged not to", "agreed not to". */
  static final Set<String> BINDING = Set.of("pledge", "agree", "promise", "vow", "undertake", "commit", "decide");

  /** Nouns that take their own infinitive: "a plan to curb", "efforts to cut". */
  static final Set<String> PLAN_NOUNS = Set.of("plan", "plans", "proposal", "proposals", "programme", "program",
      "effort", "efforts", "measures", "scheme", "agreement", "bid", "move", "attempt");

  /** The members of an organization, who commit as it: "member states of the OECD". */
  static final Set<String> MEMBERS = Set.of("members", "member", "states", "countries", "nations", "governments",
      "board", "boards", "directors", "shareholders");

  /** Verbs of telling, whose object is the one told: "told Les Echos", "assured shareholders". */
  static final Set<String> TELLING = Set.of("told", "tell", "tells", "telling", "informed", "assured", "briefed");

  /** Modals of obligation and possibility: what must, should or might happen is not promised. */
  static final Set<String> OBLIGATIONS = Set.of("must", "should", "could", "might", "may", "ought");

  static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "declined", "refused", "denied",
      "declines", "refuses", "denies", "decline", "refuse", "deny", "rejected", "unable", "failed", "nor",
      "without", "ruled", "abandoned", "dropped", "scrapped", "withdrew", "cancelled", "canceled", "halted");

  /** Reporting verbs: "X said it will ...". */
  static final Set<String> REPORTING = Set.of("said", "says", "say", "announced", "announces", "told", "added",
      "stated", "reported", "confirmed", "disclosed", "noted", "explained", "indicated", "revealed", "warned",
      "stressed", "emphasized", "emphasised");

  /** Nouns that restate an organization: "the company", "the bank", with the type they prefer. */
  static final Map<String, String> DEFINITES = Map.ofEntries(
      Map.entry("company", "COMPANY"), Map.entry("firm", "COMPANY"), Map.entry("group", "COMPANY"),
      Map.entry("concern", "COMPANY"), Map.entry("carmaker", "COMPANY"), Map.entry("automaker", "COMPANY"),
      Map.entry("maker", "COMPANY"), Map.entry("producer", "COMPANY"), Map.entry("retailer", "COMPANY"),
      Map.entry("airline", "COMPANY"), Map.entry("insurer", "COMPANY"), Map.entry("utility", "COMPANY"),
      Map.entry("operator", "COMPANY"), Map.entry("miner", "COMPANY"), Map.entry("steelmaker", "COMPANY"),
      Map.entry("chipmaker", "COMPANY"), Map.entry("brewer", "COMPANY"), Map.entry("partnership", "COMPANY"),
      Map.entry("corporation", "COMPANY"), Map.entry("subsidiary", "COMPANY"), Map.entry("unit", "COMPANY"),
      Map.entry("bank", "BANK"), Map.entry("lender", "BANK"), Map.entry("alliance", "ALLIANCE"),
      Map.entry("consortium", "ALLIANCE"), Map.entry("government", "GOVERNMENT"), Map.entry("ministry", "GOVERNMENT"),
      Map.entry("department", "GOVERNMENT"), Map.entry("agency", "AGENCY"), Map.entry("foundation", "NGO"),
      Map.entry("charity", "NGO"), Map.entry("trust", "NGO"), Map.entry("university", "UNIVERSITY"),
      Map.entry("institute", "UNIVERSITY"), Map.entry("organization", "AGENCY"), Map.entry("organisation", "AGENCY"),
      Map.entry("club", "SPORTS"), Map.entry("carrier", "COMPANY"), Map.entry("distributor", "COMPANY"),
      Map.entry("drugmaker", "COMPANY"), Map.entry("manufacturer", "COMPANY"), Map.entry("supplier", "COMPANY"),
      Map.entry("developer", "COMPANY"), Map.entry("startup", "COMPANY"), Map.entry("start-up", "COMPANY"),
      Map.entry("regulator", "AGENCY"), Map.entry("state", "GOVERNMENT"), Map.entry("country", "GOVERNMENT"),
      Map.entry("administration", "GOVERNMENT"), Map.entry("cabinet", "GOVERNMENT"));

  /** Plural nouns for organizations acting together: "the two companies will", "member banks would". */
  static final Set<String> PLURAL_DEFINITES = Set.of("companies", "firms", "groups", "banks", "governments",
      "partners", "members", "states", "countries", "nations", "lenders", "shareholders", "creditors");

  /** Nouns that carry a commitment by themselves: "IBM's pledge of ...", "a $2 billion investment by X". */
  static final Set<String> NOMINALS = Set.of("pledge", "commitment", "offer", "bid", "acquisition", "takeover",
      "merger", "investment", "intention", "plan", "plans", "target", "goal", "objective", "objectives", "goals",
      "promise");

  /** Words that make what follows a routine notice rather than an undertaking. */
  static final Set<String> ROUTINE = Set.of("dividend", "dividends", "split", "payable", "record", "earnings",
      "results", "meeting", "distribution", "payout");

  /** Conjunctions that open a reason, time or concession clause, which does not state an undertaking. */
  static final Set<String> SUBORDINATORS = Set.of("as", "because", "since", "while", "although", "though", "whether",
      "when", "once", "after", "before", "until", "so");

  /** Words that make a commitment conditional. */
  static final Set<String> CONDITIONS = Set.of("if", "unless", "provided", "subject", "conditional", "depending");

  /** Prepositions: an organization after one is not the subject of the clause. */
  static final Set<String> PREPOSITIONS = Set.of("of", "at", "in", "for", "from", "with", "by", "to", "on",
      "into", "than", "about", "against", "between", "like", "including", "over", "under", "via", "through",
      "after", "before", "among", "behind", "toward", "towards", "within");

  /** Words that may stand between a modal and its verb ("will also invest", "will in principle sell"). */
  static final Set<String> SKIPPABLE = Set.of("also", "then", "now", "soon", "jointly", "formally",
      "initially", "eventually", "still", "further", "first", "later", "quickly", "together", "immediately",
      "gradually", "likewise", "similarly", "already", "probably", "shortly", "subsequently", "each",
      "in", "principle", "both", "themselves", "itself", "again");

  /** Verbs that sign, reach, enter into, make or approve an agreement, plan or offer. */
  static final Set<String> AGREEMENT_VERBS = Set.of("approve", "reach", "sign", "announce", "make", "set", "outline",
      "enter", "conclude", "strike", "ink", "finalize", "finalise", "authorize", "authorise", "unveil");

  /** Nouns for an agreement between parties ("signed a memorandum of understanding with"). */
  static final Set<String> AGREEMENT_NOUNS = Set.of("agreement", "agreements", "accord", "deal", "letter", "letters",
      "contract", "pact", "memorandum", "mou", "framework", "arrangement", "sheet");

  /** What a board approves or authorizes, with the noun the kind is read from ("approved a merger"). */
  static final Map<String, String> APPROVED_DEALS = Map.ofEntries(
      Map.entry("merger", "merger"), Map.entry("acquisition", "acquisition"), Map.entry("takeover", "takeover"),
      Map.entry("buyback", "buyback"), Map.entry("buy-back", "buyback"), Map.entry("repurchase", "buyback"),
      Map.entry("loan", "loan"), Map.entry("loans", "loan"), Map.entry("grant", "grant"),
      Map.entry("spending", "investment"), Map.entry("investment", "investment"), Map.entry("expansion", "investment"));

  /** Readiness that binds or intends before "to" ("is still committed to invest", "would be willing to"). */
  static final Set<String> READY = Set.of("willing", "ready", "prepared", "committed", "determined");

  /** Verbs of receiving money from someone ("awarded a grant from", "secured a loan from"). */
  static final Set<String> RECEIVE = Set.of("award", "receive", "secure", "win", "obtain", "get", "land", "grant",
      "fund", "finance", "back", "support");

  /** Of {@link #RECEIVE}, those that name the giver after "by" ("funded by a donation from"). */
  static final Set<String> FUNDED_BY = Set.of("fund", "finance", "back", "support");

  /** Money given to someone else: a grant, a loan, a donation, a commitment of funds. */
  static final Set<String> FUNDING_NOUNS = Set.of("grant", "grants", "loan", "loans", "funding", "financing",
      "donation", "donations", "commitment", "commitments", "credit", "credits", "investment", "aid", "subsidy",
      "subsidies", "gift", "backing");

  /** Words that open a time phrase between a modal and its verb ("will from next autumn mint"). */
  static final Set<String> TIME_LEADS = Set.of("from", "starting", "beginning", "next", "this", "later");

  /** Words of a time phrase, never the verb after it. */
  static final Set<String> TIME_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "spring", "summer", "autumn", "fall", "winter", "year",
      "month", "week", "quarter", "next", "this", "early", "late", "mid", "half", "season", "on", "in", "the");

  /** What is done with money in a passive whose subject is the money ("five mln dlrs will be spent"). */
  static final Set<String> SPENT = Set.of("spend", "invest", "use", "allocate", "earmark", "spent", "used",
      "invested", "allocated", "earmarked", "commit", "committed", "provide", "provided");

  /** Words after which a clause with its own subject begins ("after Globex agreed to sell"). */
  static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "when", "once", "until", "while", "because",
      "since", "as");

  /** Forms of "be" ("is still committed to"). */
  static final Set<String> BE_FORMS = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "'re");

  /** What an organization seeks from others rather than sets out to reach ("seeking comments"). */
  static final Set<String> ASKED_FOR = Set.of("comments", "comment", "views", "feedback", "input", "opinions",
      "clarification", "information", "advice", "applications", "proposals", "submissions", "nominations");

  /** Words after which an amount belongs to another clause ("after a $1.6 billion loss", ", who hold 700 mln"). */
  static final Set<String> OTHER_CLAUSE = Set.of("after", "following", "despite", "because", "amid", "who", "whose",
      "which", "while", "since");

  /** Words for buying back one's own shares or debt. */
  static final Set<String> BUYBACKS = Set.of("buyback", "buy-back", "buybacks", "buy-backs", "repurchase",
      "repurchases");
}
