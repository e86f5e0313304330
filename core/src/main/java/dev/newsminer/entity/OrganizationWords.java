package dev.newsminer.entity;

import dev.newsminer.OrganizationType;
import dev.newsminer.internal.LowerCase;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words that organization names are recognized by: legal forms, institutional heads, words that
 * start sentences but never names, and the keywords that tell an organization's type. All in lower
 * case, looked up with {@link #lower(String)}.
 */
final class OrganizationWords {

  private OrganizationWords() {}

  /** Legal forms that end company names: "Acme Corp", "Siemens AG". */
  static final Set<String> LEGAL_FORMS = Set.of(
      "inc", "incorporated", "corp", "corporation", "co", "cos", "company", "ltd", "limited",
      "plc", "ag", "sa", "gmbh", "nv", "bv", "llc", "lp", "llp", "spa", "ab", "asa", "oyj", "se",
      "group", "holdings", "holding", "bhd", "pty", "pte", "sarl", "srl", "sas", "kgaa", "lda", "ltda",
      "bancorp", "bancshares", "trust", "partners");

  /** Legal forms that may follow a comma: "Apple, Inc.". */
  static final Set<String> COMMA_LEGAL_FORMS = Set.of(
      "inc", "incorporated", "ltd", "llc", "corp", "co", "plc", "lp", "llp");

  /** Heads of institutional names followed by "of X": "University of Chicago", "Bank of Japan". */
  static final Set<String> HEADS_OF = Set.of(
      "university", "bank", "ministry", "department", "institute", "college", "academy", "school",
      "federation", "association", "bureau", "office", "commission", "council", "court", "church",
      "society", "government", "league", "union", "organization", "organisation", "museum", "chamber",
      "board", "agency", "authority", "corporation", "company", "fund", "house", "senate", "parliament",
      "congress", "conference", "confederation", "party", "secretariat",
      "foundation", "alliance", "coalition", "institution", "centre", "center", "laboratory", "division",
      "administration", "service", "cabinet", "exchange");

  /**
   * Heads that end institutional and business names: "Yale University", "Ford Foundation",
   * "World Bank", "Singapore Airlines".
   */
  static final Set<String> HEADS_AFTER = Set.of(
      "university", "institute", "foundation", "alliance", "association", "agency", "bank", "fund",
      "council", "commission", "authority", "federation", "union", "party", "organization", "organisation",
      "committee", "society", "exchange", "reserve", "college", "academy", "school", "ministry",
      "department", "bureau", "office", "administration", "coalition", "consortium", "league", "club",
      "airlines", "airways", "motors", "systems", "technologies", "industries", "electronics",
      "pharmaceuticals", "communications", "networks", "laboratories", "labs", "ventures", "securities",
      "investments", "insurance", "bancorp", "times", "journal", "broadcasting", "magazine", "herald",
      "tribune", "gazette", "telegraph", "news", "force", "army", "navy", "hospital", "museum", "orchestra",
      "studios", "entertainment", "pictures", "petroleum", "railways", "railroad", "railway", "workers", "corps",
      "delegation");

  /** Capitalized words that start sentences but are not names: "The", "However", "Shares". */
  static final Set<String> STARTERS = Set.of(
      "the", "a", "an", "in", "on", "at", "for", "to", "of", "by", "with", "from", "and", "but", "or",
      "as", "if", "when", "while", "after", "before", "since", "under", "over", "about", "according",
      "its", "it", "their", "they", "he", "she", "we", "i", "you", "his", "her", "our", "this", "that",
      "these", "those", "there", "here", "what", "which", "who", "whose", "how", "why", "where", "also",
      "however", "meanwhile", "yesterday", "today", "tomorrow", "earlier", "later", "last", "next",
      "shares", "analysts", "officials", "sources", "both", "each", "every", "other", "some", "many",
      "most", "several", "all", "any", "no", "not", "only", "such", "so", "then", "than", "though",
      "although", "because", "during", "until", "between", "among", "against", "through", "into",
      "without", "within", "despite", "unlike", "like", "separately", "instead", "now", "still", "even",
      "just", "more", "less", "new", "rival", "rivals", "former", "chief", "mr", "mrs", "ms", "dr",
      "president", "chairman", "executive", "spokesman", "spokeswoman", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "is", "was", "are", "were", "has",
      "had", "have", "will", "would", "could", "should", "can", "do", "does", "did", "said", "says", "one",
      "two", "three", "first", "second");

  /**
   * Nouns that describe an organization and stand before its name, in lower case inside a sentence
   * ("the carmaker Renault") and capitalized at its start ("Chipmaker Intel said"); any word ending
   * in "maker" is one too. At a sentence's start they introduce the name and are no part of it.
   */
  static final Set<String> DESCRIPTORS = Set.of(
      "company", "firm", "maker", "carmaker", "automaker", "lender", "bank", "insurer", "retailer",
      "carrier", "airline", "rival", "group", "conglomerate", "subsidiary", "unit", "supplier",
      "manufacturer", "producer", "operator", "giant", "startup", "agency", "brokerage", "broker",
      "developer", "chipmaker", "publisher", "investor", "fund", "consultancy", "contractor", "partner");

  /** Descriptors that also open names ("Bank Leumi", "Group Lotus"), so that only lower case marks them. */
  static final Set<String> DESCRIPTORS_OPENING_NAMES = Set.of("bank", "group", "fund", "agency", "unit", "partner",
      "company", "firm", "carrier", "giant", "developer", "operator", "producer", "broker");

  /** Months and weekdays, which news puts right before a name: "In early March Goldman Sachs said". */
  static final Set<String> DATE_WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Words that open a date phrase before a month or a weekday: "in early March", "on Tuesday", "since May". */
  static final Set<String> DATE_OPENERS = Set.of(
      "in", "on", "early", "late", "mid", "mid-", "since", "by", "until", "till", "last", "next", "this", "from",
      "during", "through", "before", "after", "each", "every", "of", "and", "or", "between", "to");

  /**
   * Nouns after a one-word name that make it a crop or a commodity, not the company of the same name:
   * "Apple growers", "apple orchards", "Orange juice".
   */
  static final Set<String> PRODUCE_WORDS = Set.of(
      "growers", "grower", "orchards", "orchard", "crop", "crops", "harvest", "harvests", "farmers", "juice",
      "trees", "groves", "farms", "varieties", "exports", "imports", "futures");

  /** Verbs of a price's move, which make "Apple prices rose" the fruit's prices. */
  static final Set<String> PRICE_MOVES = Set.of(
      "rose", "fell", "rise", "fall", "rising", "falling", "jumped", "dropped", "climbed", "slipped", "soared",
      "plunged", "eased", "firmed", "were", "are", "have", "had", "surged", "slumped", "tumbled", "gained");

  /** Words that end a name run in a headline in capitals: verbs and nouns of headlines. */
  static final Set<String> HEADLINE_STOPS = Set.of(
      "says", "said", "sees", "sets", "buys", "buy", "sells", "sell", "gets", "get", "has", "have", "is",
      "are", "was", "be", "to", "up", "down", "unit", "units", "stake", "bid", "bids", "offer", "offers",
      "acquire", "acquires", "acquisition", "merger", "merge", "plans", "plan", "cuts", "cut", "raises",
      "raise", "lowers", "lower", "reports", "report", "posts", "year", "net", "qtr", "shares", "share",
      "dividend", "dividends", "sale", "completes", "complete", "agrees", "agree", "signs", "sign",
      "makes", "make", "wins", "win", "takes", "take", "files", "seeks", "seek", "expects", "expect",
      "denies", "names", "elects", "votes", "rejects", "accepts", "ups", "lifts", "tender", "talks",
      "deal", "loss", "profit", "earnings", "results", "first", "second", "third", "fourth", "quarter",
      "mln", "bln", "pct", "dlrs", "rate", "rates", "price", "prices", "debt", "may", "will", "not", "no",
      "new", "set", "its", "sues", "suit", "in", "on", "at", "for", "of", "by", "with", "from", "and",
      "or", "the", "a", "an", "as", "after", "over", "into", "against", "issue", "issues", "stock",
      "buyout", "outlook", "output", "sales", "orders", "order", "contract", "ends", "end", "unveils");

  /** Words of people's titles that end an organization's name: "Bank of Japan Governor". */
  static final Set<String> TITLES = Set.of(
      "governor", "minister", "secretary", "director", "head", "professor", "economist", "analyst",
      "official", "officials", "president", "chairman", "chairwoman", "chief", "executive", "spokesman",
      "spokeswoman", "spokesperson", "ceo", "cfo", "vice", "deputy", "senior", "mr", "mrs", "ms",
      "dr", "sir", "lord", "researcher", "scientist", "student", "students", "staff");

  /** Connectors that may stand inside a name between two name words: "Procter & Gamble". */
  static final Set<String> INNER_CONNECTORS = Set.of(
      "&", "-", "de", "du", "der", "van", "von", "y", "di", "da", "la");

  /** Title words that must not be read as a short form of an organization: "General", "United". */
  static final Set<String> GENERIC_FIRST_WORDS = Set.of(
      "general", "united", "american", "national", "international", "first", "new", "royal", "air", "bank",
      "federal", "european", "world", "global", "standard", "central", "state", "public", "union", "north",
      "south", "east", "west", "northern", "southern", "eastern", "western", "great", "big", "british",
      "chinese", "japanese", "german", "french", "canadian", "indian", "asian", "african", "pacific",
      "atlantic", "continental", "universal", "allied", "associated", "consolidated", "southwest", "china",
      "japan", "india", "us", "u", "the", "deutsche", "banco", "credit", "korea", "saudi", "swiss",
      "dutch", "italian", "spanish", "russian", "australian", "hong", "san", "los", "las", "le", "el",
      "al", "st", "saint", "mount", "home", "old", "young", "ministry", "university", "department",
      "institute", "office", "commission", "council", "court", "agency", "fund", "league", "party",
      "stability", "open", "free", "digital", "data", "smart", "future", "capital", "energy");

  /** Time zones, which collide with acronyms of organizations ("UTC", United Technologies). */
  static final Set<String> TIME_ZONES = Set.of(
      "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST", "BST", "JST",
      "HKT", "SGT", "AEST", "AEDT", "IST", "EET", "EEST", "WET", "MSK");

  /** Credit rating grades of the agencies, which collide with acronyms ("BBB"). */
  static final Set<String> RATING_GRADES = Set.of(
      "AAA", "AA", "BBB", "BB", "CCC", "CC", "Aaa", "Aa", "Baa", "Ba", "Caa", "Ca");

  /** Words of a sentence about credit ratings. */
  static final Set<String> RATING_WORDS = Set.of(
      "rating", "ratings", "rated", "rates", "downgrade", "downgraded", "downgrades", "upgrade", "upgraded",
      "upgrades", "outlook", "grade", "junk", "moody's", "fitch", "affirmed", "creditworthiness", "notch",
      "notches", "s&p", "moody");

  /** Acronyms that are ordinary words or places, never taken as an organization's acronym. */
  static final Set<String> NOT_ACRONYMS = Set.of(
      "US", "UK", "EU", "IT", "AN", "AS", "AT", "IN", "ON", "OR", "TO", "OF", "IS", "BE", "BY", "DO", "GO",
      "HE", "ME", "MY", "NO", "SO", "UP", "WE", "AM", "PM", "AI", "TV", "CEO", "CFO", "USA", "OK", "ID",
      "UN");

  private static final Map<String, OrganizationType> TYPE_KEYWORDS = new HashMap<>();

  static {
    for (String w : new String[] {"bank", "bancorp", "bancshares", "reserve", "banco", "banque", "guaranty",
        "trust", "savings", "bankers"}) {
      TYPE_KEYWORDS.put(w, OrganizationType.BANK);
    }
    for (String w : new String[] {"university", "college", "institute", "academy", "school", "polytechnic",
        "laboratory", "laboratories"}) {
      TYPE_KEYWORDS.put(w, OrganizationType.UNIVERSITY);
    }
    for (String w : new String[] {"ministry", "department", "government", "senate", "parliament", "congress",
        "cabinet", "assembly", "treasury", "administration", "pentagon", "kremlin", "state", "delegation"}) {
      TYPE_KEYWORDS.put(w, OrganizationType.GOVERNMENT);
    }
    for (String w : new String[] {"agency", "commission", "authority", "bureau", "office", "regulator",
        "fund", "organization", "organisation", "secretariat", "service"}) {
      TYPE_KEYWORDS.put(w, OrganizationType.AGENCY);
    }
    for (String w : new String[] {"foundation", "association", "society", "charity", "institution",
        "cross", "crescent"}) {
      TYPE_KEYWORDS.put(w, OrganizationType.NGO);
    }
    for (String w : new String[] {"alliance", "coalition", "consortium", "partnership"}) {
      TYPE_KEYWORDS.put(w, OrganizationType.ALLIANCE);
    }
    for (String w : new String[] {"times", "post", "journal", "news", "press", "broadcasting", "television",
        "radio", "magazine", "herald", "tribune", "gazette", "telegraph", "news", "media", "publishing"}) {
      TYPE_KEYWORDS.put(w, OrganizationType.MEDIA);
    }
    for (String w : new String[] {"club", "league", "fc", "olympic", "sports"}) {
      TYPE_KEYWORDS.put(w, OrganizationType.SPORTS);
    }
    for (String w : new String[] {"party", "union", "court", "army", "navy", "force", "police", "guard",
        "council", "committee", "federation", "church", "workers", "employees"}) {
      TYPE_KEYWORDS.put(w, OrganizationType.OTHER);
    }
  }

  private static final Set<String> NUMBER_WORDS = Set.of(
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty");

  /** Words before "Trust" in the name of a property or investment trust. */
  private static final Set<String> PROPERTY_WORDS = Set.of(
      "estate", "realty", "property", "properties", "investment", "investors", "income", "mortgage");

  static String lower(String word) {
    return LowerCase.of(word);
  }

  /**
   * The type a name's words tell: the last keyword wins ("Bank of America Corp" is a bank, "Yale
   * University Press" is media), a legal form makes a company, and anything else is a company too,
   * the commonest organization in news.
   */
  static OrganizationType typeOf(String[] words) {
    OrganizationType type = null;
    boolean legal = false;
    for (int i = 0; i < words.length; i++) {
      String w = lower(words[i]);
      // "Group of Five", "Group of 77": a group of countries
      if (w.equals("group") && i + 2 < words.length && lower(words[i + 1]).equals("of")
          && (NUMBER_WORDS.contains(lower(words[i + 2])) || Character.isDigit(words[i + 2].charAt(0)))) {
        return OrganizationType.ALLIANCE;
      }
      OrganizationType t = TYPE_KEYWORDS.get(w);
      if (w.equals("trust") && i > 0 && PROPERTY_WORDS.contains(lower(words[i - 1]))) {
        t = OrganizationType.COMPANY; // "CPL Real Estate Trust" is a property fund, not a trust bank
      }
      if (t != null) {
        type = t;
      }
      if (LEGAL_FORMS.contains(w) && !w.equals("trust")) {
        legal = true;
      }
    }
    if (type != null && !(legal && type == OrganizationType.OTHER)) {
      return type;
    }
    return OrganizationType.COMPANY;
  }
}
