package dev.newsminer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ArticleSink;
import dev.newsminer.article.ReadProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The articles the benchmarks read: the Reuters-21578 articles of {@code ../shared} when present,
 * otherwise the project's {@code examples/}.
 *
 * <p>{@code ../shared} is the folder named by the system property {@code newsminer.shared}, or a
 * folder named {@code shared} beside the working directory or beside one of its parents. Reuters
 * articles get their publication date from {@code articles_meta.jsonl}, so that date filters of the
 * search benchmark have something to filter. Samples are drawn with a fixed seed, so every run reads
 * the same articles. Nothing is copied: files are read in place.
 */
final class Corpus {

  /** The seed of every sample, so that runs compare. */
  static final long SEED = 20240529L;

  private static final String REUTERS = "corpora/news/reuters21578/articles";
  private static final String REUTERS_META = "corpora/news/reuters21578/articles_meta.jsonl";
  private static final DateTimeFormatter REUTERS_DATE = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ROOT);

  private final String name;
  private final List<Path> files;
  private final Map<String, LocalDate> dates;

  private Corpus(String name, List<Path> files, Map<String, LocalDate> dates) {
    this.name = name;
    this.files = List.copyOf(files);
    this.dates = dates;
  }

  /** The Reuters corpus when {@code ../shared} holds it, the examples otherwise. */
  static Corpus find() {
    try {
      Path shared = sharedFolder();
      if (shared != null && Files.isDirectory(shared.resolve(REUTERS))) {
        return reuters(shared);
      }
      Path examples = examplesFolder();
      System.out.printf("%n# WARNING: no Reuters corpus under %s; reading %s instead%n",
          shared == null ? "a shared/ folder beside " + Path.of("").toAbsolutePath() + " or its parents" : shared,
          examples);
      return examples(examples);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the benchmark articles: " + e.getMessage(), e);
    }
  }

  /** "reuters" or "examples". */
  String name() {
    return name;
  }

  /** How many article files there are. */
  int size() {
    return files.size();
  }

  /**
   * {@code n} articles drawn with the fixed seed (all of them, in file order, when {@code n} is at
   * least the corpus size). Files that cannot be read are skipped, so the list may be shorter.
   */
  List<Article> sample(int n) {
    List<Path> picked = new ArrayList<>(files);
    if (n < picked.size()) {
      Collections.shuffle(picked, new Random(SEED));
      picked = picked.subList(0, n);
    }
    List<Article> articles = new ArrayList<>(picked.size());
    for (Path file : picked) {
      read(file, articles::add);
    }
    return articles;
  }

  /** Every article, read one file at a time, in file order. */
  void forEach(java.util.function.Consumer<Article> action) {
    for (Path file : files) {
      read(file, action);
    }
  }

  private void read(Path file, java.util.function.Consumer<Article> action) {
    LocalDate date = dates.get(file.getFileName().toString());
    try {
      ArticleFiles.read(file, new ArticleSink() {
        @Override
        public void article(Article article) {
          action.accept(date == null || article.published() != null ? article : article.withPublished(date));
        }

        @Override
        public void problem(ReadProblem problem) {
          // A record that cannot be read is not part of the sample.
        }
      });
    } catch (IOException e) {
      // An unreadable file is not part of the sample; the corpus is read as it is.
    }
  }

  private static Corpus reuters(Path shared) throws IOException {
    Path dir = shared.resolve(REUTERS);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    Map<String, LocalDate> dates = new HashMap<>();
    Path meta = shared.resolve(REUTERS_META);
    if (Files.exists(meta)) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader in = Files.newBufferedReader(meta)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode record = json.readTree(line);
          LocalDate date = reutersDate(record.path("date").asText(""));
          if (date != null) {
            dates.put(String.format(Locale.ROOT, "%05d.txt", record.path("newid").asInt()), date);
          }
        }
      }
    }
    return new Corpus("reuters", files, dates);
  }

  /** "26-FEB-1987 15:01:01.79" is 1987-02-26; null when it does not parse. */
  static LocalDate reutersDate(String s) {
    String day = s.strip();
    int space = day.indexOf(' ');
    if (space > 0) {
      day = day.substring(0, space);
    }
    if (day.isEmpty()) {
      return null;
    }
    // The month is in capitals ("FEB"); the formatter wants "Feb".
    int first = day.indexOf('-');
    int second = day.indexOf('-', first + 1);
    if (first < 0 || second < 0 || second - first != 4) {
      return null;
    }
    String month = day.charAt(first + 1) + day.substring(first + 2, second).toLowerCase(Locale.ROOT);
    try {
      return LocalDate.parse(day.substring(0, first + 1) + month + day.substring(second), REUTERS_DATE);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static Corpus examples(Path dir) {
    List<Path> files = ArticleFiles.list(List.of(dir), problem -> { });
    return new Corpus("examples", files, Map.of());
  }

  /** The folder named by {@code -Dnewsminer.shared}, or {@code shared} beside the working directory or a parent. */
  static Path sharedFolder() {
    String configured = System.getProperty("newsminer.shared");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      for (Path candidate : new Path[] {p.resolve("shared"), p.resolveSibling("shared")}) {
        if (Files.isDirectory(candidate.resolve("corpora"))) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** The project's {@code examples/}: named by {@code -Dnewsminer.examples}, or found from the working directory up. */
  static Path examplesFolder() throws IOException {
    String configured = System.getProperty("newsminer.examples");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples")) && Files.exists(p.resolve("pom.xml"))) {
        return p.resolve("examples");
      }
    }
    throw new IOException("neither ../shared nor examples/ found from " + Path.of("").toAbsolutePath()
        + "; set -Dnewsminer.shared or -Dnewsminer.examples");
  }
}
