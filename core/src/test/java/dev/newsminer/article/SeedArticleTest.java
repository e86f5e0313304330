package dev.newsminer.article;

import static dev.newsminer.article.TextArticleReaderTest.sinkInto;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article of issue 3 (a scraped page with "Related posts", a cookie notice and a plugin
 * message below the story), as text and as an HTML rendering of the same page.
 */
class SeedArticleTest {

  /** The strings that {@code shared/checks/seed_check.py text} looks for. */
  static final List<String> BOILERPLATE = List.of(
      "Related posts", "Chloe Taylor", "TSMC Returns", "This website uses cookies", "CoinGecko", "Freepik");
  static final String LAST_WORDS = "potential establishment of an external nonprofit through a governance structure.";

  @TempDir Path dir;

  private static Path seed() {
    return SharedData.shared("examples/seed-article.txt");
  }

  private static Article readOne(Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    ArticleFiles.read(file, sinkInto(articles, problems));
    assertThat(problems).isEmpty();
    assertThat(articles).hasSize(1);
    return articles.get(0);
  }

  @Test
  void textSeedKeepsTheStoryToItsLastSentenceAndNothingAfter() throws IOException {
    Article a = readOne(seed());
    assertThat(a.title()).isEqualTo("Meta and IBM Join Forces for Cross-Industry AI Collaboration");
    assertThat(a.text()).startsWith("Traditional computing stalwarts").endsWith(LAST_WORDS);
    assertThat(a.text()).doesNotContain(BOILERPLATE);
    assertThat(a.text()).doesNotContain("Sony Warns", "Christian Green", "Trudeau", "Cheryl");
  }

  @Test
  void htmlRenderingOfTheSeedPageGivesTheSameText() throws IOException {
    Article fromText = readOne(seed());
    Path page = Files.writeString(dir.resolve("seed.html"), renderAsWebPage(seed()));
    Article fromHtml = readOne(page);
    assertThat(fromHtml.title()).isEqualTo(fromText.title());
    assertThat(fromHtml.published()).isEqualTo(fromText.published());
    assertThat(fromHtml.text()).endsWith(LAST_WORDS).doesNotContain(BOILERPLATE);
    assertThat(fromHtml.text()).isEqualTo(fromText.text());
  }

  /**
   * Builds the web page the seed text was copied from, as a typical news theme renders it: the
   * story in {@code <article>}, the image credit in a caption, the related posts in an
   * {@code <aside>} as a list of links with their authors, a cookie banner {@code <div>} and the
   * plugin's error message.
   */
  static String renderAsWebPage(Path seedFile) throws IOException {
    List<String> lines = Files.readAllLines(seedFile, StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    String date = lines.get(0);
    String title = lines.get(1);
    int credit = indexStarting(lines, "Image by");
    int related = lines.indexOf("Related posts");
    int cookie = indexStarting(lines, "This website uses cookies");
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append(" - AI News Desk</title></head><body>")
        .append("<header class=\"site-header\"><a href=\"/\">AI News Desk</a><nav><ul><li><a href=\"/ai\">AI</a></li>")
        .append("<li><a href=\"/chips\">Chips</a></li><li><a href=\"/policy\">Policy</a></li></ul></nav></header>")
        .append("<main><article><h1>").append(esc(title)).append("</h1><div class=\"post-date\"><time datetime=\"")
        .append(PublishedDates.parse(date)).append("\">").append(esc(date)).append("</time></div>");
    for (int i = 3; i < credit; i++) {
      html.append("<p>").append(esc(lines.get(i))).append("</p>");
    }
    html.append("<figure><img src=\"/img/alliance.jpg\" alt=\"\"><figcaption>").append(esc(lines.get(credit)))
        .append("</figcaption></figure></article>");
    html.append("<aside class=\"related\"><h3>").append(esc(lines.get(related))).append("</h3><ul>");
    for (int i = related + 1; i + 1 < cookie; i += 2) {
      html.append("<li><a href=\"/post/").append(i).append("\">").append(esc(lines.get(i))).append("</a><span class=\"author\">")
          .append(esc(lines.get(i + 1))).append("</span></li>");
    }
    html.append("</ul></aside></main>");
    html.append("<div id=\"cookie-notice\" class=\"cookie-banner\">").append(esc(lines.get(cookie))).append("</div>");
    for (int i = cookie + 1; i < lines.size(); i++) {
      html.append("<div class=\"gecko-widget\"><p>").append(esc(lines.get(i))).append("</p></div>");
    }
    return html.append("</body></html>").toString();
  }

  private static int indexStarting(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }
}
