package dev.newsminer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the Markdown results table of {@code benchmarks/README.md} from JMH JSON result files:
 * one row per throughput result (articles/s, tokens/s per thread, allocation per article and per
 * 100 tokens), the search latencies, and the figures derived from several results that the targets
 * name (scaling with threads, the indexing and commitment shares).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.newsminer.bench.ResultsTable results-1t.json results-2t.json
 * </pre>
 */
public final class ResultsTable {

  private ResultsTable() {}

  /** Prints the table of the files named by {@code args} to standard output. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ResultsTable RESULTS.json…");
      System.exit(2);
    }
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      files.add(Path.of(a));
    }
    System.out.print(table(JmhResult.read(files)));
  }

  /** The Markdown table and derived figures of {@code results}. */
  static String table(List<JmhResult> results) {
    StringBuilder out = new StringBuilder();
    out.append("| stage | threads | articles/s | tokens/s per thread | tokens per CPU-s per thread "
        + "| alloc per article | alloc per 100 tokens |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (JmhResult r : results) {
      if (!r.hasTokens()) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %,.0f | %s | %s |%n", r.stage(), r.threads(),
          r.articlesPerSecond(), r.tokensPerSecondPerThread(), r.tokensPerCpuSecond(), kb(r.bytesPerArticle()),
          kb(r.bytesPerArticle() / r.tokensPerArticle() * 100)));
    }
    List<JmhResult> searches = results.stream().filter(r -> r.mode().equals("sample")).toList();
    if (!searches.isEmpty()) {
      out.append("\n| search | threads | median ms | p99 ms | mean ms | mean CPU ms | alloc per search |\n");
      out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
      for (JmhResult r : searches) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %s |%n", r.stage(), r.threads(),
            r.percentiles().getOrDefault("50.0", Double.NaN), r.percentiles().getOrDefault("99.0", Double.NaN),
            r.score(), r.cpuMillisPerOp(), kb(r.bytesPerArticle())));
      }
    }
    out.append('\n');
    JmhResult one = find(results, "Extraction", 1);
    JmhResult two = find(results, "Extraction", 2);
    if (one != null && two != null) {
      out.append(String.format(Locale.ROOT, "- Whole extraction with 2 threads: %.2fx the articles/s of 1 thread.%n",
          two.articlesPerSecond() / one.articlesPerSecond()));
    }
    JmhResult indexing = find(results, "Indexing", 1);
    if (one != null && indexing != null) {
      out.append(String.format(Locale.ROOT, "- Indexing adds %.1f%% to extraction time (1 thread; %s).%n",
          100 * cost(indexing) / cost(one), basis(one, indexing)));
    }
    JmhResult commitments = find(results, "Commitment", 1);
    if (one != null && commitments != null) {
      out.append(String.format(Locale.ROOT, "- The commitment stage takes %.1f%% of the extraction time (1 thread; %s).%n",
          100 * cost(commitments) / cost(one), basis(one, commitments)));
    }
    return out.toString();
  }

  /** Time per token: by CPU time when the result has it, by wall-clock time otherwise. */
  private static double cost(JmhResult r) {
    double cpu = r.tokensPerCpuSecond();
    return Double.isNaN(cpu) ? 1 / r.tokensPerSecondPerThread() : 1 / cpu;
  }

  private static String basis(JmhResult a, JmhResult b) {
    return Double.isNaN(a.tokensPerCpuSecond()) || Double.isNaN(b.tokensPerCpuSecond()) ? "wall-clock time" : "CPU time";
  }

  private static JmhResult find(List<JmhResult> results, String stage, int threads) {
    JmhResult found = null;
    for (JmhResult r : results) {
      if (r.hasTokens() && r.stage().equals(stage) && r.threads() == threads) {
        found = r;
      }
    }
    return found;
  }

  private static String kb(double bytes) {
    return Double.isNaN(bytes) ? "–" : String.format(Locale.ROOT, "%,.1f KB", bytes / 1024);
  }
}
