package dev.newsminer.spark;

import dev.newsminer.Extraction;
import dev.newsminer.NewsMiner;
import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ArticleSink;
import dev.newsminer.article.ReadLimits;
import dev.newsminer.article.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The work of one task, in one pass over its input: reads the partition's files with core's
 * readers, extracts every article once with the JVM's {@link SharedMiner}, and writes it at once
 * to the partition's JSON Lines and Parquet parts ({@link PartitionFiles}) and, with an index, to
 * its shard ({@link IndexShard}). Nothing is kept but the failures: the task holds one article at
 * a time. Not thread-safe; one per task.
 */
final class PartitionExtraction {

  private final Configuration conf;
  private final JobCounters counters;
  private final PartitionFiles files;
  private final IndexShard shard;
  private final NewsMiner miner = SharedMiner.get();
  private final List<String> failures = new ArrayList<>();
  /** The first output that could not be written: it fails the task, whatever the reader made of it. */
  private IOException outputFailure;

  /**
   * @param files where the partition's JSON Lines and Parquet rows go
   * @param shard the partition's index shard, or null for a job without an index
   */
  PartitionExtraction(Configuration conf, JobCounters counters, PartitionFiles files, IndexShard shard) {
    this.conf = conf;
    this.counters = counters;
    this.files = files;
    this.shard = shard;
  }

  /**
   * Extracts the files in order and publishes the partition's parts and shard.
   *
   * @return one line per input or record that could not be read, {@code source: reason}, in input order
   * @throws IOException when an output cannot be written (the task fails and Spark retries it)
   */
  List<String> run(List<InputFile> inputs) throws IOException {
    for (InputFile input : inputs) {
      read(input);
      if (outputFailure != null) {
        throw outputFailure;
      }
    }
    files.publish();
    if (shard != null) {
      shard.publish();
    }
    return failures;
  }

  /** Reads one file; what it cannot read becomes failures, as the command line reports them. */
  private void read(InputFile file) throws IOException {
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
    if (outputFailure != null) {
      return;
    }
    Extraction extraction;
    try {
      extraction = miner.extract(article);
    } catch (RuntimeException | StackOverflowError e) {
      fail(ReadProblem.of(article.source(), "extraction failed (" + e + ")"));
      return;
    }
    try {
      files.add(extraction);
      if (shard != null) {
        shard.add(extraction);
      }
    } catch (IOException e) {
      // The output's disk failed, not the article: the task fails and Spark retries it.
      outputFailure = e;
      throw new UncheckedIOException(e);
    }
    counters.articles().add(1);
    counters.tokens().add(extraction.tokenCount());
  }

  private void fail(ReadProblem problem) {
    if (outputFailure != null) {
      return; // the reader's report of the output's failure, not a problem of the input
    }
    failures.add(problem.toString());
    counters.failures().add(1);
  }
}
