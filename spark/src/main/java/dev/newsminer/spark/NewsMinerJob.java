package dev.newsminer.spark;

import dev.newsminer.ExtractionJson;
import dev.newsminer.index.ArticleIndex;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.TaskCompletionListener;

/**
 * newsminer as a Spark job: reads articles from any Hadoop path with core's readers, extracts
 * them on the executors (one {@link dev.newsminer.NewsMiner} per executor JVM), and writes
 *
 * <ul>
 *   <li>{@code OUTPUT/json/part-NNNNN}: JSON Lines with exactly {@code newsminer extract}'s
 *       contract; the parts read in name order are the command line's output for the same input;
 *   <li>{@code OUTPUT/parquet/}: one row per article in {@link ExtractionRows#SCHEMA};
 *   <li>{@code OUTPUT/failures/part-00000}: one line per input or record that could not be read,
 *       {@code source: reason}, as the command line reports them;
 *   <li>{@code OUTPUT/summary.json}: the counts of {@link JobSummary};
 *   <li>with an index folder, one Lucene index merged from one shard per partition, which
 *       {@code newsminer search} and {@code orgs} read like one the command line built.
 * </ul>
 *
 * <p>Output and index are written under temporary names and renamed when complete (see
 * {@link StagedFolder}): a killed run leaves nothing half-written, and a rerun gives the same output.
 *
 * <pre>{@code
 * JobSummary s = NewsMinerJob.run(spark, JobOptions.of(List.of("hdfs:///news/2024"), "hdfs:///out/2024",
 *     Path.of("index-2024")));
 * System.err.println(s.line());
 * }</pre>
 */
public final class NewsMinerJob {

  /** The file every complete output holds. */
  static final String SUMMARY = "summary.json";

  private static final int FAILURES_SHOWN = 20;

  private NewsMinerJob() {}

  /**
   * Runs the job on the session's cluster and waits for it.
   *
   * @param spark   the session. Must not be {@code null}.
   * @param options what to read and write. Must not be {@code null}.
   * @return what the run did
   * @throws IllegalArgumentException when the output or index folder exists and is not an earlier
   *     result of this job (they are replaced only then)
   * @throws IOException when the output or index cannot be written
   */
  public static JobSummary run(SparkSession spark, JobOptions options) throws IOException {
    long start = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    StagedFolder output = StagedFolder.prepare(new Path(options.output()), conf, SUMMARY, "--output");
    StagedFolder index = options.index() == null ? null
        : StagedFolder.prepare(new Path("file", null, options.index().toAbsolutePath().normalize().toString()), conf,
            "segments_", "--index");

    List<String> listingFailures = new ArrayList<>();
    List<InputFile> files = InputListing.list(options.inputs(), conf, p -> listingFailures.add(p.toString()));
    List<List<InputFile>> slices = InputListing.slices(files,
        partitions(options, files, jsc.defaultParallelism()));
    if (slices.isEmpty()) {
      slices = List.of(List.of());
    }

    JobCounters counters = JobCounters.register(jsc.sc());
    counters.failures().add(listingFailures.size());
    Broadcast<HadoopSettings> hadoop = jsc.broadcast(new HadoopSettings(conf));
    String shards = index == null ? null : new Path(output.work(), "_index-shards").toString();
    boolean includeText = options.includeText();
    JavaRDD<ExtractedRecord> extracted = jsc.parallelize(slices, slices.size())
        .mapPartitionsWithIndex((partition, slice) ->
            extractPartition(partition, slice, hadoop.value().configuration(), shards, includeText, counters), true)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // The first action runs the extraction (and builds the shards); the others read the cache.
      long extractStart = System.nanoTime();
      extracted.filter(ExtractedRecord::isArticle).map(ExtractedRecord::json)
          .saveAsTextFile(new Path(output.work(), "json").toString());
      double extractSeconds = (System.nanoTime() - extractStart) / 1e9;
      spark.createDataFrame(extracted.filter(ExtractedRecord::isArticle).map(ExtractedRecord::row), ExtractionRows.SCHEMA)
          .write().parquet(new Path(output.work(), "parquet").toString());
      JavaRDD<String> failures = jsc.parallelize(listingFailures, 1)
          .union(extracted.filter(r -> !r.isArticle()).map(ExtractedRecord::failure))
          .coalesce(1);
      failures.saveAsTextFile(new Path(output.work(), "failures").toString());
      List<String> someFailures = failures.take(FAILURES_SHOWN);

      if (index != null) {
        mergeShards(new Path(shards), slices.size(), conf, Paths.get(index.work().toUri()));
      }
      JobSummary summary = new JobSummary(counters.articles().value(), counters.tokens().value(),
          counters.failures().value(), slices.size(), (System.nanoTime() - start) / 1e9, extractSeconds,
          someFailures);
      writeSummary(summary, new Path(output.work(), SUMMARY), conf);
      output.publish();
      if (index != null) {
        index.publish();
      }
      return summary;
    } finally {
      extracted.unpersist(false);
      hadoop.destroy();
    }
  }

  /** The partitions to cut the input into: enough for the size, and three per core to even out the tail. */
  static int partitions(JobOptions options, List<InputFile> files, int parallelism) {
    if (options.partitions() > 0) {
      return options.partitions();
    }
    long bytes = 0;
    for (InputFile f : files) {
      bytes += f.bytes();
    }
    long bySize = (bytes + options.partitionBytes() - 1) / options.partitionBytes();
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.max(bySize, 3L * parallelism)));
  }

  private static Iterator<ExtractedRecord> extractPartition(int partition, Iterator<List<InputFile>> slice,
      Configuration conf, String shards, boolean includeText, JobCounters counters) throws IOException {
    List<InputFile> files = new ArrayList<>();
    slice.forEachRemaining(files::addAll);
    IndexShard shard = null;
    if (shards != null) {
      TaskContext task = TaskContext.get();
      IndexShard started = IndexShard.start(shards, partition, task.taskAttemptId(), conf);
      task.addTaskCompletionListener((TaskCompletionListener) context -> {
        try {
          started.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      shard = started;
    }
    return new PartitionExtraction(files, conf, includeText, counters, shard);
  }

  /** Merges the published shards, in partition order, into the index folder on the driver. */
  private static void mergeShards(Path shards, int partitions, Configuration conf, java.nio.file.Path folder)
      throws IOException {
    FileSystem fs = shards.getFileSystem(conf);
    boolean local = "file".equals(fs.getUri().getScheme());
    java.nio.file.Path copies = local ? null : Files.createTempDirectory("newsminer-shards-");
    try {
      List<java.nio.file.Path> paths = new ArrayList<>();
      for (int i = 0; i < partitions; i++) {
        Path shard = new Path(shards, IndexShard.name(i));
        if (!fs.exists(shard)) {
          throw new IOException("index shard " + shard + " is missing");
        }
        if (local) {
          paths.add(Paths.get(fs.makeQualified(shard).toUri()));
        } else {
          java.nio.file.Path copy = copies.resolve(IndexShard.name(i));
          fs.copyToLocalFile(false, shard, new Path(copy.toUri()), true);
          paths.add(copy);
        }
      }
      ArticleIndex.merge(paths, folder);
    } finally {
      fs.delete(shards, true);
      if (copies != null) {
        FileSystem.getLocal(conf).delete(new Path(copies.toUri()), true);
      }
    }
  }

  private static void writeSummary(JobSummary s, Path file, Configuration conf) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("articles", s.articles());
    json.put("failed", s.failed());
    json.put("tokens", s.tokens());
    json.put("partitions", s.partitions());
    json.put("seconds", s.seconds());
    json.put("extract_seconds", s.extractSeconds());
    json.put("articles_per_s", s.articlesPerSecond());
    json.put("tokens_per_s", s.extractSeconds() > 0 ? s.tokens() / s.extractSeconds() : 0);
    try (OutputStream out = file.getFileSystem(conf).create(file, true)) {
      out.write(ExtractionJson.mapper().writeValueAsBytes(json));
      out.write('\n');
    }
  }
}
