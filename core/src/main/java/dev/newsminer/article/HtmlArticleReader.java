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

  /** JSON-LD as pages write it: comments, single quotes, trailing commas and raw line breaks in strings. */
  private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build());

  /** A {@code datePublished} field in JSON-LD too broken to parse. */
  private static final java.util.regex.Pattern DATE_PUBLISHED = java.util.regex.Pattern.compile(
      "[\"']?datePublished[\"']?\\s*:\\s*[\"']([^\"']{6,40})[\"']");

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
    MainTextExtractor.MainText main = MainTextExtractor.find(doc.body());
    String title = title(doc);
    if (main.text().isEmpty() && title.isEmpty()) {
      throw new IOException("no article text found in the page");
    }
    String canonical = canonicalUrl(doc);
    LocalDate published = published(doc);
    Article article = Article.of(source, title, main.text())
        .withUrl(canonical != null ? canonical : url)
        .withPublished(published != null ? published : fetched);
    // A page with no confident story keeps its title and date, and its best text with a warning.
    return main.confident() ? article : article.withWarning(main.text().isEmpty()
        ? "no story text found in the page; only its title and date were kept"
        : "no confident story found in the page; the text is the page's best guess");
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
    date = PublishedDates.parse(metaContent(doc, "meta[itemprop=datePublished]"));
    return date != null ? date : visibleDate(doc);
  }

  /** Class and id words of the elements that show a story's date: a byline, a dateline, a timestamp. */
  private static final java.util.regex.Pattern DATE_HOLDER = java.util.regex.Pattern.compile(
      "(?i)date|time|byline|posted|published|dateline|meta");

  /**
   * The date shown in a byline or dateline ("November 19, 2019, 07:47 PM EST"), or in a {@code time}
   * element without a {@code datetime}: the first element whose class or id names a date, a time or
   * a byline and whose short text holds a written date.
   */
  private static LocalDate visibleDate(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    int seen = 0;
    for (Element e : body.getAllElements()) {
      if (++seen > 20_000) {
        return null; // the byline is near the top; a huge page is not searched to its end
      }
      boolean holder = e.normalName().equals("time") || DATE_HOLDER.matcher(e.className() + " " + e.id()).find();
      if (!holder) {
        continue;
      }
      String text = e.text();
      if (text.length() <= 200) {
        LocalDate date = PublishedDates.find(text);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** The first {@code datePublished} in a JSON-LD document (objects, arrays and {@code @graph}), or null. */
  static String jsonLdDatePublished(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      // Broken JSON-LD is common: its date field may still be readable.
      java.util.regex.Matcher m = DATE_PUBLISHED.matcher(json);
      return m.find() ? m.group(1) : null;
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
