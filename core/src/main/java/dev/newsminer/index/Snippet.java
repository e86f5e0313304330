package dev.newsminer.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.newsminer.Span;
import java.util.List;

/**
 * A passage of a hit's text as plain text, with the stretches that match the query given as
 * offsets rather than markup, so that whoever shows it decides how to mark them and article text is
 * never taken for markup. Immutable and thread-safe.
 *
 * <pre>{@code
 * Snippet s = hit.snippets().get(0);
 * System.out.println(s.marked("[", "]"));   // "IBM has committed … to support [AI research] …"
 * }</pre>
 *
 * @param text       the passage, whitespace runs collapsed to one space; a leading or trailing
 *                   {@code …} shows that it was cut out of a longer sentence
 * @param highlights the matching stretches: char offsets into {@code text}, end exclusive, in
 *                   order and not overlapping; empty when nothing in the passage matched (a hit of
 *                   {@code *:*} shows the start of its text)
 */
@JsonPropertyOrder({"text", "highlights"})
public record Snippet(String text, List<Span> highlights) {

  /**
   * Validates that the highlights lie within the text, in order and without overlap.
   *
   * @param text       the passage, whitespace runs collapsed to one space; a leading or trailing
   *                   {@code …} shows that it was cut out of a longer sentence
   * @param highlights the matching stretches: char offsets into {@code text}, end exclusive, in
   *                   order and not overlapping; empty when nothing in the passage matched (a hit of
   *                   {@code *:*} shows the start of its text)
   * @throws NullPointerException when {@code text} or {@code highlights} is or holds null
   * @throws IllegalArgumentException when a highlight ends past the text or overlaps the one
   *     before it
   */
  public Snippet {
    highlights = List.copyOf(highlights);
    int last = 0;
    for (Span h : highlights) {
      if (h.start() < last || h.end() > text.length()) {
        throw new IllegalArgumentException("highlights must be in order within the text of length "
            + text.length() + "; got " + highlights);
      }
      last = h.end();
    }
  }

  /**
   * A snippet with nothing highlighted.
   *
   * @param text the passage, whitespace runs collapsed to one space; a leading or trailing
   *             {@code …} shows that it was cut out of a longer sentence
   * @return the snippet
   */
  public static Snippet plain(String text) {
    return new Snippet(text, List.of());
  }

  /**
   * The text with each highlight between {@code open} and {@code close}, for a terminal
   * ({@code "["}, {@code "]"} or ANSI bold). Never put the result into HTML: the text is not escaped.
   *
   * @param open  what to put before each highlight. Must not be {@code null}.
   * @param close what to put after each highlight. Must not be {@code null}.
   * @return the marked text
   */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
    int at = 0;
    for (Span h : highlights) {
      out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
      at = h.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
