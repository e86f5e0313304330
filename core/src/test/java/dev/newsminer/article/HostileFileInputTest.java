package dev.newsminer.article;

import static dev.newsminer.article.TextArticleReaderTest.sinkInto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs an attacker or an unlucky user hands the readers: each is read to its end or refused with a reason. */
class HostileFileInputTest {

  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<ReadProblem> problems = new ArrayList<>();

  @Test
  void aJsonArrayIsReadToItsEndAndEachElementThatIsNotAnArticleIsReported() throws IOException {
    Path file = Files.writeString(dir.resolve("mixed.json"), """
        [{"title": "A1", "text": "First body."},
         5,
         {"title": "A3", "text": "Third body."},
         ["x", {"title": "inner"}],
         "text",
         {"title": "A6", "text": "Sixth body."}]
        """);
    ArticleFiles.read(file, sinkInto(articles, problems));

    assertThat(articles).extracting(Article::title).containsExactly("A1", "A3", "A6");
    assertThat(problems).extracting(ReadProblem::location)
        .containsExactly("record 2 (line 2)", "record 4 (line 4)", "record 5 (line 5)");
    assertThat(problems).extracting(ReadProblem::reason).containsExactly(
        "expected a JSON object (an article); got a number", "expected a JSON object (an article); got an array",
        "expected a JSON object (an article); got a string");
  }

  @Test
  void deeplyNestedJsonIsRefusedWithAOneLineReason() throws IOException {
    Path array = Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000) + "]".repeat(100_000));
    assertThatThrownBy(() -> ArticleFiles.read(array, sinkInto(articles, problems)))
        .isInstanceOf(IOException.class).hasMessageContaining("nested deeper than " + JsonArticleReader.MAX_NESTING);

    String deepObject = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
    Path lines = Files.writeString(dir.resolve("deep.jsonl"),
        "{\"title\": \"Good\", \"text\": \"A good body.\"}\n" + deepObject + "\n"
            + "{\"title\": \"Also good\", \"text\": \"Another body.\"}\n");
    ArticleFiles.read(lines, sinkInto(articles, problems));
    assertThat(articles).extracting(Article::title).containsExactly("Good", "Also good");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("line 2");
      assertThat(p.reason()).contains("nested deeper than").doesNotContain("Exception").doesNotContain("\n");
    });
  }

  @Test
  void aUtf8ByteOrderMarkKeepsTheFirstLineOfJsonLines() throws IOException {
    byte[] body = "{\"title\": \"One\", \"text\": \"Body one.\"}\n{\"title\": \"Two\", \"text\": \"Body two.\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    ArticleFiles.read(Files.write(dir.resolve("bom.jsonl"), withBom), sinkInto(articles, problems));

    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::title).containsExactly("One", "Two");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsReadAsText() throws IOException {
    String story = "Siemens to build plant\nSiemens said on Monday it will build a plant near Lyon.\n";
    ArticleFiles.read(Files.write(dir.resolve("le.txt"), story.getBytes(StandardCharsets.UTF_16LE)),
        sinkInto(articles, problems));
    ArticleFiles.read(Files.write(dir.resolve("be.jsonl"),
        "{\"title\": \"Big end\", \"text\": \"Body in UTF-16BE.\"}\n".getBytes(StandardCharsets.UTF_16BE)),
        sinkInto(articles, problems));
    ArticleFiles.read(Files.write(dir.resolve("le.json"),
        "[{\"title\": \"Little end\", \"text\": \"Body in UTF-16LE.\"}]".getBytes(StandardCharsets.UTF_16LE)),
        sinkInto(articles, problems));

    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::title).containsExactly("Siemens to build plant", "Big end", "Little end");
    assertThat(articles.get(0).text()).isEqualTo("Siemens said on Monday it will build a plant near Lyon.");
  }

  @Test
  void aFifoIsSkippedWithAReasonInsteadOfBlockingTheRun() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no mkfifo on this system");
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    Files.writeString(dir.resolve("good.txt"), "Headline\nA body.\n");
    List<ReadProblem> listed = new ArrayList<>();

    List<Path> named = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> ArticleFiles.list(List.of(fifo), listed::add));
    List<Path> walked = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> ArticleFiles.list(List.of(dir), listed::add));

    assertThat(named).isEmpty();
    assertThat(walked).containsExactly(dir.resolve("good.txt"));
    assertThat(listed).extracting(ReadProblem::source).containsExactly(fifo.toString(), fifo.toString());
    assertThat(listed).allSatisfy(p -> assertThat(p.reason()).contains("not a regular file"));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
        () -> ArticleFiles.read(fifo, sinkInto(articles, problems))).hasMessageContaining("not a regular file"));
  }
}
