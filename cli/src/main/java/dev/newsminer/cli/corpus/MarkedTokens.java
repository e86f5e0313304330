package dev.newsminer.cli.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One already tokenized sentence with organization names marked inline, as the complete-label
 * MEANTIME files write it: tokens separated by single spaces, a name opened by the token
 * {@code [ORG} and closed by a {@code ]} glued to its last token
 * ({@code [ORG General Motors] 's chief}). Bracket tokens standing alone are text.
 *
 * @param tokens the sentence's tokens, marks removed
 * @param tags   one BIO2 tag per token ({@code B-ORG}, {@code I-ORG} or {@code O})
 */
record MarkedTokens(List<String> tokens, List<String> tags) {

  private static final String OPEN = "[ORG";

  MarkedTokens {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
  }

  /**
   * Parses one marked line.
   *
   * @throws IllegalArgumentException when a mark is nested, empty or left open at the end of the line
   */
  static MarkedTokens parse(String line) {
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int markStart = -1;
    for (String token : line.isEmpty() ? new String[0] : line.split(" ", -1)) {
      if (token.equals(OPEN)) {
        if (markStart >= 0) {
          throw new IllegalArgumentException("nested mark at token " + tokens.size());
        }
        markStart = tokens.size();
        continue;
      }
      boolean closes = markStart >= 0 && token.length() > 1 && token.endsWith("]");
      String text = closes ? token.substring(0, token.length() - 1) : token;
      tokens.add(text);
      tags.add(markStart < 0 ? "O" : tokens.size() - 1 == markStart ? "B-ORG" : "I-ORG");
      if (closes) {
        markStart = -1;
      }
    }
    if (markStart >= 0) {
      throw new IllegalArgumentException("mark opened at token " + markStart + " is not closed on its line");
    }
    return new MarkedTokens(tokens, tags);
  }

  /** The marked names as {@code start:end} token ranges (end exclusive), for span-exact comparison. */
  List<String> spans() {
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).equals("B-ORG")) {
        int end = i + 1;
        while (end < tags.size() && tags.get(end).equals("I-ORG")) {
          end++;
        }
        spans.add(i + ":" + end);
      }
    }
    return spans;
  }
}
