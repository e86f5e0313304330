/**
 * JMH benchmarks of every newsminer stage, one {@code *Benchmark} class per question, and the
 * {@link dev.newsminer.bench.ChartWriter} and {@link dev.newsminer.bench.ResultsTable} that turn
 * JMH's JSON results into a chart and a table. Run them from {@code benchmarks/target/benchmarks.jar}
 * (see {@code benchmarks/README.md}); they never run in {@code mvn verify}.
 */
package dev.newsminer.bench;
