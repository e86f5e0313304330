package dev.newsminer.spark;

import dev.newsminer.Extraction;
import dev.newsminer.ExtractionJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopStreams;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * The output files of one partition, written by one task in the same pass as the extraction: its
 * part of the JSON Lines, {@code json/part-NNNNN}, and its part of the Parquet rows,
 * {@code parquet/part-NNNNN.snappy.parquet}.
 *
 * <p>A task attempt writes them under {@code _attempts/ID/} and moves them to their published names
 * when the partition is complete; a retried or speculative attempt never mixes with another, the
 * first complete one stays (extraction is deterministic, so they hold the same bytes), and what a
 * failed attempt left is deleted with the job's {@code _attempts} folder. Not thread-safe.
 */
final class PartitionFiles implements AutoCloseable {

  /** Where attempts write before they publish, under the job's output folder. */
  static final String ATTEMPTS = "_attempts";
  static final String JSON = "json";
  static final String PARQUET = "parquet";

  private final FileSystem fs;
  private final Path jsonAttempt;
  private final Path parquetAttempt;
  private final Path jsonPart;
  private final Path parquetPart;
  private final Writer json;
  private final ParquetWriter<Extraction> parquet;
  private final boolean includeText;
  private boolean closed;

  private PartitionFiles(FileSystem fs, Path output, int partition, long attemptId, boolean includeText,
      Configuration conf) throws IOException {
    this.fs = fs;
    this.includeText = includeText;
    Path attempt = new Path(new Path(output, ATTEMPTS), Long.toString(attemptId));
    String part = String.format("part-%05d", partition);
    jsonAttempt = new Path(attempt, part);
    parquetAttempt = new Path(attempt, part + ".snappy.parquet");
    jsonPart = new Path(new Path(output, JSON), part);
    parquetPart = new Path(new Path(output, PARQUET), part + ".snappy.parquet");
    json = new BufferedWriter(new OutputStreamWriter(fs.create(jsonAttempt, true), StandardCharsets.UTF_8), 1 << 16);
    parquet = new Builder(new FileOutput(fs, parquetAttempt), includeText)
        .withConf(conf)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .build();
  }

  /**
   * Starts the files of a partition.
   *
   * @param output    the job's output folder (its work folder while the job runs)
   * @param attemptId the task attempt's id, unique within the job
   */
  static PartitionFiles start(Path output, int partition, long attemptId, boolean includeText, Configuration conf)
      throws IOException {
    return new PartitionFiles(plain(output.getFileSystem(conf)), output, partition, attemptId, includeText, conf);
  }

  /** Creates the folders the parts are published into; the driver calls it once before the tasks run. */
  static void prepare(Path output, Configuration conf) throws IOException {
    FileSystem fs = plain(output.getFileSystem(conf));
    fs.mkdirs(new Path(output, JSON));
    fs.mkdirs(new Path(output, PARQUET));
  }

  /** Adds one article: its JSON line, as {@code newsminer extract} writes it, and its Parquet row. */
  void add(Extraction extraction) throws IOException {
    ExtractionJson.write(extraction, includeText, json);
    json.write('\n');
    parquet.write(extraction);
  }

  /** Completes both files and moves them to their published names, unless another attempt got there first. */
  void publish() throws IOException {
    close();
    move(jsonAttempt, jsonPart);
    move(parquetAttempt, parquetPart);
  }

  /** Closes the files; an unpublished attempt is left for the job's clean-up. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      try {
        json.close();
      } finally {
        parquet.close();
      }
    }
  }

  private void move(Path from, Path to) throws IOException {
    if (fs.exists(to) || !fs.rename(from, to)) {
      fs.delete(from, false);
    }
  }

  /**
   * On the local file system, the file system without Hadoop's checksum files: the job's output is
   * read by people and other tools, and the {@code .crc} beside every part would only cost time.
   */
  private static FileSystem plain(FileSystem fs) {
    return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
  }

  /** A Parquet output file on a Hadoop file system. */
  private record FileOutput(FileSystem fs, Path path) implements OutputFile {

    @Override
    public PositionOutputStream create(long blockSizeHint) throws IOException {
      return HadoopStreams.wrap(fs.create(path, false));
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
      return HadoopStreams.wrap(fs.create(path, true));
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }

    @Override
    public String getPath() {
      return path.toString();
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Extraction, Builder> {

    private final boolean includeText;

    Builder(OutputFile file, boolean includeText) {
      super(file);
      this.includeText = includeText;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Extraction> getWriteSupport(Configuration conf) {
      return new ExtractionRows.Writing(includeText);
    }
  }
}
