package dev.newsminer.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * How much of one input newsminer is willing to read: the raw bytes of one article (a file, a
 * JSON line, a WARC record's payload, after gzip decompression) and the chars of its text.
 *
 * <p>Immutable and thread-safe. An input over a limit is rejected with a clear reason instead of
 * being read, so that a huge or hostile file cannot exhaust the heap: a parsed HTML page takes
 * several times its size in memory, and the default byte limit keeps one page well inside a
 * 512 MB heap.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.DEFAULT.withMaxInputBytes(32L << 20);
 * ArticleFiles.read(Path.of("big.html"), limits, sink);
 * }</pre>
 *
 * @param maxInputBytes the most raw bytes of one article; must be positive and below 2 GiB
 * @param maxTextChars  the most chars of one article's text; must be positive
 */
public record ReadLimits(long maxInputBytes, int maxTextChars) {

  /** The default byte limit of one article input: 8 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 8L << 20;

  /** The default limit on one article's text: 5 million chars, as {@code NewsMiner}'s. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 5_000_000;

  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

  /** The default limits. */
  public static final ReadLimits DEFAULT = new ReadLimits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_TEXT_CHARS);

  /**
   * Validates the limits; see the record description.
   *
   * @param maxInputBytes the most raw bytes of one article; must be positive and below 2 GiB
   * @param maxTextChars  the most chars of one article's text; must be positive
   * @throws IllegalArgumentException when a limit is out of its range
   */
  public ReadLimits {
    if (maxInputBytes <= 0 || maxInputBytes > MAX_ARRAY) {
      throw new IllegalArgumentException("maxInputBytes must be in 1.." + MAX_ARRAY + "; got " + maxInputBytes);
    }
    if (maxTextChars <= 0) {
      throw new IllegalArgumentException("maxTextChars must be > 0; got " + maxTextChars);
    }
  }

  /**
   * Returns a copy with the given byte limit.
   *
   * @param bytes the most raw bytes of one article
   * @return a copy that differs only in its byte limit
   * @throws IllegalArgumentException when {@code bytes} is not in 1 to 2 GiB
   */
  public ReadLimits withMaxInputBytes(long bytes) {
    return new ReadLimits(bytes, maxTextChars);
  }

  /**
   * Returns a copy with the given text limit, in chars.
   *
   * @param chars the most chars of one article's text
   * @return a copy that differs only in its text limit
   * @throws IllegalArgumentException when {@code chars} is not positive
   */
  public ReadLimits withMaxTextChars(int chars) {
    return new ReadLimits(maxInputBytes, chars);
  }

  /**
   * Hands {@code article} to the sink, or a problem when its text is over the limit.
   *
   * @param location where in the input the article is ("line 7"), empty for the whole input
   */
  void emit(Article article, String file, String location, ArticleSink sink) {
    if (article.text().length() > maxTextChars) {
      sink.problem(new ReadProblem(file, location, "article text too long (limit " + maxTextChars
          + " chars); got " + article.text().length()));
    } else {
      sink.article(article);
    }
  }

  /**
   * Reads all of {@code in}, at most {@link #maxInputBytes()} bytes.
   *
   * @throws IOException when there are more bytes than that, or reading fails
   */
  byte[] readAll(InputStream in) throws IOException {
    byte[] buffer = new byte[(int) Math.min(maxInputBytes + 1, 64 * 1024)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length > maxInputBytes) {
          throw new IOException("input too large (limit " + maxInputBytes + " bytes); got more");
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(maxInputBytes + 1, (long) buffer.length * 2));
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    if (length > maxInputBytes) {
      throw new IOException("input too large (limit " + maxInputBytes + " bytes); got more");
    }
    return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
  }
}
