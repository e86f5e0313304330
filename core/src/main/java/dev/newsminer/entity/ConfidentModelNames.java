package dev.newsminer.entity;

/**
 * Where the name model's word is enough: an organization name that no list, pattern or cue
 * supports still counts when the model is confident and the name has the shape for which such
 * names were right often enough on the tuning half of the MEANTIME dev set (see the model card):
 * two words or more, none of them written in camel case. Confident one-word names were mostly
 * products, places and acronyms of other things ("Falcon", "Toulouse", "SDK"), and camel-case
 * names mostly products ("MacBook Air", "PowerPC"). The other checks of {@link ModelEvidence}
 * (well formed, in a fitting context, not tagged otherwise in the document) still apply.
 * Stateless.
 */
final class ConfidentModelNames {

  /** The model's probability from which a name of the right shape stands alone. */
  static final double MIN_PROBABILITY = 0.8;

  private ConfidentModelNames() {}

  /**
   * Whether the model's organization name at tokens {@code [start, end)} of {@code t}, tagged with
   * {@code probability}, counts without other evidence.
   */
  static boolean standsAlone(String[] t, int start, int end, double probability) {
    if (probability < MIN_PROBABILITY || end - start < 2) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (camelCase(t[i])) {
        return false;
      }
    }
    return true;
  }

  /** A lowercase letter followed by a capital inside a word: "MacBook", "PowerPC", "iPhone". */
  static boolean camelCase(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
