package dev.newsminer.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds article files and reads them with the reader their name calls for.
 *
 * <p>Supported names: {@code .txt}, {@code .json}, {@code .jsonl}. All methods are static and
 * thread-safe.
 *
 * <pre>{@code
 * for (Path file : ArticleFiles.list(List.of(Path.of("examples")), System.err::println)) {
 *   ArticleFiles.read(file, sink);
 * }
 * }</pre>
 */
public final class ArticleFiles {

  private static final ArticleReader TEXT = new TextArticleReader();
  private static final ArticleReader JSON = new JsonArticleReader(false);
  private static final ArticleReader JSON_LINES = new JsonArticleReader(true);

  private ArticleFiles() {}

  /**
   * The reader for a file name, or empty when newsminer does not read that format.
   *
   * @param file a path whose name ends in a supported extension. Must not be {@code null}.
   */
  public static Optional<ArticleReader> readerFor(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(JSON_LINES);
    }
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }

  /** Whether {@link #readerFor(Path)} has a reader for this file name. */
  public static boolean isSupported(Path file) {
    return readerFor(file).isPresent();
  }

  /**
   * Lists the article files under the given paths in a stable order: each path in the given order,
   * folders walked recursively with their entries sorted by name. Files named directly are kept
   * whatever their extension, so that an unsupported one is reported when read; files found in
   * folders are kept only when their format is supported. Paths that do not exist and folders that
   * cannot be listed are reported to {@code problems} and skipped.
   */
  public static List<Path> list(List<Path> roots, Consumer<ReadProblem> problems) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        problems.accept(ReadProblem.of(root.toString(), "no such file or folder"));
      } else if (!Files.isDirectory(root)) {
        files.add(root);
      } else {
        walk(root, files, problems);
      }
    }
    return files;
  }

  private static void walk(Path root, List<Path> files, Consumer<ReadProblem> problems) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, java.util.EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && isSupported(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String reason = e instanceof java.nio.file.FileSystemLoopException
                  ? "symbolic link loop, skipped" : "cannot be read (" + e.getClass().getSimpleName() + ")";
              problems.accept(ReadProblem.of(file.toString(), reason));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.accept(ReadProblem.of(root.toString(), "cannot be listed (" + e.getMessage() + ")"));
    }
    found.sort(null);
    files.addAll(found);
  }

  /**
   * Reads every article in {@code file} into {@code sink}.
   *
   * @throws IOException when the file cannot be read as a whole, or its format is not supported;
   *     the message says why, without the path
   */
  public static void read(Path file, ArticleSink sink) throws IOException {
    ArticleReader reader = readerFor(file).orElseThrow(
        () -> new IOException("unsupported file type (expected .txt, .json or .jsonl)"));
    if (Files.isDirectory(file)) {
      throw new IOException("is a folder");
    }
    try (InputStream in = Files.newInputStream(file)) {
      reader.read(in, file.toString(), sink);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException("file not found", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new IOException("permission denied", e);
    }
  }
}
