package dev.newsminer.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence's tokens with their {@link NameKeys}, the case-folded keys and where each key came
 * from, computed once and shared by every layer of the {@link OrganizationFinder}.
 */
final class KeyedSentence {

  final String[] tokens;
  final String[] keys;
  final int[] keyToken;
  /** Index of the first key of each token; {@code tokenKey[tokens.length] == keys.length}. */
  final int[] tokenKey;
  /** Whether the sentence is set in capitals, as Reuters headlines are. */
  final boolean capitals;
  private String[] folded;

  KeyedSentence(String[] tokens) {
    this.tokens = tokens;
    this.capitals = inCapitals(tokens);
    if (allPlain(tokens)) {
      // Most sentences: every token is its own single key, so the keys are the tokens and both
      // indexes are the identity; one array serves both (keyToken reads only below keys.length).
      int[] identity = new int[tokens.length + 1];
      for (int t = 0; t <= tokens.length; t++) {
        identity[t] = t;
      }
      keys = tokens;
      tokenKey = identity;
      keyToken = identity;
      return;
    }
    List<String> out = new ArrayList<>(tokens.length + 4);
    tokenKey = new int[tokens.length + 1];
    int[] owner = new int[tokens.length * 2 + 8];
    for (int t = 0; t < tokens.length; t++) {
      tokenKey[t] = out.size();
      NameKeys.addKeys(tokens[t], out);
      if (out.size() > owner.length) {
        owner = java.util.Arrays.copyOf(owner, out.size() * 2);
      }
      for (int k = tokenKey[t]; k < out.size(); k++) {
        owner[k] = t;
      }
    }
    tokenKey[tokens.length] = out.size();
    keys = out.toArray(new String[0]);
    keyToken = java.util.Arrays.copyOf(owner, keys.length);
  }

  /** Whether every token is its own one key, as {@link NameKeys#isPlain} tells. */
  private static boolean allPlain(String[] tokens) {
    for (String token : tokens) {
      if (!NameKeys.isPlain(token)) {
        return false;
      }
    }
    return true;
  }

  /** The case-folded keys, computed on first use. */
  String[] folded() {
    if (folded == null) {
      folded = new String[keys.length];
      for (int k = 0; k < keys.length; k++) {
        folded[k] = NameKeys.fold(keys[k]);
      }
    }
    return folded;
  }

  /** Whether key index {@code k} is the first key of a token. */
  boolean startsToken(int k) {
    return k < keys.length && (k == 0 || keyToken[k] != keyToken[k - 1]);
  }

  /** Whether a name ending before key index {@code k} (exclusive) ends at a token boundary. */
  boolean endsToken(int k) {
    return k == keys.length || keyToken[k] != keyToken[k - 1];
  }

  /** The token index just past the token holding key {@code end - 1}. */
  int tokenEnd(int end) {
    return keyToken[end - 1] + 1;
  }

  /**
   * A sentence is in capitals when it has at least three words with letters and nine in ten of them
   * have no lowercase letter.
   */
  static boolean inCapitals(String[] tokens) {
    int words = 0;
    int upper = 0;
    for (String token : tokens) {
      boolean letters = false;
      boolean lower = false;
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (Character.isLetter(c)) {
          letters = true;
          if (Character.isLowerCase(c)) {
            lower = true;
            break;
          }
        }
      }
      if (letters) {
        words++;
        if (!lower) {
          upper++;
        }
      }
    }
    return words >= 3 && upper * 10 >= words * 9;
  }
}
