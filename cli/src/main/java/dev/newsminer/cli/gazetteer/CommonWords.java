package dev.newsminer.cli.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words that annotated English text uses as ordinary words: "target", "gap", "shell", "apple",
 * "visa". A one-word organization name that is such a word ("Target", "Shell") means the
 * organization only in context. Read from NER corpora in {@code token<TAB>TAG} form. A word counts
 * when the corpora write it in lower case outside any name ({@code O}) and either do so at least as
 * often as they write it capitalized as a one-word name, or also write its plural in lower case
 * ("apples", "targets", "visas"): web text writes brands in lower case too ("facebook", "nokia"),
 * but does not make plurals of them.
 */
final class CommonWords {

  private final Set<String> words;

  private CommonWords(Set<String> words) {
    this.words = words;
  }

  /** The lower-case words tagged O in the given BIO files; a missing file is skipped. */
  static CommonWords read(List<Path> bioFiles) throws IOException {
    Map<String, Integer> lower = new HashMap<>();
    Map<String, Integer> named = new HashMap<>();
    for (Path file : bioFiles) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      // a capitalized token that is a whole name on its own ("Apple" tagged B-ORG, not "Fox News"),
      // counted once the next line shows that the name does not go on
      String single = null;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        String tag = tab <= 0 ? "O" : line.substring(line.lastIndexOf('\t') + 1).strip();
        if (single != null && !tag.startsWith("I-")) {
          named.merge(single.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        single = null;
        if (tab <= 0) {
          continue;
        }
        String token = line.substring(0, tab);
        if (tag.equals("O")) {
          if (lowerCaseWord(token)) {
            lower.merge(token, 1, Integer::sum);
          }
        } else if (tag.startsWith("B-") && !token.isEmpty() && Character.isUpperCase(token.charAt(0))) {
          single = token;
        }
      }
      if (single != null) {
        named.merge(single.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    Set<String> words = new TreeSet<>();
    for (var e : lower.entrySet()) {
      String w = e.getKey();
      if (e.getValue() >= named.getOrDefault(w, 0) || inflected(w, lower)) {
        words.add(w);
      }
    }
    return new CommonWords(words);
  }

  /** A set of words as given, for tests. */
  static CommonWords of(Set<String> words) {
    return new CommonWords(Set.copyOf(words));
  }

  /** Whether {@code word} ("target") is a common word. */
  boolean contains(String word) {
    return words.contains(word);
  }

  int size() {
    return words.size();
  }

  /** Whether the corpora write the plural of {@code w} in lower case. */
  private static boolean inflected(String w, Map<String, Integer> lower) {
    List<String> forms = new java.util.ArrayList<>(List.of(w + "s", w + "es"));
    if (w.endsWith("y")) {
      forms.add(w.substring(0, w.length() - 1) + "ies");
    }
    for (String f : forms) {
      if (lower.containsKey(f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean lowerCaseWord(String token) {
    if (token.length() < 2) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLowerCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
