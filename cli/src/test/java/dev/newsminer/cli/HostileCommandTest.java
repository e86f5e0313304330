package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import dev.newsminer.article.ReadProblem;
import dev.newsminer.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against an attacker or a careless user: nothing of the user's is destroyed, no
 * batch stops on one bad record, and every error is one line (exit 2 only for usage), without a
 * stack trace or a Java class name.
 */
class HostileCommandTest {

  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  private Path feed(String name, int lines) throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      s.append("{\"title\": \"Story ").append(i).append("\", \"text\": \"Siemens said it will invest ").append(i)
          .append(" mln dlrs in a plant.\"}\n");
    }
    return Files.writeString(dir.resolve(name), s);
  }

  private void assertOneLineContract() {
    List<String> lines = cli.err().lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("newsminer: ").doesNotContain("Exception").doesNotContain("Error")
        .doesNotContain("java.").hasSizeLessThanOrEqualTo(Main.MAX_MESSAGE_CHARS + 20);
  }

  @Test
  void anOutputThatIsAlsoAnInputIsRefusedAndTheInputIsKept() throws IOException {
    Path feed = feed("feed.jsonl", 20);
    String before = Files.readString(feed);

    assertThat(cli.run("extract", feed.toString(), "--out", feed.toString())).isEqualTo(2);
    assertThat(cli.run("extract", dir.toString(), "--out", dir.resolve("./feed.jsonl").toString())).isEqualTo(2);
    assertThat(cli.run("extract", dir.toString(), "--out", dir.resolve("new.jsonl").toString())).isEqualTo(2);
    assertThat(cli.run("extract", feed.toString(), "--stats", feed.toString())).isEqualTo(2);

    assertThat(Files.readString(feed)).isEqualTo(before);
    assertThat(dir.resolve("new.jsonl")).doesNotExist();
    assertThat(cli.err().lines()).hasSize(4).allMatch(l -> l.contains("input"));
  }

  @Test
  void anIndexFolderThatHoldsOtherFilesIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("drafts"));
    for (String name : List.of("_draft.txt", "_a.doc", "_1.cfs", "_0.si.bak")) {
      Files.writeString(folder.resolve(name), "mine: " + name);
    }
    Path in = feed("in.jsonl", 2);

    assertThat(cli.run("index", in.toString(), "--index", folder.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("holds files and no index");
    assertOneLineContract();
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("_draft.txt", "_a.doc", "_1.cfs", "_0.si.bak");
    }
  }

  @Test
  void aSecondWriterIsRefusedAtOnceWithOneLine() throws IOException {
    Path in = feed("in.jsonl", 2);
    Path index = dir.resolve("ix");
    try (ArticleIndex held = ArticleIndex.open(index)) {
      assertThat(cli.run("index", in.toString(), "--index", index.toString())).isEqualTo(1);
    }
    assertThat(cli.err()).contains("being written by another process");
    assertOneLineContract();
  }

  @Test
  void anIndexPathThatIsAFileIsAUsageErrorWithoutAClassName() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "my notes");
    assertThat(cli.run("index", file.toString(), "--index", file.toString())).isEqualTo(2);
    assertThat(cli.run("search", "x", "--index", file.toString())).isEqualTo(2);
    assertThat(cli.err().lines()).hasSize(2).allMatch(l -> l.contains("is a file") && !l.contains("Exception"));
    assertThat(Files.readString(file)).isEqualTo("my notes");
  }

  @Test
  void aLoneSurrogateDoesNotStopTheBatch() throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 21; i++) {
      String text = i == 5 ? "Broken \\ud800 text from a bad scraper." : "Plain story number " + i + ".";
      s.append("{\"title\": \"T").append(i).append("\", \"text\": \"").append(text).append("\"}\n");
    }
    Path in = Files.writeString(dir.resolve("in.jsonl"), s);
    Path out = dir.resolve("out.result");

    assertThat(cli.run("extract", in.toString(), "--out", out.toString(), "--include-text")).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(21);
    assertThat(ExtractionJson.mapper().readTree(lines.get(5)).get("text").asText()).isEqualTo("Broken ? text from a bad scraper.");
  }

  @Test
  void theStatsKeepTheFirstFailuresAndCountsByReasonOnly() {
    RunStats stats = new RunStats();
    for (int i = 0; i < 30_000; i++) {
      stats.failed(new ReadProblem("junk.jsonl", "line " + i, i % 3 == 0
          ? "not valid JSON (Unexpected character ('" + (char) ('a' + i % 26) + "' (code " + i + "))"
          : "no article text (fields text, body or content)"));
    }
    assertThat(stats.failed()).isEqualTo(30_000);
    assertThat(stats.failures()).hasSize(RunStats.MAX_FAILURES);
    assertThat(stats.failures().get(0).source()).isEqualTo("junk.jsonl:line 0");
    assertThat(stats.failuresByReason()).containsOnly(
        org.assertj.core.api.Assertions.entry("not valid JSON", 10_000L),
        org.assertj.core.api.Assertions.entry("no article text", 20_000L));
    for (int i = 0; i < 1000; i++) {
      stats.failed(new ReadProblem("x", "", "reason number " + (char) ('A' + i % 60) + (char) ('a' + i / 60)));
    }
    assertThat(stats.failuresByReason()).hasSize(RunStats.MAX_REASONS + 1)
        .containsKey(RunStats.OTHER_REASONS);
  }

  @Test
  void statsAreWrittenWithTheirBoundedFailures() throws IOException {
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      junk.append("junk ").append(i).append('\n');
    }
    Path in = Files.writeString(dir.resolve("junk.jsonl"), junk);
    Path stats = dir.resolve("stats.result");
    assertThat(cli.run("extract", in.toString(), "--out", dir.resolve("o.result").toString(), "--stats",
        stats.toString())).isEqualTo(1);
    JsonNode s = ExtractionJson.mapper().readTree(stats.toFile());
    assertThat(s.get("failed").asInt()).isEqualTo(500);
    assertThat(s.get("failures")).hasSize(RunStats.MAX_FAILURES);
    assertThat(s.get("failures_by_reason").get("not valid JSON").asInt()).isEqualTo(500);
  }

  @Test
  void queryAndIndexErrorsAreOneLineWithTheRightExitCode() throws IOException {
    Path in = feed("in.jsonl", 3);
    Path index = dir.resolve("ix");
    assertThat(cli.run("index", in.toString(), "--index", index.toString())).isZero();

    String nested = "(".repeat(10_000) + "plant" + ")".repeat(10_000);
    assertSearchFails(2, nested, "nested deeper than");
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      terms.append(i == 0 ? "" : " OR ").append("term").append(i);
    }
    assertSearchFails(2, terms.toString(), "too many");
    assertSearchFails(2, "plant AND (", "invalid query");
    assertThat(new CommandRun().run("search", "plant", "--index", index.toString(), "--min-amount", "NaN"))
        .isEqualTo(2);

    Path cfs;
    try (Stream<Path> files = Files.list(index)) {
      cfs = files.filter(p -> p.getFileName().toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
    byte[] compound = Files.readAllBytes(cfs);
    byte[] original = compound.clone();
    compound[compound.length - 1] ^= 0x55; // the stored checksum: only reading the whole file finds it wrong
    Files.write(cfs, compound);
    assertSearchFails(1, "plant", "corrupt");
    Files.write(cfs, original);

    Path segments;
    try (Stream<Path> files = Files.list(index)) {
      segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(segments);
    for (int i = 10; i < bytes.length - 20; i++) {
      bytes[i] = (byte) 0x5A;
    }
    Files.write(segments, bytes);
    assertSearchFails(1, "plant", "corrupt");
  }

  private void assertSearchFails(int exit, String query, String says) {
    CommandRun run = new CommandRun();
    assertThat(run.run("search", query, "--index", dir.resolve("ix").toString())).as(says).isEqualTo(exit);
    List<String> lines = run.err().lines().toList();
    assertThat(lines).as(says).hasSize(1);
    assertThat(lines.get(0)).contains(says).doesNotContain("Exception").doesNotContain("java.")
        .hasSizeLessThanOrEqualTo(Main.MAX_MESSAGE_CHARS + 20);
  }
}
