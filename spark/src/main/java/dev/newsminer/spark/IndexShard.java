package dev.newsminer.spark;

import dev.newsminer.Extraction;
import dev.newsminer.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The Lucene index of one partition's articles, written by one task: built in a local folder with
 * {@link ArticleIndex}, then published as {@code part-NNNNN} under the job's shard folder.
 *
 * <p>A task attempt builds its shard under its own name and renames it into place when complete,
 * so a retried or speculative attempt never mixes with another: the first complete one stays, and
 * since extraction is deterministic they hold the same documents. Not thread-safe; one per task.
 */
final class IndexShard implements AutoCloseable {

  private final Path published;
  private final Path attempt;
  private final FileSystem fs;
  private final java.nio.file.Path local;
  private final boolean localIsAttempt;
  private final ArticleIndex index;
  private boolean closed;

  private IndexShard(Path published, Path attempt, FileSystem fs, java.nio.file.Path local,
      boolean localIsAttempt) throws IOException {
    this.published = published;
    this.attempt = attempt;
    this.fs = fs;
    this.local = local;
    this.localIsAttempt = localIsAttempt;
    // One commit at the end: a shard is all or nothing, the attempt's rename is its commit.
    this.index = ArticleIndex.open(local, Integer.MAX_VALUE);
  }

  /** The published name of a partition's shard under {@code shards}. */
  static String name(int partition) {
    return String.format("part-%05d", partition);
  }

  /**
   * Starts the shard of a partition. On a local file system it is built in place; on any other
   * it is built in a local temporary folder and copied when published.
   *
   * @param shards    the Hadoop folder the job's shards go to
   * @param attemptId the task attempt's id, unique within the job
   */
  static IndexShard start(String shards, int partition, long attemptId, Configuration conf) throws IOException {
    Path published = new Path(shards, name(partition));
    Path attempt = new Path(shards, "_attempt-" + attemptId + "-" + name(partition));
    FileSystem fs = published.getFileSystem(conf);
    if ("file".equals(fs.getUri().getScheme())) {
      return new IndexShard(published, attempt, fs, Paths.get(attempt.toUri()), true);
    }
    return new IndexShard(published, attempt, fs, Files.createTempDirectory("newsminer-shard-"), false);
  }

  void add(Extraction extraction) throws IOException {
    index.add(extraction);
  }

  /** Commits the shard and moves it to its published name, unless another attempt got there first. */
  void publish() throws IOException {
    closeIndex();
    if (!localIsAttempt) {
      fs.copyFromLocalFile(true, true, new Path(local.toUri()), attempt);
    }
    if (fs.exists(published) || !fs.rename(attempt, published)) {
      fs.delete(attempt, true);
    }
  }

  /** Closes the index; an unpublished attempt is left for the job's clean-up. */
  @Override
  public void close() throws IOException {
    closeIndex();
    if (!localIsAttempt) {
      deleteLocal();
    }
  }

  private void closeIndex() throws IOException {
    if (!closed) {
      closed = true;
      index.close();
    }
  }

  private void deleteLocal() throws IOException {
    if (!Files.exists(local)) {
      return;
    }
    try (Stream<java.nio.file.Path> walk = Files.walk(local)) {
      for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
