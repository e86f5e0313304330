package dev.newsminer.spark;

import dev.newsminer.ExtractionJson;
import dev.newsminer.index.ArticleIndex;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
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
    String work = output.work().toString();
    String shards = index == null ? null : new Path(output.work(), "_index-shards").toString();
    boolean includeText = options.includeText();
    PartitionFiles.prepare(output.work(), conf);
    try {
      // One action, one pass: each task extracts its articles once and writes their JSON lines,
      // Parquet rows and index entries as it goes; only its failure lines come back.
      long extractStart = System.nanoTime();
      List<List<String>> partitionFailures = jsc.parallelize(slices, slices.size())
          .mapPartitionsWithIndex((partition, slice) ->
              extractPartition(partition, slice, hadoop.value().configuration(), work, shards, includeText, counters),
              true)
          .collect();
      double extractSeconds = (System.nanoTime() - extractStart) / 1e9;
      List<String> failures = new ArrayList<>(listingFailures);
      partitionFailures.forEach(failures::addAll);
      writeLines(failures, new Path(new Path(output.work(), "failures"), "part-00000"), conf);
      output.work().getFileSystem(conf).delete(new Path(output.work(), PartitionFiles.ATTEMPTS), true);

      if (index != null) {
        mergeShards(new Path(shards), slices.size(), conf, Paths.get(index.work().toUri()));
      }
      JobSummary summary = new JobSummary(counters.articles().value(), counters.tokens().value(),
          counters.failures().value(), slices.size(), (System.nanoTime() - start) / 1e9, extractSeconds,
          failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())));
      writeSummary(summary, new Path(output.work(), SUMMARY), conf);
      output.publish();
      if (index != null) {
        index.publish();
      }
      return summary;
    } finally {
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

  /** The task of one partition: its failure lines, the one element it hands back. */
  private static Iterator<List<String>> extractPartition(int partition, Iterator<List<InputFile>> slice,
      Configuration conf, String output, String shards, boolean includeText, JobCounters counters) throws IOException {
    List<InputFile> files = new ArrayList<>();
    slice.forEachRemaining(files::addAll);
    TaskContext task = TaskContext.get();
    PartitionFiles parts = PartitionFiles.start(new Path(output), partition, task.taskAttemptId(), includeText, conf);
    IndexShard shard = shards == null ? null : IndexShard.start(shards, partition, task.taskAttemptId(), conf);
    // A failed attempt closes what it opened; what it wrote stays unpublished.
    task.addTaskCompletionListener((TaskCompletionListener) context -> {
      try (parts) {
        if (shard != null) {
          shard.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    List<String> failures = new PartitionExtraction(conf, counters, parts, shard).run(files);
    return List.<List<String>>of(failures).iterator();
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

  private static void writeLines(List<String> lines, Path file, Configuration conf) throws IOException {
    try (Writer out = new BufferedWriter(new OutputStreamWriter(file.getFileSystem(conf).create(file, true),
        StandardCharsets.UTF_8))) {
      for (String line : lines) {
        out.write(line);
        out.write('\n');
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
