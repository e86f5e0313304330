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
 * says. Read once per process from the organizations stage's {@code countries.tsv} resource: the
 * first column is the name, the other columns other forms of it; lines starting with {@code #} are
 * comments. When the resource is absent no country is known. Immutable and thread-safe.
 */
final class Countries {

  static final String RESOURCE = "/dev/newsminer/entity/countries.tsv";

  private static final class Holder {
    static final Countries DEFAULT = load();
  }

  private final Map<String, String> names;

  Countries(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  /** The countries of the bundled list, loaded on first use. */
  static Countries bundled() {
    return Holder.DEFAULT;
  }

  /** The country that {@code name} names, or null when it names none. */
  String country(String name) {
    return names.get(name.toLowerCase(Locale.ROOT));
  }

  private static Countries load() {
    Map<String, String> names = new HashMap<>();
    try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return new Countries(names);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        String canonical = fields[0].trim();
        for (String f : fields) {
          for (String form : f.split("[|;,]")) {
            String s = form.trim();
            // names only: codes and numbers in other columns are not forms of the name
            if (s.length() >= 2 && Character.isUpperCase(s.charAt(0)) && !s.chars().allMatch(Character::isDigit)) {
              names.putIfAbsent(s.toLowerCase(Locale.ROOT), canonical);
            }
          }
        }
      }
      return new Countries(names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
