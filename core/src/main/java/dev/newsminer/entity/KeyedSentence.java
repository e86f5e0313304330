package dev.newsminer.entity;

import java.util.Arrays;
import java.util.List;

/**
 * One sentence's tokens with their {@link NameKeys}, the case-folded keys and where each key came
 * from, computed once and shared by every layer of the {@link OrganizationFinder}.
 */
final class KeyedSentence {

  final String[] tokens;
  final String[] keys;
  final int[] keyToken;
  /**
   * Index of the first key of each token; {@code tokenKey[tokens.length] == keys.length}. May be
   * longer than {@code tokens.length + 1}, as may {@link #keyToken} be longer than the keys.
   */
  final int[] tokenKey;
  /** Whether the sentence is set in capitals, as Reuters headlines are. */
  final boolean capitals;
  /**
   * Whether the sentence is a headline in title case, every longer word capitalized and at least one
   * of a headline's verbs or function words too ("Apple Buys Beats Electronics In 3 Billion Dollar Deal"),
   * where a capital says as little as in capitals.
   */
  final boolean titleCase;
  /** Whether the sentence has words but no capital letter at all ("goldman sachs raised its forecast"). */
  final boolean lowercase;
  private String[] folded;
  /** {@link #keys} as a list, made on first use: the resolver views the keys of many mentions. */
  private List<String> keyList;

  /** {@code IDENTITY[i] == i}: the index arrays of sentences whose keys line up with their tokens. */
  private static final int[] IDENTITY = identity(512);

  KeyedSentence(String[] tokens) {
    this.tokens = tokens;
    this.capitals = inCapitals(tokens);
    int casing = capitals ? ORDINARY : casing(tokens);
    this.titleCase = casing == TITLE_CASE;
    this.lowercase = casing == LOWERCASE;
    int n = tokens.length;
    // Counted first, so that each array is made once at its size: a sentence is keyed for every
    // article, and most tokens are plain (their own one key) or remembered by NameKeys.
    int total = 0;
    boolean allPlain = true;
    boolean oneEach = true;
    // keyToken is the identity while tokens give one key each; tokens with no key (a sentence's
    // final ".") keep it so only when no key follows them.
    boolean keyTokenIdentity = true;
    boolean gap = false;
    for (String token : tokens) {
      boolean plain = NameKeys.isPlain(token);
      int count = plain ? 1 : NameKeys.keysOfToken(token).length;
      allPlain &= plain;
      oneEach &= count == 1;
      keyTokenIdentity &= count == 0 || count == 1 && !gap;
      gap |= count == 0;
      total += count;
    }
    keys = allPlain ? tokens : new String[total];
    // The identity indexes are one shared array (read only below their length, never written).
    tokenKey = oneEach ? identityOf(n + 1) : new int[n + 1];
    keyToken = keyTokenIdentity ? identityOf(total) : new int[total];
    if (allPlain && oneEach) {
      return;
    }
    int k = 0;
    for (int t = 0; t < n; t++) {
      if (!oneEach) {
        tokenKey[t] = k;
      }
      if (NameKeys.isPlain(tokens[t])) {
        if (!keyTokenIdentity) {
          keyToken[k] = t;
        }
        keys[k++] = tokens[t];
        continue;
      }
      for (String key : NameKeys.keysOfToken(tokens[t])) {
        if (!keyTokenIdentity) {
          keyToken[k] = t;
        }
        keys[k++] = key;
      }
    }
    if (!oneEach) {
      tokenKey[n] = k;
    }
  }

  /** An identity array of at least {@code length} entries, the shared one when it is long enough. */
  private static int[] identityOf(int length) {
    return length <= IDENTITY.length ? IDENTITY : identity(length);
  }

  private static int[] identity(int length) {
    int[] identity = new int[length];
    for (int i = 0; i < length; i++) {
      identity[i] = i;
    }
    return identity;
  }

  /** The case-folded keys, computed on first use. */
  /** The keys as a fixed-size list over {@link #keys}, the same list on every call. */
  List<String> keyList() {
    if (keyList == null) {
      keyList = Arrays.asList(keys);
    }
    return keyList;
  }

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

  private static final int ORDINARY = 0;
  private static final int TITLE_CASE = 1;
  private static final int LOWERCASE = 2;

  /** Whether a sentence not in capitals is in title case, in lower case or ordinary text; see {@link #titleCase}. */
  static int casing(String[] tokens) {
    int words = 0;
    boolean anyUpper = false;
    boolean longLower = false;
    for (String token : tokens) {
      int first = 0;
      while (first < token.length() && !Character.isLetter(token.charAt(first))) {
        first++;
      }
      if (first == token.length()) {
        continue;
      }
      words++;
      boolean upperFirst = Character.isUpperCase(token.charAt(first));
      longLower |= !upperFirst && token.length() >= 4;
      for (int i = first; i < token.length() && !anyUpper; i++) {
        anyUpper = Character.isUpperCase(token.charAt(i));
      }
      if (anyUpper && longLower) {
        return ORDINARY; // most sentences of a story, decided by their first words
      }
    }
    if (words < 4) {
      return ORDINARY;
    }
    if (!anyUpper) {
      return LOWERCASE;
    }
    if (longLower) {
      return ORDINARY;
    }
    for (int i = 1; i < tokens.length; i++) {
      String w = tokens[i];
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && OrganizationWords.HEADLINE_STOPS.contains(OrganizationWords.lower(w))) {
        return TITLE_CASE;
      }
    }
    return ORDINARY;
  }
}
