package dev.newsminer.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total  how many documents match (articles, or commitments when searching commitments)
 * @param hits   the best {@code limit} of them, in order
 * @param facets counts of the matching documents by {@code organization}, {@code organization_type},
 *               {@code kind} and {@code year}, each label to its count, most frequent first
 */
@JsonPropertyOrder({"total", "hits", "facets"})
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {

  /** Copies the hits and the facet maps, keeping their order. */
  public SearchResult {
    hits = List.copyOf(hits);
    var copy = new java.util.LinkedHashMap<String, Map<String, Integer>>();
    facets.forEach((dim, counts) -> copy.put(dim, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts))));
    facets = java.util.Collections.unmodifiableMap(copy);
  }
}
