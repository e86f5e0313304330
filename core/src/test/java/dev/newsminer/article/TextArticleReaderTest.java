package dev.newsminer.article;

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

class TextArticleReaderTest {

  @TempDir Path dir;

  @Test
  void readsHeadlineAndBody() throws IOException {
    Article a = TextArticleReader.parse("IBM TO FUND AI RESEARCH\nIBM said it will fund research.\nMore text.\n", "a.txt");
    assertThat(a.title()).isEqualTo("IBM TO FUND AI RESEARCH");
    assertThat(a.text()).isEqualTo("IBM said it will fund research.\nMore text.");
    assertThat(a.published()).isNull();
    assertThat(a.source()).isEqualTo("a.txt");
  }

  @Test
  void readsDatelineAsPublishedAndDropsRepeatedHeadline() throws IOException {
    String page = "May 29, 2024\nMeta and IBM Join Forces\n\nMeta and IBM Join Forces\n\nFirst paragraph.\n\nSecond.\n";
    Article a = TextArticleReader.parse(page, "seed.txt");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 29));
    assertThat(a.title()).isEqualTo("Meta and IBM Join Forces");
    assertThat(a.text()).isEqualTo("First paragraph.\n\nSecond.");
  }

  @Test
  void sameContentGetsSameIdWhereverItIsRead() throws IOException {
    Article a = TextArticleReader.parse("Title\nBody text.", "one/a.txt");
    Article b = TextArticleReader.parse("Title\nBody text.", "two/b.txt");
    Article c = TextArticleReader.parse("Title\nOther body.", "one/a.txt");
    assertThat(a.id()).isEqualTo(b.id()).isNotEqualTo(c.id());
  }

  @Test
  void rejectsEmptyAndBlankFiles() {
    assertThatThrownBy(() -> TextArticleReader.parse("", "e.txt")).hasMessageContaining("empty");
    assertThatThrownBy(() -> TextArticleReader.parse(" \n\t\n", "w.txt")).hasMessageContaining("empty");
  }

  @Test
  void readsWindows1252WhenNotUtf8() throws IOException {
    Path file = dir.resolve("old.txt");
    Files.write(file, new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n', 'B', 'o', 'd', 'y', '.'});
    List<Article> found = new ArrayList<>();
    ArticleFiles.read(file, sinkInto(found, new ArrayList<>()));
    assertThat(found).singleElement().extracting(Article::title).isEqualTo("Café");
  }

  @Test
  void refusesBinaryFiles() throws IOException {
    Path file = dir.resolve("binary.txt");
    Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    assertThatThrownBy(() -> ArticleFiles.read(file, sinkInto(new ArrayList<>(), new ArrayList<>())))
        .isInstanceOf(IOException.class).hasMessageContaining("not a text file");
  }

  static ArticleSink sinkInto(List<Article> articles, List<ReadProblem> problems) {
    return new ArticleSink() {
      @Override
      public void article(Article article) {
        articles.add(article);
      }

      @Override
      public void problem(ReadProblem problem) {
        problems.add(problem);
      }
    };
  }
}
