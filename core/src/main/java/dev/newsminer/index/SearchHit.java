package dev.newsminer.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.newsminer.Amount;
import java.time.LocalDate;
import java.util.List;

/**
 * One search result: an article, or one of its commitments when searching commitments. Immutable
 * and thread-safe.
 *
 * @param id            the article id
 * @param title         the article's headline
 * @param published     its publication date, or null
 * @param score         the relevance score (0 when sorted by date)
 * @param snippets      passages of the text, plain, with the stretches matching the query as offsets
 * @param organizations the article's organizations (canonical names), or for a commitment its
 *                      organization followed by its partners
 * @param kind          the commitment's kind; null for article hits
 * @param amount        the commitment's amount; null for article hits and when none is stated
 * @param purpose       what the commitment is for; null for article hits and when none is stated
 */
@JsonPropertyOrder({"id", "title", "published", "score", "snippets", "organizations", "kind", "amount", "purpose"})
public record SearchHit(String id, String title, LocalDate published, float score, List<Snippet> snippets,
    List<String> organizations, @JsonInclude(JsonInclude.Include.NON_NULL) String kind,
    @JsonInclude(JsonInclude.Include.NON_NULL) Amount amount,
    @JsonInclude(JsonInclude.Include.NON_NULL) String purpose) {

  /**
   * Copies the lists.
   *
   * @param id            the article id
   * @param title         the article's headline
   * @param published     its publication date, or null
   * @param score         the relevance score (0 when sorted by date)
   * @param snippets      passages of the text, plain, with the stretches matching the query as offsets
   * @param organizations the article's organizations (canonical names), or for a commitment its
   *                      organization followed by its partners
   * @param kind          the commitment's kind; null for article hits
   * @param amount        the commitment's amount; null for article hits and when none is stated
   * @param purpose       what the commitment is for; null for article hits and when none is stated
   * @throws NullPointerException when {@code snippets} or {@code organizations} is or holds null
   */
  public SearchHit {
    snippets = List.copyOf(snippets);
    organizations = List.copyOf(organizations);
  }
}
