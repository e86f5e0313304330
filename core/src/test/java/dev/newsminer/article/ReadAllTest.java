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

/** Reading a path into articles in one line, strictly or past bad input. */
class ReadAllTest {

  @TempDir Path dir;

  @Test
  void aFolderIsReadInFileOrderThenRecordOrder() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Harbor Foods to build a plant\nHarbor Foods will spend $40 million.");
    Files.writeString(dir.resolve("b.jsonl"),
        "{\"title\": \"One\", \"text\": \"First story.\"}\n{\"title\": \"Two\", \"text\": \"Second story.\"}\n");

    List<Article> articles = ArticleFiles.readAll(dir);

    assertThat(articles).extracting(Article::title).containsExactly("Harbor Foods to build a plant", "One", "Two");
  }

  @Test
  void strictReadingNamesTheFirstBadRecord() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("news.jsonl"), "{\"title\": \"One\", \"text\": \"Fine.\"}\n{broken\n");

    assertThatThrownBy(() -> ArticleFiles.readAll(jsonl))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(jsonl + ": line 2: ");
  }

  @Test
  void lenientReadingKeepsTheGoodArticlesAndReportsTheRest() throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), "{\"title\": \"One\", \"text\": \"Fine.\"}\n{broken\n");
    Files.write(dir.resolve("b.txt"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    List<ReadProblem> problems = new ArrayList<>();

    List<Article> articles = ArticleFiles.readAll(dir, problems::add);

    assertThat(articles).extracting(Article::title).containsExactly("One");
    assertThat(problems).extracting(ReadProblem::source)
        .containsExactly(dir.resolve("a.jsonl").toString(), dir.resolve("b.txt").toString());
  }
}
