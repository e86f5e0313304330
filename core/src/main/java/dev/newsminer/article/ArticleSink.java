package dev.newsminer.article;

/**
 * Receives what an {@link ArticleReader} finds in one input, in input order: the articles, and
 * the problems with records that could not be read (the reader goes on after each).
 */
public interface ArticleSink {

  /** Called once for every article read. */
  void article(Article article);

  /** Called once for every record that could not be read; the reader then goes on. */
  void problem(ReadProblem problem);
}
