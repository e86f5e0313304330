package dev.newsminer.entity;

import dev.newsminer.internal.LowerCase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The countries of the bundled {@code countries.tsv}: names, other forms ("U.S.", "Britain") and
 * demonyms ("Peruvian"), each mapped to the country's name. The organization stage uses them to keep
 * places from being read as organizations; the commitment stage to let a government named by its
 * country ("Japan pledged ...") be a committer, as the guideline says.
 *
 * <p>Format: name, demonyms and aliases in three tab-separated columns, the last two '|'-separated;
 * lines starting with {@code #} are comments. Read once per process; when the resource is absent no
 * country is known. Immutable and thread-safe.
 *
 * <pre>{@code
 * Countries.bundled().country("U.S.");          // "United States"
 * Countries.bundled().government("Peruvian");   // "Peru"
 * }</pre>
 */
public final class Countries {

  static final String RESOURCE = "/dev/newsminer/entity/countries.tsv";

  private static final class Holder {
    static final Countries DEFAULT = load();
  }

  private final Map<String, String> names;
  private final Map<String, String> demonyms;
  private final Set<String> written;

  private Countries(Map<String, String> names, Map<String, String> demonyms, Set<String> written) {
    this.names = Map.copyOf(names);
    this.demonyms = Map.copyOf(demonyms);
    this.written = Set.copyOf(written);
  }

  /**
   * The countries of the bundled list, loaded on first use.
   *
   * @return the shared list of countries
   */
  public static Countries bundled() {
    return Holder.DEFAULT;
  }

  /**
   * The country that {@code name} names (any case), or null when it names none.
   *
   * @param name a country's name or other form. Must not be {@code null}.
   * @return the country's name, or null
   */
  public String country(String name) {
    return names.get(LowerCase.of(name));
  }

  /**
   * The country whose government {@code word} names before "government" ("Peruvian", "Peru"), or null.
   *
   * @param word a country's name, other form or demonym. Must not be {@code null}.
   * @return the country's name, or null
   */
  public String government(String word) {
    String lower = LowerCase.of(word);
    String c = names.get(lower);
    return c != null ? c : demonyms.get(lower);
  }

  /** Every name, demonym and other form exactly as the list writes it, for case-sensitive checks. */
  Set<String> formsAsWritten() {
    return written;
  }

  private static Countries load() {
    Map<String, String> names = new HashMap<>();
    Map<String, String> demonyms = new HashMap<>();
    Set<String> written = new HashSet<>();
    try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return new Countries(names, demonyms, written);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        for (String field : fields) {
          for (String form : field.split("\\|")) {
            if (!form.isBlank()) {
              written.add(form.strip());
            }
          }
        }
        String canonical = fields[0].trim();
        names.putIfAbsent(canonical.toLowerCase(Locale.ROOT), canonical);
        if (fields.length > 1) {
          addForms(fields[1], canonical, demonyms);
        }
        if (fields.length > 2) {
          addForms(fields[2], canonical, names);
        }
      }
      return new Countries(names, demonyms, written);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static void addForms(String column, String canonical, Map<String, String> into) {
    for (String form : column.split("\\|")) {
      String s = form.trim();
      if (!s.isEmpty()) {
        into.putIfAbsent(s.toLowerCase(Locale.ROOT), canonical);
      }
    }
  }
}
