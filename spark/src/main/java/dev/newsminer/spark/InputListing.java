package dev.newsminer.spark;

import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ReadProblem;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the job's input files on the driver, in the order {@code newsminer extract} reads them,
 * and cuts that list into partitions of about equal size.
 *
 * <p>The order is what makes the job's JSON Lines, read part after part, the same as the
 * command line's: each input in the given order, a folder's files sorted by their path under it.
 */
final class InputListing {

  private InputListing() {}

  /**
   * The files under the given inputs. A file named directly is kept whatever its name, so that an
   * unsupported one is reported when read; files found in folders are kept when newsminer reads
   * their format. Inputs that do not exist or cannot be listed go to {@code problems}.
   *
   * @param inputs Hadoop paths as given on the command line (local paths, {@code hdfs://…}, …)
   */
  static List<InputFile> list(List<String> inputs, Configuration conf, Consumer<ReadProblem> problems) {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      String given = stripTrailingSlashes(input);
      try {
        Path root = new Path(given);
        FileSystem fs = root.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(root);
        if (!status.isDirectory()) {
          files.add(new InputFile(status.getPath().toString(), given, status.getLen()));
          continue;
        }
        String rootPath = status.getPath().toUri().getPath();
        List<InputFile> found = new ArrayList<>();
        for (FileStatus file : filesUnder(fs, root, problems)) {
          String under = file.getPath().toUri().getPath().substring(rootPath.length());
          if (under.startsWith("/")) {
            under = under.substring(1);
          }
          if (isSupported(file.getPath().getName())) {
            found.add(new InputFile(file.getPath().toString(), given + "/" + under, file.getLen()));
          }
        }
        found.sort(Comparator.comparing(InputFile::source));
        files.addAll(found);
      } catch (FileNotFoundException e) {
        problems.accept(ReadProblem.of(given, "no such file or folder"));
      } catch (IOException | RuntimeException e) {
        problems.accept(ReadProblem.of(given, "cannot be listed (" + e.getMessage() + ")"));
      }
    }
    return files;
  }

  /**
   * The files under a folder, at any depth. On the local file system, a walk of plain listings:
   * Hadoop's recursive listing asks every local file for its permissions, which without Hadoop's
   * native library runs {@code ls -ld} in a new process per file, more CPU than extracting a
   * short article. Elsewhere (HDFS, S3) the recursive listing, which those stores answer in bulk.
   */
  private static List<FileStatus> filesUnder(FileSystem fs, Path folder, Consumer<ReadProblem> problems)
      throws IOException {
    List<FileStatus> files = new ArrayList<>();
    if ("file".equals(fs.getUri().getScheme())) {
      walk(fs, folder, files, new HashSet<>(), problems);
    } else {
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
      while (it.hasNext()) {
        files.add(it.next());
      }
    }
    return files;
  }

  /** Lists a local folder's tree; a folder met again through a symbolic link is reported and skipped. */
  private static void walk(FileSystem fs, Path folder, List<FileStatus> files, Set<String> seen,
      Consumer<ReadProblem> problems) throws IOException {
    if (!seen.add(new File(fs.makeQualified(folder).toUri()).getCanonicalPath())) {
      problems.accept(ReadProblem.of(folder.toUri().getPath(), "symbolic link loop, skipped"));
      return;
    }
    for (FileStatus status : fs.listStatus(folder)) {
      if (status.isDirectory()) {
        walk(fs, status.getPath(), files, seen, problems);
      } else {
        files.add(status);
      }
    }
  }

  /**
   * Cuts the files into at most {@code partitions} runs of consecutive files with about the same
   * number of bytes each; every run has at least one file, and a file is never split.
   *
   * @param partitions at least 1
   */
  static List<List<InputFile>> slices(List<InputFile> files, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1; got " + partitions);
    }
    long total = 0;
    for (InputFile f : files) {
      total += Math.max(1, f.bytes());
    }
    List<List<InputFile>> slices = new ArrayList<>();
    List<InputFile> current = new ArrayList<>();
    long done = 0;
    for (InputFile f : files) {
      current.add(f);
      done += Math.max(1, f.bytes());
      // Cut where the running total passes the next equal share of the whole.
      if (done * partitions >= total * (slices.size() + 1)) {
        slices.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      slices.add(current);
    }
    return slices;
  }

  private static boolean isSupported(String fileName) {
    try {
      return ArticleFiles.isSupported(java.nio.file.Path.of(fileName));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  private static String stripTrailingSlashes(String input) {
    String s = input;
    while (s.length() > 1 && s.endsWith("/") && !s.endsWith("://")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
