package dev.newsminer.cli.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A story of the NER corpus in its source form: plain text with names marked inline as
 * {@code [ORG General Motors]}, {@code [PER ...]}, {@code [LOC ...]} or {@code [MISC ...]}.
 *
 * @param text  the text with the marks removed
 * @param names the marked names, as char offsets into {@code text}, in text order
 */
record MarkedText(String text, List<Name> names) {

  /** The entity types a mark may have. */
  static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  /** One marked name: char offsets into the plain text (end exclusive) and its type. */
  record Name(int start, int end, String type) {}

  MarkedText {
    names = List.copyOf(names);
  }

  /**
   * Parses marked text.
   *
   * @throws IllegalArgumentException when a mark is malformed: unknown type, nested, unclosed,
   *     empty, or a bracket outside a mark; the message gives the line
   */
  static MarkedText parse(String marked) {
    StringBuilder plain = new StringBuilder(marked.length());
    List<Name> names = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c == '\n') {
        line++;
      }
      if (c == ']') {
        throw new IllegalArgumentException("line " + line + ": ']' outside a mark");
      }
      if (c != '[') {
        plain.append(c);
        i++;
        continue;
      }
      int space = marked.indexOf(' ', i);
      int close = marked.indexOf(']', i);
      String type = space < 0 ? "" : marked.substring(i + 1, space);
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException("line " + line + ": mark must start with [PER, [ORG, [LOC or [MISC; got '"
            + marked.substring(i, Math.min(marked.length(), i + 12)) + "'");
      }
      if (close < 0 || marked.substring(space, close).indexOf('\n') >= 0) {
        throw new IllegalArgumentException("line " + line + ": unclosed mark [" + type);
      }
      String name = marked.substring(space + 1, close);
      if (name.indexOf('[') >= 0) {
        throw new IllegalArgumentException("line " + line + ": nested mark inside [" + type + " ...]");
      }
      if (name.isBlank() || !name.equals(name.strip())) {
        throw new IllegalArgumentException("line " + line + ": mark [" + type + " '" + name
            + "'] is empty or has spaces at its edges");
      }
      int start = plain.length();
      plain.append(name);
      names.add(new Name(start, plain.length(), type));
      i = close + 1;
    }
    return new MarkedText(plain.toString(), names);
  }
}
