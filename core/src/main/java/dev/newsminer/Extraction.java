package dev.newsminer;

import dev.newsminer.article.Article;
import java.util.List;
import java.util.Objects;

/**
 * What newsminer found in one article: its sentences and tokens, the organizations it names and
 * what they committed to.
 *
 * <p>Immutable and thread-safe. {@link ExtractionJson} writes it as the JSON object of the output contract.
 *
 * @param article       the article it was extracted from
 * @param sentences     the sentences with their tokens, in text order
 * @param organizations the organizations named, in order of first mention
 * @param commitments   the commitments stated, in text order
 * @param errors        what went wrong with this article without stopping it, one line each
 */
public record Extraction(Article article, List<Sentence> sentences, List<Organization> organizations,
    List<Commitment> commitments, List<String> errors) {

  /**
   * Validates and copies the lists.
   *
   * @param article       the article it was extracted from
   * @param sentences     the sentences with their tokens, in text order
   * @param organizations the organizations named, in order of first mention
   * @param commitments   the commitments stated, in text order
   * @param errors        what went wrong with this article without stopping it, one line each
   * @throws NullPointerException when a field is null or a list holds null
   */
  public Extraction {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    organizations = List.copyOf(organizations);
    commitments = List.copyOf(commitments);
    errors = List.copyOf(errors);
  }

  /**
   * The number of tokens in all sentences.
   *
   * @return the sum of the token counts of the sentences
   */
  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }
}
