package dev.newsminer.spark;

import java.util.List;
import java.util.Objects;

/**
 * What one run of the job reads and writes.
 *
 * @param inputs         Hadoop paths of article files or folders (local paths, {@code hdfs://…}, {@code s3a://…});
 *     at least one
 * @param output         the Hadoop folder the JSON Lines, Parquet and failures go to
 * @param index          the local folder of the merged Lucene index, or null for none
 * @param partitions     how many partitions (and index shards) to cut the input into; 0 chooses
 *     from {@code partitionBytes} and the cluster's parallelism
 * @param partitionBytes the input bytes a partition aims at when {@code partitions} is 0
 * @param includeText    whether JSON and Parquet carry each article's text, as {@code --include-text}
 */
public record JobOptions(List<String> inputs, String output, java.nio.file.Path index, int partitions,
    long partitionBytes, boolean includeText) {

  /** The default input per partition: 64 MiB, Spark's own default for file splits. */
  public static final long DEFAULT_PARTITION_BYTES = 64L << 20;

  /**
   * Validates the options; see the record description.
   *
   * @throws IllegalArgumentException when there is no input, or a number is out of range
   * @throws NullPointerException when {@code inputs} or {@code output} is null
   */
  public JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one input is needed; got none");
    }
    Objects.requireNonNull(output, "output");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be >= 0; got " + partitions);
    }
    if (partitionBytes < 1) {
      throw new IllegalArgumentException("partitionBytes must be >= 1; got " + partitionBytes);
    }
  }

  /** Options with the default partitioning and no texts. */
  public static JobOptions of(List<String> inputs, String output, java.nio.file.Path index) {
    return new JobOptions(inputs, output, index, 0, DEFAULT_PARTITION_BYTES, false);
  }

  /** A copy with a fixed number of partitions. */
  public JobOptions withPartitions(int n) {
    return new JobOptions(inputs, output, index, n, partitionBytes, includeText);
  }
}
