package dev.newsminer.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark: one local[2] session for the whole test JVM, bound to 127.0.0.1, without UI,
 * stopped when the JVM ends. Starting Spark takes seconds; the test classes share it.
 */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession session() {
    return Holder.SESSION;
  }

  private static final class Holder {
    static final SparkSession SESSION = start();

    private static SparkSession start() {
      SparkSession spark = SparkSession.builder()
          .appName("newsminer-spark-tests")
          .master("local[2]")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop, "stop-spark"));
      return spark;
    }
  }
}
