package dev.newsminer.entity;

import dev.newsminer.OrganizationType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A list of organizations with their types and aliases that finds their names in tokenized text.
 *
 * <p>The list is read from files in this format, UTF-8, one organization a line:
 *
 * <pre>
 * # a comment; blank lines are skipped
 * canonical name&lt;TAB&gt;TYPE&lt;TAB&gt;alias|alias|...&lt;TAB&gt;context names&lt;TAB&gt;standalone acronyms
 * General Motors	COMPANY	GM|General Motors Corp|General Motors Company		GM
 * Target	COMPANY	Target Corp	Target
 * </pre>
 *
 * TYPE is one of {@link OrganizationType}; the alias column may be empty or absent. The canonical
 * name is an alias too. The two optional columns after it name some of the entry's names again: the
 * fourth those that are also a common word or a place and count only in context ("Target",
 * "Liverpool"; see {@link AmbiguousNames}), the fifth the short acronyms that name the organization
 * without the article spelling it out ("SEC", "ECB"). When two lines claim the same alias the first one read keeps it, and user
 * files are read before the bundled list, so a user file can take over a bundled name.
 *
 * <p>Matching is by longest match over tokens and case-sensitive, because "Apple" and "apple" are
 * different words. Dots do not count ("Inc." matches "Inc") and hyphens, ampersands and apostrophes
 * match however the tokenizer cut them. An alias that is one word in lowercase is never matched. A
 * sentence in capitals ("GENERAL MOTORS CUTS OUTPUT") is also matched ignoring case, but then only
 * with names of two words or more and one-word names that are not plain words (IBM, PepsiCo, 3M):
 * "APPLE" in a headline may be the fruit; the document-level layer of {@link OrganizationFinder}
 * links it to Apple when the body names Apple.
 *
 * <p>Immutable and thread-safe. The bundled list is loaded once per process.
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.load(List.of(Path.of("my-organizations.tsv")));
 * Optional<GazetteerMatch> m = gazetteer.longestMatch(List.of("General", "Motors", "Corp", "said"), 0);
 * m.ifPresent(x -> System.out.println(x.entry().name() + " " + x.entry().type()));  // General Motors COMPANY
 * }</pre>
 */
public final class Gazetteer {

  /** Classpath location of the organizations that ship with newsminer. */
  public static final String BUNDLED_ORGANIZATIONS = "/dev/newsminer/entity/organizations.tsv";

  private final List<GazetteerEntry> entries;
  private final NameTrie<GazetteerEntry> exact = new NameTrie<>();
  private final NameTrie<GazetteerEntry> folded = new NameTrie<>();
  private final Map<String, GazetteerEntry> byName = new LinkedHashMap<>();
  /** The keys (exact and folded) of the names that count only in context, for the entry that owns them. */
  private final Set<List<String>> contextual = new HashSet<>();
  private final Set<List<String>> contextualFolded = new HashSet<>();
  /** The folded keys of plain one-word names, which only the stage's context rules read in capitals. */
  private final Set<List<String>> capitalsWords = new HashSet<>();

  private Gazetteer(List<GazetteerEntry> entries) {
    this.entries = List.copyOf(entries);
    for (GazetteerEntry entry : this.entries) {
      index(entry, entry.name());
      for (String alias : entry.aliases()) {
        index(entry, alias);
      }
    }
  }

  private void index(GazetteerEntry entry, String alias) {
    byName.putIfAbsent(alias, entry);
    List<String> keys = NameKeys.keysOf(alias);
    int words = 0;
    for (String key : keys) {
      if (!(key.length() == 1 && NameKeys.isSeparator(key.charAt(0)))) {
        words++;
      }
    }
    if (words == 0) {
      return;
    }
    if (words == 1 && keys.size() == 1 && !hasUpperCase(keys.get(0))) {
      return;
    }
    exact.add(keys, entry);
    boolean needsContext = entry.needsContext(alias);
    if (needsContext && exact.get(keys) == entry) {
      contextual.add(List.copyOf(keys));
    }
    if (words >= 2 || keys.size() == 1 && distinctive(keys.get(0))) {
      List<String> lower = new ArrayList<>(keys.size());
      for (String key : keys) {
        lower.add(NameKeys.fold(key));
      }
      folded.add(lower, entry);
      if (needsContext && folded.get(lower) == entry) {
        contextualFolded.add(List.copyOf(lower));
      }
    } else if (keys.size() == 1) {
      // a plain one-word name in a headline in capitals ("TARGET, GAP AND NEXT CUT PRICES") is as
      // likely a word as the name, so there it counts only in context, whatever the list says of it
      List<String> lower = List.of(NameKeys.fold(keys.get(0)));
      folded.add(lower, entry);
      if (folded.get(lower) == entry) {
        contextualFolded.add(lower);
        capitalsWords.add(lower);
      }
    }
  }

  private static boolean hasUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A one-word name that is not a plain word: a capital or digit after its first letter. */
  private static boolean distinctive(String word) {
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        return true;
      }
    }
    return word.length() > 0 && Character.isDigit(word.charAt(0));
  }

  /**
   * A gazetteer with no organizations.
   *
   * @return an empty gazetteer
   */
  public static Gazetteer empty() {
    return new Gazetteer(List.of());
  }

  /**
   * The organizations that ship with newsminer, loaded once per process; empty when this build has
   * no bundled list.
   *
   * @return the shared bundled gazetteer, possibly empty
   * @throws UncheckedIOException when the bundled list is present but cannot be read or is malformed
   */
  public static Gazetteer bundled() {
    return Bundled.GAZETTEER;
  }

  private static final class Bundled {
    static final List<GazetteerEntry> ENTRIES = readBundled();
    static final Gazetteer GAZETTEER = new Gazetteer(ENTRIES);

    private static List<GazetteerEntry> readBundled() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED_ORGANIZATIONS)) {
        if (in == null) {
          return List.of();
        }
        List<GazetteerEntry> out = new ArrayList<>();
        read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), BUNDLED_ORGANIZATIONS, out);
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled gazetteer: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The bundled organizations plus those in {@code files}, which take precedence.
   *
   * @param files gazetteer files in the format of the class description. Must not be {@code null}.
   * @return a gazetteer of the bundled organizations and those of the files
   * @throws IOException when a file cannot be read or a line is malformed; the message names the
   *     file and the line
   */
  public static Gazetteer load(List<Path> files) throws IOException {
    List<GazetteerEntry> all = new ArrayList<>(readAll(files));
    all.addAll(Bundled.ENTRIES);
    return new Gazetteer(all);
  }

  /**
   * Only the organizations in {@code files}, without the bundled ones.
   *
   * @param files gazetteer files in the format of the class description. Must not be {@code null}.
   * @return a gazetteer of the organizations of the files only
   * @throws IOException when a file cannot be read or a line is malformed; the message names the
   *     file and the line
   */
  public static Gazetteer loadOnly(List<Path> files) throws IOException {
    return new Gazetteer(readAll(files));
  }

  private static List<GazetteerEntry> readAll(List<Path> files) throws IOException {
    List<GazetteerEntry> out = new ArrayList<>();
    for (Path file : Objects.requireNonNull(files, "files")) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        read(reader, file.toString(), out);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new IOException(file + ": not UTF-8 text", e);
      }
    }
    return out;
  }

  private static void read(BufferedReader reader, String source, List<GazetteerEntry> out) throws IOException {
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String where = source + ":" + number + ": ";
      if (fields.length < 2 || fields.length > 5) {
        throw new IOException(where + "expected canonical<TAB>TYPE<TAB>aliases[<TAB>context<TAB>standalone]; got " + fields.length
            + " tab-separated field" + (fields.length == 1 ? "" : "s"));
      }
      String name = fields[0].strip();
      if (name.isEmpty()) {
        throw new IOException(where + "canonical name must not be blank; got '" + fields[0] + "'");
      }
      OrganizationType type;
      try {
        type = OrganizationType.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IOException(where + "type must be one of " + java.util.Arrays.toString(OrganizationType.values())
            + "; got '" + fields[1] + "'");
      }
      List<String> aliases = names(fields, 2, where, "aliases");
      aliases.remove(name);
      List<String> contextual = names(fields, 3, where, "context names");
      List<String> standalone = names(fields, 4, where, "standalone acronyms");
      for (String n : contextual) {
        if (!n.equals(name) && !aliases.contains(n)) {
          throw new IOException(where + "context name '" + n + "' is neither the name nor an alias");
        }
      }
      for (String n : standalone) {
        if (!n.equals(name) && !aliases.contains(n)) {
          throw new IOException(where + "standalone acronym '" + n + "' is neither the name nor an alias");
        }
      }
      out.add(new GazetteerEntry(name, type, aliases, contextual, standalone));
    }
  }

  /** The '|'-separated names of column {@code column}, without repeats; empty when the column is blank or absent. */
  private static List<String> names(String[] fields, int column, String where, String what) throws IOException {
    List<String> out = new ArrayList<>();
    if (fields.length > column && !fields[column].isBlank()) {
      for (String name : fields[column].split("\\|")) {
        String n = name.strip();
        if (n.isEmpty()) {
          throw new IOException(where + what + " must not be blank; got '" + fields[column] + "'");
        }
        if (!out.contains(n)) {
          out.add(n);
        }
      }
    }
    return out;
  }

  /**
   * Whether the name with these keys counts only in context: it is also a common word or a place
   * ("Target", "Liverpool"), and the entry that owns it says so.
   *
   * @param keys   a name's keys, as matched
   * @param folded whether they are case-folded keys (a headline in capitals)
   */
  boolean needsContext(List<String> keys, boolean folded) {
    return folded ? contextualFolded.contains(keys) : contextual.contains(keys);
  }

  /**
   * The number of organizations.
   *
   * @return the number of entries
   */
  public int size() {
    return entries.size();
  }

  /**
   * The organizations in the order they were read.
   *
   * @return the entries, unmodifiable
   */
  public List<GazetteerEntry> entries() {
    return entries;
  }

  /**
   * The organization that has {@code name} as its canonical name or an alias, exactly as written.
   *
   * @param name a name. Must not be {@code null}.
   * @return the entry with that name, or empty when none has it
   */
  public Optional<GazetteerEntry> lookup(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The longest organization name that starts at token {@code from}.
   *
   * @param tokens a sentence's tokens. Must not be {@code null}.
   * @param from   index of the token the name must start at
   * @return the match, or empty when no name starts there
   * @throws IndexOutOfBoundsException when {@code from} is not a token index
   */
  public Optional<GazetteerMatch> longestMatch(List<String> tokens, int from) {
    Objects.checkIndex(from, tokens.size());
    KeyedSentence s = new KeyedSentence(tokens.toArray(new String[0]));
    int key = s.tokenKey[from];
    if (key == s.tokenKey[from + 1]) {
      return Optional.empty();
    }
    int end = longest(s, key, false);
    boolean fold = end < 0 && s.capitals;
    if (fold) {
      end = longest(s, key, true);
      // a plain word in capitals ("APPLE PRICES FALL") is a name only where its context says so
      if (end >= 0 && capitalsWords.contains(Arrays.asList(s.folded()).subList(key, end))) {
        end = -1;
      }
    }
    if (end < 0) {
      return Optional.empty();
    }
    return Optional.of(new GazetteerMatch(from, s.tokenEnd(end), entryAt(s, key, end, fold)));
  }

  /**
   * The organization whose alias has exactly these keys, case-sensitive, or null. A name that counts
   * only in context is not looked up this way: "Trelleborg AB" is not the club whose town is
   * Trelleborg, and "the Community" after "European Community" is not a party called Community.
   */
  GazetteerEntry exactEntry(List<String> keys) {
    GazetteerEntry e = exact.get(keys);
    return e != null && !contextual.isEmpty() && contextual.contains(keys) ? null : e;
  }

  /** The end key (exclusive) of the longest name at key {@code from}, or -1; see {@link NameTrie}. */
  int longest(KeyedSentence s, int from, boolean ignoreCase) {
    return ignoreCase ? folded.longest(s.folded(), from, s) : exact.longest(s.keys, from, s);
  }

  GazetteerEntry entryAt(KeyedSentence s, int from, int end, boolean ignoreCase) {
    return ignoreCase ? folded.valueAt(s.folded(), from, end) : exact.valueAt(s.keys, from, end);
  }
}
