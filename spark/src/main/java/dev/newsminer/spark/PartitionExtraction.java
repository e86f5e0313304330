package dev.newsminer.spark;

import dev.newsminer.Extraction;
import dev.newsminer.ExtractionJson;
import dev.newsminer.NewsMiner;
import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ArticleSink;
import dev.newsminer.article.ReadLimits;
import dev.newsminer.article.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The work of one task: reads the partition's files with core's readers, extracts every article
 * with the JVM's {@link SharedMiner}, and hands on one {@link ExtractedRecord} per article or
 * failure, in input order. With an index shard, every article is also added to it, and the shard
 * is published when the last file is done.
 *
 * <p>Lazy: it reads a file when the records of the one before are taken, so a task holds one
 * file's records at a time. Not thread-safe.
 */
final class PartitionExtraction implements Iterator<ExtractedRecord> {

  private final Iterator<InputFile> files;
  private final Configuration conf;
  private final boolean includeText;
  private final JobCounters counters;
  private final IndexShard shard;
  private final NewsMiner miner = SharedMiner.get();
  private final ArrayDeque<ExtractedRecord> ready = new ArrayDeque<>();
  private boolean finished;

  /**
   * @param shard the partition's index shard, or null for a job without an index
   */
  PartitionExtraction(List<InputFile> files, Configuration conf, boolean includeText, JobCounters counters,
      IndexShard shard) {
    this.files = files.iterator();
    this.conf = conf;
    this.includeText = includeText;
    this.counters = counters;
    this.shard = shard;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && files.hasNext()) {
      read(files.next());
    }
    if (ready.isEmpty() && !finished) {
      finished = true;
      if (shard != null) {
        try {
          shard.publish();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot publish the index shard: " + e.getMessage(), e);
        }
      }
    }
    return !ready.isEmpty();
  }

  @Override
  public ExtractedRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  /** Reads one file; what it cannot read becomes failures, as the command line reports them. */
  private void read(InputFile file) {
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(Article article) {
        extract(article);
      }

      @Override
      public void problem(ReadProblem problem) {
        fail(problem);
      }
    };
    try {
      Path path = new Path(file.path());
      FileSystem fs = path.getFileSystem(conf);
      try (InputStream in = fs.open(path)) {
        ArticleFiles.read(in, file.source(), ReadLimits.DEFAULT, sink);
      }
    } catch (java.io.FileNotFoundException e) {
      fail(ReadProblem.of(file.source(), "file not found"));
    } catch (IOException e) {
      String message = e.getMessage();
      fail(ReadProblem.of(file.source(), message == null || message.isBlank() ? e.getClass().getSimpleName() : message));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      fail(ReadProblem.of(file.source(), "cannot be read (" + e + ")"));
    }
  }

  private void extract(Article article) {
    Extraction extraction;
    try {
      extraction = miner.extract(article);
    } catch (RuntimeException | StackOverflowError e) {
      fail(ReadProblem.of(article.source(), "extraction failed (" + e + ")"));
      return;
    }
    if (shard != null) {
      try {
        shard.add(extraction);
      } catch (IOException e) {
        // The shard's disk failed, not the article: the task fails and Spark retries it.
        throw new UncheckedIOException("cannot write the index shard: " + e.getMessage(), e);
      }
    }
    ready.add(ExtractedRecord.article(ExtractionJson.toJson(extraction, includeText),
        ExtractionRows.toRow(extraction, includeText)));
    counters.articles().add(1);
    counters.tokens().add(extraction.tokenCount());
  }

  private void fail(ReadProblem problem) {
    ready.add(ExtractedRecord.failure(problem.toString()));
    counters.failures().add(1);
  }
}
