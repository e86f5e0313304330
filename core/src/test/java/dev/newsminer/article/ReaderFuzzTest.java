package dev.newsminer.article;

import static dev.newsminer.article.TextArticleReaderTest.sinkInto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsminer.Extraction;
import dev.newsminer.NewsMiner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Random and mutated inputs of every format, a fixed number of them from a fixed seed: no reader
 * throws anything but an {@link IOException} with a reason, none hangs, and a bad record never
 * takes a good one next to it down with it. A failure names the iteration, so that it can be
 * replayed.
 */
class ReaderFuzzTest {

  private static final long SEED = 20241207;
  private static final int ITERATIONS = 150;
  private static final String GOOD_TEXT = "Siemens said on Monday it would invest 40 million euros in a plant near Lyon.";

  private final Random random = new Random(SEED);

  @Test
  void mutatedInputsAreReadOrRefusedWithAReason() {
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      List<byte[]> seeds = seeds();
      for (int i = 0; i < ITERATIONS; i++) {
        String[] formats = {"x.txt", "x.json", "x.jsonl", "x.html", "x.warc"};
        String name = formats[i % formats.length];
        byte[] seed = seeds.get(i % formats.length);
        byte[] input = i % 7 == 0 ? randomBytes() : mutate(seed);
        readOrRefuse(name, input, "iteration " + i);
      }
    });
  }

  @Test
  void aBadJsonLineNeverLosesTheGoodLinesBesideIt() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int i = 0; i < ITERATIONS; i++) {
        byte[] bad = mutate(("{\"title\": \"Bad\", \"text\": \"" + GOOD_TEXT + "\"}").getBytes(StandardCharsets.UTF_8));
        bad = stripLineBreaksAndNuls(bad);
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        jsonl.write(("{\"title\": \"First\", \"text\": \"" + GOOD_TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8));
        jsonl.write(bad);
        jsonl.write(("\n{\"title\": \"Last\", \"text\": \"" + GOOD_TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8));
        List<Article> articles = readOrRefuse("x.jsonl", jsonl.toByteArray(), "iteration " + i);
        assertThat(articles).as("iteration %d", i).extracting(Article::title).contains("First", "Last");
      }
    });
  }

  @Test
  void aBadWarcPageNeverLosesTheGoodRecordsBesideIt() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int i = 0; i < 25; i++) {
        byte[] page = mutate(page("Middle").getBytes(StandardCharsets.UTF_8));
        byte[] warc = warc(page("First").getBytes(StandardCharsets.UTF_8), page,
            page("Last").getBytes(StandardCharsets.UTF_8));
        List<Article> articles = readOrRefuse("x.warc", warc, "iteration " + i);
        assertThat(articles).as("iteration %d", i).extracting(Article::title).contains("First", "Last");
      }
    });
  }

  @Test
  void fuzzedArticlesAreExtractedWithoutThrowing() {
    NewsMiner miner = NewsMiner.builder().timeBudget(Duration.ofSeconds(5)).build();
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      for (int i = 0; i < 12; i++) {
        String text = new String(mutate(("IBM Corp. said it will invest $1 billion. " + GOOD_TEXT + " Shares rose.")
            .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8) + randomText();
        Extraction x = miner.extract(Article.of("fuzz", "Fuzz " + i, text));
        assertThat(x.sentences()).as("iteration %d", i).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
      }
    });
  }

  /** Reads {@code bytes} as a file of that name; anything but an IOException fails the test. */
  private static List<Article> readOrRefuse(String name, byte[] bytes, String what) {
    List<Article> articles = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    ArticleReader reader = ArticleFiles.readerFor(java.nio.file.Path.of(name)).orElseThrow();
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      reader.read(in, name, sinkInto(articles, problems));
    } catch (IOException refused) {
      assertThat(refused.getMessage()).as(what).isNotBlank().doesNotContain("\n");
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(what + " of " + name + ": the reader threw " + e, e);
    }
    for (ReadProblem p : problems) {
      assertThat(p.reason()).as(what).isNotBlank().doesNotContain("\n");
    }
    return articles;
  }

  private List<byte[]> seeds() throws IOException {
    String json = "{\"title\": \"One\", \"text\": \"" + GOOD_TEXT + "\", \"published\": \"2024-05-29\", \"id\": \"a1\"}";
    return List.of(
        ("May 29, 2024\nSiemens to build plant\n\n" + GOOD_TEXT + "\n\nRelated posts\n").getBytes(StandardCharsets.UTF_8),
        ("[" + json + ", 5, " + json.replace("One", "Two") + "]").getBytes(StandardCharsets.UTF_8),
        (json + "\n" + json.replace("One", "Two") + "\n").getBytes(StandardCharsets.UTF_8),
        page("Page").getBytes(StandardCharsets.UTF_8),
        warc(page("A").getBytes(StandardCharsets.UTF_8), page("B").getBytes(StandardCharsets.UTF_8)));
  }

  private static String page(String title) {
    return "<html><head><title>" + title + "</title><script type=\"application/ld+json\">{\"datePublished\": "
        + "\"2024-05-29\"}</script></head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1><p>"
        + GOOD_TEXT + "</p><p>" + GOOD_TEXT + "</p><div class=\"related\"><a href=\"/x\">More</a></div></article>"
        + "<footer>Footer</footer></body></html>";
  }

  private static byte[] warc(byte[]... pages) throws IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("fuzz", ".warc");
    try {
      try (WarcWriter warc = new WarcWriter(java.nio.file.Files.newByteChannel(file,
          java.nio.file.StandardOpenOption.WRITE))) {
        int n = 0;
        for (byte[] page : pages) {
          byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + page.length + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
          byte[] http = Arrays.copyOf(head, head.length + page.length);
          System.arraycopy(page, 0, http, head.length, page.length);
          warc.write(new WarcResponse.Builder("https://news.example/" + n++).date(Instant.parse("2024-05-29T00:00:00Z"))
              .body(MediaType.HTTP_RESPONSE, http).build());
        }
      }
      return java.nio.file.Files.readAllBytes(file);
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  /** One to eight mutations: flipped bytes, inserted hostile snippets, deleted or repeated ranges, a cut. */
  private byte[] mutate(byte[] seed) {
    byte[] b = seed.clone();
    int rounds = 1 + random.nextInt(8);
    for (int r = 0; r < rounds && b.length > 0; r++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(6)) {
        case 0 -> b[at] = (byte) random.nextInt(256);
        case 1 -> b = insert(b, at, snippet());
        case 2 -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, Math.min(b.length, at + random.nextInt(40)), b.length));
        case 3 -> {
          int len = Math.min(b.length - at, 1 + random.nextInt(20));
          byte[] range = Arrays.copyOfRange(b, at, at + len);
          b = insert(b, at, repeat(range, 1 + random.nextInt(200)));
        }
        case 4 -> b = Arrays.copyOf(b, at);
        default -> b[at] ^= (byte) (1 << random.nextInt(8));
      }
    }
    return b;
  }

  private static final String[] SNIPPETS = {"\\ud800", "\ud800", "[[[[[[", "{\"a\":{\"a\":", "</div></article>",
      "<div class=\"ad\">", "\u0000", "\r", "\n\n", "\"", "\\", "\uFEFF", "<script>", "<!--", "]]>", "&#0;", "&amp",
      "a.a.a.a.a.a.a.a.a.a.", "\u202E", "\uFFFF", "%PDF-", "\u00e9\u00e8"};

  private byte[] snippet() {
    String s = SNIPPETS[random.nextInt(SNIPPETS.length)];
    return (random.nextInt(4) == 0 ? s.repeat(1 + random.nextInt(500)) : s).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] randomBytes() {
    byte[] b = new byte[random.nextInt(5000)];
    random.nextBytes(b);
    return b;
  }

  private String randomText() {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(1500);
    for (int i = 0; i < n; i++) {
      s.append((char) (random.nextInt(10) < 8 ? 32 + random.nextInt(95) : random.nextInt(0x10000)));
    }
    return s.toString();
  }

  private static byte[] stripLineBreaksAndNuls(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte x : b) {
      if (x != '\n' && x != '\r' && x != 0) {
        out.write(x);
      }
    }
    return out.toByteArray();
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    return concat(concat(Arrays.copyOf(b, at), what), Arrays.copyOfRange(b, at, b.length));
  }

  private static byte[] repeat(byte[] b, int times) {
    byte[] out = new byte[b.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(b, 0, out, i * b.length, b.length);
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
