package dev.newsminer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsminer.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void marksEachHighlightForATerminal() {
    Snippet s = new Snippet("IBM will fund AI research at Yale", List.of(new Span(0, 3), new Span(14, 25)));
    assertThat(s.marked("[", "]")).isEqualTo("[IBM] will fund [AI research] at Yale");
    assertThat(Snippet.plain("no match").marked("[", "]")).isEqualTo("no match");
  }

  @Test
  void rejectsHighlightsOutsideTheTextOrOutOfOrder() {
    assertThatThrownBy(() -> new Snippet("short", List.of(new Span(2, 9)))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Snippet("a b c d", List.of(new Span(4, 5), new Span(0, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void collapsesWhitespaceAndMapsMatchesIntoTheCollapsedText() {
    String content = "xx  Siemens\n\n will   invest  in  rail.  ";
    int invest = content.indexOf("invest");
    Snippet s = SnippetFormatter.snippet(content, 2, content.length(), new int[] {invest}, new int[] {invest + 6}, 1);
    assertThat(s.text()).isEqualTo("Siemens will invest in rail.");
    assertThat(s.highlights()).containsExactly(new Span(13, 19));
  }

  @Test
  void mergesOverlappingMatches() {
    String content = "joint venture agreement";
    Snippet s = SnippetFormatter.snippet(content, 0, content.length(), new int[] {0, 6}, new int[] {13, 23}, 2);
    assertThat(s.marked("[", "]")).isEqualTo("[joint venture agreement]");
  }
}
