/**
 * newsminer as an Apache Spark job: articles from any Hadoop path to JSON Lines, Parquet and one
 * merged Lucene index. Start with {@link dev.newsminer.spark.NewsMinerJob}.
 */
package dev.newsminer.spark;
