package dev.newsminer.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names compared without case or accents, the one way the organization names of an article, of the
 * index's filters and of the gazetteer's spellings are matched: "Nestlé", "NESTLE" and "nestle" fold
 * alike.
 */
public final class Folding {

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

  private Folding() {}

  /**
   * {@code name} without accents (combining marks after canonical decomposition) and in lower case.
   *
   * @param name a name
   * @return the folded name; the same length or shorter
   */
  public static String fold(String name) {
    return ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
