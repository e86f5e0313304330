package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalNerCommandTest {

  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  private Path gold() throws IOException {
    return Files.writeString(dir.resolve("gold.conll"), String.join("\n",
        "-DOCSTART- -X- O O",
        "",
        "Hollowbrook NNP B-NP B-ORG",
        "Foods NNP I-NP I-ORG",
        "Ltd NNP I-NP I-ORG",
        "hired VBD B-VP O",
        "Ann NNP B-NP B-PER",
        ". . O O",
        "",
        "Hollowbrook NNP B-NP I-ORG",
        "Foods NNP I-NP I-ORG",
        "grew VBD B-VP O",
        ". . O O",
        ""));
  }

  @Test
  void writesTokenGoldPredLinesAndPrintsMetricsPerType() throws IOException {
    Path pred = dir.resolve("pred.txt");
    assertThat(cli.run("eval-ner", "--gold", gold().toString(), "--out", pred.toString(), "--no-model")).isZero();
    assertThat(Files.readAllLines(pred)).contains("Hollowbrook B-ORG B-ORG", "Ltd I-ORG I-ORG", "Ann B-PER O",
        "Hollowbrook I-ORG B-ORG");
    JsonNode metrics = ExtractionJson.mapper().readTree(cli.out());
    assertThat(metrics.get("documents").asInt()).isEqualTo(1);
    assertThat(metrics.get("per_type").get("ORG").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(metrics.get("per_type").get("PER").get("recall").asDouble()).isZero();
  }

  @Test
  void layerSwitchesChangeWhatIsFound() throws IOException {
    assertThat(cli.run("eval-ner", "--gold", gold().toString(), "--no-model", "--no-patterns", "--no-gazetteer")).isZero();
    assertThat(ExtractionJson.mapper().readTree(cli.out()).get("per_type").get("ORG").get("pred").asInt()).isZero();
  }

  @Test
  void aMissingGoldFileIsAUsageError() {
    assertThat(cli.run("eval-ner", "--gold", dir.resolve("none.tsv").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("--gold file does not exist");
  }

  @Test
  void theModelAloneTakesNoLayerSwitch() throws IOException {
    assertThat(cli.run("eval-ner", "--gold", gold().toString(), "--model-alone", "--no-patterns")).isEqualTo(2);
    assertThat(cli.err()).contains("--model-alone takes no layer switch");
  }

  @Test
  void unlistedPrintsTheRecallOnNamesTheGazetteerLacks() throws IOException {
    assertThat(cli.run("eval-ner", "--gold", gold().toString(), "--no-model", "--unlisted")).isZero();
    JsonNode unlisted = ExtractionJson.mapper().readTree(cli.out()).get("unlisted_org");
    assertThat(unlisted.get("gold").asInt()).isEqualTo(2);
    assertThat(unlisted.get("recall").asDouble()).isEqualTo(1.0);
  }
}
