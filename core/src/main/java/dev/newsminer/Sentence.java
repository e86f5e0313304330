package dev.newsminer;

import java.util.List;

/**
 * One sentence of an article's text with its tokens. Immutable and thread-safe.
 *
 * @param start  char offset of the sentence's first character in the article text
 * @param end    char offset just past its last character (exclusive)
 * @param tokens its tokens in text order; never null
 */
public record Sentence(int start, int end, List<Token> tokens) {

  /**
   * Validates the offsets and copies the token list (unless it is the text stage's own,
   * unmodifiable one).
   *
   * @param start  char offset of the sentence's first character in the article text
   * @param end    char offset just past its last character (exclusive)
   * @param tokens its tokens in text order; never null
   * @throws IllegalArgumentException unless {@code 0 <= start <= end}
   * @throws NullPointerException when {@code tokens} or one of them is null
   */
  public Sentence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("offsets must satisfy 0 <= start <= end; got " + start + ", " + end);
    }
    // List.copyOf returns an unmodifiable list such as the text stage's List.of without copying it.
    tokens = List.copyOf(tokens);
  }

  /**
   * The sentence's text, cut from the article text it was found in.
   *
   * @param articleText the text the offsets refer to. Must not be {@code null}.
   * @return {@code articleText} from {@code start} to {@code end}
   * @throws IndexOutOfBoundsException when {@code articleText} is shorter than {@code end}
   */
  public String text(String articleText) {
    return articleText.substring(start, end);
  }
}
