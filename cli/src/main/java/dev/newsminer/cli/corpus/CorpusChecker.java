package dev.newsminer.cli.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validates the corpus: the BIO files are well formed (two columns, known tags, every {@code I-X}
 * continues an {@code X}), they are exactly what the stories give with the project's tokenizer,
 * and it lists the strings that are tagged differently in different places.
 */
final class CorpusChecker {

  private final CorpusBuilder builder;

  CorpusChecker(CorpusBuilder builder) {
    this.builder = builder;
  }

  /** The problems found, one line each; empty when the corpus is valid. */
  List<String> check(Path corpusDir) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, List<Path>> sections = CorpusBuilder.storiesBySection(corpusDir.resolve("stories"));
    for (var section : sections.entrySet()) {
      Path bio = corpusDir.resolve("bio").resolve(section.getKey() + ".bio.tsv");
      if (!Files.exists(bio)) {
        problems.add(bio + ": missing; run `newsminer corpus build`");
        continue;
      }
      List<String> lines = Files.readAllLines(bio, StandardCharsets.UTF_8);
      problems.addAll(checkFormat(bio.toString(), lines));
      String expected = builder.bio(section.getValue(), problems::add);
      List<String> expectedLines = expected.lines().toList();
      if (!expectedLines.equals(lines)) {
        int i = 0;
        while (i < Math.min(lines.size(), expectedLines.size()) && lines.get(i).equals(expectedLines.get(i))) {
          i++;
        }
        problems.add(bio + ": line " + (i + 1) + " differs from the stories tokenized with the OpenNLP tokenizer;"
            + " run `newsminer corpus build`");
      }
    }
    return problems;
  }

  /** Format and BIO consistency of one file's lines. */
  static List<String> checkFormat(String file, List<String> lines) {
    List<String> problems = new ArrayList<>();
    String previous = "O";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        previous = "O";
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = file + ": line " + (i + 1) + ": ";
      if (cols.length != 2 || cols[0].isEmpty() || cols[0].contains(" ")) {
        problems.add(where + "expected token<TAB>TAG with a token without spaces; got '" + line + "'");
        continue;
      }
      String tag = cols[1];
      if (cols[0].equals("-DOCSTART-")) {
        previous = "O";
        continue;
      }
      if (!tag.equals("O") && !(tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))
          && MarkedText.TYPES.contains(tag.substring(2)))) {
        problems.add(where + "unknown tag '" + tag + "'");
      } else if (tag.startsWith("I-") && !previous.substring(Math.min(2, previous.length())).equals(tag.substring(2))) {
        problems.add(where + "'" + tag + "' does not continue a name (previous tag " + previous + ")");
      }
      previous = tag;
    }
    return problems;
  }

  /**
   * Strings tagged differently across the corpus: for each token sequence that is marked as a name
   * somewhere, how often each label (a type, or {@code O} for unmarked occurrences) was given to it.
   * Occurrences inside a longer name ("U.S." in "U.S. Army") are not counted. Only sequences with
   * more than one label are returned.
   */
  static Map<String, Map<String, Integer>> inconsistencies(List<List<String[]>> sentences) {
    Map<String, String> firstLabel = new HashMap<>();
    Map<String, Map<String, Integer>> labels = new TreeMap<>();
    List<String[]> names = new ArrayList<>();
    for (List<String[]> sentence : sentences) {
      for (int i = 0; i < sentence.size(); i++) {
        if (sentence.get(i)[1].startsWith("B-")) {
          int j = i + 1;
          while (j < sentence.size() && sentence.get(j)[1].startsWith("I-")) {
            j++;
          }
          names.add(new String[] {join(sentence, i, j), sentence.get(i)[1].substring(2)});
        }
      }
    }
    for (String[] n : names) {
      firstLabel.putIfAbsent(n[0], n[1]);
    }
    int longest = 1;
    for (String key : firstLabel.keySet()) {
      longest = Math.max(longest, key.split(" ").length);
    }
    for (List<String[]> sentence : sentences) {
      for (int i = 0; i < sentence.size(); i++) {
        for (int j = i + 1; j <= Math.min(sentence.size(), i + longest); j++) {
          String key = join(sentence, i, j);
          if (!firstLabel.containsKey(key)) {
            continue;
          }
          String label = labelOf(sentence, i, j);
          if (label.equals("PART")) {
            continue;
          }
          labels.computeIfAbsent(key, k -> new TreeMap<>()).merge(label, 1, Integer::sum);
        }
      }
    }
    labels.values().removeIf(m -> m.size() < 2);
    return labels;
  }

  /** The type when tokens [i, j) are exactly one name; "O" when none of them is tagged; "PART" otherwise. */
  private static String labelOf(List<String[]> sentence, int i, int j) {
    String first = sentence.get(i)[1];
    boolean exact = first.startsWith("B-") && (j == sentence.size() || !sentence.get(j)[1].startsWith("I-"));
    for (int k = i + 1; k < j && exact; k++) {
      exact = sentence.get(k)[1].equals("I-" + first.substring(2));
    }
    if (exact) {
      return first.substring(2);
    }
    for (int k = i; k < j; k++) {
      if (!sentence.get(k)[1].equals("O")) {
        return "PART";
      }
    }
    return "O";
  }

  private static String join(List<String[]> sentence, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(sentence.get(k)[0]);
    }
    return sb.toString();
  }
}
