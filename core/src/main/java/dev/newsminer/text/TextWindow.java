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
  /** The lowest and one past the highest index read since {@link #record()}, relative to the window. */
  private int readFrom;
  private int readTo;

  /** Points the window at {@code text[from, to)}. */
  TextWindow set(String text, int from, int to) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.copy = null;
    return this;
  }

  /** The string the window looks at. */
  String text() {
    return text;
  }

  /** Where the window starts in {@link #text()}. */
  int offset() {
    return from;
  }

  /** Starts noting which indexes are read, for {@link #readFrom()} and {@link #readTo()}. */
  void record() {
    readFrom = Integer.MAX_VALUE;
    readTo = Integer.MIN_VALUE;
  }

  /** The lowest index read since {@link #record()}, or {@code Integer.MAX_VALUE}. */
  int readFrom() {
    return readFrom;
  }

  /** One past the highest index read since {@link #record()}, or {@code Integer.MIN_VALUE}. */
  int readTo() {
    return readTo;
  }

  private void note(int start, int end) {
    readFrom = Math.min(readFrom, start);
    readTo = Math.max(readTo, end);
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
    note(index, index + 1);
    return text.charAt(from + index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end < start || end > to - from) {
      throw new IndexOutOfBoundsException("range must lie in [0, " + (to - from) + "]; got " + start + ", " + end);
    }
    note(start, end);
    return text.substring(from + start, from + end);
  }

  @Override
  public String toString() {
    note(0, to - from);
    if (copy == null) {
      copy = text.substring(from, to);
    }
    return copy;
  }
}
