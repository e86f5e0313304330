package dev.newsminer.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayDeque;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}): the headline ({@code og:title}, else the
 * first {@code h1}, else {@code title}), the canonical URL, the publication date
 * ({@code article:published_time}, else JSON-LD {@code datePublished}, else the first
 * {@code time[datetime]}) and the main text only, as {@link MainTextExtractor} finds it.
 *
 * <p>The charset is the byte-order mark's, else the page's {@code <meta charset>}, else UTF-8 with
 * a windows-1252 fallback. A page over the byte limit, or with no story text, is rejected with the
 * reason. Stateless and thread-safe.
 */
final class HtmlArticleReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReadLimits limits;

  HtmlArticleReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public void read(InputStream in, String source, ArticleSink sink) throws IOException {
    byte[] bytes = limits.readAll(in);
    limits.emit(parse(bytes, null, source, null, null), source, "", sink);
  }

  /**
   * Reads one page.
   *
   * @param bytes        the page's raw bytes
   * @param httpCharset  the charset of the HTTP {@code Content-Type} header, or null
   * @param source       where the page came from
   * @param url          the URL it was fetched from, or null; the canonical URL wins when the page has one
   * @param fetched      the date it was fetched, used when the page states no publication date; or null
   * @throws IOException when the bytes are not text or the page has no story text
   */
  static Article parse(byte[] bytes, Charset httpCharset, String source, String url, LocalDate fetched)
      throws IOException {
    if (isBlank(bytes)) {
      throw new IOException("empty page (no text)");
    }
    Charset declared = httpCharset != null ? httpCharset : TextDecoder.htmlMetaCharset(bytes);
    String html = TextDecoder.decode(bytes, declared);
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    String text = MainTextExtractor.extract(doc.body());
    if (text.isEmpty()) {
      throw new IOException("no article text found in the page");
    }
    String title = title(doc);
    String canonical = canonicalUrl(doc);
    LocalDate published = published(doc);
    return Article.of(source, title, text)
        .withUrl(canonical != null ? canonical : url)
        .withPublished(published != null ? published : fetched);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  static String title(Document doc) {
    String og = metaContent(doc, "meta[property=og:title]");
    if (og != null) {
      return og;
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    return doc.title().strip();
  }

  static String canonicalUrl(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null) {
      String href = link.absUrl("href");
      if (href.isEmpty()) {
        href = link.attr("href").strip();
      }
      if (!href.isEmpty()) {
        return href;
      }
    }
    return metaContent(doc, "meta[property=og:url]");
  }

  static LocalDate published(Document doc) {
    LocalDate date = PublishedDates.parse(metaContent(doc, "meta[property=article:published_time]"));
    if (date != null) {
      return date;
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      date = PublishedDates.parse(jsonLdDatePublished(script.data()));
      if (date != null) {
        return date;
      }
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      date = PublishedDates.parse(time.attr("datetime"));
      if (date != null) {
        return date;
      }
    }
    return PublishedDates.parse(metaContent(doc, "meta[itemprop=datePublished]"));
  }

  /** The first {@code datePublished} in a JSON-LD document (objects, arrays and {@code @graph}), or null. */
  static String jsonLdDatePublished(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      return null; // broken JSON-LD is common and says nothing about the article
    }
    ArrayDeque<JsonNode> pending = new ArrayDeque<>();
    if (root != null) {
      pending.add(root);
    }
    while (!pending.isEmpty()) {
      JsonNode node = pending.poll();
      if (node.isObject()) {
        JsonNode date = node.get("datePublished");
        if (date != null && date.isTextual()) {
          return date.asText();
        }
        node.elements().forEachRemaining(pending::add);
      } else if (node.isArray()) {
        node.elements().forEachRemaining(pending::add);
      }
    }
    return null;
  }

  private static String metaContent(Document doc, String query) {
    Element meta = doc.selectFirst(query);
    if (meta == null) {
      return null;
    }
    String content = meta.attr("content").strip();
    return content.isEmpty() ? null : content;
  }
}
