package dev.newsminer.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How often the index holds one organization. Immutable and thread-safe.
 *
 * @param name        its canonical name
 * @param type        its most frequent type
 * @param articles    the number of articles naming it
 * @param commitments the number of commitments it made
 */
@JsonPropertyOrder({"name", "type", "articles", "commitments"})
public record OrganizationCount(String name, String type, int articles, int commitments) {}
