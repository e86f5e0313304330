package dev.newsminer.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The launcher of {@link NewsMinerJob}: {@code java -jar newsminer-spark.jar --master local[2]
 * --input DIR --output DIR [--index DIR]} runs it in local mode without a Spark installation, and
 * {@code spark-submit newsminer-spark.jar --input … --output …} on a cluster.
 *
 * <p>Exit codes as the command line's: 0 every input processed, 1 some failed (listed in the
 * output's {@code failures}), 2 usage error (one line).
 */
@Command(name = "newsminer-spark", mixinStandardHelpOptions = true,
    description = "Extract organizations and commitments from articles on Spark: JSON Lines, Parquet, a Lucene index.")
public final class Main implements Callable<Integer> {

  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, such as local[2]; default: spark-submit's, else local[*].")
  String master;

  @Option(names = "--input", paramLabel = "PATH", required = true,
      description = "Article files or folders, any Hadoop path (repeatable): .txt, .json, .jsonl, .html, .htm, "
          + ".warc, each optionally .gz.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", paramLabel = "DIR", required = true,
      description = "Output folder, any Hadoop path: json/, parquet/, failures/, summary.json.")
  String output;

  @Option(names = "--index", paramLabel = "DIR", description = "Local folder for the merged Lucene index.")
  Path index;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions (and index shards); default: input size / --partition-mb, at least 3 per core.")
  int partitions;

  @Option(names = "--partition-mb", paramLabel = "MB", description = "Input per partition (default: ${DEFAULT-VALUE}).")
  int partitionMb = (int) (JobOptions.DEFAULT_PARTITION_BYTES >> 20);

  @Option(names = "--include-text", description = "Add each article's text (JSON \"text\", Parquet column text).")
  boolean includeText;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting (repeatable).")
  Map<String, String> conf = new LinkedHashMap<>();

  /** Runs the job and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("newsminer-spark: " + e.getMessage());
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, command, parseResult) -> {
      command.getErr().println("newsminer-spark: " + (e instanceof IllegalArgumentException ? e.getMessage() : e));
      return e instanceof IllegalArgumentException ? USAGE : SOME_FAILED;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be >= 0; got " + partitions);
    }
    if (partitionMb < 1) {
      throw new IllegalArgumentException("--partition-mb must be >= 1; got " + partitionMb);
    }
    JobOptions options = new JobOptions(inputs, output, index, partitions, (long) partitionMb << 20, includeText);
    SparkSession.Builder builder = SparkSession.builder().appName("newsminer");
    boolean local;
    if (master != null) {
      builder.master(master);
      local = master.startsWith("local");
    } else {
      SparkConf submitted = new SparkConf();
      local = !submitted.contains("spark.master") || submitted.get("spark.master").startsWith("local");
      if (!submitted.contains("spark.master")) {
        builder.master("local[*]");
      }
    }
    conf.forEach(builder::config);
    if (local) {
      // The driver is the only executor: load the models while Spark starts, not in the first task.
      Thread loader = new Thread(SharedMiner::get, "newsminer-models");
      loader.setDaemon(true);
      loader.start();
    }
    PrintWriter err = spec.commandLine().getErr();
    SparkSession spark = builder.getOrCreate();
    try {
      JobSummary summary = NewsMinerJob.run(spark, options);
      summary.someFailures().forEach(err::println);
      if (summary.failed() > summary.someFailures().size()) {
        err.println("… and " + (summary.failed() - summary.someFailures().size()) + " more in "
            + output + "/failures");
      }
      err.println(summary.line());
      err.flush();
      return summary.failed() == 0 ? OK : SOME_FAILED;
    } finally {
      spark.stop();
    }
  }
}
