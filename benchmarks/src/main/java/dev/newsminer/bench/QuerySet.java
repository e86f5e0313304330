package dev.newsminer.bench;

import dev.newsminer.CommitmentKind;
import dev.newsminer.article.Article;
import dev.newsminer.index.SearchRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The fixed set of search requests the search benchmark cycles through, generated from a seed and
 * the indexed articles so that it is the same in every run over the same corpus: single terms,
 * two-term boolean queries, phrases, organization filters, kind filters, amount ranges over
 * commitments and date ranges, some sorted by date.
 */
final class QuerySet {

  /** How many of each sort of request; they add up to {@link #SIZE}. */
  private static final int TERMS = 50;
  private static final int BOOLEANS = 30;
  private static final int PHRASES = 30;
  private static final int ORGANIZATIONS = 30;
  private static final int KINDS = 20;
  private static final int AMOUNTS = 20;
  private static final int DATES = 20;

  /** The number of requests in the set. */
  static final int SIZE = TERMS + BOOLEANS + PHRASES + ORGANIZATIONS + KINDS + AMOUNTS + DATES;

  /** Words that make poor query terms: the analyzer drops some, and the rest match nearly everything. */
  private static final Set<String> COMMON = Set.of("about", "after", "again", "against", "also", "among",
      "because", "been", "before", "being", "between", "could", "during", "each", "from", "have", "into",
      "more", "most", "other", "over", "said", "says", "should", "since", "some", "such", "than", "that",
      "their", "them", "then", "there", "these", "they", "this", "those", "through", "under", "until",
      "were", "what", "when", "where", "which", "while", "will", "with", "would", "year", "years");

  private QuerySet() {}

  /**
   * The request set.
   *
   * @param articles      articles of the index to draw words and dates from; at least one
   * @param organizations names of organizations in the index, for the filters; may be empty, and
   *                      then those requests become term queries
   * @param seed          the seed; the same seed and inputs give the same set
   */
  static List<SearchRequest> generate(List<Article> articles, List<String> organizations, long seed) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("articles must not be empty; got none");
    }
    Random random = new Random(seed);
    List<List<String>> words = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (Article a : articles) {
      List<String> w = words(a.title() + "\n" + a.text());
      if (w.size() >= 2) {
        words.add(w);
      }
      if (a.published() != null) {
        dates.add(a.published());
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("articles must have words; got none with two or more");
    }
    dates.sort(null);
    List<SearchRequest> set = new ArrayList<>(SIZE);
    for (int i = 0; i < TERMS; i++) {
      set.add(SearchRequest.of(term(words, random)).sortedByDate(i % 5 == 0));
    }
    for (int i = 0; i < BOOLEANS; i++) {
      List<String> w = words.get(random.nextInt(words.size()));
      String a = pickTerm(w, random);
      String b = pickTerm(w, random);
      set.add(SearchRequest.of(a + (i % 3 == 0 ? " OR " : " AND ") + b));
    }
    for (int i = 0; i < PHRASES; i++) {
      List<String> w = words.get(random.nextInt(words.size()));
      int at = random.nextInt(w.size() - 1);
      set.add(SearchRequest.of("\"" + w.get(at) + " " + w.get(at + 1) + "\""));
    }
    for (int i = 0; i < ORGANIZATIONS; i++) {
      if (organizations.isEmpty()) {
        set.add(SearchRequest.of(term(words, random)));
        continue;
      }
      String org = organizations.get(random.nextInt(organizations.size()));
      String query = i % 2 == 0 ? "*:*" : term(words, random);
      set.add(SearchRequest.of(query).withOrganization(org).overCommitments(i % 5 == 4));
    }
    CommitmentKind[] kinds = CommitmentKind.values();
    for (int i = 0; i < KINDS; i++) {
      String query = i % 2 == 0 ? "*:*" : term(words, random);
      set.add(SearchRequest.of(query).withKind(kinds[i % kinds.length]).overCommitments(i % 4 == 3));
    }
    for (int i = 0; i < AMOUNTS; i++) {
      double min = Math.pow(10, 5 + random.nextInt(5));
      Double max = i % 2 == 0 ? null : min * 100;
      set.add(SearchRequest.of("*:*").withAmount(min, max, "USD").overCommitments(i % 2 == 0));
    }
    for (int i = 0; i < DATES; i++) {
      LocalDate from = dates.isEmpty() ? LocalDate.of(1987, 3, 1) : dates.get(random.nextInt(dates.size()));
      LocalDate to = from.plusDays(7 + random.nextInt(24));
      String query = i % 2 == 0 ? "*:*" : term(words, random);
      set.add(SearchRequest.of(query).withDates(from, to).sortedByDate(i % 3 == 0));
    }
    return List.copyOf(set);
  }

  private static String term(List<List<String>> words, Random random) {
    return pickTerm(words.get(random.nextInt(words.size())), random);
  }

  /** A word of at least five letters that is not a common one, or any word when there is none. */
  private static String pickTerm(List<String> words, Random random) {
    for (int tries = 0; tries < 20; tries++) {
      String w = words.get(random.nextInt(words.size()));
      if (w.length() >= 5 && !COMMON.contains(w)) {
        return w;
      }
    }
    return words.get(random.nextInt(words.size()));
  }

  /** The runs of ASCII letters of {@code text} of three or more letters, lower-cased, in order. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start >= 3) {
          words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        start = -1;
      }
    }
    return words;
  }
}
