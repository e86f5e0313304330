package dev.newsminer.cli.training;

/** Checks and parts of BIO tags ("O", "B-ORG", "I-PER"), without regexes. */
final class BioTags {

  private BioTags() {}

  /** Whether {@code tag} is "O" or a B-/I- prefix followed by a type of letters. */
  static boolean isValid(String tag) {
    if (tag.equals("O")) {
      return true;
    }
    if (tag.length() < 3 || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I') || tag.charAt(1) != '-') {
      return false;
    }
    for (int i = 2; i < tag.length(); i++) {
      if (!Character.isLetter(tag.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The type of a tag ("ORG" for "B-ORG"), or "" for "O". */
  static String type(String tag) {
    return tag.length() > 2 ? tag.substring(2) : "";
  }
}
