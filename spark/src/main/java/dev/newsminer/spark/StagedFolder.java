package dev.newsminer.spark;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A folder the job writes under a temporary name beside it, {@code .NAME.in-progress}, and renames
 * to its real name only when everything in it is complete. A killed run leaves at most that
 * temporary folder, which the next run deletes before it starts, so a rerun gives the same result
 * as an uninterrupted run.
 *
 * <p>An existing folder of the real name is replaced only when it is empty or an earlier result
 * (it holds the marker file); anything else is refused, so a mistyped path never loses data.
 */
final class StagedFolder {

  private final FileSystem fs;
  private final Path target;
  private final Path work;

  private StagedFolder(FileSystem fs, Path target, Path work) {
    this.fs = fs;
    this.target = target;
    this.work = work;
  }

  /**
   * Checks the target and clears what a killed run left.
   *
   * @param target the folder to produce
   * @param marker the name, or name prefix, of a file every earlier result holds
   * @param what   the option that named the folder, for the message
   * @throws IllegalArgumentException when {@code target} exists and is neither empty nor an earlier result
   * @throws IOException when the file system fails
   */
  static StagedFolder prepare(Path target, Configuration conf, String marker, String what) throws IOException {
    FileSystem fs = target.getFileSystem(conf);
    Path qualified = fs.makeQualified(target);
    if (fs.exists(qualified)) {
      FileStatus status = fs.getFileStatus(qualified);
      if (!status.isDirectory() || !replaceable(fs.listStatus(qualified), marker)) {
        throw new IllegalArgumentException(what + " must be a new folder, an empty one or an earlier result; got "
            + target + ", which holds something else");
      }
    }
    Path work = new Path(qualified.getParent(), "." + qualified.getName() + ".in-progress");
    fs.delete(work, true);
    fs.mkdirs(work);
    return new StagedFolder(fs, qualified, work);
  }

  private static boolean replaceable(FileStatus[] entries, String marker) {
    if (entries.length == 0) {
      return true;
    }
    for (FileStatus e : entries) {
      if (e.isFile() && e.getPath().getName().startsWith(marker)) {
        return true;
      }
    }
    return false;
  }

  /** The folder to write into. */
  Path work() {
    return work;
  }

  /** Replaces the target with the complete work folder. */
  void publish() throws IOException {
    if (fs.exists(target) && !fs.delete(target, true)) {
      throw new IOException("cannot replace " + target);
    }
    if (!fs.rename(work, target)) {
      throw new IOException("cannot rename " + work + " to " + target);
    }
  }
}
