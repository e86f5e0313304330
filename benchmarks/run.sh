#!/usr/bin/env bash
# Runs the whole newsminer benchmark suite and writes its results to benchmarks/results/:
#   results-1t.json  every benchmark on 1 thread, with -prof gc (JMH JSON)
#   results-2t.json  the whole extraction on 2 threads, with -prof gc
#   results-pos.json the text stage's own greedy POS decoder (PosTaggingBenchmark -p tagger=newsminer)
#   table.md         the results table (ResultsTable)
#   chart.svg        throughput per stage (ChartWriter)
# About 5 minutes on 2 cores, plus about 1.5 minutes the first time to build the Reuters index
# that SearchBenchmark reuses from benchmarks/target/reuters-index.
#
# Environment: NEWSMINER_SHARED (default: a folder named shared beside the working directory or
# one of its parents, as the benchmarks look for it), NEWSMINER_BENCH_INDEX (the search index
# folder), JMH_ARGS (extra JMH options, e.g. "-f 3" for more forks), JAVA_OPTS (options of the JMH
# host JVM, e.g. -Djmh.ignoreLock=true when another JMH run holds /tmp/jmh.lock).
set -euo pipefail
cd "$(dirname "$0")/.."

index="${NEWSMINER_BENCH_INDEX:-$(pwd)/benchmarks/target/reuters-index}"
results=benchmarks/results
jar=benchmarks/target/benchmarks.jar
mkdir -p "$results"

mvn -q -B -DskipTests -pl benchmarks -am package

fork_args="-Xmx512m -Dnewsminer.index=$index"
if [ -n "${NEWSMINER_SHARED:-}" ]; then
  fork_args="$fork_args -Dnewsminer.shared=$NEWSMINER_SHARED"
fi
jmh() {
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$jar" "$@" -prof gc -jvmArgsAppend "$fork_args" ${JMH_ARGS:-}
}

jmh 'SentenceDetection|Tokenization|PosTagging|TextAnalysis|OrganizationFinder|Commitment|Extraction|Indexing|Search' \
  -t 1 -p beam=1,3 -rf json -rff "$results/results-1t.json"
jmh 'ExtractionBenchmark' -t 2 -rf json -rff "$results/results-2t.json"
jmh 'PosTaggingBenchmark' -t 1 -p tagger=newsminer -rf json -rff "$results/results-pos.json"

java -cp "$jar" dev.newsminer.bench.ResultsTable "$results/results-1t.json" "$results/results-2t.json" "$results/results-pos.json" \
  > "$results/table.md"
java -cp "$jar" dev.newsminer.bench.ChartWriter "$results/chart.svg" "$results/results-1t.json" \
  "$results/results-2t.json" "$results/results-pos.json"
cat "$results/table.md"
