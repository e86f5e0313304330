package dev.newsminer.text;

/**
 * A range of a string seen as a {@link CharSequence} without copying it, so that the sentence
 * detector can read one block of an article at a time. {@link #toString()} copies the range once
 * and keeps the copy, for callers that ask for it more than once.
 *
 * <p>Not thread-safe: one per thread, pointed at the next block with {@link #set}.
 */
final class TextWindow implements CharSequence {

  private String text = "";
  private int from;
  private int to;
  private String copy;

  /** Points the window at {@code text[from, to)}. */
  TextWindow set(String text, int from, int to) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.copy = null;
    return this;
  }

  @Override
  public int length() {
    return to - from;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= to - from) {
      throw new IndexOutOfBoundsException("index must be in [0, " + (to - from) + "); got " + index);
    }
    return text.charAt(from + index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end < start || end > to - from) {
      throw new IndexOutOfBoundsException("range must lie in [0, " + (to - from) + "]; got " + start + ", " + end);
    }
    return text.substring(from + start, from + end);
  }

  @Override
  public String toString() {
    if (copy == null) {
      copy = text.substring(from, to);
    }
    return copy;
  }
}
