package dev.newsminer.article;

import static dev.newsminer.article.HtmlArticleReaderTest.sentence;
import static dev.newsminer.article.TextArticleReaderTest.sinkInto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressedAndEncodedInputTest {

  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<ReadProblem> problems = new ArrayList<>();

  private Path gzip(String name, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return Files.write(dir.resolve(name), bytes.toByteArray());
  }

  @Test
  void readsGzippedTextJsonLinesAndHtml() throws IOException {
    ArticleFiles.read(gzip("a.txt.gz", "Headline\nBody of the text article."), sinkInto(articles, problems));
    ArticleFiles.read(gzip("b.jsonl.gz", "{\"title\": \"J1\", \"text\": \"One.\"}\n{\"title\": \"J2\", \"text\": \"Two.\"}\n"),
        sinkInto(articles, problems));
    ArticleFiles.read(gzip("c.html.gz", "<html><head><title>Page</title></head><body><p>" + sentence(20) + "</p></body></html>"),
        sinkInto(articles, problems));
    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::title).containsExactly("Headline", "J1", "J2", "Page");
    assertThat(ArticleFiles.isSupported(Path.of("x.json.gz"))).isTrue();
    assertThat(ArticleFiles.isSupported(Path.of("x.pdf.gz"))).isFalse();
  }

  @Test
  void truncatedGzipKeepsTheLinesBeforeTheCutAndFailsWithAClearReason() throws IOException {
    StringBuilder lines = new StringBuilder();
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 20_000; i++) {
      lines.append("{\"title\": \"T").append(i).append("\", \"text\": \"Record ").append(random.nextLong())
          .append(" of many.\"}\n");
    }
    Path full = gzip("full.jsonl.gz", lines.toString());
    byte[] bytes = Files.readAllBytes(full);
    Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> ArticleFiles.read(cut, sinkInto(articles, problems)))
        .isInstanceOf(IOException.class).hasMessageStartingWith("truncated gzip data");
    assertThat(articles).isNotEmpty().hasSizeLessThan(20_000);
    assertThat(articles.get(0).title()).isEqualTo("T0");
  }

  @Test
  void fileNamedGzThatIsNotGzipIsACorruptGzipFile() throws IOException {
    Path file = Files.writeString(dir.resolve("plain.txt.gz"), "Headline\nBody.");
    assertThatThrownBy(() -> ArticleFiles.read(file, sinkInto(articles, problems)))
        .hasMessageStartingWith("corrupt gzip data");
  }

  @Test
  void byteOrderMarkWinsOverDeclaredCharset() throws IOException {
    byte[] utf8 = "\uFEFFCaf\u00e9".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(utf8, Charset.forName("windows-1252"))).isEqualTo("Caf\u00e9");
    byte[] utf16 = "\uFEFFCaf\u00e9".getBytes(StandardCharsets.UTF_16BE);
    assertThat(TextDecoder.decode(utf16, null)).isEqualTo("Caf\u00e9");
  }

  @Test
  void declaredCharsetIsUsedAndLatin1MeansWindows1252() throws IOException {
    byte[] bytes = "\u201cQuoted\u201d".getBytes(Charset.forName("windows-1252"));
    assertThat(TextDecoder.decode(bytes, TextDecoder.charsetNamed("ISO-8859-1"))).isEqualTo("\u201cQuoted\u201d");
    assertThat(TextDecoder.decode(bytes, null)).isEqualTo("\u201cQuoted\u201d");
    assertThat(TextDecoder.charsetNamed("no-such-charset")).isNull();
  }

  @Test
  void findsTheMetaCharsetInEitherForm() {
    assertThat(TextDecoder.htmlMetaCharset("<html><head><meta charset='Shift_JIS'>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(Charset.forName("Shift_JIS"));
    assertThat(TextDecoder.htmlMetaCharset(("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">")
        .getBytes(StandardCharsets.US_ASCII))).isEqualTo(Charset.forName("KOI8-R"));
    assertThat(TextDecoder.htmlMetaCharset("<p>charset=utf-8 is not a meta</p>".getBytes(StandardCharsets.US_ASCII)))
        .isNull();
  }

  @Test
  void refusesKnownBinaryFormatsAndControlBytes() {
    assertThatThrownBy(() -> TextDecoder.decode("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
        .hasMessage("not a text file (PDF document)");
    byte[] noisy = new byte[1000];
    Arrays.fill(noisy, (byte) 'a');
    for (int i = 0; i < 50; i++) {
      noisy[i * 20] = 0x03;
    }
    assertThatThrownBy(() -> TextDecoder.decode(noisy)).hasMessageStartingWith("not a text file (50 control bytes");
  }

  @Test
  void jsonLinesLineOverTheLimitIsReportedAndSkipped() throws IOException {
    Path file = Files.writeString(dir.resolve("long.jsonl"), "{\"title\": \"A\", \"text\": \"One.\"}\n{\"title\": \"B\", \"text\": \""
        + "x".repeat(5000) + "\"}\r\n{\"title\": \"C\", \"text\": \"Three.\"}");
    ArticleFiles.read(file, ReadLimits.DEFAULT.withMaxInputBytes(1000), sinkInto(articles, problems));
    assertThat(articles).extracting(Article::title).containsExactly("A", "C");
    assertThat(problems).singleElement().hasToString(file + ": line 2: line too long (limit 1000 chars); got more");
  }
}
