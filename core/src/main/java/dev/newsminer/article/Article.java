package dev.newsminer.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read from a file, a JSON record or a web archive.
 *
 * <p>Immutable and thread-safe. {@code text} is the body that every later stage works on: all
 * offsets that newsminer reports are Java {@code char} offsets into it.
 *
 * <pre>{@code
 * Article a = Article.of("news/ibm.txt", "IBM commits $100 million", "IBM said on Monday ...");
 * }</pre>
 *
 * @param id        stable identifier: the id given by the source, or a hash of title and text
 * @param source    where the article came from (a path, a path and record number, or a URL); never null
 * @param url       the article's canonical URL, or null when unknown
 * @param title     the headline, empty when there is none; never null
 * @param published the publication date, or null when unknown
 * @param text      the body text; never null
 * @param warnings  what the reader noticed about the input without refusing it (for example a page
 *                  with no confident story); empty when none, never null. They become errors of the
 *                  extraction.
 */
public record Article(String id, String source, String url, String title, LocalDate published, String text,
    List<String> warnings) {

  /**
   * An article without warnings; see the record description.
   *
   * @param id        stable identifier: the id given by the source, or a hash of title and text
   * @param source    where the article came from (a path, a path and record number, or a URL); never null
   * @param url       the article's canonical URL, or null when unknown
   * @param title     the headline, empty when there is none; never null
   * @param published the publication date, or null when unknown
   * @param text      the body text; never null
   */
  public Article(String id, String source, String url, String title, LocalDate published, String text) {
    this(id, source, url, title, published, text, List.of());
  }

  /**
   * Validates the fields; see the record description.
   *
   * @param id        stable identifier: the id given by the source, or a hash of title and text
   * @param source    where the article came from (a path, a path and record number, or a URL); never null
   * @param url       the article's canonical URL, or null when unknown
   * @param title     the headline, empty when there is none; never null
   * @param published the publication date, or null when unknown
   * @param text      the body text; never null
   * @param warnings  what the reader noticed about the input without refusing it (for example a page
   *                  with no confident story); empty when none, never null. They become errors of the
   *                  extraction.
   * @throws IllegalArgumentException when {@code id} is null or blank
   * @throws NullPointerException when {@code source}, {@code title} or {@code text} is null
   */
  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank; got " + (id == null ? "null" : "'" + id + "'"));
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  /**
   * Creates an article whose id is derived from its content, so that the same article read twice
   * gets the same id.
   *
   * @param source where it came from. Must not be {@code null}.
   * @param title  the headline. Must not be {@code null}.
   * @param text   the body. Must not be {@code null}.
   * @return the article, with no URL, no date and no warnings
   * @throws NullPointerException when an argument is null
   */
  public static Article of(String source, String title, String text) {
    return new Article(contentId(title, text), source, null, title, null, text);
  }

  /**
   * Returns a copy with the given id.
   *
   * @param newId the new id. Must not be {@code null} or blank.
   * @return a copy that differs only in its id
   * @throws IllegalArgumentException when {@code newId} is null or blank
   */
  public Article withId(String newId) {
    return new Article(newId, source, url, title, published, text, warnings);
  }

  /**
   * Returns a copy with the given canonical URL (null for none).
   *
   * @param newUrl the canonical URL, or null for none
   * @return a copy that differs only in its URL
   */
  public Article withUrl(String newUrl) {
    return new Article(id, source, newUrl, title, published, text, warnings);
  }

  /**
   * Returns a copy with the given publication date (null for none).
   *
   * @param date the publication date, or null for none
   * @return a copy that differs only in its publication date
   */
  public Article withPublished(LocalDate date) {
    return new Article(id, source, url, title, date, text, warnings);
  }

  /**
   * Returns a copy with one more warning.
   *
   * @param warning one line. Must not be {@code null}.
   * @return a copy whose warnings end with {@code warning}
   */
  public Article withWarning(String warning) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.add(Objects.requireNonNull(warning, "warning"));
    return new Article(id, source, url, title, published, text, all);
  }

  /**
   * The content-derived id: the first 16 hex digits of the SHA-256 of title and text. Two articles
   * with the same title and text get the same id wherever they were read from.
   *
   * @param title the headline, empty when there is none; never null
   * @param text  the body text; never null
   * @return 16 lowercase hex digits
   * @throws NullPointerException when {@code title} or {@code text} is null
   */
  public static String contentId(String title, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(title.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
