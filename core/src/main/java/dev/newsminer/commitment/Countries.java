package dev.newsminer.commitment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names and their other forms ("U.S.", "Britain"), each mapped to the country's name, so
 * that a government named by its country ("Japan pledged ...") can be a committer, as the guideline
 * says. Read once per process from the organizations stage's {@code countries.tsv} resource: name,
 * demonyms and aliases in three tab-separated columns, the last two '|'-separated; lines starting
 * with {@code #} are comments. Demonyms ("Peruvian") name the country only before "government".
 * When the resource is absent no country is known. Immutable and thread-safe.
 */
final class Countries {

  static final String RESOURCE = "/dev/newsminer/entity/countries.tsv";

  private static final class Holder {
    static final Countries DEFAULT = load();
  }

  private final Map<String, String> names;
  private final Map<String, String> demonyms;

  Countries(Map<String, String> names, Map<String, String> demonyms) {
    this.names = Map.copyOf(names);
    this.demonyms = Map.copyOf(demonyms);
  }

  /** The countries of the bundled list, loaded on first use. */
  static Countries bundled() {
    return Holder.DEFAULT;
  }

  /** The country that {@code name} names, or null when it names none. */
  String country(String name) {
    return names.get(name.toLowerCase(Locale.ROOT));
  }

  /** The country whose government {@code word} names before "government" ("Peruvian", "Peru"), or null. */
  String government(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String c = names.get(lower);
    return c != null ? c : demonyms.get(lower);
  }

  private static Countries load() {
    Map<String, String> names = new HashMap<>();
    Map<String, String> demonyms = new HashMap<>();
    try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return new Countries(names, demonyms);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        String canonical = fields[0].trim();
        names.putIfAbsent(canonical.toLowerCase(Locale.ROOT), canonical);
        if (fields.length > 1) {
          addForms(fields[1], canonical, demonyms);
        }
        if (fields.length > 2) {
          addForms(fields[2], canonical, names);
        }
      }
      return new Countries(names, demonyms);
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
