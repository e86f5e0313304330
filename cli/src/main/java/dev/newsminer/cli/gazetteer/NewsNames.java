package dev.newsminer.cli.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the names that registries write ("CISCO SYSTEMS, INC.", "BANK OF AMERICA CORP /DE/",
 * "Alphabet Inc. (Class A)") into the names news writes: registry tags and share classes dropped,
 * capitals set in title case with acronyms kept, and the name without its legal form ("Cisco
 * Systems") beside the name with it ("Cisco Systems Inc").
 */
final class NewsNames {

  private NewsNames() {}

  /** Legal forms that end a registered name, as news writes them. */
  static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
      "ltd", "limited", "plc", "llc", "lp", "l.p.", "n.v.", "nv", "s.a.", "sa", "ag", "se", "s.p.a.", "spa",
      "ab", "asa", "oyj", "a/s", "as", "bhd", "pty", "p.l.c.", "co.", "inc.", "corp.", "ltd.", "co.,", "sab",
      "de", "c.v.", "cv", "s.a.b.", "lp.", "aktiengesellschaft");

  /** Words after the legal form comes off that still do not name the company on their own. */
  private static final Set<String> HOLDING_WORDS = Set.of("holdings", "holding", "cos", "companies");

  /** Words of a name in capitals that stay lower case in title case. */
  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "in", "on", "at", "de", "du",
      "la", "le", "y", "del", "to");

  /** Words of a name in capitals that stay in capitals: legal forms and common abbreviations. */
  private static final Set<String> KEPT_CAPITALS = Set.of("LLC", "LP", "PLC", "NV", "SA", "AG", "SE", "AB", "ASA",
      "USA", "US", "UK", "II", "III", "IV", "REIT", "ADR", "NA", "N.A.", "L.P.", "N.V.", "S.A.", "AI", "TV", "HR",
      "IT", "RF", "LNG", "BDC", "SPA");

  private static final Pattern REGISTRY_TAG = Pattern.compile("\\s*[/\\\\]\\s*([A-Za-z]{2,}\\s*[/\\\\]?)?\\s*$");
  private static final Pattern THE_AFTER = Pattern.compile("\\s*\\(The\\)\\s*$");
  private static final Pattern SHARE_CLASS = Pattern.compile("\\s*\\((Class|Series) [A-Z0-9]+\\)\\s*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A registered name without its registry tags ("/DE/", "/NEW") and share class, spaced once. */
  static String clean(String registered) {
    String s = registered.strip();
    String before;
    do {
      before = s;
      s = REGISTRY_TAG.matcher(s).replaceAll("");
      s = SHARE_CLASS.matcher(s).replaceAll("");
      s = THE_AFTER.matcher(s).replaceAll("");
      s = s.strip();
      while (s.endsWith(",") || s.endsWith("-")) {
        s = s.substring(0, s.length() - 1).strip();
      }
    } while (!s.equals(before));
    return SPACES.matcher(s.replace(",", " , ")).replaceAll(" ").replace(" ,", ",").strip();
  }

  /** Whether a name has letters and none of them in lower case. */
  static boolean inCapitals(String name) {
    boolean letters = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /**
   * A name in capitals as news writes it: "JOHNSON & JOHNSON" is "Johnson & Johnson", "AGREE REALTY
   * CORP" is "Agree Realty Corp", and short words without a vowel stay acronyms ("NRG ENERGY" is "NRG
   * Energy"). Names with lower-case letters are returned as they are.
   */
  static String titleCase(String name) {
    String[] words = name.split(" ");
    int letters = 0;
    int capitals = 0;
    for (String w : words) {
      if (w.chars().anyMatch(Character::isLetter)) {
        letters++;
        capitals += inCapitals(w) ? 1 : 0;
      }
    }
    if (capitals * 2 <= letters) {
      return legalFormsAsNewsWritesThem(words);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) {
        sb.append(' ');
      }
      String bare = w.replace(",", "");
      if (!inCapitals(w)) {
        sb.append(w);
      } else if (LEGAL_SPELLING.containsKey(bare.toLowerCase(Locale.ROOT))) {
        sb.append(LEGAL_SPELLING.get(bare.toLowerCase(Locale.ROOT)));
      } else if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        sb.append(i > 0 ? w.toLowerCase(Locale.ROOT) : capitalizeParts(w));
      } else if (KEPT_CAPITALS.contains(bare) || acronym(bare)) {
        sb.append(w);
      } else {
        sb.append(capitalizeParts(w));
      }
    }
    return sb.toString();
  }

  /** How news spells the legal forms that registries write in capitals. */
  private static final java.util.Map<String, String> LEGAL_SPELLING = java.util.Map.of("inc", "Inc", "inc.", "Inc",
      "corp", "Corp", "corp.", "Corp", "co", "Co", "co.", "Co", "ltd", "Ltd", "ltd.", "Ltd", "company", "Company",
      "corporation", "Corporation");

  /** A name with lower-case words whose legal forms alone may be in capitals ("Axon Enterprise INC."). */
  private static String legalFormsAsNewsWritesThem(String[] words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      String spelled = i > 0 ? LEGAL_SPELLING.get(words[i].toLowerCase(Locale.ROOT)) : null;
      sb.append(spelled != null && inCapitals(words[i]) ? spelled : words[i]);
    }
    return sb.toString();
  }

  /**
   * A word in capitals that reads as an acronym: three letters or fewer ("TIM", "AES"), no vowel
   * ("NRG"), a digit, or dotted letters ("U.S.").
   */
  private static boolean acronym(String w) {
    String letters = w.replace(".", "").replace("&", "").replace("-", "");
    if (letters.length() <= 3) {
      return true;
    }
    boolean vowel = false;
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (Character.isDigit(c)) {
        return true;
      }
      vowel |= "AEIOUY".indexOf(c) >= 0;
    }
    return !vowel || w.contains(".") && letters.length() <= 3 || letters.length() == 1;
  }

  /** "CHASE" is "Chase", "O'REILLY" is "O'Reilly", "COCA-COLA" is "Coca-Cola". */
  private static String capitalizeParts(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    boolean start = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-' || c == '\'' || c == '/' || c == '.';
    }
    return sb.toString();
  }

  /**
   * The forms of a registered name news uses, shortest last: the name with its legal form ("Cisco
   * Systems Inc"), without it ("Cisco Systems"), and without a trailing "Holdings" or "Companies"
   * ("Lowe's"); the first form is the name as cleaned and title-cased.
   */
  static List<String> forms(String registered) {
    String full = titleCase(clean(registered)).replace(",", "");
    full = SPACES.matcher(full).replaceAll(" ").strip();
    List<String> out = new ArrayList<>();
    out.add(full);
    List<String> words = new ArrayList<>(List.of(full.split(" ")));
    boolean cut = false;
    while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
      cut = true;
    }
    while (words.size() > 1 && (words.get(words.size() - 1).equals("&") || words.get(words.size() - 1).equals("and"))) {
      words.remove(words.size() - 1);
    }
    if (cut) {
      add(out, String.join(" ", words));
    }
    if (words.size() > 2 && HOLDING_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
      add(out, String.join(" ", words));
    }
    return out;
  }

  private static void add(List<String> out, String name) {
    if (!name.isBlank() && !out.contains(name)) {
      out.add(name);
    }
  }
}
