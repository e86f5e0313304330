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

class ExtractCommandTest {

  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  private Path articles() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in/sub"));
    for (int i = 0; i < 12; i++) {
      Files.writeString(in.resolve("a" + (char) ('a' + i) + ".txt"),
          "HEADLINE " + i + "\nAcme Corp said it will invest " + i + " mln dlrs in a plant. It has 500 workers.\n");
    }
    Files.writeString(in.resolve("feed.jsonl"), "{\"title\": \"T\", \"text\": \"One.\"}\n{broken\n{\"title\": \"U\", \"text\": \"Two.\"}\n");
    return dir.resolve("in");
  }

  @Test
  void writesOneLinePerArticleInInputOrderWhateverTheThreads() throws IOException {
    Path in = articles();
    Path one = dir.resolve("one.jsonl");
    Path four = dir.resolve("four.jsonl");
    Path stats = dir.resolve("stats.json");
    assertThat(cli.run("extract", in.toString(), "--out", one.toString(), "--threads", "1")).isEqualTo(1);
    assertThat(cli.run("extract", in.toString(), "--out", four.toString(), "--threads", "4", "--stats", stats.toString()))
        .isEqualTo(1);
    List<String> lines = Files.readAllLines(one);
    assertThat(lines).hasSize(14);
    assertThat(Files.readAllLines(four)).isEqualTo(lines);
    assertThat(ExtractionJson.mapper().readTree(lines.get(0)).get("title").asText()).isEqualTo("HEADLINE 0");
    assertThat(ExtractionJson.mapper().readTree(lines.get(11)).get("title").asText()).isEqualTo("HEADLINE 11");
    assertThat(ExtractionJson.mapper().readTree(lines.get(12)).get("title").asText()).isEqualTo("T");

    JsonNode s = ExtractionJson.mapper().readTree(stats.toFile());
    assertThat(s.get("articles").asInt()).isEqualTo(14);
    assertThat(s.get("failed").asInt()).isEqualTo(1);
    assertThat(s.get("tokens").asInt()).isGreaterThan(14 * 3);
    for (String field : List.of("seconds", "articles_per_s", "tokens_per_s", "startup_seconds", "processing_seconds",
        "processing_articles_per_s", "processing_tokens_per_s")) {
      assertThat(s.get(field).isNumber()).as(field).isTrue();
    }
    assertThat(s.get("failures").get(0).get("source").asText()).endsWith("feed.jsonl:line 2");
    assertThat(cli.err()).contains("feed.jsonl: line 2: not valid JSON");
  }

  @Test
  void exitsZeroWhenEverythingWasRead() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "Title\nBody.");
    assertThat(cli.run("extract", file.toString(), "--out", dir.resolve("o.jsonl").toString())).isZero();
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void exitsOneAndGoesOnWhenAnInputFails() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Title\nBody.");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path out = dir.resolve("o.jsonl");
    assertThat(cli.run("extract", empty.toString(), dir.resolve("missing.txt").toString(), good.toString(),
        "--out", out.toString())).isEqualTo(1);
    assertThat(Files.readAllLines(out)).hasSize(1);
    assertThat(cli.err().lines()).containsExactly(
        dir.resolve("missing.txt") + ": no such file or folder",
        empty + ": empty article (no text)");
  }

  @Test
  void exitsTwoWithOneLineOnUsageErrors() {
    assertThat(cli.run("extract")).isEqualTo(2);
    assertThat(cli.run("extract", "x.txt", "--threads", "0")).isEqualTo(2);
    assertThat(cli.run("extract", "x.txt", "--threads", "many")).isEqualTo(2);
    assertThat(cli.run("nonsense")).isEqualTo(2);
    assertThat(cli.err().lines()).hasSize(4).allMatch(l -> l.startsWith("newsminer: "));
  }
}
