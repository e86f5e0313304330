package dev.newsminer.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}, as written by crawlers and Common Crawl's
 * CC-NEWS): every {@code response} record whose HTTP payload is HTML becomes one article, read as
 * {@link HtmlArticleReader} reads a page. The URL is the record's {@code WARC-Target-URI} unless
 * the page names a canonical one; the date is the page's, else the record's {@code WARC-Date}; the
 * charset is the HTTP {@code Content-Type}'s, else the page's own.
 *
 * <p>Other records (requests, metadata, non-HTML responses) are skipped silently. A record whose
 * page cannot be read is reported with its number and URL and skipped; a truncated or corrupt
 * record ends the file with one problem, and the articles before it are kept. Stateless and
 * thread-safe.
 */
final class WarcArticleReader implements ArticleReader {

  private final ReadLimits limits;

  WarcArticleReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public void read(InputStream in, String source, ArticleSink sink) throws IOException {
    int number = 0;
    try (WarcReader reader = new WarcReader(in)) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.problem(new ReadProblem(source, "record " + (number + 1),
              "truncated or corrupt WARC record, the rest of the file is skipped (" + describe(e) + ")"));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        number++;
        if (next.get() instanceof WarcResponse response) {
          try {
            readResponse(response, source, "record " + number, sink);
          } catch (java.io.EOFException e) {
            sink.problem(new ReadProblem(source, "record " + number,
                "truncated WARC record, the rest of the file is skipped (" + describe(e) + ")"));
            return;
          } catch (RuntimeException e) {
            // A malformed header (a WARC-Date that is not a date) spoils this record only.
            sink.problem(new ReadProblem(source, "record " + number, "malformed WARC record (" + describe(e) + ")"));
          }
        }
      }
    }
  }

  private void readResponse(WarcResponse response, String file, String location, ArticleSink sink)
      throws IOException {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      return; // not an HTTP response (DNS, gemini, …): nothing for newsminer
    }
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return;
    }
    String url = response.target();
    String where = location + " (" + url + ")";
    long size = http.body().size();
    if (size > limits.maxInputBytes()) {
      sink.problem(new ReadProblem(file, where, "input too large (limit " + limits.maxInputBytes()
          + " bytes); got " + size));
      return;
    }
    byte[] bytes;
    try (InputStream body = http.bodyDecoded().stream()) {
      bytes = limits.readAll(body);
    }
    Charset charset = TextDecoder.charsetNamed(type.parameters().get("charset"));
    Article article;
    try {
      article = HtmlArticleReader.parse(bytes, charset, url, url, response.date().atOffset(ZoneOffset.UTC).toLocalDate());
    } catch (java.io.EOFException e) {
      throw e;
    } catch (IOException e) {
      sink.problem(new ReadProblem(file, where, e.getMessage()));
      return;
    }
    limits.emit(article, file, where, sink);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return "unreadable data";
    }
    String m = message.strip().replaceAll("\\s+", " ");
    return m.length() <= 120 ? m : m.substring(0, 119) + "…";
  }
}
