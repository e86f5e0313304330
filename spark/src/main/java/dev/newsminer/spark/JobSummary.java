package dev.newsminer.spark;

import java.util.List;

/**
 * What a run of the job did.
 *
 * @param articles         articles extracted
 * @param tokens           tokens in them
 * @param failed           inputs and records that could not be read or extracted
 * @param partitions       partitions (and index shards) the input was cut into
 * @param seconds          the whole run, from listing the input to the renamed output
 * @param extractSeconds   the one pass over the input: reading, extracting, and writing the JSON
 *     Lines, Parquet and index shards
 * @param someFailures     the first failure lines, {@code source: reason}; all are in the output's
 *     {@code failures} folder
 */
public record JobSummary(long articles, long tokens, long failed, int partitions, double seconds,
    double extractSeconds, List<String> someFailures) {

  public JobSummary {
    someFailures = List.copyOf(someFailures);
  }

  /** Articles per second of the pass over the input. */
  public double articlesPerSecond() {
    return extractSeconds > 0 ? articles / extractSeconds : 0;
  }

  /** The one summary line the launcher prints at the end. */
  public String line() {
    return String.format(java.util.Locale.ROOT,
        "newsminer-spark: %d articles, %d tokens, %d failed, %d partitions, in %.1f s "
            + "(extraction %.1f s: %.0f articles/s, %.0f tokens/s)",
        articles, tokens, failed, partitions, seconds, extractSeconds, articlesPerSecond(),
        extractSeconds > 0 ? tokens / extractSeconds : 0);
  }
}
