package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import org.junit.jupiter.api.Test;

class RunStatsTest {

  @Test
  void countsStartUpApartFromProcessingAndBothInTheWholeRun() {
    RunStats stats = new RunStats(System.nanoTime() - 2_000_000_000L); // the JVM started 2 s ago
    stats.ready(); // the models are loaded
    for (int i = 0; i < 100; i++) {
      stats.article(150);
    }
    stats.finish();

    JsonNode json = ExtractionJson.mapper().valueToTree(stats);
    double startup = json.get("startup_seconds").asDouble();
    double processing = json.get("processing_seconds").asDouble();
    assertThat(startup).isBetween(2.0, 60.0);
    assertThat(json.get("seconds").asDouble()).isCloseTo(startup + processing, within(0.002));
    assertThat(json.get("articles_per_s").asDouble()).isLessThanOrEqualTo(100 / 2.0); // start-up counts
    assertThat(json.get("processing_articles_per_s").asDouble())
        .isCloseTo(100 / processing, within(100 / processing * 0.01 + 0.001));
    assertThat(json.get("processing_tokens_per_s").asDouble())
        .isGreaterThan(json.get("tokens_per_s").asDouble());
  }

  @Test
  void aRunThatNeverGotReadyIsAllProcessing() {
    RunStats stats = new RunStats();
    stats.finish();

    assertThat(stats.startupSeconds()).isZero();
    assertThat(stats.processingSeconds()).isEqualTo(stats.seconds());
  }

  @Test
  void theCommandLineCountsItsOwnStartWhenRunInProcess() {
    long before = System.nanoTime();
    long start = Main.runStart();

    assertThat(start).isBetween(before, System.nanoTime());
  }
}
