package dev.newsminer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.newsminer.article.Article;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes an {@link Extraction} as the JSON object of newsminer's output contract (one line of
 * {@code newsminer extract}'s JSON Lines): {@code id, source, url, title, published, stats,
 * organizations, commitments, errors}, and {@code text} when asked for.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * String line = ExtractionJson.toJson(miner.extract(article), false);
 * }</pre>
 */
public final class ExtractionJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private ExtractionJson() {}

  /**
   * The Jackson mapper that newsminer's output uses, configured for dates as ISO strings. It is
   * shared: use it as it is and never reconfigure it, or its thread safety is lost.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The extraction as one line of JSON.
   *
   * @param extraction  the extraction. Must not be {@code null}.
   * @param includeText whether to add the article text as {@code text}, the text all offsets refer to
   * @return the JSON object on one line
   * @throws NullPointerException when {@code extraction} is null
   */
  public static String toJson(Extraction extraction, boolean includeText) {
    StringWriter out = new StringWriter(1024);
    try {
      write(extraction, includeText, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the extraction as one line of JSON, without a line break; {@code out} stays open.
   *
   * @param extraction  the extraction. Must not be {@code null}.
   * @param includeText whether to add the article text as {@code text}
   * @param out         where to write. Must not be {@code null}.
   * @throws NullPointerException when {@code extraction} or {@code out} is null
   * @throws IOException when {@code out} fails
   */
  public static void write(Extraction extraction, boolean includeText, Writer out) throws IOException {
    Article a = extraction.article();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCodec(MAPPER);
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("source", a.source());
      g.writeStringField("url", a.url());
      g.writeStringField("title", a.title());
      g.writeStringField("published", a.published() == null ? null : a.published().toString());
      g.writeObjectFieldStart("stats");
      g.writeNumberField("sentences", extraction.sentences().size());
      g.writeNumberField("tokens", extraction.tokenCount());
      g.writeEndObject();
      g.writeObjectField("organizations", extraction.organizations());
      g.writeObjectField("commitments", extraction.commitments());
      g.writeObjectField("errors", extraction.errors());
      if (includeText) {
        g.writeStringField("text", a.text());
      }
      g.writeEndObject();
    }
  }
}
