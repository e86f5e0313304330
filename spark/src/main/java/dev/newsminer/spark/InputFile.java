package dev.newsminer.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file of the job.
 *
 * @param path   the file's Hadoop path, fully qualified ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 * @param source the name its articles get as their source: the input as given on the command line
 *     followed by the file's path under it, as {@code newsminer extract} names them
 * @param bytes  the file's size as stored
 */
record InputFile(String path, String source, long bytes) implements Serializable {

  InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(source, "source");
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be >= 0; got " + bytes);
    }
  }
}
