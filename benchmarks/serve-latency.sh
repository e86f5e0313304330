#!/usr/bin/env bash
# Latency of `newsminer serve`: 200 sequential /api/search requests (QuerySet, seed 20240529) on
# an index of the Reuters articles, after a warm-up set, then organization profiles and lists;
# prints median and p99 per set (ServeLatency). The index is built once (all 19,779 articles,
# dated, about 1.5 to 3 minutes) into benchmarks/target/reuters-index, the folder run.sh's
# SearchBenchmark also uses, and reused after that.
#
# Environment: NEWSMINER_BENCH_INDEX (the index folder), NEWSMINER_SHARED (the shared folder),
# SERVE_JAVA_OPTS (the server's JVM options; default -Xmx512m).
set -euo pipefail
cd "$(dirname "$0")/.."

index="${NEWSMINER_BENCH_INDEX:-$(pwd)/benchmarks/target/reuters-index}"
mvn -q -B -DskipTests -pl cli,benchmarks -am package

props=""
if [ -n "${NEWSMINER_SHARED:-}" ]; then
  props="-Dnewsminer.shared=$NEWSMINER_SHARED"
fi
# shellcheck disable=SC2086
java -Xmx1g $props -cp benchmarks/target/benchmarks.jar dev.newsminer.bench.ServeLatency build "$index"

log=$(mktemp)
# shellcheck disable=SC2086
java ${SERVE_JAVA_OPTS:--Xmx512m} -jar cli/target/newsminer.jar serve --index "$index" --port 0 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  grep -q "serving" "$log" && break
  sleep 0.2
done
url=$(sed -n 's/.* at \(http[^ ]*\) .*/\1/p' "$log" | head -1)
if [ -z "$url" ]; then
  cat "$log" >&2
  exit 1
fi
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) processors"
# shellcheck disable=SC2086
java $props -cp benchmarks/target/benchmarks.jar dev.newsminer.bench.ServeLatency measure "$url"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
