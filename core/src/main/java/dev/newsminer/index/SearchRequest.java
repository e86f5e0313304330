package dev.newsminer.index;

import dev.newsminer.CommitmentKind;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A search over an {@link ArticleIndex}: a Lucene query plus structured filters. Immutable and
 * thread-safe; each {@code with…} method returns a new request.
 *
 * <pre>{@code
 * SearchRequest r = SearchRequest.of("\"AI research\"").withOrganization("IBM")
 *     .withKind(CommitmentKind.FUNDING).withAmount(1e6, null, "USD").withLimit(20);
 * }</pre>
 *
 * @param query        Lucene query syntax over title and body (articles) or evidence and purpose
 *                     (commitments); {@code *:*} matches everything
 * @param organization only articles naming, or commitments by, this organization (canonical name
 *                     or alias, case-insensitive); null for any
 * @param kind         only articles with, or commitments of, this kind; null for any
 * @param minAmount    only amounts of at least this much (in {@code currency}); null for no lower bound
 * @param maxAmount    only amounts of at most this much; null for no upper bound
 * @param currency     the ISO 4217 currency of the amount bounds; USD when null
 * @param from         only articles published on or after this date; null for no bound
 * @param to           only articles published on or before this date; null for no bound
 * @param limit        how many hits to return, at least 1
 * @param offset       how many of the best hits to skip before those returned (for paging), at least 0
 * @param byDate       sort by publication date, newest first, instead of by relevance
 * @param commitments  search commitment documents instead of articles
 */
public record SearchRequest(String query, String organization, CommitmentKind kind, Double minAmount,
    Double maxAmount, String currency, LocalDate from, LocalDate to, int limit, int offset, boolean byDate,
    boolean commitments) {

  /**
   * Validates the query and the limit; a blank query becomes {@code *:*}.
   *
   * @param query        Lucene query syntax over title and body (articles) or evidence and purpose
   *                     (commitments); {@code *:*} matches everything
   * @param organization only articles naming, or commitments by, this organization (canonical name
   *                     or alias, case-insensitive); null for any
   * @param kind         only articles with, or commitments of, this kind; null for any
   * @param minAmount    only amounts of at least this much (in {@code currency}); null for no lower bound
   * @param maxAmount    only amounts of at most this much; null for no upper bound
   * @param currency     the ISO 4217 currency of the amount bounds; USD when null
   * @param from         only articles published on or after this date; null for no bound
   * @param to           only articles published on or before this date; null for no bound
   * @param limit        how many hits to return, at least 1
   * @param offset       how many of the best hits to skip before those returned (for paging), at least 0
   * @param byDate       sort by publication date, newest first, instead of by relevance
   * @param commitments  search commitment documents instead of articles
   * @throws NullPointerException when {@code query} is null
   * @throws IllegalArgumentException when {@code limit < 1}, {@code offset < 0} or an amount bound is not a
   *     finite number
   */
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1; got " + limit);
    }
    for (Double bound : new Double[] {minAmount, maxAmount}) {
      if (bound != null && !Double.isFinite(bound)) {
        throw new IllegalArgumentException("amount bounds must be finite numbers; got " + bound);
      }
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0; got " + offset);
    }
    if (query.isBlank()) {
      query = "*:*";
    }
  }

  /**
   * A request for {@code query} with no filters, 10 hits, sorted by relevance.
   *
   * @param query Lucene query syntax over title and body (articles) or evidence and purpose
   *              (commitments); {@code *:*} matches everything
   * @return the request
   * @throws NullPointerException when {@code query} is null
   */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, 10, 0, false, false);
  }

  /**
   * Only articles naming, or commitments by, this organization.
   *
   * @param name the organization's canonical name or an alias, any case; null for any
   * @return a copy that differs only in its organization
   */
  public SearchRequest withOrganization(String name) {
    return new SearchRequest(query, name, kind, minAmount, maxAmount, currency, from, to, limit, offset, byDate, commitments);
  }

  /**
   * Only articles with, or commitments of, this kind.
   *
   * @param k the kind; null for any
   * @return a copy that differs only in its kind
   */
  public SearchRequest withKind(CommitmentKind k) {
    return new SearchRequest(query, organization, k, minAmount, maxAmount, currency, from, to, limit, offset, byDate, commitments);
  }

  /**
   * Only amounts within [min, max] (either may be null) in the given currency (USD when null).
   *
   * @param min          the lower bound; null for none
   * @param max          the upper bound; null for none
   * @param currencyCode the ISO 4217 currency of the bounds; null for USD
   * @return a copy that differs only in its amount bounds and currency
   */
  public SearchRequest withAmount(Double min, Double max, String currencyCode) {
    return new SearchRequest(query, organization, kind, min, max, currencyCode, from, to, limit, offset, byDate, commitments);
  }

  /**
   * Only articles published within [from, to] (either may be null).
   *
   * @param fromDate the first date; null for no bound
   * @param toDate   the last date; null for no bound
   * @return a copy that differs only in its dates
   */
  public SearchRequest withDates(LocalDate fromDate, LocalDate toDate) {
    return new SearchRequest(query, organization, kind, minAmount, maxAmount, currency, fromDate, toDate, limit, offset, byDate,
        commitments);
  }

  /**
   * At most {@code n} hits.
   *
   * @param n the most hits; at least 1
   * @return a copy that differs only in its limit
   * @throws IllegalArgumentException when {@code n < 1}
   */
  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, organization, kind, minAmount, maxAmount, currency, from, to, n, offset, byDate, commitments);
  }

  /**
   * Skips the best {@code n} hits: with {@link #withLimit} a page of the results.
   *
   * @param n how many hits to skip; at least 0
   * @return a copy that differs only in its offset
   * @throws IllegalArgumentException when {@code n < 0}
   */
  public SearchRequest withOffset(int n) {
    return new SearchRequest(query, organization, kind, minAmount, maxAmount, currency, from, to, limit, n, byDate,
        commitments);
  }

  /**
   * Sorted by date, newest first, when {@code true}; by relevance otherwise.
   *
   * @param date whether to sort by date
   * @return a copy that differs only in its sort order
   */
  public SearchRequest sortedByDate(boolean date) {
    return new SearchRequest(query, organization, kind, minAmount, maxAmount, currency, from, to, limit, offset, date, commitments);
  }

  /**
   * Over commitment documents when {@code true}; over articles otherwise.
   *
   * @param c whether to search commitments
   * @return a copy that differs only in what it searches
   */
  public SearchRequest overCommitments(boolean c) {
    return new SearchRequest(query, organization, kind, minAmount, maxAmount, currency, from, to, limit, offset, byDate, c);
  }

  /**
   * The currency of the amount bounds: the one given, or USD.
   *
   * @return the ISO 4217 code in upper case
   */
  public String currencyOrDefault() {
    return currency == null ? "USD" : currency.toUpperCase(Locale.ROOT);
  }
}
