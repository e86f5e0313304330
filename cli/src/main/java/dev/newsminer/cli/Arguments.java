package dev.newsminer.cli;

import dev.newsminer.article.ArticleFiles;
import dev.newsminer.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
   * Refuses an output file that is also an input: named as one (through any symbolic link or hard
   * link), or inside an input folder with a name the folder walk would read. Checked before anything
   * is opened for writing, so that the input is never emptied.
   *
   * @throws Main.UsageException when {@code output} is an input
   */
  static void requireNotAnInput(String option, Path output, List<Path> inputs) {
    Path target;
    try {
      Path absolute = output.toAbsolutePath().normalize();
      if (Files.exists(absolute)) {
        target = absolute.toRealPath();
      } else {
        Path parent = absolute.getParent();
        target = parent == null || !Files.exists(parent) ? absolute
            : parent.toRealPath().resolve(absolute.getFileName());
      }
    } catch (IOException e) {
      return; // the file cannot be resolved: opening it will say why
    }
    for (Path input : inputs) {
      Path real;
      try {
        real = input.toRealPath();
      } catch (IOException e) {
        continue; // a missing input is reported when the batch reads it
      }
      if (Files.isDirectory(real)) {
        if (target.startsWith(real) && ArticleFiles.isSupported(target)) {
          throw new Main.UsageException(option + " " + output + " is inside the input folder " + input
              + " and would be read as an input; write it elsewhere");
        }
      } else if (real.equals(target) || isSameFile(real, target)) {
        throw new Main.UsageException(option + " " + output + " is also an input; write it elsewhere");
      }
    }
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Opens the index folder of {@code --index} for searching.
   *
   * @throws Main.UsageException when the folder does not exist or holds no newsminer index
   */
  static ArticleIndex openIndex(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new Main.UsageException("--index must be an index folder; " + dir + " is a file");
    }
    requireFolder("--index", dir);
    if (!ArticleIndex.exists(dir)) {
      throw new Main.UsageException("no index in " + dir);
    }
    // An index that is there but cannot be read is not a usage error: it says so, with exit 1.
    return ArticleIndex.openReadOnly(dir);
  }
}
