package dev.newsminer.cli.training;

import dev.newsminer.entity.NameList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import opennlp.tools.util.Span;

/**
 * Mention-replacement augmentation: copies of training documents in which every organization name
 * is replaced by a name drawn from a list, the same replacement for each mention of a name within a
 * copy. Names in capitals (headlines) get the replacement in capitals.
 *
 * <p>Not thread-safe: it owns a seeded random generator, so the same seed gives the same copies.
 */
final class MentionReplacer {

  /** Longer list names are not used as replacements: they are rare in text. */
  static final int MAX_REPLACEMENT_TOKENS = 6;

  private final List<String[]> replacements = new ArrayList<>();
  private final Random random;

  MentionReplacer(NameList names, long seed) {
    for (String[] name : names.names()) {
      if (name.length <= MAX_REPLACEMENT_TOKENS) {
        replacements.add(name);
      }
    }
    if (replacements.isEmpty()) {
      throw new IllegalArgumentException("the list must have names of at most "
          + MAX_REPLACEMENT_TOKENS + " tokens; got none");
    }
    this.random = new Random(seed);
  }

  /** One copy of each document that names an organization, in document order. */
  List<List<LabeledSentence>> replaceAll(List<List<LabeledSentence>> documents) {
    List<List<LabeledSentence>> copies = new ArrayList<>();
    for (List<LabeledSentence> document : documents) {
      if (namesOrganization(document)) {
        copies.add(replace(document));
      }
    }
    return copies;
  }

  private static boolean namesOrganization(List<LabeledSentence> document) {
    for (LabeledSentence s : document) {
      if (s.tags().contains("B-ORG")) {
        return true;
      }
    }
    return false;
  }

  /** A copy of a document with its organization names replaced. */
  List<LabeledSentence> replace(List<LabeledSentence> document) {
    Map<String, String[]> chosen = new HashMap<>();
    List<LabeledSentence> copy = new ArrayList<>(document.size());
    for (int n = 0; n < document.size(); n++) {
      LabeledSentence s = document.get(n);
      String[] tokens = s.tokenArray();
      List<String> outTokens = new ArrayList<>(tokens.length + 4);
      List<String> outTags = new ArrayList<>(tokens.length + 4);
      int i = 0;
      for (Span span : s.names()) {
        for (; i < span.getStart(); i++) {
          outTokens.add(tokens[i]);
          outTags.add(s.tags().get(i));
        }
        if (span.getType().equals("ORG")) {
          String key = NameList.key(tokens, span.getStart(), span.getEnd());
          String[] replacement = chosen.computeIfAbsent(key,
              k -> replacements.get(random.nextInt(replacements.size())));
          boolean capitals = inCapitals(tokens, span);
          for (int j = 0; j < replacement.length; j++) {
            outTokens.add(capitals ? replacement[j].toUpperCase(Locale.ROOT) : replacement[j]);
            outTags.add(j == 0 ? "B-ORG" : "I-ORG");
          }
        } else {
          for (int j = span.getStart(); j < span.getEnd(); j++) {
            outTokens.add(tokens[j]);
            outTags.add(s.tags().get(j));
          }
        }
        i = span.getEnd();
      }
      for (; i < tokens.length; i++) {
        outTokens.add(tokens[i]);
        outTags.add(s.tags().get(i));
      }
      copy.add(new LabeledSentence(outTokens, outTags, n == 0));
    }
    return copy;
  }

  private static boolean inCapitals(String[] tokens, Span span) {
    boolean letters = false;
    for (int i = span.getStart(); i < span.getEnd(); i++) {
      String t = tokens[i];
      for (int c = 0; c < t.length(); c++) {
        char ch = t.charAt(c);
        if (Character.isLowerCase(ch)) {
          return false;
        }
        letters |= Character.isLetter(ch);
      }
    }
    // A one-token acronym ("IBM") is not a headline in capitals.
    return letters && span.length() > 1;
  }
}
