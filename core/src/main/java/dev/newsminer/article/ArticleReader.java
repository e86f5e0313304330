package dev.newsminer.article;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the articles of one input format. There is one reader per format, and
 * {@link ArticleFiles#readerFor(java.nio.file.Path)} chooses it by file name.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface ArticleReader {

  /**
   * Reads every article in {@code in} and hands it to {@code sink}. A record that cannot be read
   * is reported to the sink and skipped; the rest of the input is still read.
   *
   * @param in     the raw bytes of the input; the caller closes it
   * @param source the name of the input (a path), used for article sources and in problems
   * @param sink   receives articles and record problems
   * @throws IOException when the input as a whole cannot be read
   */
  void read(InputStream in, String source, ArticleSink sink) throws IOException;
}
