package dev.newsminer.article;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * Reads a plain-text article: the first non-blank line is the headline, the rest is the body.
 *
 * <p>Text saved from the web often starts with a dateline ("May 29, 2024") before the headline and
 * repeats the headline as the first line of the body: the dateline becomes the publication date
 * and the repeat is dropped. Page furniture that came along with the copy (a trailing "Related
 * posts" list, a cookie notice, an image credit, a plugin message) is removed by
 * {@link Boilerplate}, paragraph by paragraph; the rest keeps its layout. A Reuters-style file
 * (headline in capitals, then the body) is read as written. The article id is derived from the
 * content.
 */
final class TextArticleReader implements ArticleReader {

  private final ReadLimits limits;

  TextArticleReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public void read(InputStream in, String source, ArticleSink sink) throws IOException {
    String content = TextDecoder.decode(limits.readAll(in));
    limits.emit(parse(content, source), source, "", sink);
  }

  /**
   * Splits {@code content} into headline and body.
   *
   * @throws IOException when there is no text at all
   */
  static Article parse(String content, String source) throws IOException {
    int pos = 0;
    LocalDate published = null;
    String title = null;
    while (title == null) {
      int[] line = nextLine(content, pos);
      if (line == null) {
        throw new IOException("empty article (no text)");
      }
      pos = line[2];
      String value = content.substring(line[0], line[1]).strip();
      if (value.isEmpty()) {
        continue;
      }
      LocalDate date = published == null ? PublishedDates.parse(value) : null;
      if (date != null) {
        published = date;
      } else {
        title = value;
      }
    }
    // Drop the headline when the body repeats it as its first line.
    int bodyStart = pos;
    int[] line;
    while ((line = nextLine(content, pos)) != null) {
      String value = content.substring(line[0], line[1]).strip();
      if (!value.isEmpty()) {
        bodyStart = value.equals(title) ? line[2] : line[0];
        break;
      }
      pos = line[2];
    }
    String body = stripEdges(Boilerplate.cleanText(content.substring(Math.min(bodyStart, content.length()))));
    if (body.isEmpty() && title.isEmpty()) {
      throw new IOException("empty article (no text)");
    }
    return Article.of(source, title, body).withPublished(published);
  }

  /** Start, end (before the line break) and next start of the line at {@code from}, or null at the end. */
  private static int[] nextLine(String s, int from) {
    if (from >= s.length()) {
      return null;
    }
    int end = from;
    while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
      end++;
    }
    int next = end;
    if (next < s.length() && s.charAt(next) == '\r') {
      next++;
    }
    if (next < s.length() && s.charAt(next) == '\n') {
      next++;
    }
    return new int[] {from, end, next};
  }

  /** Removes leading blank lines and trailing whitespace, keeping the body's inner layout. */
  private static String stripEdges(String s) {
    int start = 0;
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      if (s.charAt(i) == '\n') {
        start = i + 1;
      }
      i++;
    }
    if (i == s.length()) {
      return "";
    }
    return s.substring(start).stripTrailing();
  }
}
