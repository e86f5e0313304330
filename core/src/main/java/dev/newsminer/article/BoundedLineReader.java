package dev.newsminer.article;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()}, but never holds more than a limit of
 * chars: the rest of a longer line is skipped and the line is flagged, so that one runaway line of
 * a JSON Lines file cannot exhaust the heap. Not thread-safe.
 */
final class BoundedLineReader {

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[64 * 1024];
  private int position;
  private int limit;
  private boolean tooLong;

  BoundedLineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * The next line without its terminator ({@code \n}, {@code \r\n} or {@code \r}), or null at the
   * end of input. A line over the limit is returned empty, and {@link #lastLineTooLong()} is true.
   */
  String readLine() throws IOException {
    StringBuilder line = null;
    tooLong = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return line == null ? null : tooLong ? "" : line.toString();
        }
      }
      if (line == null) {
        line = new StringBuilder();
      }
      int start = position;
      while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      if (!tooLong) {
        if (line.length() + (position - start) > maxChars) {
          tooLong = true;
          line.setLength(0);
        } else {
          line.append(buffer, start, position - start);
        }
      }
      if (position < limit) {
        char end = buffer[position++];
        if (end == '\r') {
          skipLineFeed();
        }
        return tooLong ? "" : line.toString();
      }
    }
  }

  /** Whether the line last returned was over the limit. */
  boolean lastLineTooLong() {
    return tooLong;
  }

  private void skipLineFeed() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return;
      }
    }
    if (buffer[position] == '\n') {
      position++;
    }
  }
}
