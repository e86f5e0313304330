package dev.newsminer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the project's data lives for tests: {@code examples/} in the project and the corpora of
 * {@code ../shared}, which a fresh clone may not have. Tests that need {@code ../shared} skip
 * through JUnit assumptions when it is absent.
 */
public final class SharedData {

  private SharedData() {}

  /** The project root: the nearest folder above the working directory that holds {@code examples/}. */
  public static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples")) && Files.exists(p.resolve("pom.xml"))
          && Files.isDirectory(p.resolve("core"))) {
        return p;
      }
    }
    throw new IllegalStateException("project root not found above " + dir);
  }

  /** The bundled example articles. */
  public static Path examples() {
    return projectRoot().resolve("examples");
  }

  /** The {@code ../shared} folder, or skips the test when it is absent. */
  public static Path shared() {
    String configured = System.getProperty("newsminer.shared");
    Path shared = configured != null ? Path.of(configured) : projectRoot().resolveSibling("shared");
    assumeTrue(Files.isDirectory(shared.resolve("corpora")), "../shared is absent: " + shared);
    return shared;
  }

  /** A file or folder under {@code ../shared}, or skips the test when it is absent. */
  public static Path shared(String relative) {
    Path p = shared().resolve(relative);
    assumeTrue(Files.exists(p), "not present: " + p);
    return p;
  }

  /**
   * How many Reuters articles a test reads at most by default. The corpus-wide runs (every
   * {@code n} as the test asks) are opt-in, {@code mvn -Pcorpus verify}, so that the everyday
   * build stays within its few minutes.
   */
  public static final int DEFAULT_SAMPLE = 120;

  /** Whether this run reads corpora whole ({@code -Pcorpus}, which sets {@code newsminer.corpus=full}). */
  public static boolean corpusWide() {
    return "full".equals(System.getProperty("newsminer.corpus"));
  }

  /**
   * The first {@code n} Reuters article files in name order ({@value #DEFAULT_SAMPLE} at most unless
   * the run is {@linkplain #corpusWide() corpus-wide}), or skips the test when absent.
   */
  public static List<Path> reuters(int n) throws IOException {
    Path dir = shared("corpora/news/reuters21578/articles");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(corpusWide() ? n : Math.min(n, DEFAULT_SAMPLE))
          .toList();
    }
  }
}
