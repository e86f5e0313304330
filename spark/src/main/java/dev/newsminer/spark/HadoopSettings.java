package dev.newsminer.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration, carried to the executors so that they open inputs and write
 * index shards with the same file systems and credentials. Hadoop's {@code Configuration} is not
 * serializable, but it writes and reads itself.
 */
final class HadoopSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient Configuration configuration;

  HadoopSettings(Configuration configuration) {
    this.configuration = configuration;
  }

  Configuration configuration() {
    return configuration;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    configuration.write(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    configuration = new Configuration(false);
    configuration.readFields(in);
  }
}
