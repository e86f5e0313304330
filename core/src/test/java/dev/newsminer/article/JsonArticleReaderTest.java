package dev.newsminer.article;

import static dev.newsminer.article.TextArticleReaderTest.sinkInto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArticleReaderTest {

  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<ReadProblem> problems = new ArrayList<>();

  @Test
  void readsJsonLinesAndReportsTheBrokenLineByNumber() throws IOException {
    Path file = write("feed.jsonl", """
        {"id": "a1", "title": "First", "text": "Body one.", "url": "https://x.example/1", "published": "2024-05-29T10:00:00Z"}
        {"title": "Second", "body": "Body two.", "date": "Mon, 03 Jun 2024 08:00:00 GMT", "extra": [1, 2]}
        {"title": "Broken", "text": "no closing brace"
        {"title": "Fourth", "content": "Body four."}
        {"title": "No text"}
        """);
    ArticleFiles.read(file, sinkInto(articles, problems));

    assertThat(articles).extracting(Article::title).containsExactly("First", "Second", "Fourth");
    assertThat(articles.get(0).id()).isEqualTo("a1");
    assertThat(articles.get(0).url()).isEqualTo("https://x.example/1");
    assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2024, 5, 29));
    assertThat(articles.get(1).text()).isEqualTo("Body two.");
    assertThat(articles.get(1).published()).isEqualTo(LocalDate.of(2024, 6, 3));
    assertThat(articles.get(1).id()).isEqualTo(Article.contentId("Second", "Body two."));
    assertThat(problems).extracting(ReadProblem::location).containsExactly("line 3", "line 5");
    assertThat(problems.get(0).toString()).startsWith(file + ": line 3: not valid JSON");
  }

  @Test
  void readsAJsonArrayOrASingleObject() throws IOException {
    ArticleFiles.read(write("many.json", """
        [{"title": "A", "text": "Alpha."}, {"title": "B", "text": "Beta."}]
        """), sinkInto(articles, problems));
    ArticleFiles.read(write("one.json", "{\"title\": \"C\", \"text\": \"Gamma.\"}"), sinkInto(articles, problems));
    assertThat(articles).extracting(Article::text).containsExactly("Alpha.", "Beta.", "Gamma.");
    assertThat(problems).isEmpty();
  }

  @Test
  void brokenJsonDocumentFailsWithItsLine() throws IOException {
    Path file = write("bad.json", "[\n{\"title\": \"A\", \"text\": \"Alpha.\"},\n{oops}\n]");
    assertThatThrownBy(() -> ArticleFiles.read(file, sinkInto(articles, problems)))
        .isInstanceOf(IOException.class).hasMessageContaining("line 3");
    assertThat(articles).extracting(Article::title).containsExactly("A");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
