package dev.newsminer.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

  @TempDir Path dir;

  @Test
  void listsSupportedFilesRecursivelyInStableOrder() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    for (String name : List.of("b/c/z.txt", "b/a.jsonl", "a.json", "notes.md", "b/c/image.png", "b/2.txt")) {
      Files.writeString(dir.resolve(name), "x\ny");
    }
    List<ReadProblem> problems = new ArrayList<>();
    List<Path> files = ArticleFiles.list(List.of(dir, dir.resolve("missing")), problems::add);
    assertThat(files).extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
        .containsExactly("a.json", "b/2.txt", "b/a.jsonl", "b/c/z.txt");
    assertThat(problems).singleElement().extracting(ReadProblem::reason).isEqualTo("no such file or folder");
  }

  @Test
  void unsupportedFormatIsAClearError() throws IOException {
    Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF");
    assertThat(ArticleFiles.isSupported(pdf)).isFalse();
    assertThatThrownBy(() -> ArticleFiles.read(pdf, TextArticleReaderTest.sinkInto(new ArrayList<>(), new ArrayList<>())))
        .hasMessageContaining("unsupported file type");
  }

  @Test
  void fileRemovedOrMadeUnreadableAfterListingIsAClearError() throws IOException {
    Path gone = Files.writeString(dir.resolve("gone.txt"), "Title\nBody.");
    Path locked = Files.writeString(dir.resolve("locked.txt"), "Title\nBody.");
    List<Path> files = ArticleFiles.list(List.of(dir), p -> { });
    assertThat(files).containsExactly(gone, locked);
    Files.delete(gone);
    assertThatThrownBy(() -> ArticleFiles.read(gone, TextArticleReaderTest.sinkInto(new ArrayList<>(), new ArrayList<>())))
        .isInstanceOf(IOException.class).hasMessage("file not found");
    locked.toFile().setReadable(false, false);
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root: files stay readable");
    assertThatThrownBy(() -> ArticleFiles.read(locked, TextArticleReaderTest.sinkInto(new ArrayList<>(), new ArrayList<>())))
        .isInstanceOf(IOException.class).hasMessage("permission denied");
  }

  @Test
  void symbolicLinkLoopIsReportedOnceAndTheRestIsListed() throws IOException {
    Path good = Files.writeString(dir.resolve("a.txt"), "Title\nBody.");
    Files.createSymbolicLink(Files.createDirectories(dir.resolve("sub")).resolve("loop"), dir);
    List<ReadProblem> problems = new ArrayList<>();
    assertThat(ArticleFiles.list(List.of(dir), problems::add)).containsExactly(good);
    assertThat(problems).singleElement().hasToString(dir.resolve("sub/loop") + ": symbolic link loop, skipped");
  }
}
