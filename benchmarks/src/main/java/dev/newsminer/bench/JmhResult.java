package dev.newsminer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One result of a JMH JSON file ({@code -rf json}), with the figures the table and the chart need.
 *
 * @param benchmark  the benchmark method's full name
 * @param mode       JMH's mode: "thrpt" or "sample"
 * @param threads    the number of benchmark threads
 * @param params     the {@code @Param} values, in declaration order
 * @param score      the primary score (ops/s for throughput, ms/op for sample time)
 * @param error      its error margin (99.9%), NaN when JMH gave none
 * @param percentiles the primary metric's percentiles by name ("50.0", "99.0"), empty when none
 * @param secondary  the secondary scores by name ("tokens", "gc.alloc.rate.norm")
 */
record JmhResult(String benchmark, String mode, int threads, Map<String, String> params, double score, double error,
    Map<String, Double> percentiles, Map<String, Double> secondary) {

  JmhResult {
    params = Map.copyOf(params);
    percentiles = Map.copyOf(percentiles);
    secondary = Map.copyOf(secondary);
  }

  /** Reads every result of the given JMH JSON files, in file order. */
  static List<JmhResult> read(List<Path> files) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JmhResult> results = new ArrayList<>();
    for (Path file : files) {
      JsonNode root;
      try {
        root = json.readTree(file.toFile());
      } catch (IOException e) {
        throw new IOException("cannot read JMH results " + file + ": " + e.getMessage(), e);
      }
      if (root == null || !root.isArray()) {
        throw new IOException("JMH results " + file + " must be a JSON array (written with -rf json)");
      }
      for (JsonNode r : root) {
        Map<String, String> params = new LinkedHashMap<>();
        r.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode primary = r.path("primaryMetric");
        Map<String, Double> percentiles = new LinkedHashMap<>();
        primary.path("scorePercentiles").fields().forEachRemaining(e -> percentiles.put(e.getKey(), e.getValue().asDouble()));
        Map<String, Double> secondary = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("secondaryMetrics").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          secondary.put(e.getKey(), e.getValue().path("score").asDouble());
        }
        double error = primary.path("scoreError").isNumber() ? primary.path("scoreError").asDouble() : Double.NaN;
        results.add(new JmhResult(r.path("benchmark").asText(), r.path("mode").asText(), r.path("threads").asInt(1),
            params, primary.path("score").asDouble(), error, percentiles, secondary));
      }
    }
    return results;
  }

  /** The stage: the benchmark class without "Benchmark" ("Extraction"), plus params other than the article count. */
  String stage() {
    String name = benchmark;
    int method = name.lastIndexOf('.');
    String cls = name.substring(name.lastIndexOf('.', method - 1) + 1, method);
    StringBuilder stage = new StringBuilder(cls.endsWith("Benchmark") ? cls.substring(0, cls.length() - 9) : cls);
    params.forEach((k, v) -> {
      if (!k.equals("articles")) {
        stage.append(' ').append(k).append('=').append(v);
      }
    });
    return stage.toString();
  }

  /** Whether this is a throughput result with a token count. */
  boolean hasTokens() {
    return mode.equals("thrpt") && secondary.containsKey("tokens");
  }

  /** Operations (articles) per second over all threads. */
  double articlesPerSecond() {
    return score;
  }

  /** Tokens per second per thread: JMH sums the counter over threads. */
  double tokensPerSecondPerThread() {
    return secondary.getOrDefault("tokens", Double.NaN) / threads;
  }

  /**
   * Tokens per CPU second per thread: the tokens over the CPU time the benchmark threads spent on
   * them ({@link CpuTime}); NaN when the result has no such counters. Other processes on the
   * machine dilute it much less than {@link #tokensPerSecondPerThread()}.
   */
  double tokensPerCpuSecond() {
    Double micros = secondary.get("cpuMicros");
    Double tokens = secondary.get("cpuTokens");
    return micros == null || tokens == null || micros == 0 ? Double.NaN : tokens / micros * 1e6;
  }

  /** CPU milliseconds per operation ({@link CpuTime}); NaN when the result has no such counters. */
  double cpuMillisPerOp() {
    Double micros = secondary.get("cpuMicros");
    Double ops = secondary.get("cpuOps");
    return micros == null || ops == null || ops == 0 ? Double.NaN : micros / ops / 1000;
  }

  /** Bytes allocated per operation (article), from {@code -prof gc}; NaN without it. */
  double bytesPerArticle() {
    return secondary.getOrDefault("gc.alloc.rate.norm", Double.NaN);
  }

  /** Tokens per article: the token rate over the article rate. */
  double tokensPerArticle() {
    return secondary.getOrDefault("tokens", Double.NaN) / score;
  }
}
