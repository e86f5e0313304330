package dev.newsminer.entity;

import java.util.HashSet;
import java.util.Set;

/**
 * Names of countries, their demonyms and aliases ({@link Countries}), and of world regions: words
 * that name a place or a people, never an organization on their own ("Singapore" is not short for
 * "Singapore Airlines").
 */
final class PlaceNames {

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
    for (String name : Countries.bundled().formsAsWritten()) {
      names.add(name);
      names.add(name.replace(".", ""));
    }
    return Set.copyOf(names);
  }
}
