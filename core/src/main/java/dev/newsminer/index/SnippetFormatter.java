package dev.newsminer.index;

import dev.newsminer.Span;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link Snippet}s: plain text with match offsets, never
 * markup, so that no caller has to undo an escaping it cannot see.
 */
final class SnippetFormatter extends PassageFormatter {

  /** Longer passages are cut to a window of about this many chars around their first match. */
  static final int MAX_CHARS = 320;
  /** How much of the text before the first match a cut window keeps. */
  private static final int BEFORE_MATCH = 80;
  private static final String CUT = "…";

  /** @return the passages' snippets, in the order given (a {@code List<Snippet>}) */
  @Override
  public Object format(Passage[] passages, String content) {
    List<Snippet> snippets = new ArrayList<>(passages.length);
    for (Passage p : passages) {
      Snippet s = snippet(content, p.getStartOffset(), p.getEndOffset(), p.getMatchStarts(), p.getMatchEnds(),
          p.getNumMatches());
      if (!s.text().isEmpty()) {
        snippets.add(s);
      }
    }
    return snippets;
  }

  /**
   * The text of {@code content[start, end)} with whitespace runs collapsed and trimmed, the
   * matches mapped into it and merged where they overlap, cut to {@link #MAX_CHARS} when longer.
   */
  static Snippet snippet(String content, int start, int end, int[] matchStarts, int[] matchEnds, int matches) {
    // position[i] is where content[start + i] lands in the collapsed text.
    int[] position = new int[end - start + 1];
    StringBuilder text = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = content.charAt(i);
      if (Character.isWhitespace(c)) {
        space = text.length() > 0;
        position[i - start] = text.length();
      } else {
        if (space) {
          text.append(' ');
          space = false;
        }
        position[i - start] = text.length();
        text.append(c);
      }
    }
    position[end - start] = text.length();
    List<Span> highlights = new ArrayList<>();
    for (int m = 0; m < matches; m++) {
      int s = position[Math.max(0, Math.min(matchStarts[m], end) - start)];
      int e = position[Math.max(0, Math.min(matchEnds[m], end) - start)];
      if (e <= s) {
        continue;
      }
      Span last = highlights.isEmpty() ? null : highlights.get(highlights.size() - 1);
      if (last != null && s <= last.end()) {
        highlights.set(highlights.size() - 1, new Span(last.start(), Math.max(last.end(), e)));
      } else {
        highlights.add(new Span(s, e));
      }
    }
    return cut(text.toString(), highlights);
  }

  /** A window of at most {@link #MAX_CHARS} chars around the first highlight, cut at spaces. */
  private static Snippet cut(String text, List<Span> highlights) {
    if (text.length() <= MAX_CHARS) {
      return new Snippet(text, highlights);
    }
    int anchor = highlights.isEmpty() ? 0 : highlights.get(0).start();
    int from = Math.max(0, anchor - BEFORE_MATCH);
    if (from > 0) {
      int space = text.indexOf(' ', from);
      from = space >= 0 && space < anchor ? space + 1 : from;
    }
    int to = Math.min(text.length(), from + MAX_CHARS);
    if (to < text.length()) {
      int space = text.lastIndexOf(' ', to);
      to = space > from + MAX_CHARS / 2 ? space : to;
    }
    String prefix = from > 0 ? CUT + " " : "";
    String suffix = to < text.length() ? " " + CUT : "";
    List<Span> kept = new ArrayList<>();
    for (Span h : highlights) {
      int s = Math.max(h.start(), from);
      int e = Math.min(h.end(), to);
      if (s < e) {
        kept.add(new Span(s - from + prefix.length(), e - from + prefix.length()));
      }
    }
    return new Snippet(prefix + text.substring(from, to) + suffix, kept);
  }
}
