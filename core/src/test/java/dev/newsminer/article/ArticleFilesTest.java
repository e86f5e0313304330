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
}
