package dev.newsminer.text;

import java.time.Duration;

/**
 * What the analysis of one text may spend: sentences, tokens and time. When one is spent the
 * analysis stops and returns what it has, with a note saying so: a hostile or runaway input gets
 * partial results instead of exhausting the heap or the run's time. Immutable.
 *
 * <pre>{@code
 * TextBudget budget = TextBudget.of(100_000, 1_500_000, Duration.ofSeconds(30));
 * List<Sentence> sentences = analyzer.analyze(text, budget, errors::add);
 * }</pre>
 *
 * @param maxSentences  the most sentences; positive
 * @param maxTokens     the most tokens; positive
 * @param deadlineNanos the {@link System#nanoTime()} after which no further block is analyzed
 * @param timeBudget    the time the deadline was set from, for the note; null when unlimited
 */
public record TextBudget(int maxSentences, long maxTokens, long deadlineNanos, Duration timeBudget) {

  /** No limit but the size of the text. */
  public static final TextBudget UNLIMITED = new TextBudget(Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, null);

  /**
   * Validates the limits; see the record description.
   *
   * @param maxSentences  the most sentences; positive
   * @param maxTokens     the most tokens; positive
   * @param deadlineNanos the {@link System#nanoTime()} after which no further block is analyzed
   * @param timeBudget    the time the deadline was set from, for the note; null when unlimited
   * @throws IllegalArgumentException when a limit is not positive
   */
  public TextBudget {
    if (maxSentences <= 0 || maxTokens <= 0) {
      throw new IllegalArgumentException("maxSentences and maxTokens must be > 0; got " + maxSentences + ", " + maxTokens);
    }
    if (timeBudget == null) {
      // UNLIMITED: a deadline as far ahead of any nanoTime as the arithmetic allows.
      deadlineNanos = System.nanoTime() + Long.MAX_VALUE / 2;
    }
  }

  /**
   * A budget that starts now.
   *
   * @param maxSentences the most sentences; positive
   * @param maxTokens    the most tokens; positive
   * @param time         how long the analysis may take. Must not be {@code null} or negative.
   * @return the budget
   */
  public static TextBudget of(int maxSentences, long maxTokens, Duration time) {
    if (time.isNegative()) {
      throw new IllegalArgumentException("time must not be negative; got " + time);
    }
    long nanos = time.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE / 2 : time.toNanos();
    return new TextBudget(maxSentences, maxTokens, System.nanoTime() + nanos, time);
  }

  /**
   * Whether the time of this budget is spent.
   *
   * @return true when the deadline has passed
   */
  public boolean timeIsUp() {
    return System.nanoTime() - deadlineNanos > 0;
  }

  /** Why the analysis stopped, given what it did: the first limit reached. */
  String spentReason(int sentences, long tokens) {
    if (sentences >= maxSentences) {
      return "more than " + maxSentences + " sentences (the limit)";
    }
    if (tokens >= maxTokens) {
      return "more than " + maxTokens + " tokens (the limit)";
    }
    return "time budget of " + timeBudget.toMillis() / 1000.0 + " s spent";
  }
}
