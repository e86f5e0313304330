package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's acceptance on the seed article: {@code newsminer extract seed-article.txt --include-text}
 * keeps the story to its last sentence and none of the page's boilerplate (the strings that
 * {@code shared/checks/seed_check.py text} looks for). Skips when {@code ../shared} is absent.
 */
class SeedAcceptanceTest {

  @TempDir Path dir;

  private static Path seed() {
    String configured = System.getProperty("newsminer.shared");
    Path shared = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent().resolveSibling("shared");
    Path seed = shared.resolve("examples/seed-article.txt");
    assumeTrue(Files.isRegularFile(seed), "../shared is absent: " + seed);
    return seed;
  }

  @Test
  void extractedTextEndsWithTheStoryAndHasNoBoilerplate() throws IOException {
    Path seed = seed();
    Path out = dir.resolve("seed.jsonl");
    CommandRun cli = new CommandRun();
    assertThat(cli.run("extract", seed.toString(), "--include-text", "--out", out.toString())).isZero();
    assertThat(cli.err()).isEmpty();
    JsonNode article = ExtractionJson.mapper().readTree(Files.readAllLines(out).get(0));
    String text = article.get("text").asText().strip();
    assertThat(text).endsWith("potential establishment of an external nonprofit through a governance structure.");
    assertThat(text).doesNotContain(
        List.of("Related posts", "Chloe Taylor", "TSMC Returns", "This website uses cookies", "CoinGecko", "Freepik"));
    assertThat(article.get("title").asText() + text).contains("Meta and IBM Join Forces");
  }
}
