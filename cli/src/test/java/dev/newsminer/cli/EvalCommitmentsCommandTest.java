package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommitmentsCommandTest {

  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  @Test
  void printsTheScoresAsJson() throws IOException {
    String text = "ACME TO BUILD PLANT\nAcme Corp said it will invest 40 mln dlrs in a new plant. Sales rose 5 pct.\n";
    Files.writeString(dir.resolve("00007.txt"), text);
    int start = text.indexOf("Acme Corp said");
    int end = text.indexOf("plant.") + 6;
    Files.writeString(dir.resolve("gold.jsonl"), "{\"newid\": 7, \"commitments\": [{\"organization\": \"Acme\", "
        + "\"partners\": [], \"kind\": \"INVESTMENT\", \"amount\": {\"value\": 40000000, \"currency\": \"USD\"}, "
        + "\"evidence\": {\"start\": " + start + ", \"end\": " + end + "}}]}\n");
    assertThat(cli.run("eval-commitments", "--gold", dir.resolve("gold.jsonl").toString(), "--articles", dir.toString()))
        .isEqualTo(0);
    JsonNode scores = ExtractionJson.mapper().readTree(cli.out());
    assertThat(scores.get("gold").asInt()).isEqualTo(1);
    assertThat(scores.get("f1").asDouble()).isEqualTo(1.0);
    assertThat(scores.get("kind_accuracy").asDouble()).isEqualTo(1.0);
    assertThat(scores.get("amount_accuracy").asDouble()).isEqualTo(1.0);
  }

  @Test
  void missingGoldFileIsAUsageError() {
    assertThat(cli.run("eval-commitments", "--gold", dir.resolve("none.jsonl").toString(), "--articles", dir.toString()))
        .isEqualTo(2);
    assertThat(cli.err()).contains("no gold file");
  }
}
