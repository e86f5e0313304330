package dev.newsminer.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's progress counters, as Spark accumulators: they add up across tasks and show in the
 * Spark UI while the job runs. Tasks add to them; only the driver reads them.
 *
 * @param articles articles extracted
 * @param tokens   tokens in those articles
 * @param failures inputs and records that could not be read or extracted
 */
record JobCounters(LongAccumulator articles, LongAccumulator tokens, LongAccumulator failures)
    implements Serializable {

  /** New counters, registered with the context under the names the UI shows. */
  static JobCounters register(SparkContext sc) {
    return new JobCounters(sc.longAccumulator("newsminer articles"), sc.longAccumulator("newsminer tokens"),
        sc.longAccumulator("newsminer failures"));
  }
}
