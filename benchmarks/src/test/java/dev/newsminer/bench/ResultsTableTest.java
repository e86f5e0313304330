package dev.newsminer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTableTest {

  @TempDir
  Path dir;

  /** Two results in the shape JMH 1.37 writes with -rf json, trimmed to the fields read. */
  private static final String RESULTS = """
      [ {"benchmark": "dev.newsminer.bench.ExtractionBenchmark.extract", "mode": "thrpt", "threads": 2,
         "params": {"articles": "1000"},
         "primaryMetric": {"score": 400.0, "scoreError": 10.0, "scoreUnit": "ops/s"},
         "secondaryMetrics": {"tokens": {"score": 60000.0}, "cpuMicros": {"score": 2000000.0},
                              "cpuTokens": {"score": 100000.0}, "cpuOps": {"score": 700.0},
                              "gc.alloc.rate.norm": {"score": 153600.0}}},
        {"benchmark": "dev.newsminer.bench.SearchBenchmark.search", "mode": "sample", "threads": 1,
         "params": {"articles": "20000"},
         "primaryMetric": {"score": 1.5, "scoreError": 0.1, "scoreUnit": "ms/op",
                           "scorePercentiles": {"50.0": 1.2, "99.0": 9.5}},
         "secondaryMetrics": {"cpuMicros": {"score": 3000.0}, "cpuOps": {"score": 2.0}}} ]
      """;

  @Test
  void reportsRatesPerThreadAllocationPer100TokensAndLatencyPercentiles() throws IOException {
    Path file = dir.resolve("results.json");
    Files.writeString(file, RESULTS);
    List<JmhResult> results = JmhResult.read(List.of(file));
    String table = ResultsTable.table(results);
    // 60,000 tokens/s over 2 threads; 100,000 tokens in 2 CPU seconds; 150 KB per 150 tokens.
    assertThat(table).contains("| Extraction | 2 | 400 | 30,000 | 50,000 | 150.0 KB | 100.0 KB |");
    assertThat(table).contains("| Search | 1 | 1.200 | 9.500 | 1.500 | 1.500 | – |");
  }

  @Test
  void chartsEveryThroughputResult() throws IOException {
    Path file = dir.resolve("results.json");
    Files.writeString(file, RESULTS);
    String svg = ChartWriter.svg(JmhResult.read(List.of(file)));
    assertThat(svg).startsWith("<svg").contains("Extraction (2 threads)").contains("30,000 / 50,000").doesNotContain("Search");
  }
}
