package dev.newsminer.cli;

import dev.newsminer.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of path options shared by the commands; each failure is a one-line usage error (exit 2). */
final class Arguments {

  private Arguments() {}

  /** @throws Main.UsageException when {@code path} is not an existing regular file */
  static void requireFile(String option, Path path) {
    if (!Files.isRegularFile(path)) {
      throw new Main.UsageException(option + " file does not exist; got " + path);
    }
  }

  /** @throws Main.UsageException when {@code path} is not an existing folder */
  static void requireFolder(String option, Path path) {
    if (!Files.isDirectory(path)) {
      throw new Main.UsageException(option + " folder does not exist; got " + path);
    }
  }

  /** @throws Main.UsageException when the folder {@code path} is to be written in does not exist */
  static void requireParentFolder(String option, Path path) {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new Main.UsageException(option + " folder does not exist; got " + parent);
    }
  }

  /**
   * Opens the index folder of {@code --index} for searching.
   *
   * @throws Main.UsageException when the folder does not exist or holds no newsminer index
   */
  static ArticleIndex openIndex(Path dir) {
    requireFolder("--index", dir);
    try {
      return ArticleIndex.openReadOnly(dir);
    } catch (IOException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }
}
