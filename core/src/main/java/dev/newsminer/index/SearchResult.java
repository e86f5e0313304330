package dev.newsminer.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search found. Immutable and thread-safe.
 *
 * @param total  how many documents match (articles, or commitments when searching commitments)
 * @param hits   the best {@code limit} of them, in order
 * @param facets counts of the matching documents by {@code organization}, {@code organization_type},
 *               {@code kind} and {@code year}, each label to its count, most frequent first
 */
@JsonPropertyOrder({"total", "hits", "facets"})
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {

  /**
   * Copies the hits and the facet maps, keeping their order.
   *
   * @param total  how many documents match (articles, or commitments when searching commitments)
   * @param hits   the best {@code limit} of them, in order
   * @param facets counts of the matching documents by {@code organization}, {@code organization_type},
   *               {@code kind} and {@code year}, each label to its count, most frequent first
   * @throws NullPointerException when {@code hits} or {@code facets} is null, or a hit is
   */
  public SearchResult {
    hits = List.copyOf(hits);
    var copy = new LinkedHashMap<String, Map<String, Integer>>();
    facets.forEach((dim, counts) -> copy.put(dim, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
    facets = Collections.unmodifiableMap(copy);
  }
}
