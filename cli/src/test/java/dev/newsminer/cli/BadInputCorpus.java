package dev.newsminer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a folder of bad inputs at test time, one file per kind of trouble met in real runs, and
 * says what the run must report for each: a part of the reason, or null when the file must be read
 * (an article comes out of it).
 */
final class BadInputCorpus {

  /** File name (relative to the folder) to the expected part of its one-line reason, or null. */
  final Map<String, String> expected = new LinkedHashMap<>();
  /** How many articles the folder holds in all. */
  int articles;

  private final Path dir;
  private final Random random = new Random(20240529);

  BadInputCorpus(Path dir) {
    this.dir = dir;
  }

  private static String story(String subject) {
    return subject + " said on Monday it would invest 40 million dollars in a new plant. "
        + "The plant will employ 300 people and open next year, the company said in a statement.";
  }

  /** The small inputs: each kind of bad file, and good files around them. */
  BadInputCorpus small() throws IOException {
    write("good.txt", "Acme to build plant\n\n" + story("Acme Corp"));
    articles++;
    expected.put("good.txt", null);
    write("empty.txt", "");
    expected.put("empty.txt", "empty article (no text)");
    write("whitespace.txt", "  \n\t\n   \r\n");
    expected.put("whitespace.txt", "empty article (no text)");
    byte[] noise = new byte[4096];
    random.nextBytes(noise);
    noise[10] = 0;
    Files.write(dir.resolve("binary.txt"), noise);
    expected.put("binary.txt", "not a text file");
    byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 200);
    Files.write(dir.resolve("picture.html"), png);
    expected.put("picture.html", "not a text file (PNG image)");
    Files.write(dir.resolve("latin1.txt"), ("Caf\u00e9 chain grows\n\n" + story("Caf\u00e9 Nord"))
        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    articles++;
    expected.put("latin1.txt", null);
    write("feed.jsonl", "{\"title\": \"One\", \"text\": \"" + story("Alpha") + "\"}\n"
        + "{\"title\": \"Two\", \"text\": \"" + story("Beta") + "\"}\n"
        + "{\"title\": \"Broken\", \"text\": \"no end\n"
        + "{\"title\": \"Four\", \"text\": \"" + story("Delta") + "\"}\n");
    articles += 3;
    expected.put("feed.jsonl", "line 3: not valid JSON");
    writeTruncatedGzip();
    expected.put("cut.txt.gz", "truncated gzip data");
    writeTruncatedWarc();
    articles += 1;
    expected.put("cut.warc", "record 2: truncated");
    StringBuilder deep = new StringBuilder("<html><body>");
    deep.append("<div>".repeat(100_000)).append("<p>").append(story("Deepnest Ltd")).append("</p>")
        .append("</div>".repeat(100_000)).append("</body></html>");
    write("deep.html", deep.toString());
    articles++;
    expected.put("deep.html", null);
    Path sub = Files.createDirectories(dir.resolve("loop"));
    Files.createSymbolicLink(sub.resolve("again"), dir);
    expected.put("loop/again", "symbolic link loop");
    return this;
  }

  /**
   * A 50 MB HTML page: a story followed by a huge table of links; and three texts within the limits
   * that used to exhaust time or memory: 2.4 million short lines, a 2 MB token, a 1-million-char sentence.
   */
  BadInputCorpus big() throws IOException {
    try (Writer out = Files.newBufferedWriter(dir.resolve("huge.html"), StandardCharsets.UTF_8)) {
      out.write("<html><body><article><p>" + story("Hugo Holdings") + "</p></article><table>");
      long written = 0;
      for (int i = 0; written < 50L << 20; i++) {
        String row = "<tr><td><a href=\"/item/" + i + "\">Item " + i + "</a></td><td>" + i * 7 + "</td></tr>\n";
        out.write(row);
        written += row.length();
      }
      out.write("</table></body></html>");
    }
    expected.put("huge.html", "input too large");
    // Within the limits, but shaped to exhaust time or memory: each gives an article with a note.
    write("lines.txt", "Many lines\n" + "a\n".repeat(2_400_000));
    write("token.txt", "One token\n" + "x".repeat(2_000_000) + "\n");
    StringBuilder sentence = new StringBuilder("One sentence\n");
    String[] words = {"the", "company", "said", "it", "would", "invest", "in", "plants", "and", "Siemens"};
    while (sentence.length() < 1_000_000) {
      sentence.append(words[random.nextInt(words.length)]).append(' ');
    }
    write("sentence.txt", sentence.toString());
    articles += 3;
    expected.put("lines.txt", null);
    expected.put("token.txt", null);
    expected.put("sentence.txt", null);
    return this;
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private void writeTruncatedGzip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      StringBuilder text = new StringBuilder("Long report\n\n");
      for (int i = 0; i < 5000; i++) {
        text.append(random.nextInt()).append(" units were shipped. ");
      }
      gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = bytes.toByteArray();
    Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(all, all.length / 2));
  }

  private void writeTruncatedWarc() throws IOException {
    Path full = dir.resolve("full.warc.tmp");
    try (WarcWriter warc = new WarcWriter(Files.newByteChannel(full,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE))) {
      for (String name : new String[] {"Warcford", "Cutoff"}) {
        byte[] page = ("<html><head><title>" + name + "</title></head><body><article><p>" + story(name)
            + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + page.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        byte[] http = Arrays.copyOf(head, head.length + page.length);
        System.arraycopy(page, 0, http, head.length, page.length);
        warc.write(new WarcResponse.Builder("https://news.example/" + name).date(Instant.parse("2024-05-29T00:00:00Z"))
            .body(MediaType.HTTP_RESPONSE, http).build());
      }
    }
    byte[] bytes = Files.readAllBytes(full);
    Files.delete(full);
    Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - 100));
  }
}
