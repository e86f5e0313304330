package dev.newsminer.text;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The tokens of a sentence as the text stage makes them: an unmodifiable list over an array that
 * nothing else holds, which {@link Sentence} keeps as it is instead of copying it again.
 *
 * <p>Immutable and thread-safe once built.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {

  private final Token[] tokens;

  /** Wraps {@code tokens}, which the caller hands over and must not change or share. */
  TokenList(Token[] tokens) {
    for (Token t : tokens) {
      if (t == null) {
        throw new NullPointerException("tokens must not hold null");
      }
    }
    this.tokens = tokens;
  }

  @Override
  public Token get(int index) {
    return tokens[index];
  }

  @Override
  public int size() {
    return tokens.length;
  }
}
