package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, as written by {@link BadInputCorpus}: every bad file is reported once with its path and
 * reason, every good article is still written, and nothing crashes, hangs or runs out of a 512 MB heap.
 */
class BadInputTest {

  @TempDir Path dir;

  @Test
  void everyBadInputIsReportedOnceAndTheRestIsRead() throws IOException {
    BadInputCorpus corpus = new BadInputCorpus(dir).small();
    CommandRun cli = new CommandRun();
    Path out = dir.resolve("out.jsonl.result");
    Path stats = dir.resolve("stats.json.result");
    int exit = cli.run("extract", dir.toString(), "--out", out.toString(), "--stats", stats.toString(),
        "--threads", "2");

    assertThat(exit).isEqualTo(1);
    assertReported(corpus.expected, cli.err().lines().toList());
    assertThat(Files.readAllLines(out)).hasSize(corpus.articles);
    JsonNode s = ExtractionJson.mapper().readTree(stats.toFile());
    assertThat(s.get("articles").asInt()).isEqualTo(corpus.articles);
    assertThat(s.get("failed").asInt()).isEqualTo(cli.err().lines().count());
  }

  @Test
  void hugeAndDeepInputsFitIn512MegabytesOfHeap() throws IOException, InterruptedException {
    BadInputCorpus corpus = new BadInputCorpus(dir).small().big();
    Path out = dir.resolve("out.jsonl.result");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "extract", dir.toString(), "--out", out.toString(), "--threads", "2")
        .redirectError(dir.resolve("stderr.result").toFile())
        .redirectOutput(dir.resolve("stdout.result").toFile())
        .start();
    if (!process.waitFor(240, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the run hung (no exit after 240 s)");
    }
    List<String> errors = Files.readAllLines(dir.resolve("stderr.result"));
    assertThat(errors).noneMatch(l -> l.contains("OutOfMemoryError") || l.contains("StackOverflowError"));
    assertThat(process.exitValue()).as(String.join("\n", errors)).isEqualTo(1);
    assertReported(corpus.expected, errors);
    assertThat(Files.readAllLines(out)).hasSize(corpus.articles);
  }

  /** Each expected failure appears on exactly one line, as "path: …reason…"; nothing else failed. */
  private void assertReported(Map<String, String> expected, List<String> errors) {
    int failures = 0;
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String path = dir.resolve(e.getKey()).toString();
      List<String> lines = errors.stream().filter(l -> l.startsWith(path + ":")).toList();
      if (e.getValue() == null) {
        assertThat(lines).as(e.getKey()).isEmpty();
      } else {
        failures++;
        assertThat(lines).as(e.getKey()).singleElement().asString().contains(e.getValue());
      }
    }
    assertThat(errors).as("failures").hasSize(failures);
  }

  @Test
  void childJvmSeesTheTestClasspath() {
    assertThat(System.getProperty("java.class.path")).contains(File.pathSeparator);
  }
}
