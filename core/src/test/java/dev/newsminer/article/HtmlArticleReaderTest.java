package dev.newsminer.article;

import static dev.newsminer.article.TextArticleReaderTest.sinkInto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlArticleReaderTest {

  @TempDir Path dir;

  private static String resource(String name) throws IOException {
    try (InputStream in = HtmlArticleReaderTest.class.getResourceAsStream("/htmlpages/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Article readPage(String name) throws IOException {
    Path file = Files.writeString(dir.resolve(name), resource(name));
    List<Article> articles = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    ArticleFiles.read(file, sinkInto(articles, problems));
    assertThat(problems).isEmpty();
    return articles.get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"wordpress-related-posts", "json-ld", "nested-divs", "comments", "ad-wrapper",
      "misleading-classes", "split-body", "teasers", "teasers-in-article"})
  void extractsExactlyTheBodyParagraphsOfCommonPageShapes(String page) throws IOException {
    Article article = readPage(page + ".html");
    assertThat(article.text()).isEqualTo(resource(page + ".expected.txt").strip());
  }

  @Test
  void readsTheDateOfAVisibleBylineAndOfJsonLdThatIsNotStrictJson() throws IOException {
    assertThat(readPage("ad-wrapper.html").published()).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(readPage("split-body.html").published()).isEqualTo(LocalDate.of(2022, 9, 27));
    assertThat(readPage("teasers-in-article.html").published()).isEqualTo(LocalDate.of(2023, 2, 14));
  }

  @Test
  void aPageWithNoConfidentStoryKeepsItsTitleDateAndBestTextWithAWarning() throws IOException {
    Article a = readPage("no-story.html");
    assertThat(a.title()).isEqualTo("In pictures: the Calloway Motors plant opening");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 22));
    assertThat(a.text()).contains("Calloway Motors opened its plant in Monday's snow.").doesNotContain("About us");
    assertThat(a.warnings()).singleElement().asString().contains("no confident story");
    assertThat(readPage("ad-wrapper.html").warnings()).isEmpty();
  }

  @Test
  void readsTitleCanonicalUrlAndDateOfAWordPressPost() throws IOException {
    Article a = readPage("wordpress-related-posts.html");
    assertThat(a.title()).isEqualTo("Harbor Line Transit orders 40 electric ferries");
    assertThat(a.url()).isEqualTo("https://coastal-ledger.example/2024/03/harbor-line-electric-ferries/");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 14));
  }

  @Test
  void readsTheDateFromJsonLdAndTheTitleFromH1() throws IOException {
    Article a = readPage("json-ld.html");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 6, 3));
    assertThat(a.title()).isEqualTo("Granary Foods to buy Meadowfield Dairy for $2.1 billion");
    assertThat(a.url()).isEqualTo("https://markets-wire.example/deals/granary-meadowfield-2024");
  }

  @Test
  void fallsBackToTimeElementAndTitleTag() throws IOException {
    Article a = parse("<html><head><title>Only the title</title></head><body><article>"
        + "<time datetime=\"2023-11-02T09:00\">Nov 2</time><p>" + sentence(40) + "</p></article></body></html>");
    assertThat(a.title()).isEqualTo("Only the title");
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 11, 2));
    assertThat(a.url()).isNull();
    assertThat(pageWithOgTitleAndH1().title()).isEqualTo("The og title");
  }

  private static Article pageWithOgTitleAndH1() throws IOException {
    return parse("<html><head><meta property=\"og:title\" content=\"The og title\"></head><body><h1>The h1</h1><p>"
        + sentence(30) + "</p></body></html>");
  }

  @Test
  void decodesTheCharsetThePageDeclares() throws IOException {
    String page = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 chain expands</title></head><body><p>"
        + "The caf\u00e9 chain said it would open \u201cforty\u201d new shops. " + sentence(20) + "</p></body></html>";
    Path file = dir.resolve("cp1252.html");
    Files.write(file, page.getBytes(Charset.forName("windows-1252")));
    List<Article> found = new ArrayList<>();
    ArticleFiles.read(file, sinkInto(found, new ArrayList<>()));
    assertThat(found.get(0).title()).isEqualTo("Caf\u00e9 chain expands");
    assertThat(found.get(0).text()).startsWith("The caf\u00e9 chain said it would open \u201cforty\u201d new shops.");
  }

  @Test
  void keepsTheStoryAndDropsAHeavilyLinkedMenuOnAPageWithoutHints() throws IOException {
    StringBuilder page = new StringBuilder("<html><body><div>");
    for (int i = 0; i < 30; i++) {
      page.append("<div><a href=\"/s/").append(i).append("\">Section number ").append(i).append("</a></div>");
    }
    page.append("</div><div><p>").append(sentence(25)).append("</p><p>").append(sentence(18)).append("</p></div></body></html>");
    Article a = parse(page.toString());
    assertThat(a.text()).isEqualTo(sentence(25) + "\n\n" + sentence(18));
  }

  @Test
  void survivesAPageNested100000LevelsDeep() throws IOException {
    StringBuilder page = new StringBuilder(1_300_000).append("<html><body>");
    page.append("<div>".repeat(100_000)).append("<p>").append(sentence(30)).append("</p>");
    page.append("</div>".repeat(100_000)).append("</body></html>");
    Article a = parse(page.toString());
    assertThat(a.text()).isEqualTo(sentence(30));
  }

  @Test
  void rejectsAPageWithoutStoryText() {
    assertThatThrownBy(() -> parse("<html><body><nav><a href=\"/\">Home</a></nav></body></html>"))
        .isInstanceOf(IOException.class).hasMessage("no article text found in the page");
    assertThatThrownBy(() -> parse("   \n  ")).hasMessage("empty page (no text)");
  }

  @Test
  void rejectsAPageOverTheByteLimit() throws IOException {
    Path file = Files.writeString(dir.resolve("big.html"), "<html><body><p>" + "word ".repeat(1000) + "</p></body></html>");
    assertThatThrownBy(() -> ArticleFiles.read(file, ReadLimits.DEFAULT.withMaxInputBytes(1000),
        sinkInto(new ArrayList<>(), new ArrayList<>())))
        .hasMessage("input too large (limit 1000 bytes); got more");
  }

  @Test
  void reportsAnArticleOverTheTextLimit() throws IOException {
    Path file = Files.writeString(dir.resolve("long.html"), "<html><body><p>" + sentence(200) + "</p></body></html>");
    List<ReadProblem> problems = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    ArticleFiles.read(file, ReadLimits.DEFAULT.withMaxTextChars(100), sinkInto(articles, problems));
    assertThat(articles).isEmpty();
    assertThat(problems).singleElement().extracting(ReadProblem::reason).asString()
        .startsWith("article text too long (limit 100 chars); got ");
  }

  static Article parse(String html) throws IOException {
    return HtmlArticleReader.parse(html.getBytes(StandardCharsets.UTF_8), null, "test.html", null, null);
  }

  /** A plain sentence of {@code words} words. */
  static String sentence(int words) {
    StringBuilder s = new StringBuilder("Acme");
    for (int i = 1; i < words; i++) {
      s.append(' ').append(i % 7 == 0 ? "investors" : i % 3 == 0 ? "said" : "the");
    }
    return s.append('.').toString();
  }
}
