package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An organization has one name in the whole output, and --org finds it by any of its names. */
class OneNamePerOrganizationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void commitmentsAndPartnersUseTheNamesOfOrganizations() throws IOException {
    CommandRun cli = new CommandRun();
    assertThat(cli.run("extract", examples().toString())).isZero();

    for (String line : cli.out().lines().toList()) {
      JsonNode article = JSON.readTree(line);
      Set<String> names = new HashSet<>();
      article.get("organizations").forEach(o -> names.add(o.get("name").asText()));
      for (JsonNode c : article.get("commitments")) {
        assertThat(names).as(article.get("source").asText()).contains(c.get("organization").asText());
        c.get("partners").forEach(p -> assertThat(names).as(article.get("source").asText()).contains(p.asText()));
      }
    }
  }

  @Test
  void orgFindsAnOrganizationByEveryNameWhateverTheCaseAndAccents() throws IOException {
    Path index = dir.resolve("index");
    CommandRun indexing = new CommandRun();
    assertThat(indexing.run("index", examples().toString(), "--index", index.toString())).isZero();

    for (String name : new String[] {"Nestlé", "Nestle SA", "NESTLE", "nestlé sa"}) {
      CommandRun search = new CommandRun();
      assertThat(search.run("search", "*:*", "--commitments", "--json", "--org", name, "--index", index.toString()))
          .isZero();
      JsonNode result = JSON.readTree(search.out());
      assertThat(result.get("total").asInt()).as(name).isPositive();
      result.get("hits").forEach(h -> assertThat(h.get("organizations").get(0).asText()).isEqualTo("Nestlé"));
    }
  }

  private static Path examples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples")) && Files.exists(p.resolve("pom.xml"))) {
        return p.resolve("examples");
      }
    }
    throw new IllegalStateException("project root not found");
  }
}
