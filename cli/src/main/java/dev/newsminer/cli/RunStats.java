package dev.newsminer.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.newsminer.article.ReadProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * What a batch run did, written by {@code --stats FILE}: articles processed, inputs failed, tokens,
 * wall time and throughput, and each failure with its reason.
 */
@JsonPropertyOrder({"articles", "failed", "tokens", "seconds", "articles_per_s", "tokens_per_s", "failures"})
final class RunStats {

  /** One failed input or record. */
  record Failure(String source, String reason) {}

  private final long startNanos = System.nanoTime();
  private long articles;
  private long tokens;
  private final List<Failure> failures = new ArrayList<>();
  private double seconds = -1;

  void article(int tokenCount) {
    articles++;
    tokens += tokenCount;
  }

  void failed(ReadProblem problem) {
    String source = problem.location().isEmpty() ? problem.source() : problem.source() + ":" + problem.location();
    failures.add(new Failure(source, problem.reason()));
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
  int failed() {
    return failures.size();
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

  @JsonProperty("failures")
  List<Failure> failures() {
    return failures;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
