package dev.newsminer.cli.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsminer.OrganizationType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the open organization lists of {@code ../shared/corpora/orgs} into {@link ListedOrganization}s,
 * each in its own way: football clubs with their aliases (openfootball), universities (Hipo's
 * university-domains-list), political parties (Party Facts), US federal bodies (dotgov), the S&P 500
 * and the companies listed on NYSE and Nasdaq (SEC EDGAR). Every reader returns its organizations in
 * an order that does not depend on the file system, so that the gazetteer comes out the same each
 * time.
 */
final class OpenLists {

  private OpenLists() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  // ---------------------------------------------------------------- openfootball

  /**
   * The clubs of the openfootball {@code *.clubs.txt} files under {@code dir}: a club line ("Liverpool
   * FC, 1892, @ Anfield, Liverpool (Anfield) › Lancashire") followed by alias lines ("| Liverpool | FC
   * Liverpool"). Reserve teams ("ii) Real Madrid B") are left out, and so are abbreviations with dots
   * ("C. Palace"), which only results tables use. An alias that is the club's town is marked as
   * needing context.
   */
  static List<ListedOrganization> footballClubs(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<ListedOrganization> out = new ArrayList<>();
    for (Path file : files) {
      String name = null;
      String town = null;
      List<String> aliases = new ArrayList<>();
      for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String line = withoutComment(raw).strip();
        if (line.isEmpty() || line.startsWith("=")) {
          continue;
        }
        if (line.startsWith("|")) {
          if (name != null) {
            for (String a : line.substring(1).split("\\|")) {
              String alias = a.replaceAll("\\[[a-z]+\\]", "").strip();
              if (!alias.isEmpty() && !alias.contains(".") && !aliases.contains(alias) && !alias.equals(name)) {
                aliases.add(alias);
              }
            }
          }
          continue;
        }
        if (name != null) {
          out.add(club(name, town, aliases));
        }
        name = null;
        aliases = new ArrayList<>();
        if (line.matches("^[ivx]+\\).*")) {
          continue; // a reserve team
        }
        String[] fields = line.split(",");
        String n = fields[0].replaceAll("\\(\\d{4}[^)]*\\)", "").strip();
        if (n.isEmpty() || n.contains(".")) {
          continue;
        }
        name = n;
        town = null;
        for (int i = 1; i < fields.length && town == null; i++) {
          String f = fields[i].strip();
          if (!f.isEmpty() && !f.startsWith("@") && !f.matches("\\d{4}.*")) {
            town = f.replaceAll("[(›].*$", "").strip();
          }
        }
      }
      if (name != null) {
        out.add(club(name, town, aliases));
      }
    }
    return out;
  }

  private static ListedOrganization club(String name, String town, List<String> aliases) {
    List<String> contextual = new ArrayList<>();
    for (String n : concat(name, aliases)) {
      if (n.equals(town)) {
        contextual.add(n);
      }
    }
    return new ListedOrganization(name, OrganizationType.SPORTS, aliases, contextual, List.of());
  }

  private static String withoutComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  // ---------------------------------------------------------------- universities

  /** The universities of {@code world_universities_and_domains.json}, sorted by name. */
  static List<ListedOrganization> universities(Path file) throws IOException {
    TreeMap<String, ListedOrganization> byName = new TreeMap<>();
    for (JsonNode u : JSON.readTree(file.toFile())) {
      String name = u.path("name").asText("").strip().replaceAll("\\s+", " ");
      if (name.length() > 3 && hasCapital(name) && (name.split(" ").length >= 3 || schoolWord(name))) {
        byName.putIfAbsent(name, new ListedOrganization(name, OrganizationType.UNIVERSITY, List.of()));
      }
    }
    return new ArrayList<>(byName.values());
  }

  /** Words that say a name is a school's: "University", "Universidad", "College", "Hochschule". */
  private static boolean schoolWord(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String w : List.of("univers", "college", "institut", "school", "academ", "polytechn", "politecn", "hochschule",
        "conservato", "seminary", "escuela", "faculdade", "facult", "ecole", "école", "colegio", "universit")) {
      if (n.contains(w)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- Party Facts

  /**
   * The parties of {@code partyfacts-core-parties.csv}, without its {@code technical} rows ("other",
   * "independent"): the English name first, then the other English names, the names in Latin script
   * and the short name when it is in capitals. One-word names are left out ("Klaipeda" is a city,
   * "Community" a word); the parties news names by one word are in the hand-curated list. A short name of three letters or fewer ("SDP") is
   * left out: many parties share it, and the acronym rule of the organization stage links it where
   * an article writes it next to the full name.
   */
  static List<ListedOrganization> parties(Path file) throws IOException {
    List<ListedOrganization> out = new ArrayList<>();
    List<List<String>> rows = Csv.read(file);
    List<String> header = rows.get(0);
    int technical = header.indexOf("technical");
    int shortName = header.indexOf("name_short");
    int nativeName = header.indexOf("name");
    int english = header.indexOf("name_english");
    int other = header.indexOf("name_other");
    for (List<String> row : rows.subList(1, rows.size())) {
      if (!row.get(technical).isBlank()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (int column : new int[] {english, nativeName, other}) {
        for (String n : row.get(column).split(" / ")) {
          String name = n.replaceAll("^[A-Za-z ]+: ", "").strip();
          if (name.length() > 3 && hasCapital(name) && latin(name) && !names.contains(name) && name.contains(" ")) {
            names.add(name);
          }
        }
      }
      String abbreviation = row.get(shortName).strip();
      if (abbreviation.length() > 3 && NewsNames.inCapitals(abbreviation) && latin(abbreviation)
          && !names.contains(abbreviation) && !abbreviation.contains(" ")) {
        names.add(abbreviation);
      }
      if (!names.isEmpty()) {
        out.add(new ListedOrganization(names.get(0), OrganizationType.OTHER, names.subList(1, names.size())));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- dotgov

  /** Heads of a sub-unit's name that make it a body of its own ("Forest Service", "Bureau of the Census"). */
  private static final Set<String> BODY_WORDS = Set.of("service", "administration", "agency", "bureau", "institute",
      "institutes", "center", "commission", "corps", "survey", "board", "authority", "council", "foundation",
      "corporation", "office", "command", "guard", "laboratory", "museum", "library", "court");

  /**
   * The US federal bodies of {@code current-federal.csv}: each organization once, and those of its
   * sub-units that are bodies of their own ("Forest Service"; not "Office of Communications"). A
   * department gets the names newsrooms use: "Department of Agriculture", "U.S. Department of
   * Agriculture", "Agriculture Department", "U.S. Agriculture Department".
   */
  static List<ListedOrganization> federalBodies(Path file) throws IOException {
    List<List<String>> rows = Csv.read(file);
    List<String> header = rows.get(0);
    int org = header.indexOf("Organization name");
    int sub = header.indexOf("Suborganization name");
    Map<String, ListedOrganization> out = new LinkedHashMap<>();
    TreeMap<String, Boolean> names = new TreeMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      names.put(row.get(org).strip(), true);
      String s = row.get(sub).strip();
      if (!s.isEmpty() && !s.equals(row.get(org).strip()) && bodyOfItsOwn(s)) {
        names.put(s, false);
      }
    }
    for (var e : names.entrySet()) {
      String name = e.getKey();
      if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
        continue;
      }
      List<String> aliases = new ArrayList<>();
      OrganizationType type = OrganizationType.AGENCY;
      if (name.startsWith("Department of ")) {
        type = OrganizationType.GOVERNMENT;
        String subject = name.substring("Department of ".length()).replaceFirst("^the ", "");
        aliases.add("U.S. " + name);
        aliases.add(subject + " Department");
        aliases.add("U.S. " + subject + " Department");
      } else if (!name.startsWith("U.S.") && !name.contains("United States") && name.contains(" ")) {
        aliases.add("U.S. " + name);
      }
      out.put(name, new ListedOrganization(name, type, aliases));
    }
    return new ArrayList<>(out.values());
  }

  private static boolean bodyOfItsOwn(String name) {
    if (name.startsWith("Office of") || name.startsWith("The ") || !name.contains(" ")) {
      return false;
    }
    String[] words = name.toLowerCase(Locale.ROOT).split(" ");
    for (String w : words) {
      if (BODY_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- S&P 500 and SEC

  /** GICS sub-industries whose companies news calls banks or media. */
  private static final Set<String> BANK_INDUSTRIES = Set.of("Diversified Banks", "Regional Banks");
  private static final Set<String> MEDIA_INDUSTRIES = Set.of("Publishing", "Broadcasting", "Cable & Satellite",
      "Movies & Entertainment");

  /**
   * The S&P 500 companies of {@code constituents.csv} by their everyday names ("Comcast"), each once
   * (share classes are one company), with the forms of the name the SEC registers for the same CIK
   * as aliases when {@code secNames} has them.
   */
  static List<ListedOrganization> sp500(Path file, Map<String, String> secNames) throws IOException {
    List<List<String>> rows = Csv.read(file);
    List<String> header = rows.get(0);
    int security = header.indexOf("Security");
    int industry = header.indexOf("GICS Sub-Industry");
    int cik = header.indexOf("CIK");
    Map<String, ListedOrganization> byCik = new LinkedHashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      String key = stripZeros(row.get(cik));
      if (byCik.containsKey(key)) {
        continue;
      }
      List<String> own = NewsNames.forms(row.get(security));
      List<String> forms = new ArrayList<>(own);
      String sec = secNames.get(key);
      if (sec != null) {
        for (String f : NewsNames.forms(sec)) {
          if (!forms.contains(f)) {
            forms.add(f);
          }
        }
      }
      String name = own.get(own.size() - 1);
      forms.remove(name);
      String sub = row.get(industry);
      OrganizationType type = BANK_INDUSTRIES.contains(sub) ? OrganizationType.BANK
          : MEDIA_INDUSTRIES.contains(sub) ? OrganizationType.MEDIA : OrganizationType.COMPANY;
      byCik.put(key, new ListedOrganization(name, type, forms));
    }
    return new ArrayList<>(byCik.values());
  }

  /** Words in a registered name that mark a fund, a trust of securities or a blank-cheque company, not a business news names. */
  private static final Set<String> VEHICLE_WORDS = Set.of("etf", "fund", "funds", "acquisition", "acquisitions",
      "trust", "portfolio", "index", "ishares", "proshares", "spdr", "direxion", "etn", "notes", "warrant",
      "warrants", "units", "merger", "spac", "capital", "bdc", "income", "municipal", "royalty", "reit", "shares",
      "investors", "strategies", "ventures");

  /** The names of the NYSE and Nasdaq companies of {@code company_tickers_exchange.json} by CIK, in the file's order. */
  static Map<String, String> secNames(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    List<String> fields = new ArrayList<>();
    root.path("fields").forEach(f -> fields.add(f.asText()));
    int cik = fields.indexOf("cik");
    int name = fields.indexOf("name");
    int exchange = fields.indexOf("exchange");
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode row : root.path("data")) {
      String ex = row.path(exchange).asText("");
      if (ex.equals("NYSE") || ex.equals("Nasdaq")) {
        out.putIfAbsent(stripZeros(row.path(cik).asText()), row.path(name).asText());
      }
    }
    return out;
  }

  /**
   * The companies listed on NYSE or Nasdaq, by the names news writes ("Cisco Systems", alias "Cisco
   * Systems Inc"), leaving out funds, trusts of securities and blank-cheque companies, which news
   * does not name as companies, and one-word short names ("Banner" of "Banner Corp"), which S&P 500
   * companies alone keep. {@code skip} holds the CIKs another list already gave.
   */
  static List<ListedOrganization> listedCompanies(Map<String, String> secNames, Set<String> skip) {
    List<ListedOrganization> out = new ArrayList<>();
    for (var e : secNames.entrySet()) {
      if (skip.contains(e.getKey())) {
        continue;
      }
      List<String> forms = new ArrayList<>(NewsNames.forms(e.getValue()));
      if (vehicle(forms.get(0))) {
        continue;
      }
      // a company only the SEC lists goes by one word ("Banner", "Inter") in too many other senses:
      // it keeps the name with its legal form
      if (forms.size() > 1 && !forms.get(forms.size() - 1).contains(" ")) {
        forms.remove(forms.size() - 1);
      }
      String name = forms.remove(forms.size() - 1);
      String lower = (" " + String.join(" ", forms) + " " + name + " ").toLowerCase(Locale.ROOT);
      OrganizationType type = lower.contains(" bank ") || lower.contains(" bancorp") || lower.contains(" bancshares")
          || lower.contains(" banc ") ? OrganizationType.BANK : OrganizationType.COMPANY;
      out.add(new ListedOrganization(name, type, forms));
    }
    return out;
  }

  private static boolean vehicle(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[ ,]+")) {
      if (VEHICLE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The CIKs of the S&P 500 list, which {@link #listedCompanies} leaves to it. */
  static Set<String> sp500Ciks(Path file) throws IOException {
    List<List<String>> rows = Csv.read(file);
    int cik = rows.get(0).indexOf("CIK");
    Set<String> out = new java.util.HashSet<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      out.add(stripZeros(row.get(cik)));
    }
    return out;
  }

  private static String stripZeros(String cik) {
    String s = cik.strip().replaceFirst("^0+", "");
    return s.isEmpty() ? "0" : s;
  }

  // ---------------------------------------------------------------- shared

  private static List<String> concat(String name, List<String> aliases) {
    List<String> out = new ArrayList<>(aliases.size() + 1);
    out.add(name);
    out.addAll(aliases);
    return out;
  }

  private static boolean hasCapital(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether every letter of {@code s} is in Latin script, as English news would write it. */
  private static boolean latin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }
}
