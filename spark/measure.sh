#!/usr/bin/env bash
# Measures the Spark job against the command line on N Reuters articles (default 2,000):
#  - throughput of the extraction stage with local[1] and local[2] (the job's summary line);
#  - CPU per article beyond start-up, for the job and for `newsminer extract`: the CPU time
#    (user + system) of a run on N articles minus that of a run on N/10, over the 0.9 N articles
#    between them, so that JVM and Spark start-up and model loading cancel out.
# Usage: spark/measure.sh [RUNS]   (after mvn -B -o -q -DskipTests -pl spark,cli -am package)
# Environment: NEWSMINER_SHARED=DIR (default ../shared), ARTICLES=N.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${NEWSMINER_SHARED:-$root/../shared}
n=${ARTICLES:-2000}
runs=${1:-2}
jar=$root/spark/target/newsminer-spark.jar
cli=$root/cli/target/newsminer.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/big" "$work/small"
articles="$shared/corpora/news/reuters21578/articles"
mapfile -t files < <(cd "$articles" && printf '%s\n' *.txt | sort)
for f in "${files[@]:0:n}"; do cp "$articles/$f" "$work/big/"; done
for f in "${files[@]:0:n/10}"; do cp "$articles/$f" "$work/small/"; done

cpu() { # prints the user + system CPU seconds of a command
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  awk '{printf "%.2f", $1 + $2}' "$work/time"
}
job() { java -jar "$jar" --master "$1" --input "$2" --output "$work/out" 2>&1 | grep '^newsminer-spark:'; }

for run in $(seq "$runs"); do
  echo "run $run, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  for master in 'local[1]' 'local[2]'; do echo "  $master: $(job "$master" "$work/big")"; done
  jb=$(cpu java -jar "$jar" --master 'local[2]' --input "$work/big" --output "$work/out")
  js=$(cpu java -jar "$jar" --master 'local[2]' --input "$work/small" --output "$work/out")
  cb=$(cpu java -jar "$cli" extract "$work/big" --threads 2 --out "$work/cli.jsonl")
  cs=$(cpu java -jar "$cli" extract "$work/small" --threads 2 --out "$work/cli.jsonl")
  awk -v jb="$jb" -v js="$js" -v cb="$cb" -v cs="$cs" -v d=$((n - n / 10)) 'BEGIN {
    j = (jb - js) / d * 1000; c = (cb - cs) / d * 1000;
    printf "  CPU s (N, N/10): job %s %s, cli %s %s; beyond start-up: job %.3f ms/article, cli %.3f ms/article, job/cli %.2f\n",
      jb, js, cb, cs, j, c, j / c }'
done
