package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import dev.newsminer.commitment.CommitmentScorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommitmentsCommandTest {

  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  @Test
  void trainsALoadableScorerOnTheTrainingStoriesOnly() throws IOException {
    Path stories = Files.createDirectories(dir.resolve("stories"));
    StringBuilder corpus = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      String name = String.format("wire-%03d", i);
      Files.writeString(stories.resolve(name + ".txt"), "HEADLINE " + i + "\n\n[ORG Acme Corp] said it will build a "
          + "plant in Ohio. [ORG Acme] will also keep its 300 workers. Analysts said [ORG Brill] will sell its unit.\n");
      corpus.append("{\"story\": \"").append(name).append("\", \"commitments\": [{\"organization\": \"Acme\", "
          + "\"partners\": [], \"kind\": \"INVESTMENT\", \"amount\": null, \"evidence\": {\"text\": "
          + "\"Acme Corp said it will build a plant in Ohio.\"}}]}\n");
    }
    Files.writeString(dir.resolve("pass1.jsonl"), corpus);
    Path model = dir.resolve("scorer.bin.gz");
    assertThat(cli.run("train-commitments", "--corpus", dir.resolve("pass1.jsonl").toString(), "--stories",
        stories.toString(), "--model", model.toString(), "--folds", "2")).isEqualTo(0);
    JsonNode out = ExtractionJson.mapper().readTree(cli.out());
    assertThat(out.get("stories").asInt()).isEqualTo(8); // wire-005 and wire-010 are held out
    assertThat(out.get("right_candidates").asInt()).isEqualTo(8);
    assertThat(out.get("candidates").asInt()).isGreaterThan(8);
    assertThat(out.get("cross_validation")).hasSize(6);
    assertThat(CommitmentScorer.load(model).trained()).isTrue();
    // the calibration fitted out of fold is written beside the model, and loading the model reads it
    Path calibration = dir.resolve("scorer.bin.gz" + CommitmentScorer.CALIBRATION_SUFFIX);
    assertThat(calibration).isRegularFile();
    assertThat(CommitmentScorer.Calibration.read(Files.newInputStream(calibration)).slope())
        .isEqualTo(out.get("calibration").get("slope").asDouble());
  }
}
