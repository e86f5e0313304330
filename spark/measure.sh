#!/usr/bin/env bash
# Measures the Spark job against the command line on N Reuters articles (default 2,000):
#  - wall time of the job's one pass (its summary line: "extraction S s") and of the whole run, with
#    local[1] and local[2]; only meaningful on a quiet machine (load average below about 1.5);
#  - CPU per article beyond start-up, for the job (local[2]) and for `newsminer extract --threads 2`:
#    the CPU time (user + system, all threads: JIT, GC, Spark) of a run on N articles minus that
#    of a run on N/10, over the 0.9 N articles between them, so that JVM and Spark start-up and
#    model loading cancel out; and the same for the job's task threads alone (Spark's
#    executorCpuTime, from the event log), which is extraction and writing without the JVM's own work.
# CPU time, unlike wall time, hardly depends on what else runs on the machine; every figure is
# printed with the load average at its start.
# Usage: spark/measure.sh [RUNS]   (after mvn -B -o -q -DskipTests -pl spark,cli -am package)
# Environment: NEWSMINER_SHARED=DIR (default ../shared), ARTICLES=N, SKIP_WALL=1 (CPU figures only).
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

load() { cut -d' ' -f1-3 /proc/loadavg; }
cpu() { # prints the user + system CPU seconds of a command
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  awk '{printf "%.2f", $1 + $2}' "$work/time"
}
tasks() { # prints the CPU seconds of the task threads in the event log of folder $1
  python3 - "$1" <<'PY'
import glob, json, sys
ns = 0
for name in glob.glob(sys.argv[1] + "/**/*", recursive=True):
    if "events" in name.rsplit("/", 1)[-1]:
        for line in open(name):
            if '"SparkListenerTaskEnd"' in line:
                ns += (json.loads(line).get("Task Metrics") or {}).get("Executor CPU Time", 0)
print("%.2f" % (ns / 1e9))
PY
}
job() { # master input [more options]: runs the job, prints its summary line
  local master=$1 input=$2; shift 2
  java -jar "$jar" --master "$master" --input "$input" --output "$work/out" "$@" 2>&1 | grep '^newsminer-spark:'
}

echo "$n articles; machine: $(nproc) cores; load average at the start: $(load)"
if awk -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { exit !(l >= 1.5) }'; then
  echo "  (the machine is busy: wall times and local[1]/local[2] below are not quiet-machine figures)"
fi
for run in $(seq "$runs"); do
  echo "run $run"
  if [[ -z ${SKIP_WALL:-} ]]; then
    for master in 'local[1]' 'local[2]'; do
      l=$(load)
      echo "  $master (load $l): $(job "$master" "$work/big")"
    done
  fi
  l=$(load)
  rm -rf "$work/events" && mkdir -p "$work/events/big" "$work/events/small"
  events=(--conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false)
  jb=$(cpu java -jar "$jar" --master 'local[2]' --input "$work/big" --output "$work/out" \
    "${events[@]}" --conf "spark.eventLog.dir=file://$work/events/big")
  js=$(cpu java -jar "$jar" --master 'local[2]' --input "$work/small" --output "$work/out" \
    "${events[@]}" --conf "spark.eventLog.dir=file://$work/events/small")
  cb=$(cpu java -jar "$cli" extract "$work/big" --threads 2 --out "$work/cli.jsonl")
  cs=$(cpu java -jar "$cli" extract "$work/small" --threads 2 --out "$work/cli.jsonl")
  tb=$(tasks "$work/events/big")
  ts=$(tasks "$work/events/small")
  awk -v jb="$jb" -v js="$js" -v cb="$cb" -v cs="$cs" -v tb="$tb" -v ts="$ts" -v d=$((n - n / 10)) -v l="$l" 'BEGIN {
    j = (jb - js) / d * 1000; c = (cb - cs) / d * 1000; t = (tb - ts) / d * 1000;
    printf "  CPU s (N, N/10; load %s at the start): job %s %s (task threads %s %s), cli %s %s\n", l, jb, js, tb, ts, cb, cs;
    printf "  beyond start-up: job %.3f ms/article (task threads %.3f), cli %.3f ms/article, job/cli %.2f\n",
      j, t, c, j / c }'
done
