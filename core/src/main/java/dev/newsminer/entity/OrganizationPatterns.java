package dev.newsminer.entity;

import static dev.newsminer.entity.OrganizationWords.lower;

import java.util.List;

/**
 * Finds organization names by their form: legal-form suffixes ("Acme Corp", "Siemens AG"),
 * institutional forms ("University of Chicago", "Yale University", "Bank of Japan"), Reuters
 * tickers ("Computer Terminal Systems &lt;CPML&gt;", "&lt;Sedio N.V.&gt;") and acronyms defined in
 * parentheses ("International Business Machines (IBM)"). Works on tokens alone, with no part-of-speech
 * tags, so that it reads pre-tokenized evaluation data the same way as articles. Thread-safe: its
 * only state is a lock-free memory of the bare forms of dotted words.
 */
final class OrganizationPatterns {

  private static final int MAX_RUN = 8;
  private static final int MAX_TAIL = 5;

  private OrganizationPatterns() {}

  /** Adds the names that the form patterns find in sentence {@code index} to {@code out}. */
  static void find(KeyedSentence s, int index, List<Mention> out) {
    String[] t = s.tokens;
    // a headline in title case capitalizes its verbs as one in capitals does
    boolean caps = s.capitals || s.titleCase;
    for (int i = 0; i < t.length; i++) {
      String word = t[i];
      String bare = bare(word);
      if (word.equals("<")) {
        ticker(t, i, index, caps, out);
        continue;
      }
      if (!caps && i >= 1 && i + 1 < t.length && (word.equals("said") || word.equals("says")) && t[i + 1].equals("it")) {
        saidIt(t, i, index, out);
        continue;
      }
      if (!capitalized(word) && !bare.equals("plc")) {
        continue;
      }
      if (!caps && (webName(word) || legislature(t, i))) {
        out.add(new Mention(index, i, i + 1, Mention.Source.PATTERN));
        continue;
      }
      if (OrganizationWords.LEGAL_FORMS.contains(bare)) {
        int start = runStart(t, i, caps);
        if (start == i && i >= 2 && t[i - 1].equals(",") && OrganizationWords.COMMA_LEGAL_FORMS.contains(bare)) {
          int before = runStart(t, i - 1, caps);
          start = before < i - 1 ? before : i;
        }
        if (start < i && !onlyLegalForms(t, start, i)) {
          out.add(new Mention(index, start, legalEnd(t, i + 1), Mention.Source.PATTERN));
        }
      }
      if (OrganizationWords.HEADS_OF.contains(bare) && i + 2 < t.length
          && (t[i + 1].equals("of") || t[i + 1].equals("for") || caps && t[i + 1].equals("OF"))) {
        int tailEnd = tail(t, i + 2, caps);
        if (tailEnd > 0) {
          int start = runStart(t, i, caps);
          if (!canStart(t, start, caps)) {
            start = i;
          }
          if (canStart(t, start, caps)) {
            out.add(new Mention(index, start, legalEnd(t, tailEnd), Mention.Source.PATTERN));
          }
        }
      }
      if (OrganizationWords.HEADS_AFTER.contains(bare)) {
        int start = runStart(t, i, caps);
        int end = legalEnd(t, i + 1);
        // a name runs on into the next name word, unless that word is its acronym: "Atlantic Dock Workers ADW contract"
        boolean runsOn = end < t.length && nameWord(t[end], caps) && !(end + 1 < t.length && t[end + 1].equals("of"))
            && !titleAt(t, end) && !(!caps && acronymShape(t[end]) && abbreviates(t[end], t, start, end, false));
        // "Communications Director": a head right before a title is the title's department, not a name's end
        if (start < i && !runsOn && !(FUNCTION_WORDS.contains(bare) && titleAt(t, i))) {
          out.add(new Mention(index, start, end, Mention.Source.PATTERN));
        }
      }
    }
  }

  /** A capitalized web address of one word, which names the company or the publication: "CNNMoney.com", "Forex.com". */
  static boolean webName(String word) {
    int dot = word.lastIndexOf('.');
    if (dot < 2 || word.length() - dot != 4 || !Character.isUpperCase(word.charAt(0)) || word.indexOf('/') >= 0) {
      return false;
    }
    String domain = word.substring(dot + 1);
    if (!(domain.equals("com") || domain.equals("net") || domain.equals("org"))) {
      return false;
    }
    for (int i = 0; i < dot; i++) {
      char c = word.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** The words that name a country's legislature on their own, capitalized: "the Senate voted", "Congress ordered". */
  static final java.util.Set<String> LEGISLATURES = java.util.Set.of("Senate", "Congress", "Parliament");

  /**
   * Whether token {@code i} names a legislature standing alone: "Senate", "Congress" or "Parliament"
   * with no other name word beside it ("Senate Banking Committee" and "U.S. Senate" are longer names,
   * which the list knows), or "the House" with the Senate or Congress named within 30 words.
   */
  private static final int HOUSE_WINDOW = 30;

  static boolean legislature(String[] t, int i) {
    String w = t[i];
    boolean house = w.equals("House");
    if (!house && !LEGISLATURES.contains(w)) {
      return false;
    }
    boolean before = i > 0 && nameWord(t[i - 1], false)
        && !(sentenceInitial(t, i - 1) && OrganizationWords.STARTERS.contains(lower(t[i - 1])));
    boolean after = i + 1 < t.length && (nameWord(t[i + 1], false) || t[i + 1].equals("of"));
    if (before || after) {
      return false;
    }
    if (!house) {
      return true;
    }
    if (i == 0 || !lower(t[i - 1]).equals("the")) {
      return false;
    }
    // the other chamber nearby, within a bounded window so that a long run of "the House" stays linear
    for (int k = Math.max(0, i - HOUSE_WINDOW); k < Math.min(t.length, i + HOUSE_WINDOW); k++) {
      if (t[k].equals("Senate") || t[k].equals("Congress")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Nordvik said it will ...": a name that speaks of itself as "it" is an organization (people are
   * "he" or "she"); places, titles and sentence openers are not taken.
   */
  private static void saidIt(String[] t, int said, int index, List<Mention> out) {
    int last = said - 1;
    if (!nameWord(t[last], false)) {
      return;
    }
    int start = runStart(t, last, false);
    while (start <= last && !canStart(t, start, false)) {
      start++;
    }
    if (start > last || start > 0 && nameWord(t[start - 1], false)) {
      return;
    }
    for (int k = start; k <= last; k++) {
      if (PlaceNames.isPlace(t[k]) || OrganizationWords.TITLES.contains(lower(t[k]))) {
        return;
      }
    }
    out.add(new Mention(index, start, said, Mention.Source.PATTERN));
  }

  /** {@code Name <TICKER>} names the run before the bracket; {@code <Name Words>} names what is inside. */
  private static void ticker(String[] t, int open, int index, boolean caps, List<Mention> out) {
    int close = -1;
    for (int j = open + 2; j < t.length && j <= open + 8; j++) {
      if (t[j].equals(">")) {
        close = j;
        break;
      }
    }
    if (close < 0) {
      return;
    }
    if (close <= open + 3 && tickerShape(inside(t, open + 1, close))) {
      int start = runStart(t, open, caps);
      if (start < open) {
        out.add(new Mention(index, start, open, Mention.Source.PATTERN).withExtraAlias(inside(t, open + 1, close)));
      }
    } else if (capitalized(t[open + 1]) && !containsBracket(t, open + 1, close)) {
      out.add(new Mention(index, open + 1, close, Mention.Source.PATTERN));
    }
  }

  /**
   * The tokens {@code [from, to)} joined without spaces: the tokenizer splits a Reuters ticker such as
   * "GS.N" after its dot.
   */
  private static String inside(String[] t, int from, int to) {
    return to - from == 1 ? t[from] : String.join("", java.util.Arrays.asList(t).subList(from, to));
  }

  private static boolean containsBracket(String[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t[i].equals("<") || t[i].equals(">")) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code [from, to)} are all legal forms, as "Co" in "Co Inc": no name at all. */
  private static boolean onlyLegalForms(String[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!OrganizationWords.LEGAL_FORMS.contains(bare(t[i]))) {
        return false;
      }
    }
    return true;
  }

  /** Extends a name over legal forms that follow it: "Holdings Ltd", "Group Inc". */
  private static int legalEnd(String[] t, int end) {
    while (end < t.length && capitalized(t[end]) && OrganizationWords.LEGAL_FORMS.contains(bare(t[end]))) {
      end++;
    }
    return end;
  }

  /**
   * Where the name that a head word at {@code head} ends starts: walks back over name words and the
   * connectors between them; {@code head} itself when no name word comes before it.
   */
  static int runStart(String[] t, int head, boolean caps) {
    int best = head;
    int j = head;
    int limit = Math.max(0, head - MAX_RUN);
    boolean firm = false;
    while (j - 1 >= limit) {
      String word = t[j - 1];
      if (j < head && OrganizationWords.LEGAL_FORMS.contains(bare(word)) && !caps) {
        break; // a legal form ends the name before: "Space Company EADS N.V." is two names
      }
      if (nameWord(word, caps)) {
        j--;
        if (canStart(t, j, caps)) {
          best = j;
        }
        continue;
      }
      String w = lower(word);
      if (w.equals(",") && j == head - 1 && !caps) {
        // "L.F. Rothschild, Unterberg, Towbin Inc": a firm named after its partners, the first with initials
        int partners = partnersStart(t, j - 1);
        if (partners >= limit && canStart(t, partners, caps)) {
          best = partners;
          break;
        }
      }
      if (j - 2 >= 0 && nameWord(t[j - 2], caps) && (OrganizationWords.INNER_CONNECTORS.contains(w)
          || w.equals("of") && (OrganizationWords.HEADS_OF.contains(bare(t[j - 2])) || PlaceNames.isPlace(t[j]))
          || w.equals("and") && (FIRM_WORDS.contains(lower(t[j])) || PAIRED_WORDS.contains(lower(t[j])))
          || w.equals(".") && t[j - 2].length() <= 4
          || w.equals(",") && firm && partnerBeforeComma(t, j - 2, caps))) {
        // "." after a short capitalized word is an abbreviation the tokenizer split off: "Alex . Brown"
        firm |= (w.equals("and") || w.equals("&")) && FIRM_WORDS.contains(lower(t[j]));
        if (w.equals(",")) {
          firm = false; // one comma only: "Kidder, Peabody and Co", not a list of firms
        }
        j--;
        continue;
      }
      break;
    }
    return best;
  }

  /**
   * Where a list of partners' surnames that ends at the comma {@code comma} starts, when its first
   * surname has initials before it ("L.F. Rothschild, Unterberg,"): the initials' index, or -1. Each
   * surname is one capitalized word that is no place; a list of companies has no initials before it.
   */
  private static int partnersStart(String[] t, int comma) {
    int k = comma - 1;
    while (k >= 1 && capitalized(t[k]) && !PlaceNames.isPlace(t[k]) && t[k].length() > 1 && isPlainWord(t[k])) {
      if (initials(t[k - 1])) {
        return k - 1;
      }
      if (!t[k - 1].equals(",") || k < 2) {
        return -1;
      }
      k -= 2;
    }
    return -1;
  }

  /** A word of letters only: "Unterberg". */
  private static boolean isPlainWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A person's initials: "L.F.", "J." (capital letters each followed by a dot). */
  private static boolean initials(String w) {
    if (w.length() < 2 || w.length() > 6 || w.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < w.length(); i += 2) {
      if (!Character.isUpperCase(w.charAt(i)) || w.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a person's title starts at token {@code i}: "Secretary", or a department and a title,
   * "Communications Director"; an organization's name ends before it ("Air Force Secretary James Roche").
   */
  private static boolean titleAt(String[] t, int i) {
    String w = lower(t[i]);
    return OrganizationWords.TITLES.contains(w)
        || i + 1 < t.length && FUNCTION_WORDS.contains(w) && OrganizationWords.TITLES.contains(lower(t[i + 1]));
  }

  /** Departments that stand before a title: "Communications Director", "Marketing Chief". */
  static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("communications", "marketing",
      "finance", "sales", "operations", "technology", "information", "research", "policy", "affairs", "relations",
      "security", "legal", "strategy", "development", "acquisition", "procurement", "investment");

  /**
   * Whether the word at {@code i}, before the comma of a partnership's name, is a single partner's
   * name ("Kidder, Peabody and Co"), not a place or the end of a longer name before it.
   */
  private static boolean partnerBeforeComma(String[] t, int i, boolean caps) {
    return !PlaceNames.isPlace(t[i]) && (i == 0 || !nameWord(t[i - 1], caps)) && canStart(t, i, caps);
  }

  /**
   * The second word of the pairs that business names join with "and": "Harken Oil and Gas",
   * "American Telephone and Telegraph", "Savings and Loan", "Aeronautic Defence and Space Company"
   * (a legal form after such a pair ends the whole name, not "Space Company").
   */
  private static final java.util.Set<String> PAIRED_WORDS = java.util.Set.of("gas", "electric", "power",
      "light", "chemical", "chemicals", "loan", "exploration", "development", "mining", "minerals",
      "refining", "marketing", "telegraph", "manufacturing", "steel", "rubber", "water", "production",
      "trust", "investment", "engineering", "construction", "space", "aerospace", "defence", "defense",
      "technology", "commerce", "industry", "trade", "finance", "shipping", "transport", "telecommunications");

  /** Words that follow "and" inside a firm's name: "Samuel Montagu and Co", "Alex. Brown and Sons". */
  private static final java.util.Set<String> FIRM_WORDS = java.util.Set.of("co", "co.", "company", "sons", "son",
      "brothers", "partners", "associates");

  /** The end of the name words after "of" in "Bank of X", or -1 when there are none. */
  private static int tail(String[] t, int from, boolean caps) {
    int i = from;
    if (i < t.length && lower(t[i]).equals("the")) {
      i++;
    }
    int end = -1;
    int limit = Math.min(t.length, i + MAX_TAIL);
    while (i < limit) {
      String word = t[i];
      String w = lower(word);
      if (nameWord(word, caps) && !OrganizationWords.TITLES.contains(w)) {
        end = ++i;
        if (OrganizationWords.LEGAL_FORMS.contains(bare(word))) {
          break; // "Bank of America Corp" ends at its legal form
        }
      } else if (end > 0 && i + 1 < t.length && nameWord(t[i + 1], caps)
          && (w.equals("and") || w.equals("&") || w.equals("-")) && !anotherName(t, i + 1, caps)) {
        i++;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Whether the name words from {@code from} on make a name of their own ("and Yale University")
   * rather than continue the one before ("of Trade and Industry").
   */
  private static boolean anotherName(String[] t, int from, boolean caps) {
    for (int i = from; i < t.length && nameWord(t[i], caps); i++) {
      String w = bare(t[i]);
      if (OrganizationWords.HEADS_AFTER.contains(w) || OrganizationWords.HEADS_OF.contains(w)
          || OrganizationWords.LEGAL_FORMS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name may start at token {@code i}: not a sentence's opening function word. */
  static boolean canStart(String[] t, int i, boolean caps) {
    String word = t[i];
    if (!nameWord(word, caps)) {
      return false;
    }
    String w = lower(word);
    if (w.equals("the") || OrganizationWords.TITLES.contains(w) || LeadingWords.introduces(t, i)) {
      return false;
    }
    // "First City Industries Inc", "New York Times Co": an opener that a name word follows starts the name
    return !(sentenceInitial(t, i) && OrganizationWords.STARTERS.contains(w)
        && !(NAME_OPENERS.contains(w) && i + 1 < t.length && nameWord(t[i + 1], caps)
            && !OrganizationWords.STARTERS.contains(lower(t[i + 1]))));
  }

  /** Sentence openers that also begin many names: "First Chicago", "New England Electric". */
  private static final java.util.Set<String> NAME_OPENERS = java.util.Set.of("first", "new", "second");

  static boolean sentenceInitial(String[] t, int i) {
    if (i == 0) {
      return true;
    }
    String prev = t[i - 1];
    return prev.equals("\"") || prev.equals("``") || prev.equals("'") || prev.equals("(") || prev.equals(":")
        || prev.equals("--") || prev.equals("\u201C") || prev.equals("-");
  }

  /** A word that may be part of a name: capitalized, and in a headline in capitals not a headline word. */
  static boolean nameWord(String word, boolean caps) {
    if (!capitalized(word)) {
      return false;
    }
    return !(caps && OrganizationWords.HEADLINE_STOPS.contains(lower(word)));
  }

  /** Starts with a capital letter, or a digit followed by letters as in "3M". */
  static boolean capitalized(String word) {
    if (word.isEmpty()) {
      return false;
    }
    char c = word.charAt(0);
    if (Character.isUpperCase(c)) {
      return true;
    }
    if (c == '-' && word.length() > 1 && Character.isUpperCase(word.charAt(1))) {
      return true; // the tokenizer's "-Humphrey" in "Robinson-Humphrey"
    }
    if (Character.isDigit(c)) {
      for (int i = 1; i < word.length(); i++) {
        if (Character.isLetter(word.charAt(i))) {
          return Character.isUpperCase(word.charAt(i));
        }
      }
    }
    return false;
  }

  /** A Reuters ticker: one to seven capitals, digits or dots. */
  static boolean tickerShape(String word) {
    if (word.isEmpty() || word.length() > 8) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.')) {
        return false;
      }
    }
    return Character.isLetter(word.charAt(0));
  }

  /** Slots of the memory of words with dots: "Inc.", "Corp.", "U.S.", initials; a few thousand in news. */
  private static final int DOTTED_SLOTS = 1 << 12;

  /** A word with dots and its bare form. */
  private record Dotted(String word, String bare) {}

  /**
   * The bare forms of the dotted words seen last, one per hash slot, as {@link
   * dev.newsminer.internal.LowerCase} keeps lower-cased words and for the same reason: the patterns
   * ask for the bare form of the same "Inc." several times per name. Threads may overwrite slots in
   * any order; a pair is immutable, so one read is always whole, and a miss only costs a new string.
   */
  private static final Dotted[] DOTTED = new Dotted[DOTTED_SLOTS];

  /** The word in lower case without dots: "Inc." is "inc", "N.V." is "nv". */
  static String bare(String word) {
    if (word.indexOf('.') < 0) {
      return lower(word);
    }
    int h = word.hashCode();
    int slot = (h ^ (h >>> 16)) & (DOTTED_SLOTS - 1);
    Dotted known = DOTTED[slot];
    if (known != null && (known.word == word || known.word.equals(word))) {
      return known.bare;
    }
    String bare = lower(word.replace(".", ""));
    DOTTED[slot] = new Dotted(word, bare);
    return bare;
  }

  /** An acronym as text writes one: two to eight letters, digits or ampersands, two of them capitals. */
  static boolean acronymShape(String word) {
    // Dots do not count ("I.B.M." is "IBM"): skipped in place rather than removed into a new string.
    int length = 0;
    int upper = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.') {
        continue;
      }
      if (length == 0 && !Character.isUpperCase(c)) {
        return false;
      }
      length++;
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (!(Character.isLowerCase(c) || Character.isDigit(c) || c == '&')) {
        return false;
      }
    }
    return length >= 2 && length <= 8 && upper >= 2;
  }

  /**
   * Whether {@code acronym} abbreviates the name made of {@code words}: its letters are the words'
   * initials (connectors and, with {@code loose}, legal forms skipped), or with {@code loose} it
   * starts with the name's first letter and its letters appear in the name in order ("SIA" for
   * "Singapore Airlines").
   */
  static boolean abbreviates(String acronym, String[] words, int from, int to, boolean loose) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < acronym.length(); i++) {
      char c = acronym.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters.append(Character.toLowerCase(c));
      }
    }
    String acr = letters.toString();
    if (acr.length() < 2) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    StringBuilder initialsNoLegal = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (int i = from; i < to; i++) {
      String w = words[i];
      String lw = lower(w);
      if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0)) || ACRONYM_SKIPS.contains(lw)) {
        continue;
      }
      char first = Character.toLowerCase(w.charAt(0));
      initials.append(first);
      if (!OrganizationWords.LEGAL_FORMS.contains(bare(w))) {
        initialsNoLegal.append(first);
      }
      all.append(lw);
    }
    if (acr.contentEquals(initials) || loose && acr.contentEquals(initialsNoLegal)) {
      return true;
    }
    if (!loose || all.length() == 0 || acr.charAt(0) != all.charAt(0)) {
      return false;
    }
    int k = 0;
    for (int i = 0; i < all.length() && k < acr.length(); i++) {
      if (all.charAt(i) == acr.charAt(k)) {
        k++;
      }
    }
    return k == acr.length();
  }

  private static final java.util.Set<String> ACRONYM_SKIPS = java.util.Set.of("of", "and", "&", "the", "for", "de", "-", "on", "in", "du", "des", "la", "le");
}
