package dev.newsminer.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.newsminer.article.ReadProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch run did, written by {@code --stats FILE}: articles processed, inputs failed, tokens,
 * wall time and throughput, the first {@value #MAX_FAILURES} failures with their reasons and the
 * number of failures by reason.
 *
 * <p>Memory stays bounded whatever the number of failures: a file of millions of junk lines keeps
 * {@value #MAX_FAILURES} failures and at most {@value #MAX_REASONS} reasons (the others are
 * counted under {@value #OTHER_REASONS}). A reason is counted with its numbers and quoted parts
 * left out ("not valid JSON (Unexpected character ('x' …" and the same for 'y' are one reason).
 */
@JsonPropertyOrder({"articles", "failed", "tokens", "seconds", "articles_per_s", "tokens_per_s", "failures",
    "failures_by_reason"})
final class RunStats {

  /** How many failures are kept with their source. */
  static final int MAX_FAILURES = 100;
  /** How many distinct reasons are counted. */
  static final int MAX_REASONS = 50;
  /** The reason under which failures beyond {@value #MAX_REASONS} reasons are counted. */
  static final String OTHER_REASONS = "other reasons";

  /** One failed input or record. */
  record Failure(String source, String reason) {}

  private final long startNanos = System.nanoTime();
  private long articles;
  private long tokens;
  private long failed;
  private final List<Failure> failures = new ArrayList<>();
  private final Map<String, Long> byReason = new LinkedHashMap<>();
  private double seconds = -1;

  void article(int tokenCount) {
    articles++;
    tokens += tokenCount;
  }

  synchronized void failed(ReadProblem problem) {
    failed++;
    if (failures.size() < MAX_FAILURES) {
      String source = problem.location().isEmpty() ? problem.source() : problem.source() + ":" + problem.location();
      failures.add(new Failure(source, problem.reason()));
    }
    String reason = kindOf(problem.reason());
    if (!byReason.containsKey(reason) && byReason.size() >= MAX_REASONS) {
      reason = OTHER_REASONS;
    }
    byReason.merge(reason, 1L, Long::sum);
  }

  /**
   * The kind of a reason: its text up to the first parenthesis or colon, digits left out, at most
   * 80 chars, so that reasons that differ only in details count together.
   */
  static String kindOf(String reason) {
    StringBuilder kind = new StringBuilder();
    for (int i = 0; i < reason.length() && kind.length() < 80; i++) {
      char c = reason.charAt(i);
      if (c == '(' || c == ':' || c == ';') {
        break;
      }
      if (!Character.isDigit(c)) {
        kind.append(c);
      } else if (kind.length() == 0 || kind.charAt(kind.length() - 1) != '#') {
        kind.append('#');
      }
    }
    String k = kind.toString().strip();
    return k.isEmpty() ? "unknown" : k;
  }

  /** Stops the clock. */
  void finish() {
    seconds = (System.nanoTime() - startNanos) / 1e9;
  }

  @JsonProperty("articles")
  long articles() {
    return articles;
  }

  @JsonProperty("failed")
  synchronized long failed() {
    return failed;
  }

  @JsonProperty("tokens")
  long tokens() {
    return tokens;
  }

  @JsonProperty("seconds")
  double seconds() {
    return round(seconds < 0 ? (System.nanoTime() - startNanos) / 1e9 : seconds);
  }

  @JsonProperty("articles_per_s")
  double articlesPerSecond() {
    return round(articles / Math.max(seconds(), 1e-9));
  }

  @JsonProperty("tokens_per_s")
  double tokensPerSecond() {
    return round(tokens / Math.max(seconds(), 1e-9));
  }

  /** The first {@value #MAX_FAILURES} failures. */
  @JsonProperty("failures")
  synchronized List<Failure> failures() {
    return List.copyOf(failures);
  }

  /** The number of failures of each kind of reason, in the order they first occurred. */
  @JsonProperty("failures_by_reason")
  synchronized Map<String, Long> failuresByReason() {
    return new LinkedHashMap<>(byReason);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
