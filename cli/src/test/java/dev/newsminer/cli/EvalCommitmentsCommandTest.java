package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void scoresTheCorpusStoriesOfTheChosenSplit() throws IOException {
    Path stories = Files.createDirectories(dir.resolve("stories"));
    Files.writeString(stories.resolve("wire-005.txt"), "[ORG ACME] TO BUILD PLANT\n\n"
        + "[ORG Acme Corp] said it will invest 40 mln dlrs in a new plant in [LOC Ohio] . Sales rose 5 pct.\n");
    Files.writeString(stories.resolve("web-007.txt"), "Zenith plans a lab\n\n"
        + "[ORG Zenith Labs] has pledged $3 million to fund research at [ORG Ohio State University] .\n");
    Files.writeString(dir.resolve("pass1.jsonl"), "{\"story\": \"wire-005\", \"commitments\": [{\"organization\": "
        + "\"Acme\", \"partners\": [], \"kind\": \"INVESTMENT\", \"amount\": {\"value\": 40000000, \"currency\": "
        + "\"USD\", \"approximate\": false, \"text\": \"40 mln dlrs\"}, \"evidence\": {\"text\": \"Acme Corp said it "
        + "will invest 40 mln dlrs in a new plant in Ohio .\"}}]}\n"
        + "{\"story\": \"web-007\", \"commitments\": [{\"organization\": \"Zenith Labs\", \"partners\": [], "
        + "\"kind\": \"FUNDING\", \"amount\": null, \"evidence\": {\"text\": \"Zenith Labs has pledged $3 million\"}}]}\n");
    assertThat(cli.run("eval-commitments", "--corpus", dir.resolve("pass1.jsonl").toString(), "--stories",
        stories.toString(), "--split", "heldout")).isEqualTo(0);
    JsonNode heldOut = ExtractionJson.mapper().readTree(cli.out());
    assertThat(heldOut.get("articles").asInt()).isEqualTo(1);
    assertThat(heldOut.get("gold").asInt()).isEqualTo(1);
    assertThat(heldOut.get("f1").asDouble()).isEqualTo(1.0);
    assertThat(heldOut.get("amount_accuracy").asDouble()).isEqualTo(1.0);
    assertThat(heldOut.get("reliability")).isNotEmpty();
  }

  @Test
  void corpusEvidenceThatIsNotInTheStoryIsReportedAndLeftOut() throws IOException {
    Path stories = Files.createDirectories(dir.resolve("stories"));
    Files.writeString(stories.resolve("web-010.txt"), "Headline\n\n[ORG Acme] will build a plant.\n");
    Files.writeString(dir.resolve("pass1.jsonl"), "{\"story\": \"web-010\", \"commitments\": [{\"organization\": "
        + "\"Acme\", \"partners\": [], \"kind\": \"PLEDGE\", \"amount\": null, \"evidence\": {\"text\": "
        + "\"Acme will build two plants.\"}}]}\n");
    assertThat(cli.run("eval-commitments", "--corpus", dir.resolve("pass1.jsonl").toString(), "--stories",
        stories.toString(), "--split", "all")).isEqualTo(0);
    JsonNode scores = ExtractionJson.mapper().readTree(cli.out());
    assertThat(scores.get("gold").asInt()).isZero();
    assertThat(scores.get("unlocated_gold").get(0).asText()).contains("web-010", "evidence not found");
  }

  @Test
  void errorsListTheMissedGoldAndTheWrongOutputsButNeverTheHeldOutStories() throws IOException {
    Path stories = Files.createDirectories(dir.resolve("stories"));
    Files.writeString(stories.resolve("web-007.txt"), "Headline\n\n[ORG Acme Corp] will invest 40 mln dlrs in a "
        + "new plant. [ORG Brill Foods] has pledged $3 million to fund research.\n");
    Files.writeString(dir.resolve("gold.jsonl"), "{\"story\": \"web-007\", \"commitments\": [{\"organization\": "
        + "\"Zenith\", \"partners\": [], \"kind\": \"INVESTMENT\", \"amount\": null, \"evidence\": {\"text\": "
        + "\"Acme Corp will invest 40 mln dlrs in a new plant.\"}}]}\n");
    Path errors = dir.resolve("errors.tsv");
    assertThat(cli.run("eval-commitments", "--corpus", dir.resolve("gold.jsonl").toString(), "--stories",
        stories.toString(), "--split", "train", "--errors", errors.toString())).isEqualTo(0);
    List<String> lines = Files.readAllLines(errors);
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("web-007\tMISS\tZenith\tINVESTMENT"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("web-007\tWRONG\tAcme"));
    assertThat(cli.run("eval-commitments", "--corpus", dir.resolve("gold.jsonl").toString(), "--stories",
        stories.toString(), "--split", "heldout", "--errors", errors.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("--errors lists the train split or the dev set only");
  }

  @Test
  void goldAndCorpusTogetherAreAUsageError() {
    assertThat(cli.run("eval-commitments", "--gold", "g.jsonl", "--corpus", "c.jsonl")).isEqualTo(2);
    assertThat(cli.err()).contains("--gold and --articles, or --corpus and --stories");
  }

  @Test
  void missingGoldFileIsAUsageError() {
    assertThat(cli.run("eval-commitments", "--gold", dir.resolve("none.jsonl").toString(), "--articles", dir.toString()))
        .isEqualTo(2);
    assertThat(cli.err()).contains("no gold file");
  }
}
