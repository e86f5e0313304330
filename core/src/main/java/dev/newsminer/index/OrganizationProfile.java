package dev.newsminer.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the index knows about one organization: the names it goes by, its type, how many articles
 * name it and the commitments it made per year. Immutable and thread-safe.
 *
 * @param name                its canonical name
 * @param type                its most frequent type
 * @param aliases             the other names it goes by in the articles, most frequent first
 *                            (canonical name not included); read from at most
 *                            {@value ArticleIndex#PROFILE_SAMPLE} of its articles
 * @param articles            the number of articles naming it
 * @param commitments         the number of commitments it made
 * @param commitmentsByYear   its commitments per year of publication, oldest year first; commitments
 *                            of undated articles are counted in {@code commitments} only
 */
@JsonPropertyOrder({"name", "type", "aliases", "articles", "commitments", "commitments_by_year"})
public record OrganizationProfile(String name, String type, List<String> aliases, int articles, int commitments,
    @JsonProperty("commitments_by_year") Map<String, Integer> commitmentsByYear) {

  /**
   * Copies the aliases and the years, keeping their order.
   *
   * @param name              its canonical name
   * @param type              its most frequent type
   * @param aliases           the other names it goes by in the articles, most frequent first
   *                          (canonical name not included); read from at most
   *                          {@value ArticleIndex#PROFILE_SAMPLE} of its articles
   * @param articles          the number of articles naming it
   * @param commitments       the number of commitments it made
   * @param commitmentsByYear its commitments per year of publication, oldest year first; commitments
   *                          of undated articles are counted in {@code commitments} only
   * @throws NullPointerException when a list, the map or an entry is null
   */
  public OrganizationProfile {
    aliases = List.copyOf(aliases);
    commitmentsByYear = Collections.unmodifiableMap(new LinkedHashMap<>(commitmentsByYear));
  }
}
