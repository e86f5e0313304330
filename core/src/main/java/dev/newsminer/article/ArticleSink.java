package dev.newsminer.article;

/**
 * Receives what an {@link ArticleReader} finds in one input, in input order: the articles, and
 * the problems with records that could not be read (the reader goes on after each).
 *
 * <p>A reader calls its sink from the thread that called {@link ArticleReader#read}, one call at a
 * time; a sink shared by several reading threads must be thread-safe itself.
 */
public interface ArticleSink {

  /**
   * Called once for every article read; {@code article} is never null.
   *
   * @param article the article read
   */
  void article(Article article);

  /**
   * Called once for every record that could not be read, never with null; the reader then goes on.
   *
   * @param problem the record that could not be read and why
   */
  void problem(ReadProblem problem);
}
