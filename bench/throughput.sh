#!/usr/bin/env bash
# Extraction throughput against bare OpenNLP, on one thread and on all cores.
# Usage: bench/throughput.sh        (from anywhere; results in bench/out/, explained in bench/README.md)
# Environment: TARGET_MB (corpus size, default 20), HEAP (-Xmx of the main run, default 4g),
#              SMALL_HEAP (-Xmx of the extra pipeline-only run that checks the pipeline fits, default 1g).
set -euo pipefail

cd "$(dirname "$0")/.."
out=bench/out
target_mb=${TARGET_MB:-20}
heap=${HEAP:-4g}
small_heap=${SMALL_HEAP:-1g}

case "$target_mb" in
  '' | *[!0-9]* | 0) echo "bench: TARGET_MB must be a whole number of megabytes, not '$target_mb'" >&2; exit 2 ;;
esac

mkdir -p "$out"
rm -rf "$out/corpus"
mkdir "$out/corpus"

# The corpus: the project's seeds/, copied under new names until it holds TARGET_MB. New names give new
# document slugs, so every copy is a document of its own (entities still merge across copies, as in any batch).
shopt -s nullglob
seeds=(seeds/*)
if [ ${#seeds[@]} -eq 0 ]; then
  echo "bench: no files in seeds/" >&2
  exit 1
fi
total=0
round=0
while [ "$total" -lt $((target_mb * 1024 * 1024)) ]; do
  for f in "${seeds[@]}"; do
    cp "$f" "$out/corpus/$(printf 'copy%04d' "$round")-$(basename "$f")"
    total=$((total + $(stat -c %s "$f")))
  done
  round=$((round + 1))
done
echo "bench: corpus of $(ls "$out/corpus" | wc -l) files, $total bytes in $out/corpus"

# Main and test classes (the benchmark lives in src/test/java, outside the production jar) and the class path.
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt"
cp="target/classes:target/test-classes:$(cat "$out/classpath.txt")"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
  echo "memory: $(grep -m1 MemTotal /proc/meminfo | sed 's/MemTotal: *//')"
  java -version 2>&1 | sed 's/^/java: /'
  echo "heap: -Xmx$heap"
  echo "load average at start (1, 5, 15 min): $(cut -d" " -f1-3 /proc/loadavg)"
} > "$out/machine.txt"
cat "$out/machine.txt"

java "-Xmx$heap" "-Xlog:gc:file=$out/gc.log" -cp "$cp" org.stdkg.bench.ThroughputBenchmark \
  "$out/corpus" "$out/results.tsv" | tee "$out/results.txt"

# Does the pipeline on all cores fit a small heap? A separate JVM, so that the main run's heap does not count.
if java "-Xmx$small_heap" -cp "$cp" org.stdkg.bench.ThroughputBenchmark "$out/corpus" --pipeline-only "$(nproc)" \
    > "$out/small-heap.txt" 2>&1; then
  echo "pipeline, $(nproc) threads, -Xmx$small_heap: ok: $(tail -1 "$out/small-heap.txt")" | tee -a "$out/results.txt"
else
  echo "pipeline, $(nproc) threads, -Xmx$small_heap: FAILED ($(grep -m1 -o 'OutOfMemoryError[^\n]*' "$out/small-heap.txt" || tail -1 "$out/small-heap.txt"))" \
    | tee -a "$out/results.txt"
fi
echo "bench: results in $out/results.tsv and $out/results.txt"
