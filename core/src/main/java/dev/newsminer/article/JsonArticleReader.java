package dev.newsminer.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads articles from JSON: a {@code .json} file holds one object or an array of objects, a
 * {@code .jsonl} file one object per line. Fields: {@code title}, {@code text} (or {@code body} or
 * {@code content}), {@code url}, {@code published} (or {@code date}) and {@code id}; other fields
 * are ignored. A record without text, or a line that is not JSON, is reported with its line number
 * and skipped.
 */
final class JsonArticleReader implements ArticleReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final boolean lines;
  private final ReadLimits limits;

  /**
   * @param lines  true for JSON Lines, false for a single JSON document
   * @param limits the byte limit applies to one line of JSON Lines and to a whole JSON document
   */
  JsonArticleReader(boolean lines, ReadLimits limits) {
    this.lines = lines;
    this.limits = limits;
  }

  @Override
  public void read(InputStream in, String source, ArticleSink sink) throws IOException {
    if (lines) {
      readLines(in, source, sink);
    } else {
      readDocument(in, source, sink);
    }
  }

  private void readLines(InputStream in, String source, ArticleSink sink) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    BoundedLineReader reader = new BoundedLineReader(new InputStreamReader(in, decoder),
        (int) Math.min(Integer.MAX_VALUE - 16, limits.maxInputBytes()));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (reader.lastLineTooLong()) {
        sink.problem(new ReadProblem(source, "line " + number, "line too long (limit "
            + limits.maxInputBytes() + " chars); got more"));
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.indexOf('\0') >= 0) {
        throw new IOException("not a text file (NUL byte on line " + number + ")");
      }
      String location = "line " + number;
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        sink.problem(new ReadProblem(source, location, "not valid JSON (" + e.getOriginalMessage() + ")"));
        continue;
      }
      accept(node, source, source + "#" + number, location, sink, limits);
    }
  }

  private void readDocument(InputStream in, String source, ArticleSink sink) throws IOException {
    byte[] bytes = limits.readAll(in);
    TextDecoder.requireText(bytes, 0);
    try (JsonParser parser = MAPPER.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IOException("empty JSON file");
      }
      if (first == JsonToken.START_OBJECT) {
        accept(MAPPER.readTree(parser), source, source, "", sink, limits);
        return;
      }
      if (first != JsonToken.START_ARRAY) {
        throw new IOException("expected a JSON object or array; got " + first.asString());
      }
      int record = 0;
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        record++;
        int line = parser.currentLocation().getLineNr();
        accept(MAPPER.readTree(parser), source, source + "#" + record, "record " + record + " (line " + line + ")", sink,
            limits);
      }
    } catch (JsonProcessingException e) {
      throw new IOException("not valid JSON at line " + e.getLocation().getLineNr() + " (" + e.getOriginalMessage() + ")", e);
    }
  }

  private static void accept(JsonNode node, String file, String source, String location, ArticleSink sink,
      ReadLimits limits) {
    if (!node.isObject()) {
      sink.problem(new ReadProblem(file, location, "expected a JSON object; got " + node.getNodeType()));
      return;
    }
    String text = firstText(node, "text", "body", "content");
    if (text == null || text.isBlank()) {
      sink.problem(new ReadProblem(file, location, "no article text (fields text, body or content)"));
      return;
    }
    String title = firstText(node, "title", "headline");
    title = title == null ? "" : title.strip();
    String id = firstText(node, "id");
    Article article = Article.of(source, title, text);
    if (id != null && !id.isBlank()) {
      article = article.withId(id.strip());
    }
    String url = firstText(node, "url");
    String published = firstText(node, "published", "date");
    limits.emit(article.withUrl(url == null || url.isBlank() ? null : url.strip())
        .withPublished(PublishedDates.parse(published)), file, location, sink);
  }

  private static String firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      JsonNode value = node.get(field);
      if (value != null && value.isValueNode() && !value.isNull()) {
        return value.asText();
      }
    }
    return null;
  }
}
