package dev.newsminer.article;

import static dev.newsminer.article.HtmlArticleReaderTest.sentence;
import static dev.newsminer.article.TextArticleReaderTest.sinkInto;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticleReaderTest {

  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<ReadProblem> problems = new ArrayList<>();

  /** Three HTML pages, a request and a PDF, as a crawler writes them. */
  static Path writeCrawl(Path file, WarcCompression compression) throws IOException {
    try (WarcWriter warc = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
      warc.write(new WarcRequest.Builder("https://news.example/a")
          .date(Instant.parse("2024-04-01T10:00:00Z"))
          .body(MediaType.HTTP_REQUEST, "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
          .build());
      warc.write(response("https://news.example/a", "2024-04-01T10:00:01Z", "text/html; charset=utf-8",
          page("First story", "", "Acme Corp opened a plant. " + sentence(20)).getBytes(StandardCharsets.UTF_8)));
      warc.write(response("https://news.example/b", "2024-04-02T11:30:00Z", "text/html; charset=windows-1252",
          page("Caf\u00e9 news", "<meta property=\"article:published_time\" content=\"2024-03-30\">",
              "The caf\u00e9 owners said so. " + sentence(20)).getBytes(Charset.forName("windows-1252"))));
      warc.write(response("https://news.example/report.pdf", "2024-04-02T12:00:00Z", "application/pdf",
          "%PDF-1.7 not really a pdf".getBytes(StandardCharsets.US_ASCII)));
      warc.write(response("https://news.example/c", "2024-04-03T23:59:59Z", "text/html",
          page("Third story", "<link rel=\"canonical\" href=\"https://news.example/stories/c\">", sentence(25))
              .getBytes(StandardCharsets.UTF_8)));
    }
    return file;
  }

  private static WarcResponse response(String url, String date, String contentType, byte[] body) throws IOException {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] http = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    return new WarcResponse.Builder(url).date(Instant.parse(date)).body(MediaType.HTTP_RESPONSE, http).build();
  }

  private static String page(String title, String head, String text) {
    return "<html><head><title>" + title + "</title>" + head + "</head><body><nav><a href=\"/\">Home</a></nav>"
        + "<article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>";
  }

  @Test
  void readsEveryHtmlResponseWithItsUrlAndDate() throws IOException {
    Path file = writeCrawl(dir.resolve("crawl.warc"), WarcCompression.NONE);
    ArticleFiles.read(file, sinkInto(articles, problems));
    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::title).containsExactly("First story", "Caf\u00e9 news", "Third story");
    assertThat(articles).extracting(Article::url)
        .containsExactly("https://news.example/a", "https://news.example/b", "https://news.example/stories/c");
    assertThat(articles).extracting(Article::published)
        .containsExactly(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 30), LocalDate.of(2024, 4, 3));
    assertThat(articles.get(1).text()).startsWith("The caf\u00e9 owners said so.");
    assertThat(articles.get(0).source()).isEqualTo("https://news.example/a");
  }

  @Test
  void readsCompressedArchives() throws IOException {
    Path file = writeCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
    ArticleFiles.read(file, sinkInto(articles, problems));
    assertThat(problems).isEmpty();
    assertThat(articles).hasSize(3);
  }

  @Test
  void truncatedArchiveKeepsTheArticlesBeforeTheCutAndReportsItOnce() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      articles.clear();
      problems.clear();
      String name = compression == WarcCompression.GZIP ? "cut.warc.gz" : "cut.warc";
      Path full = writeCrawl(dir.resolve("full-" + name), compression);
      byte[] bytes = Files.readAllBytes(full);
      Path cut = Files.write(dir.resolve(name), Arrays.copyOf(bytes, bytes.length - 120));
      ArticleFiles.read(cut, sinkInto(articles, problems));
      assertThat(articles).as(name).extracting(Article::title).containsExactly("First story", "Caf\u00e9 news");
      assertThat(problems).as(name).singleElement().satisfies(p -> {
        assertThat(p.source()).isEqualTo(cut.toString());
        assertThat(p.reason()).contains("truncated");
      });
    }
  }

  @Test
  void reportsAPageWithoutTextByRecordAndGoesOn() throws IOException {
    Path file = dir.resolve("mixed.warc");
    try (WarcWriter warc = new WarcWriter(file)) {
      warc.write(response("https://news.example/empty", "2024-04-01T10:00:00Z", "text/html",
          "<html><body><nav><a href=\"/\">Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8)));
      warc.write(response("https://news.example/ok", "2024-04-01T10:00:00Z", "text/html",
          page("Fine", "", sentence(20)).getBytes(StandardCharsets.UTF_8)));
    }
    ArticleFiles.read(file, sinkInto(articles, problems));
    assertThat(articles).extracting(Article::title).containsExactly("Fine");
    assertThat(problems).singleElement().hasToString(
        file + ": record 1 (https://news.example/empty): no article text found in the page");
  }
}
