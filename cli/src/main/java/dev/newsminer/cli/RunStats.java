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
 * <p>Time is counted twice: over the whole run, from the start of the JVM (when the run is the
 * process's, else from the start of the command) to the last article, which is what a user waits
 * for ({@code seconds}, {@code articles_per_s}, {@code tokens_per_s}); and split into start-up, up
 * to the point where the models are loaded ({@code startup_seconds}), and processing, from there to
 * the end ({@code processing_seconds} and its rates), which is what the pipeline itself does.
 *
 * <p>Memory stays bounded whatever the number of failures: a file of millions of junk lines keeps
 * {@value #MAX_FAILURES} failures and at most {@value #MAX_REASONS} reasons (the others are
 * counted under {@value #OTHER_REASONS}). A reason is counted with its numbers and quoted parts
 * left out ("not valid JSON (Unexpected character ('x' …" and the same for 'y' are one reason).
 */
@JsonPropertyOrder({"articles", "failed", "tokens", "seconds", "articles_per_s", "tokens_per_s", "startup_seconds",
    "processing_seconds", "processing_articles_per_s", "processing_tokens_per_s", "failures", "failures_by_reason"})
final class RunStats {

  /** How many failures are kept with their source. */
  static final int MAX_FAILURES = 100;
  /** How many distinct reasons are counted. */
  static final int MAX_REASONS = 50;
  /** The reason under which failures beyond {@value #MAX_REASONS} reasons are counted. */
  static final String OTHER_REASONS = "other reasons";

  /** One failed input or record. */
  record Failure(String source, String reason) {}

  private final long startNanos;
  /** When start-up ended and processing began; the start until {@link #ready()} is called. */
  private volatile long readyNanos;
  private long articles;
  private long tokens;
  private long failed;
  private final List<Failure> failures = new ArrayList<>();
  private final Map<String, Long> byReason = new LinkedHashMap<>();
  private double seconds = -1;
  private double processingSeconds = -1;

  /** Stats of a run that starts now. */
  RunStats() {
    this(System.nanoTime());
  }

  /**
   * Stats of a run that started at {@code startNanos} ({@link System#nanoTime()} scale), such as
   * {@link Main#runStart()}.
   */
  RunStats(long startNanos) {
    this.startNanos = startNanos;
    this.readyNanos = startNanos;
  }

  /** Ends start-up: the models are loaded and processing begins now. */
  void ready() {
    readyNanos = System.nanoTime();
  }

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
    long now = System.nanoTime();
    seconds = (now - startNanos) / 1e9;
    processingSeconds = (now - readyNanos) / 1e9;
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

  @JsonProperty("startup_seconds")
  double startupSeconds() {
    return round((readyNanos - startNanos) / 1e9);
  }

  @JsonProperty("processing_seconds")
  double processingSeconds() {
    return round(processingSeconds < 0 ? (System.nanoTime() - readyNanos) / 1e9 : processingSeconds);
  }

  @JsonProperty("processing_articles_per_s")
  double processingArticlesPerSecond() {
    return round(articles / Math.max(processingSeconds(), 1e-9));
  }

  @JsonProperty("processing_tokens_per_s")
  double processingTokensPerSecond() {
    return round(tokens / Math.max(processingSeconds(), 1e-9));
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
