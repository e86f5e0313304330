package dev.newsminer.cli;

import dev.newsminer.ExtractionJson;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the commands that extract a batch of articles: threads and the stats file. */
final class BatchOptions {

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(names = "--stats", paramLabel = "FILE", description = "Write run statistics as JSON here.")
  Path statsFile;

  /** @throws Main.UsageException when a value is out of range */
  void validate() {
    if (threads < 1) {
      throw new Main.UsageException("--threads must be >= 1; got " + threads);
    }
  }

  /** Writes the run's statistics to {@code --stats}, when given. */
  void writeStats(RunStats stats) throws IOException {
    if (statsFile != null) {
      ExtractionJson.mapper().writerWithDefaultPrettyPrinter().writeValue(statsFile.toFile(), stats);
    }
  }
}
