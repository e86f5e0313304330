package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code newsminer extract} writes is what docs/extraction.schema.json says, field for field. */
class OutputSchemaTest {

  private static final Path ROOT = projectRoot();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyExampleArticleMatchesTheDocumentedSchema() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(ROOT.resolve("docs/extraction.schema.json")));
    CommandRun cli = new CommandRun();

    assertThat(cli.run("extract", ROOT.resolve("examples").toString(), "--include-text")).isZero();

    List<String> lines = cli.out().lines().toList();
    assertThat(lines).hasSize(10);
    for (String line : lines) {
      JsonNode article = JSON.readTree(line);
      assertThat(schema.validate(article)).as(article.get("source").asText()).isEmpty();
    }
    assertThat(lines).anySatisfy(l -> assertThat(JSON.readTree(l).get("commitments")).isNotEmpty());
  }

  @Test
  void theSchemaRejectsWhatTheContractForbids() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(ROOT.resolve("docs/extraction.schema.json")));
    JsonNode renamed = JSON.readTree("{\"id\": \"a\", \"source\": \"s\", \"url\": null, \"title\": \"t\", "
        + "\"published\": null, \"stats\": {\"sentences\": 0, \"tokens\": 0}, \"organisations\": [], "
        + "\"commitments\": [], \"errors\": []}");
    assertThat(schema.validate(renamed)).isNotEmpty();
  }

  private static Path projectRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("docs/extraction.schema.json"))) {
        return p;
      }
    }
    throw new IllegalStateException("project root not found");
  }
}
