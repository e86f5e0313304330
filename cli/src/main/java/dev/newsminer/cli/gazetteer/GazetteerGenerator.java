package dev.newsminer.cli.gazetteer;

import dev.newsminer.OrganizationType;
import dev.newsminer.entity.Gazetteer;
import dev.newsminer.entity.GazetteerEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds newsminer's organization gazetteer ({@code organizations.tsv}) from the hand-curated list
 * and the open lists of {@code ../shared/corpora/orgs}, the same bytes on every run.
 *
 * <p>The curated list comes first and is kept whole. Each open list follows in a fixed order (S&P
 * 500, the other NYSE and Nasdaq companies, US federal bodies, universities, political parties,
 * football clubs); an organization of a list whose name another line already holds adds its other
 * names to that line instead of becoming a second line (one organization, one line), and a name
 * that two organizations of the same list share ("Labour Party", "Liverpool" for clubs in England
 * and Uruguay) is left out of both. Currency codes ("DMK", "SFR") are never names. Last, every line
 * gets its context names: a one-word name that annotated text writes in lower case ({@link
 * CommonWords}: "Target", "Shell", "Apple") and a club's one-word name or town ("Liverpool",
 * "Barcelona") count only in context.
 */
final class GazetteerGenerator {

  /**
   * Where the generator reads.
   *
   * @param curated   the hand-curated list, in the gazetteer's own format
   * @param orgs      the folder of open lists ({@code ../shared/corpora/orgs})
   * @param wordFiles NER files whose lower-case words tagged O are the common words
   */
  record Sources(Path curated, Path orgs, List<Path> wordFiles) {

    /** The sources of a project checkout at {@code root} with the shared data at {@code shared}. */
    static Sources of(Path root, Path shared) {
      Path ner = shared.resolve("corpora/ner");
      List<Path> words = new ArrayList<>();
      for (String section : List.of("biz", "econ", "tech", "world")) {
        words.add(root.resolve("training/ner-corpus/bio/" + section + ".bio.tsv"));
      }
      words.add(ner.resolve("wikigold/wikigold.bio.tsv"));
      words.add(ner.resolve("uner-en-ewt/uner_en_ewt_dev.bio.tsv"));
      words.add(ner.resolve("uner-en-ewt/uner_en_ewt_test.bio.tsv"));
      words.add(ner.resolve("btc/btc.train"));
      words.add(ner.resolve("btc/btc.dev"));
      words.add(ner.resolve("btc/btc.test"));
      return new Sources(root.resolve(CURATED), shared.resolve("corpora/orgs"), words);
    }
  }

  /** The curated list, from the project root. */
  static final String CURATED = "training/gazetteer/organizations-curated.tsv";

  /** The bundled gazetteer, from the project root. */
  static final String BUNDLED = "core/src/main/resources" + Gazetteer.BUNDLED_ORGANIZATIONS;

  /** Currency codes, ISO 4217 and the wire's own ("DLR", "DMK", "SFR", "DFL"), which stand after amounts. */
  static final Set<String> CURRENCY_CODES = Set.of("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "HKD",
      "SGD", "CNY", "RMB", "INR", "KRW", "BRL", "MXN", "ZAR", "RUB", "SEK", "NOK", "DKK", "XEU", "ECU", "ATS",
      "BEF", "ITL", "NLG", "FRF", "DEM", "PTE", "IEP", "FIM", "GRD", "TWD", "THB", "MYR", "IDR", "PHP", "PLN",
      "CZK", "HUF", "TRY", "ILS", "SAR", "AED", "KWD", "EGP", "NGN", "ARS", "CLP", "COP", "PEN", "DLR", "DLRS",
      "DMK", "DMKS", "SFR", "SFRS", "DFL", "DFLS", "FFR", "FFRS", "BFR", "BFRS", "STG", "YEN", "LIT", "LIRE", "AUSTDLR",
      "CANDLR");

  private final Sources sources;

  GazetteerGenerator(Sources sources) {
    this.sources = sources;
  }

  /** One line of the gazetteer while it is being built. */
  private static final class Line {
    final String name;
    final OrganizationType type;
    final LinkedHashSet<String> aliases = new LinkedHashSet<>();
    final LinkedHashSet<String> contextual = new LinkedHashSet<>();
    final List<String> standalone;

    Line(String name, OrganizationType type, List<String> standalone) {
      this.name = name;
      this.type = type;
      this.standalone = standalone;
    }

    List<String> names() {
      List<String> out = new ArrayList<>(aliases.size() + 1);
      out.add(name);
      out.addAll(aliases);
      return out;
    }
  }

  private final List<Line> lines = new ArrayList<>();
  private final List<Integer> sectionStarts = new ArrayList<>();
  private final List<String> sectionTitles = new ArrayList<>();
  private final Map<String, Line> claimed = new HashMap<>();
  /** Countries, their demonyms and their other names, which never name an organization on their own. */
  private Set<String> places = Set.of();

  /** The names and adjectives of the bundled country list ("Chinese", "China", "PRC"). */
  private static Set<String> placeWords() throws IOException {
    Set<String> out = new java.util.HashSet<>();
    try (var in = Gazetteer.class.getResourceAsStream("/dev/newsminer/entity/countries.tsv")) {
      if (in == null) {
        return out;
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        for (String n : line.split("[\t|]")) {
          if (!n.isBlank()) {
            out.add(n.strip());
          }
        }
      }
    }
    return out;
  }

  /**
   * The gazetteer's text.
   *
   * @throws IOException when a source cannot be read; the curated list must be in the gazetteer format
   */
  String generate() throws IOException {
    lines.clear();
    claimed.clear();
    sectionStarts.clear();
    sectionTitles.clear();
    section("hand-curated: " + CURATED);
    for (GazetteerEntry e : Gazetteer.loadOnly(List.of(sources.curated())).entries()) {
      Line line = new Line(e.name(), e.type(), e.standalone());
      for (String a : e.aliases()) {
        if (!CURRENCY_CODES.contains(a.replace(".", ""))) {
          line.aliases.add(a);
        }
      }
      line.contextual.addAll(e.contextual());
      lines.add(line);
      for (String n : line.names()) {
        claimed.putIfAbsent(key(n), line);
      }
    }
    places = placeWords();
    Path orgs = sources.orgs();
    Map<String, String> sec = OpenLists.secNames(orgs.resolve("sec-tickers/company_tickers_exchange.json"));
    Path sp500 = orgs.resolve("sp500/constituents.csv");
    merge("S&P 500 constituents (ODC-PDDL)", OpenLists.sp500(sp500, sec));
    merge("SEC EDGAR company tickers, NYSE and Nasdaq (US government work)",
        OpenLists.listedCompanies(sec, OpenLists.sp500Ciks(sp500)));
    merge("US federal bodies, dotgov (CC0)", OpenLists.federalBodies(orgs.resolve("dotgov/current-federal.csv")));
    merge("universities, Hipo university-domains-list (MIT)",
        OpenLists.universities(orgs.resolve("university-domains/world_universities_and_domains.json")));
    CommonWords words = CommonWords.read(sources.wordFiles());
    merge("political parties, Party Facts (MIT)", OpenLists.parties(orgs.resolve("partyfacts/partyfacts-core-parties.csv")),
        words);
    merge("football clubs, openfootball (CC0)", OpenLists.footballClubs(orgs.resolve("openfootball-clubs")), words);
    markContext(words);
    return text();
  }

  private void section(String title) {
    sectionStarts.add(lines.size());
    sectionTitles.add(title);
  }

  private void merge(String title, List<ListedOrganization> list) {
    merge(title, list, null);
  }

  /**
   * Adds a list's organizations; with {@code words}, a name of two words or more made only of common
   * words ("Military Production", a club's translated name; "It is time", a party's) is left out, as
   * it reads as a phrase.
   */
  private void merge(String title, List<ListedOrganization> list, CommonWords words) {
    section(title);
    // names that two organizations of this list share name neither, unless the name is the main name
    // or the town of exactly one of them: "Liverpool FC" and "Liverpool" are the English club's, not
    // aliases of Liverpool of Montevideo
    Map<String, Integer> owners = new HashMap<>();
    Map<String, List<ListedOrganization>> towns = new HashMap<>();
    Map<String, List<ListedOrganization>> canonical = new HashMap<>();
    for (ListedOrganization o : list) {
      canonical.computeIfAbsent(key(o.name()), k -> new ArrayList<>()).add(o);
      Set<String> keys = new LinkedHashSet<>();
      for (String n : o.names()) {
        keys.add(key(n));
      }
      for (String k : keys) {
        owners.merge(k, 1, Integer::sum);
      }
      for (String n : o.contextual()) {
        towns.computeIfAbsent(key(n), k -> new ArrayList<>()).add(o);
      }
    }
    for (ListedOrganization o : list) {
      if (!owns(o, o.name(), owners, canonical, towns)) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String n : o.names()) {
        if (owns(o, n, owners, canonical, towns) && !CURRENCY_CODES.contains(n.replace(".", "")) && !names.contains(n)
            && (words == null || !phraseOfWords(n, words)) && (n.equals(o.name()) || !shortAcronym(n))) {
          names.add(n);
        }
      }
      names.removeIf(places::contains);
      if (names.isEmpty() || !names.get(0).equals(o.name()) || CURRENCY_CODES.contains(o.name().replace(".", ""))) {
        continue;
      }
      Line target = null;
      for (String n : names) {
        Line l = claimed.get(key(n));
        if (l != null && (n.equals(o.name()) || n.contains(" "))) {
          target = l;
          break;
        }
      }
      if (target != null && !sameKind(target.type, o.type())) {
        continue; // "Apple" the party (Yabloko) is not Apple the company
      }
      Line line = target != null ? target : new Line(o.name(), o.type(), List.of());
      if (target == null) {
        if (claimed.containsKey(key(o.name()))) {
          continue; // its name is another organization's short name
        }
        lines.add(line);
        claimed.put(key(o.name()), line);
        if (o.contextual().contains(o.name())) {
          line.contextual.add(o.name());
        }
      }
      for (String n : names) {
        if (!claimed.containsKey(key(n))) {
          claimed.put(key(n), line);
          line.aliases.add(n);
          if (o.contextual().contains(n)) {
            line.contextual.add(n);
          }
        }
      }
    }
  }

  /** Whether two types may be one organization seen by two lists: a bank is a company, an agency part of a government. */
  private static boolean sameKind(OrganizationType a, OrganizationType b) {
    return a == b || kind(a) == kind(b);
  }

  private static int kind(OrganizationType t) {
    return switch (t) {
      case COMPANY, BANK, MEDIA -> 0;
      case GOVERNMENT, AGENCY -> 1;
      default -> t.ordinal() + 2;
    };
  }

  private static boolean owns(ListedOrganization o, String name, Map<String, Integer> owners,
      Map<String, List<ListedOrganization>> canonical, Map<String, List<ListedOrganization>> towns) {
    String k = key(name);
    if (owners.get(k) == 1) {
      return true;
    }
    List<ListedOrganization> c = canonical.get(k);
    if (c != null) {
      return c.size() == 1 && c.get(0) == o;
    }
    List<ListedOrganization> t = towns.get(k);
    return t != null && t.size() == 1 && t.get(0) == o;
  }

  /**
   * Whether a name is an acronym of two or three letters ("HK", "T.B."): many organizations share
   * each, and the organization stage links one to its full name where an article writes them together.
   */
  private static boolean shortAcronym(String name) {
    String letters = name.replace(".", "");
    return letters.length() <= 3 && NewsNames.inCapitals(letters) && !letters.contains(" ");
  }

  /** Whether a name of two words or more is made only of common words: "Military Production". */
  private static boolean phraseOfWords(String name, CommonWords words) {
    String[] parts = name.split(" ");
    if (parts.length < 2) {
      return false;
    }
    for (String p : parts) {
      if (!words.contains(p.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** The name as other lines are checked against it: lower case, without dots, "the" and hyphens. */
  static String key(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace(".", "").replace("&", " and ").replace('-', ' ')
        .replace('/', ' ').replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /**
   * Words that say a name is a club's, a league's or a sports body's: "Liverpool FC", "Manchester
   * United", "Real Madrid", "Big Ten Conference".
   */
  static final Set<String> CLUB_WORDS = Set.of("fc", "afc", "cf", "sc", "ac", "club", "united", "city", "athletic",
      "atletico", "atlético", "rovers", "wanderers", "albion", "hotspur", "sporting", "real", "dynamo", "dinamo",
      "olympique", "racing", "sv", "vfb", "vfl", "tsv", "fk", "nk", "sk", "bk", "if", "ik", "ssc", "calcio",
      "deportivo", "esporte", "clube", "futebol", "fútbol", "futbol", "football", "soccer", "rangers", "town",
      "county", "league", "liga", "association", "federation", "cup", "ud", "cd", "sd", "rcd", "as", "us", "ss",
      "fsv", "spvgg", "kv", "krc", "rsc", "borussia", "eintracht", "olimpia", "sportif", "sportiva", "conference", "union", "committee",
      "council", "board", "olympic", "tour", "championship", "series");

  private void markContext(CommonWords words) {
    for (Line line : lines) {
      for (String n : line.names()) {
        if (oneWord(n) && titleCaseWord(n) && words.contains(n.toLowerCase(Locale.ROOT))
            || line.type == OrganizationType.SPORTS && bareClubName(n)) {
          line.contextual.add(n);
        }
      }
    }
  }

  /**
   * A club's name without a word that says club ("Liverpool", "San Francisco", "Aston Villa"), which
   * may be its town or a district; names in capitals ("PSG") are its own.
   */
  private static boolean bareClubName(String n) {
    if (NewsNames.inCapitals(n)) {
      return false;
    }
    for (String w : n.toLowerCase(Locale.ROOT).split("[ .-]+")) {
      if (CLUB_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean oneWord(String n) {
    for (int i = 0; i < n.length(); i++) {
      if (!Character.isLetter(n.charAt(i))) {
        return false;
      }
    }
    return !n.isEmpty();
  }

  /** "Target": a capital, then lower case only. */
  private static boolean titleCaseWord(String n) {
    if (!Character.isUpperCase(n.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n.length(); i++) {
      if (!Character.isLowerCase(n.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private String text() {
    StringBuilder sb = new StringBuilder(1 << 20);
    sb.append("# newsminer organization gazetteer. GENERATED: do not edit; edit ").append(CURATED).append('\n');
    sb.append("# and run `./newsminer corpus gazetteer` (docs/gazetteer.md tells how; NOTICE lists the sources).\n");
    sb.append("# canonical name<TAB>TYPE<TAB>aliases<TAB>names that count only in context<TAB>standalone acronyms\n");
    int section = 0;
    for (int i = 0; i < lines.size(); i++) {
      while (section < sectionStarts.size() && sectionStarts.get(section) == i) {
        sb.append("# --- ").append(sectionTitles.get(section)).append(" ---\n");
        section++;
      }
      Line l = lines.get(i);
      sb.append(l.name).append('\t').append(l.type).append('\t').append(String.join("|", l.aliases));
      if (!l.contextual.isEmpty() || !l.standalone.isEmpty()) {
        sb.append('\t').append(String.join("|", l.contextual));
      }
      if (!l.standalone.isEmpty()) {
        sb.append('\t').append(String.join("|", l.standalone));
      }
      sb.append('\n');
    }
    while (section < sectionStarts.size()) {
      sb.append("# --- ").append(sectionTitles.get(section++)).append(" ---\n");
    }
    return sb.toString();
  }

  /** Writes the gazetteer to {@code out}. */
  void write(Path out) throws IOException {
    Files.writeString(out, generate(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
