package dev.newsminer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NewsMinerTest {

  private static final NewsMiner MINER = NewsMiner.english();

  @Test
  void extractsSentencesWhoseOffsetsMapBackToTheText() throws IOException {
    List<Article> examples = read(List.of(SharedData.examples()));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
    for (Article article : examples) {
      Extraction x = MINER.extract(article);
      String text = article.text();
      assertThat(x.sentences()).isNotEmpty();
      for (Sentence s : x.sentences()) {
        assertThat(s.start()).isBetween(0, s.end());
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        for (Token t : s.tokens()) {
          assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
      }
      assertThat(x.errors()).isEmpty();
    }
  }

  @Test
  void articleOverTheLimitGetsAnErrorInsteadOfAnException() {
    NewsMiner small = NewsMiner.builder().maxTextChars(100).build();
    Extraction x = small.extract(Article.of("big.txt", "Big", "word ".repeat(50)));
    assertThat(x.sentences()).isEmpty();
    assertThat(x.errors()).singleElement().asString().contains("text too long: 250 chars");
  }

  @Test
  void fourThreadsGiveTheSameOutputAsOne() throws Exception {
    List<Path> inputs = new ArrayList<>(List.of(SharedData.examples()));
    List<Article> articles = new ArrayList<>(read(inputs));
    try {
      articles.addAll(read(SharedData.reuters(500)));
    } catch (org.opentest4j.TestAbortedException absent) {
      // ../shared is absent: the examples alone still check thread safety
    }
    List<String> single = new ArrayList<>();
    for (Article a : articles) {
      single.add(ExtractionJson.toJson(MINER.extract(a), true));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> ExtractionJson.toJson(MINER.extract(a), true)));
      }
      for (int i = 0; i < articles.size(); i++) {
        assertThat(futures.get(i).get()).as(articles.get(i).source()).isEqualTo(single.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static List<Article> read(List<Path> paths) throws IOException {
    List<Article> articles = new ArrayList<>();
    for (Path path : paths) {
      articles.addAll(ArticleFiles.readAll(path));
    }
    return articles;
  }
}
