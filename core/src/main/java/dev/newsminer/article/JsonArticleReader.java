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

  /** The deepest nesting of objects and arrays read; deeper input is a record problem, not a crash. */
  static final int MAX_NESTING = 200;

  private static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING).build())
      .build());

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
    // The charset of the lines: a byte-order mark, else UTF-16 recognised by its zero bytes, else UTF-8.
    InputStream buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in);
    buffered.mark(TextDecoder.SNIFF_BYTES);
    byte[] head = buffered.readNBytes(TextDecoder.SNIFF_BYTES);
    buffered.reset();
    java.nio.charset.Charset charset = TextDecoder.unicodeCharset(head);
    if (charset == null) {
      charset = StandardCharsets.UTF_8;
    } else if (!charset.equals(StandardCharsets.UTF_8) || TextDecoder.bomLength(head) > 0) {
      buffered.skipNBytes(TextDecoder.bomLength(head));
    }
    in = buffered;
    var decoder = charset.newDecoder()
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
        sink.problem(new ReadProblem(source, location, "not valid JSON (" + reason(e) + ")"));
        continue;
      }
      if (node == null) {
        continue;
      }
      accept(node, source, source + "#" + number, location, sink, limits);
    }
  }

  private void readDocument(InputStream in, String source, ArticleSink sink) throws IOException {
    // Decoded first, so that a byte-order mark, UTF-16 and windows-1252 read as in the other formats.
    String json = TextDecoder.decode(limits.readAll(in));
    try (JsonParser parser = MAPPER.createParser(json)) {
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
      // Every element is read to the end of the array: one that is not an article is reported and
      // the ones after it are still read.
      int record = 0;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        if (token == null) {
          throw new IOException("not valid JSON: the array is not closed");
        }
        record++;
        String location = "record " + record + " (line " + parser.currentLocation().getLineNr() + ")";
        if (token == JsonToken.START_OBJECT) {
          accept(MAPPER.readTree(parser), source, source + "#" + record, location, sink, limits);
        } else {
          String kind = token == JsonToken.START_ARRAY ? "an array" : "a " + scalarName(token);
          parser.skipChildren();
          sink.problem(new ReadProblem(source, location, "expected a JSON object (an article); got " + kind));
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new IOException("not valid JSON" + (line > 0 ? " at line " + line : "") + " (" + reason(e) + ")", e);
    }
  }

  private static String scalarName(JsonToken token) {
    return switch (token) {
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> "value";
    };
  }

  /** Jackson's message, one line, with its limit on nesting said plainly. */
  private static String reason(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      return "nested deeper than " + MAX_NESTING + " levels";
    }
    String m = e.getOriginalMessage();
    if (m == null || m.isBlank()) {
      return "malformed";
    }
    m = m.strip();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl).strip();
    return m.length() <= 200 ? m : m.substring(0, 199) + "…";
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
