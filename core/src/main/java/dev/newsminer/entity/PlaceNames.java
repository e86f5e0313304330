package dev.newsminer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Names of countries, their demonyms and aliases, and of world regions, from the bundled
 * {@code countries.tsv}, loaded once per process: words that name a place or a people, never an
 * organization on their own ("Singapore" is not short for "Singapore Airlines").
 */
final class PlaceNames {

  static final String BUNDLED_COUNTRIES = "/dev/newsminer/entity/countries.tsv";

  private static final Set<String> REGIONS = Set.of("Europe", "Asia", "Africa", "America", "Americas",
      "Oceania", "Antarctica", "Middle East", "North America", "South America", "Latin America",
      "Asia Pacific", "Asia-Pacific", "Gulf", "Scandinavia", "Caribbean", "Balkans", "Arctic", "Pacific",
      "Atlantic", "European", "Asian", "African", "Latin American", "Arab", "Western", "Eastern");

  private static final Set<String> NAMES = load();

  private PlaceNames() {}

  /** Whether {@code name}, written as in text, names a country, a people or a region. */
  static boolean isPlace(String name) {
    return NAMES.contains(name) || NAMES.contains(name.replace(".", ""));
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>(REGIONS);
    try (InputStream in = PlaceNames.class.getResourceAsStream(BUNDLED_COUNTRIES)) {
      if (in == null) {
        return names;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        for (String field : line.split("\t")) {
          for (String name : field.split("\\|")) {
            if (!name.isBlank()) {
              names.add(name.strip());
              names.add(name.strip().replace(".", ""));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled country list " + BUNDLED_COUNTRIES, e);
    }
    return Set.copyOf(names);
  }
}
