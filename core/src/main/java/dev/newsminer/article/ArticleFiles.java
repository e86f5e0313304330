package dev.newsminer.article;

import java.io.BufferedInputStream;
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
import java.util.zip.GZIPInputStream;

/**
 * Finds article files and reads them with the reader their name calls for.
 *
 * <p>Supported names: {@code .txt}, {@code .json}, {@code .jsonl} (or {@code .ndjson}),
 * {@code .html} and {@code .htm}, {@code .warc}, and any of these gzip-compressed with a further
 * {@code .gz} ({@code .txt.gz}, {@code .jsonl.gz}, {@code .warc.gz}, …). All methods are static and
 * thread-safe.
 *
 * <pre>{@code
 * for (Path file : ArticleFiles.list(List.of(Path.of("examples")), System.err::println)) {
 *   ArticleFiles.read(file, sink);
 * }
 * }</pre>
 */
public final class ArticleFiles {

  private static final String SUPPORTED = ".txt, .json, .jsonl, .html, .htm, .warc, each optionally .gz";

  private static final String NOT_REGULAR = "not a regular file (a FIFO, socket or device), skipped";

  private ArticleFiles() {}

  /**
   * The reader for a file name with the default limits, or empty when newsminer does not read that
   * format. For a {@code .gz} name it is the reader of the name without {@code .gz}; the caller
   * decompresses (as {@link #read(Path, ArticleSink)} does), except for {@code .warc.gz}, which the
   * WARC reader reads compressed.
   *
   * @param file a path whose name ends in a supported extension. Must not be {@code null}.
   * @return the reader, or empty when the format is not supported
   */
  public static Optional<ArticleReader> readerFor(Path file) {
    return readerFor(file, ReadLimits.DEFAULT);
  }

  /**
   * The reader for a file name with the given limits; see {@link #readerFor(Path)}.
   *
   * @param file   the file. Must not be {@code null}.
   * @param limits the limits. Must not be {@code null}.
   * @return the reader, or empty when the format is not supported
   */
  public static Optional<ArticleReader> readerFor(Path file, ReadLimits limits) {
    return readerForName(lowerName(file), limits);
  }

  private static Optional<ArticleReader> readerForName(String name, ReadLimits limits) {
    if (name.endsWith(".warc.gz") || name.endsWith(".warc")) {
      return Optional.of(new WarcArticleReader(limits));
    }
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".txt")) {
      return Optional.of(new TextArticleReader(limits));
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(new JsonArticleReader(true, limits));
    }
    if (name.endsWith(".json")) {
      return Optional.of(new JsonArticleReader(false, limits));
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(new HtmlArticleReader(limits));
    }
    return Optional.empty();
  }

  private static String lowerName(Path file) {
    return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@link #readerFor(Path)} has a reader for this file name.
   *
   * @param file a path. Must not be {@code null}.
   * @return true when newsminer can read articles from a file of this name
   */
  public static boolean isSupported(Path file) {
    return readerFor(file).isPresent();
  }

  /**
   * Lists the article files under the given paths in a stable order: each path in the given order,
   * folders walked recursively with their entries sorted by name. Files named directly are kept
   * whatever their extension, so that an unsupported one is reported when read; files found in
   * folders are kept only when their format is supported. Paths that do not exist, folders that
   * cannot be listed and special files (FIFOs, sockets, devices, which could block the run forever)
   * are reported to {@code problems} and skipped.
   *
   * @param roots     files and folders. Must not be {@code null}.
   * @param problems  receives each path that cannot be listed. Must not be {@code null}.
   * @return the files, in the order above; a new mutable list
   */
  public static List<Path> list(List<Path> roots, Consumer<ReadProblem> problems) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        problems.accept(ReadProblem.of(root.toString(), "no such file or folder"));
      } else if (!Files.isDirectory(root) && !Files.isRegularFile(root)) {
        // Opening a FIFO blocks until something writes to it: it would hang the run.
        problems.accept(ReadProblem.of(root.toString(), NOT_REGULAR));
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
              } else if (!attrs.isRegularFile() && !attrs.isDirectory() && isSupported(file)) {
                problems.accept(ReadProblem.of(file.toString(), NOT_REGULAR));
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
   * Reads every article in {@code file} into {@code sink} with the default limits; see
   * {@link #read(Path, ReadLimits, ArticleSink)}.
   *
   * @param file the file to read. Must not be {@code null}.
   * @param sink receives each article read and each record that could not be read. Must not be {@code null}.
   * @throws IOException when the file cannot be read as a whole, or its format is not supported;
   *     the message says why, without the path
   */
  public static void read(Path file, ArticleSink sink) throws IOException {
    read(file, ReadLimits.DEFAULT, sink);
  }

  /**
   * Reads every article in {@code file} into {@code sink}, decompressing a {@code .gz} file.
   * Articles read before a failure stay with the sink.
   *
   * @param file   the file to read. Must not be {@code null}.
   * @param limits how much of one article to read. Must not be {@code null}.
   * @param sink   receives each article read and each record that could not be read. Must not be {@code null}.
   * @throws IOException when the file cannot be read as a whole (missing, unreadable, truncated,
   *     not text, over a limit), or its format is not supported; the message says why, without the path
   */
  public static void read(Path file, ReadLimits limits, ArticleSink sink) throws IOException {
    readerFor(file, limits).orElseThrow(
        () -> new IOException("unsupported file type (expected " + SUPPORTED + ")"));
    if (Files.isDirectory(file)) {
      throw new IOException("is a folder");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new IOException(NOT_REGULAR);
    }
    try (InputStream raw = Files.newInputStream(file)) {
      read(raw, file.toString(), limits, sink);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException("file not found", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new IOException("permission denied", e);
    } catch (java.nio.file.FileSystemException e) {
      throw new IOException("cannot be read (" + e.getReason() + ")", e);
    }
  }

  /**
   * Reads every article of one input that is not a local file (a Hadoop path, an object in a
   * store) into {@code sink}, with the reader its name calls for, decompressing a {@code .gz}
   * input; the same reading as {@link #read(Path, ReadLimits, ArticleSink)} with the same messages.
   * Articles read before a failure stay with the sink.
   *
   * @param raw    the input's bytes as stored; the caller closes it. Must not be {@code null}.
   * @param source the input's name, such as a path or URL: its ending chooses the reader and it
   *     becomes the articles' source. Must not be {@code null}.
   * @param limits how much of one article to read. Must not be {@code null}.
   * @param sink   receives each article read and each record that could not be read. Must not be {@code null}.
   * @throws IOException when the input cannot be read as a whole (truncated, not text, over a
   *     limit), or its format is not supported; the message says why, without the name
   */
  public static void read(InputStream raw, String source, ReadLimits limits, ArticleSink sink) throws IOException {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf(java.io.File.separatorChar));
    String name = source.substring(slash + 1).toLowerCase(Locale.ROOT);
    ArticleReader reader = readerForName(name, limits).orElseThrow(
        () -> new IOException("unsupported file type (expected " + SUPPORTED + ")"));
    boolean gzip = name.endsWith(".gz") && !name.endsWith(".warc.gz");
    try (InputStream buffered = new BufferedInputStream(raw, 64 * 1024);
         InputStream in = gzip ? new GZIPInputStream(buffered, 64 * 1024) : buffered) {
      reader.read(in, source, sink);
    } catch (java.util.zip.ZipException e) {
      throw new IOException("corrupt gzip data (" + e.getMessage() + ")", e);
    } catch (java.io.EOFException e) {
      throw new IOException((gzip ? "truncated gzip data" : "truncated file") + " (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads every article in a file, or in the files of a folder walked as {@link #list} walks it,
   * with the default limits. It is the one-line way in: {@code ArticleFiles.readAll(Path.of("news"))}.
   *
   * @param path a file or a folder. Must not be {@code null}.
   * @return the articles in file order, then record order within a file; a new mutable list
   * @throws IOException at the first file or record that cannot be read, with a message in the
   *     form {@code source: reason}; use {@link #readAll(Path, Consumer)} to skip bad input instead
   */
  public static List<Article> readAll(Path path) throws IOException {
    List<ReadProblem> problems = new ArrayList<>(1);
    List<Article> articles = readAll(path, problems::add);
    if (!problems.isEmpty()) {
      throw new IOException(problems.get(0).toString());
    }
    return articles;
  }

  /**
   * Reads every article in a file or a folder, as {@link #readAll(Path)} does, but goes on past
   * bad input: each file or record that cannot be read is handed to {@code problems} and skipped.
   *
   * @param path     a file or a folder. Must not be {@code null}.
   * @param problems receives one {@link ReadProblem} per unreadable file or record. Must not be {@code null}.
   * @return the articles that could be read, in file order, then record order; a new mutable list
   */
  public static List<Article> readAll(Path path, Consumer<ReadProblem> problems) {
    List<Article> articles = new ArrayList<>();
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(Article article) {
        articles.add(article);
      }

      @Override
      public void problem(ReadProblem problem) {
        problems.accept(problem);
      }
    };
    for (Path file : list(List.of(path), problems)) {
      try {
        read(file, sink);
      } catch (IOException e) {
        problems.accept(ReadProblem.of(file.toString(), e.getMessage()));
      }
    }
    return articles;
  }
}
