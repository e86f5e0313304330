package dev.newsminer.commitment;

import dev.newsminer.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds sums of money in text as news writes them: "$100 million", "approximately $100 million",
 * "100 mln dlrs", "1.5 bln stg", "2.5 billion yen", "€2bn", "C$300m", "Rs 500 crore", "40 dlrs a
 * share", "between $1 and $2 billion", "up to 500 mln dlrs", "two million dollars".
 *
 * <p>It reads the text with a small hand-written lexer (no regular expressions), so it neither
 * depends on how a tokenizer split the amount nor compiles anything per call. Currencies come out
 * as ISO 4217 codes ("dlrs" is USD, as in Reuters copy; "francs" alone is FRF, "stg" is GBP).
 *
 * <p>Thread-safe: it has no state. Example:
 *
 * <pre>{@code
 * Amount a = MoneyParser.parse("approximately $100 million");
 * // a.value() == 1.0E8, a.currency() == "USD", a.approximate() == true
 * }</pre>
 */
public final class MoneyParser {

  /**
   * A sum of money found in a text.
   *
   * @param amount   the amount; its text is the stretch {@code [start, end)} of the text
   * @param start    char offset where the amount's text starts, hedge words ("about") included
   * @param end      char offset just past it (exclusive)
   * @param perShare whether it is a price per share ("40 dlrs a share")
   */
  public record Money(Amount amount, int start, int end, boolean perShare) {}

  private static final Map<String, Double> SCALES = Map.ofEntries(
      Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("millions", 1e6),
      Map.entry("mln", 1e6), Map.entry("mn", 1e6), Map.entry("billion", 1e9), Map.entry("billions", 1e9),
      Map.entry("bln", 1e9), Map.entry("bn", 1e9), Map.entry("trillion", 1e12), Map.entry("tln", 1e12),
      Map.entry("trn", 1e12), Map.entry("trln", 1e12), Map.entry("trillions", 1e12), Map.entry("crore", 1e7), Map.entry("crores", 1e7), Map.entry("lakh", 1e5),
      Map.entry("lakhs", 1e5));

  /** Scale letters written right after the digits: "300m", "2bn", "50k". */
  private static final Map<String, Double> ATTACHED_SCALES = Map.of("m", 1e6, "bn", 1e9, "b", 1e9,
      "k", 1e3, "mn", 1e6, "tn", 1e12, "mln", 1e6, "bln", 1e9);

  private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "\u20AC", "EUR", "\u00A3", "GBP",
      "\u00A5", "JPY", "\u20B9", "INR");

  /** Letters written before "$": "C$", "US$", "A$", "HK$". */
  private static final Map<String, String> DOLLAR_PREFIXES = Map.of("us", "USD", "u.s.", "USD", "c", "CAD",
      "can", "CAD", "a", "AUD", "hk", "HKD", "nz", "NZD", "s", "SGD", "nt", "TWD");

  private static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("usd", "USD"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"), Map.entry("jpy", "JPY"),
      Map.entry("chf", "CHF"), Map.entry("cad", "CAD"), Map.entry("aud", "AUD"), Map.entry("inr", "INR"),
      Map.entry("cny", "CNY"), Map.entry("hkd", "HKD"), Map.entry("sek", "SEK"), Map.entry("nok", "NOK"),
      Map.entry("dkk", "DKK"), Map.entry("krw", "KRW"), Map.entry("nzd", "NZD"), Map.entry("sgd", "SGD"),
      Map.entry("zar", "ZAR"), Map.entry("brl", "BRL"), Map.entry("mxn", "MXN"), Map.entry("rs", "INR"),
      Map.entry("rmb", "CNY"));

  /** Currency words written after the number, with the currency they mean on their own. */
  private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
      Map.entry("dlrs", "USD"), Map.entry("dlr", "USD"), Map.entry("dollars", "USD"), Map.entry("dollar", "USD"),
      Map.entry("yen", "JPY"), Map.entry("stg", "GBP"), Map.entry("sterling", "GBP"), Map.entry("pounds", "GBP"),
      Map.entry("pound", "GBP"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("francs", "FRF"),
      Map.entry("franc", "FRF"), Map.entry("marks", "DEM"), Map.entry("lire", "ITL"), Map.entry("lira", "ITL"),
      Map.entry("guilders", "NLG"), Map.entry("pesetas", "ESP"), Map.entry("rupees", "INR"),
      Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("won", "KRW"), Map.entry("rand", "ZAR"),
      Map.entry("crowns", "SEK"), Map.entry("kronor", "SEK"), Map.entry("kroner", "NOK"),
      Map.entry("schillings", "ATS"), Map.entry("riyals", "SAR"), Map.entry("ringgit", "MYR"),
      Map.entry("baht", "THB"), Map.entry("rupiah", "IDR"), Map.entry("pesos", "MXN"), Map.entry("reais", "BRL"),
      Map.entry("cruzados", "BRL"), Map.entry("dinars", "KWD"));

  /** Words naming whose currency it is: "Canadian dlrs", "Swiss francs", "Danish crowns". */
  private static final Map<String, String> CURRENCY_ADJECTIVES = Map.ofEntries(
      Map.entry("u.s.", "US"), Map.entry("us", "US"), Map.entry("american", "US"), Map.entry("canadian", "CA"),
      Map.entry("australian", "AU"), Map.entry("hk", "HK"), Map.entry("singapore", "SG"), Map.entry("taiwan", "TW"),
      Map.entry("swiss", "CH"), Map.entry("french", "FR"), Map.entry("belgian", "BE"), Map.entry("swedish", "SE"),
      Map.entry("danish", "DK"), Map.entry("norwegian", "NO"), Map.entry("german", "DE"), Map.entry("deutsche", "DE"),
      Map.entry("saudi", "SA"), Map.entry("mexican", "MX"), Map.entry("indian", "IN"), Map.entry("japanese", "JP"),
      Map.entry("luxembourg", "LU"), Map.entry("zealand", "NZ"), Map.entry("kong", "HK"), Map.entry("new", "NZ"),
      Map.entry("jamaican", "JM"), Map.entry("philippine", "PH"), Map.entry("brazilian", "BR"));

  private static final Map<String, String> COUNTRY_CURRENCY = Map.ofEntries(
      Map.entry("USdollar", "USD"), Map.entry("CAdollar", "CAD"), Map.entry("AUdollar", "AUD"),
      Map.entry("HKdollar", "HKD"), Map.entry("SGdollar", "SGD"), Map.entry("TWdollar", "TWD"),
      Map.entry("NZdollar", "NZD"), Map.entry("JMdollar", "JMD"), Map.entry("CHfranc", "CHF"),
      Map.entry("FRfranc", "FRF"), Map.entry("BEfranc", "BEF"), Map.entry("LUfranc", "LUF"),
      Map.entry("SEcrown", "SEK"), Map.entry("DKcrown", "DKK"), Map.entry("NOcrown", "NOK"),
      Map.entry("DEmark", "DEM"), Map.entry("MXpeso", "MXN"), Map.entry("PHpeso", "PHP"),
      Map.entry("SAriyal", "SAR"), Map.entry("INrupee", "INR"), Map.entry("JPyen", "JPY"),
      Map.entry("BRcruzado", "BRL"));

  private static final Map<String, String> CURRENCY_FAMILY = Map.ofEntries(
      Map.entry("dlrs", "dollar"), Map.entry("dlr", "dollar"), Map.entry("dollars", "dollar"),
      Map.entry("dollar", "dollar"), Map.entry("francs", "franc"), Map.entry("franc", "franc"),
      Map.entry("crowns", "crown"), Map.entry("kronor", "crown"), Map.entry("kroner", "crown"),
      Map.entry("marks", "mark"), Map.entry("pesos", "peso"), Map.entry("riyals", "riyal"),
      Map.entry("rupees", "rupee"), Map.entry("yen", "yen"), Map.entry("cruzados", "cruzado"));

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("half", 0), Map.entry("dozen", 12));

  /** Hedges before an amount, longest first; each makes it approximate. */
  private static final String[][] HEDGES = {
      {"in", "excess", "of"}, {"as", "much", "as"}, {"up", "to"}, {"more", "than"}, {"less", "than"},
      {"at", "least"}, {"close", "to"}, {"an", "estimated"}, {"just", "over"}, {"just", "under"},
      {"upwards", "of"}, {"about"}, {"approximately"}, {"nearly"}, {"almost"}, {"around"}, {"roughly"},
      {"some"}, {"over"}, {"under"}, {"estimated"}, {"approx"}, {"circa"}};

  /** What a price is per: "40 dlrs a share", "18 dlrs a barrel", "$4 a dose". */
  private static final java.util.Set<String> PER_UNITS = java.util.Set.of("share", "unit", "barrel", "tonne", "ton",
      "tonnes", "ounce", "gallon", "litre", "liter", "dose", "bushel", "kilo", "kg", "pound", "head", "seat", "ticket");

  /** Things counted by a scaled number without a currency ("1.2 mln barrels", "2 mln shares"). */
  private static final java.util.Set<String> QUANTITIES = java.util.Set.of("barrels", "barrel", "tonnes", "tons",
      "tonne", "shares", "people", "units", "ounces", "bushels", "workers", "jobs", "passengers", "vehicles", "cars",
      "homes", "customers", "subscribers", "doses", "users", "bpd", "acres", "hectares", "megawatts", "kilometres");

  private MoneyParser() {}

  /**
   * Parses {@code text} as one amount of money.
   *
   * @param text the amount, such as "up to 500 mln dlrs". Must not be {@code null}.
   * @return the amount, or null when the text holds none
   */
  public static Amount parse(String text) {
    List<Money> found = find(text, 0, text.length());
    return found.isEmpty() ? null : found.get(0).amount();
  }

  /**
   * Finds every amount of money in {@code text[from, to)}, in text order. A scaled number without a
   * currency ("a 1.25 billion loan") takes the currency of the other amounts of the same stretch.
   *
   * @param text the text. Must not be {@code null}.
   * @param from char offset to start at
   * @param to   char offset to stop at (exclusive)
   * @return the amounts found; an empty list when there are none
   */
  public static List<Money> find(String text, int from, int to) {
    return find(text, Lexeme.lex(text, from, to));
  }

  /** As {@link #find(String, int, int)}, over the lexemes of the stretch, which a caller may share. */
  static List<Money> find(String text, List<Lexeme> lex) {
    List<Money> out = new ArrayList<>();
    List<int[]> bare = new ArrayList<>();
    String seenCurrency = null;
    int i = 0;
    while (i < lex.size()) {
      Core core = core(lex, i);
      if (core == null) {
        i++;
        continue;
      }
      int startLex = i;
      boolean approximate = false;
      double value = core.value;
      String currency = core.currency;
      int endLex = core.end;
      // a range: "between $1 and $2 billion", "1-2 billion dlrs", "$1 to $2 billion"
      boolean between = startLex >= 1 && lex.get(startLex - 1).is("between");
      if (endLex < lex.size() && (between && lex.get(endLex).is("and")
          || (lex.get(endLex).is("to") || lex.get(endLex).is("-")) && (currency == null || !core.scaled))) {
        Core second = core(lex, endLex + 1);
        if (second != null && (second.currency != null || currency == null)) {
          value = second.value;
          if (currency == null) {
            currency = second.currency;
          }
          endLex = second.end;
          approximate = true;
          core = new Core(value, currency, endLex, second.perShare, second.scaled || core.scaled);
        }
      }
      if (between) {
        startLex--;
        approximate = true;
      } else {
        int hedge = hedgeBefore(lex, startLex);
        if (hedge < startLex) {
          startLex = hedge;
          approximate = true;
        }
      }
      if (currency == null && (!core.scaled || core.end < lex.size() && QUANTITIES.contains(lex.get(core.end).lower()))) {
        i = core.end; // "1.2 mln barrels": a count of things, not a sum in the currency around it
        continue;
      }
      int start = lex.get(startLex).start();
      int end = lex.get(endLex - 1).end();
      if (currency == null) {
        bare.add(new int[] {out.size(), start, end});
        out.add(new Money(new Amount(value, "XXX", approximate, text.substring(start, end)), start, end, core.perShare));
      } else {
        seenCurrency = seenCurrency == null ? currency : seenCurrency;
        out.add(new Money(new Amount(value, currency, approximate, text.substring(start, end)), start, end, core.perShare));
      }
      i = endLex;
    }
    if (!bare.isEmpty()) {
      List<Money> kept = new ArrayList<>(out.size());
      for (Money m : out) {
        if (!m.amount().currency().equals("XXX")) {
          kept.add(m);
        } else if (seenCurrency != null) {
          Amount a = m.amount();
          kept.add(new Money(new Amount(a.value(), seenCurrency, a.approximate(), a.text()), m.start(), m.end(), m.perShare()));
        }
      }
      return kept;
    }
    return out;
  }

  /** A number with its scale and currency; {@code end} is the lexeme index just past it. */
  private record Core(double value, String currency, int end, boolean perShare, boolean scaled) {}

  private static Core core(List<Lexeme> lex, int i) {
    int n = lex.size();
    if (i >= n) {
      return null;
    }
    String currency = null;
    int j = i;
    Lexeme first = lex.get(j);
    if (first.type() == Lexeme.Type.SYMBOL) {
      currency = SYMBOLS.get(first.text());
      j++;
    } else if (first.type() == Lexeme.Type.WORD && j + 1 < n && lex.get(j + 1).is("$") && !lex.get(j + 1).spaceBefore()
        && DOLLAR_PREFIXES.containsKey(first.lower()) && Character.isUpperCase(first.text().charAt(0))) {
      currency = DOLLAR_PREFIXES.get(first.lower());
      j += 2;
    } else if (first.type() == Lexeme.Type.WORD && CODES.containsKey(first.lower())
        && Character.isUpperCase(first.text().charAt(0))) {
      int k = j + 1;
      if (k < n && lex.get(k).is(".")) {
        k++;
      }
      if (k < n && lex.get(k).type() == Lexeme.Type.NUMBER) {
        currency = CODES.get(first.lower());
        j = k;
      }
    }
    if (j >= n) {
      return null;
    }
    double number;
    Lexeme numberLex = lex.get(j);
    if (numberLex.type() == Lexeme.Type.NUMBER) {
      number = parseNumber(numberLex.text());
      j++;
    } else if (numberLex.type() == Lexeme.Type.WORD && currency == null) {
      int k = j;
      double total = 0;
      double group = 0;
      boolean any = false;
      while (k < n && lex.get(k).type() == Lexeme.Type.WORD) {
        String w = lex.get(k).lower();
        int value = wordNumber(w);
        if (value < 0) {
          break;
        }
        if ((w.equals("a") || w.equals("an") || w.equals("half")) && !(k + 1 < n && SCALES.containsKey(lex.get(k + 1).lower())
            || w.equals("half") && k + 2 < n && SCALES.containsKey(lex.get(k + 2).lower()))) {
          break;
        }
        if (w.equals("half")) {
          group += 0.5;
        } else if (w.equals("hundred")) {
          group = (group == 0 ? 1 : group) * 100;
        } else if (!w.equals("a") && !w.equals("an") || group == 0) {
          group += value;
        }
        any = true;
        k++;
      }
      if (!any) {
        return null;
      }
      total += group;
      number = total;
      j = k;
    } else {
      return null;
    }
    if (Double.isNaN(number)) {
      return null;
    }
    boolean scaled = false;
    // "34.4. mln dlrs": a stray period typed after the number, before its scale
    if (j + 1 < n && lex.get(j).is(".") && !lex.get(j).spaceBefore() && lex.get(j + 1).spaceBefore()
        && SCALES.containsKey(lex.get(j + 1).lower())) {
      j++;
    }
    if (j < n) {
      Lexeme s = lex.get(j);
      Double attached = s.spaceBefore() ? null : ATTACHED_SCALES.get(s.lower());
      Double scale = attached != null ? attached : SCALES.get(s.lower());
      if (scale != null && s.type() == Lexeme.Type.WORD) {
        number *= scale;
        scaled = true;
        j++;
      }
    }
    if (currency == null && j < n) {
      int k = j;
      String country = null;
      while (k < n && k < j + 2 && CURRENCY_ADJECTIVES.containsKey(lex.get(k).lower())
          && Character.isUpperCase(lex.get(k).text().charAt(0))) {
        country = CURRENCY_ADJECTIVES.get(lex.get(k).lower());
        k++;
      }
      if (k < n && CURRENCY_WORDS.containsKey(lex.get(k).lower())) {
        String word = lex.get(k).lower();
        currency = CURRENCY_WORDS.get(word);
        if (country != null) {
          String family = CURRENCY_FAMILY.get(word);
          String specific = family == null ? null : COUNTRY_CURRENCY.get(country + family);
          if (specific != null) {
            currency = specific;
          }
        }
        j = k + 1;
        if (word.equals("pounds") && j < n && lex.get(j).is("sterling")) {
          j++;
        }
      } else if (k < n && CODES.containsKey(lex.get(k).lower()) && lex.get(k).text().equals(lex.get(k).text().toUpperCase(java.util.Locale.ROOT))
          && !lex.get(k).is("rs")) {
        currency = CODES.get(lex.get(k).lower());
        j = k + 1;
      }
    } else if (currency != null && j + 1 < n && lex.get(j).type() == Lexeme.Type.WORD
        && CURRENCY_ADJECTIVES.containsKey(lex.get(j).lower()) && CURRENCY_WORDS.containsKey(lex.get(j + 1).lower())) {
      j += 2; // "$5 million U.S. dollars" style repetition
    }
    boolean perShare = false;
    if (j + 1 < n && (lex.get(j).is("a") || lex.get(j).is("per") || lex.get(j).is("each"))
        && PER_UNITS.contains(lex.get(j + 1).lower())) {
      perShare = true;
      j += 2;
    }
    return new Core(number, currency, j, perShare, scaled);
  }

  private static int wordNumber(String w) {
    Integer v = NUMBER_WORDS.get(w);
    if (v != null) {
      return v;
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = NUMBER_WORDS.get(w.substring(0, dash));
      Integer ones = NUMBER_WORDS.get(w.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && ones < 10) {
        return tens + ones;
      }
    }
    return -1;
  }

  private static double parseNumber(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int commas = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == ',') {
        commas++;
      } else {
        b.append(c);
      }
    }
    try {
      return Double.parseDouble(b.toString());
    } catch (NumberFormatException e) {
      // several periods ("1.2.3") are not a number
      return Double.NaN;
    }
  }

  /** The lexeme index where a hedge ending just before {@code at} starts, or {@code at} when none does. */
  private static int hedgeBefore(List<Lexeme> lex, int at) {
    for (String[] hedge : HEDGES) {
      int s = at - hedge.length;
      if (s < 0) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < hedge.length && match; k++) {
        match = lex.get(s + k).is(hedge[k]);
      }
      if (match) {
        return s;
      }
    }
    return at;
  }
}
