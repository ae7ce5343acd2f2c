#!/usr/bin/env bash
# The whole benchmark suite in one command (issue 6 §1): every figure side by side with its
# baseline, measured in the same run, as a ratio, with the machine described. Writes
# bench/results.md (committed: the latest figures) and keeps everything else under bench/out/.
#
#   bench/run-all.sh              # full: 5 MB generated corpus (~1.6M quads); about 1-2 hours on 2 busy cores
#   SMALL=1 bench/run-all.sh      # quick: 1 MB corpus, fewer runs and requests; about 15-25 minutes
#
# What it runs, in order:
#   1. the corpus: org.stdkg.bench.CorpusGenerator (seeds and dev texts recombined under varied names);
#   2. extraction throughput: org.stdkg.bench.ThroughputBenchmark (the Java side of bench/throughput.sh)
#      on that corpus, 1 thread and all cores, against OpenNLP alone (target >= 0.7);
#   3. bench/store.sh on the same corpus: load throughput against tdb2.tdbloader (target >= 0.8) and
#      tdbloader + jena.textindexer; `stdkg build seeds`; startup to the first answered query (target
#      <= 3 s); canned-query and entity-page latency p50/p99 and throughput against a stock Fuseki on
#      the same database (target <= 1.2x);
#   4. bench/results.md: the summary table, the machine, the load average during each phase, the peak
#      memory of each run, and the detailed reports. REPORT_ONLY=1 writes it again from the last run's files.
# Settings (environment): SMALL=1; CORPUS_MB (default 5, SMALL 1); THROUGHPUT_MB (corpus slice for
# the extraction benchmark, default = CORPUS_MB); SEED (42); HEAP (2g); and store.sh's own variables.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/bench/out"
mkdir -p "$OUT/logs"
RESULTS="$ROOT/bench/results.md"

if [[ "${SMALL:-0}" == 1 ]]; then
    export CORPUS_MB=${CORPUS_MB:-1} LOAD_RUNS=${LOAD_RUNS:-1} BUILD_RUNS=${BUILD_RUNS:-1} START_RUNS=${START_RUNS:-3}
    export REQUESTS=${REQUESTS:-20} SEQ_SECONDS=${SEQ_SECONDS:-10} SECONDS_CONC=${SECONDS_CONC:-2} WARMUP=${WARMUP:-3}
    MODE="small (SMALL=1)"
else
    export CORPUS_MB=${CORPUS_MB:-5}
    MODE="full"
fi
export SEED=${SEED:-42} HEAP=${HEAP:-2g}
THROUGHPUT_MB=${THROUGHPUT_MB:-$CORPUS_MB}

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

LOADS="$OUT/loadavg.tsv"
PHASES="$OUT/phases.tsv"
# min / median / max of the sampled load average between two epoch seconds
loads_between() {
    awk -v a="$1" -v b="$2" '$1 >= a && $1 <= b {print $2}' "$LOADS" | sort -g |
        awk '{v[NR]=$1} END {if (NR == 0) print "–"; else printf "%.1f / %.1f / %.1f\n", v[1], v[int((NR+1)/2)], v[NR]}'
}
if [[ "${REPORT_ONLY:-0}" == 1 ]]; then
    # Rewrites bench/results.md from the files of the last run (after a change to this report).
    [[ -s "$PHASES" && -s "$OUT/store-summary.tsv" ]] || { say "REPORT_ONLY: no earlier run in $OUT"; exit 1; }
    START_EPOCH=$(awk -F'\t' '$1 == "build" {print $2}' "$PHASES")
    END_EPOCH=$(awk -F'\t' '$1 == "end" {print $2}' "$PHASES")
    THROUGHPUT_RSS=$(tail -1 "$OUT/logs/throughput.time" | awk '{printf "%.0f", $1/1024}')
    COMMIT="$(awk '/^Commit / {print $2}' "$OUT/store-results.md" | tr -d '.')"
    MODE="$(cat "$OUT/mode.txt" 2>/dev/null || echo "$MODE")"
else
# ---------------------------------------------------------------- the load average, sampled all along
: >"$LOADS"
( while true; do printf '%s\t%s\n' "$(date +%s)" "$(cut -d' ' -f1 /proc/loadavg)" >>"$LOADS"; sleep 5; done ) &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null || true' EXIT
: >"$PHASES"
echo "$MODE" >"$OUT/mode.txt"
mark() { printf '%s\t%s\n' "$1" "$(date +%s)" >>"$PHASES"; }

START_EPOCH=$(date +%s)
COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml queries bench || echo ' (with local changes)')"

# ---------------------------------------------------------------- build
mark build
say "mvn package (jar and class-data-sharing archive) and test-compile"
mvn -q -B package -DskipTests
mvn -q -B test-compile -Dcds.skip
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/test-classpath.txt" >/dev/null
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/test-classpath.txt")"

# ---------------------------------------------------------------- 1. corpus
mark corpus
CORPUS="$OUT/gen-${CORPUS_MB}mb-seed$SEED"
if [[ ! -f "$CORPUS/.complete" ]]; then
    say "corpus: $CORPUS_MB MB"
    java -cp "$CP" org.stdkg.bench.CorpusGenerator --out "$CORPUS" --mb "$CORPUS_MB" --seed "$SEED" --root "$ROOT"
fi

# ---------------------------------------------------------------- 2. extraction throughput
mark throughput
TCORPUS="$CORPUS"
if [[ "$THROUGHPUT_MB" != "$CORPUS_MB" ]]; then
    TCORPUS="$OUT/gen-${THROUGHPUT_MB}mb-seed$SEED"
    [[ -f "$TCORPUS/.complete" ]] || java -cp "$CP" org.stdkg.bench.CorpusGenerator --out "$TCORPUS" --mb "$THROUGHPUT_MB" --seed "$SEED" --root "$ROOT"
fi
say "extraction throughput on $(basename "$TCORPUS") (ThroughputBenchmark)"
/usr/bin/time -f '%M %e %U %S' -o "$OUT/logs/throughput.time" \
    java -Xmx"$HEAP" -cp "$CP" org.stdkg.bench.ThroughputBenchmark "$TCORPUS" "$OUT/throughput-results.tsv" \
    >"$OUT/throughput-results.txt" 2>"$OUT/logs/throughput.err" || { say "ThroughputBenchmark failed"; tail -5 "$OUT/logs/throughput.err" >&2; exit 1; }
THROUGHPUT_RSS=$(tail -1 "$OUT/logs/throughput.time" | awk '{printf "%.0f", $1/1024}')

# ---------------------------------------------------------------- 3. store and server
mark store
say "bench/store.sh (corpus $CORPUS_MB MB)"
bench/store.sh >"$OUT/logs/store.out" 2>"$OUT/logs/store.err" || { say "store.sh failed"; tail -20 "$OUT/logs/store.err" >&2; exit 1; }
mark end
END_EPOCH=$(date +%s)
fi

# ---------------------------------------------------------------- 4. results.md
S="$OUT/store-summary.tsv"
get() { awk -F'\t' -v k="$1" '$1 == k {print $2}' "$S" | tail -1; }
# Three decimals: a verdict compares the ratio as shown, and 0.798 shown as 0.80 would pass a target of 0.8.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b+0 == 0 || a == "" || b == "" || a == "nan" || b == "nan") print "–"; else printf "%.3f", a/b}'; }
verdict() { # VALUE OP TARGET
    awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {if (v !~ /^[0-9]+(\.[0-9]+)?$/) {print "–"; exit}
        ok = (op == ">=") ? (v + 0 >= t + 0) : (v + 0 <= t + 0); print ok ? "met" : "**not met**"}'
}
phase_start() { awk -F'\t' -v k="$1" '$1 == k {print $2}' "$PHASES"; }
store_phase() { get "phase_$1_start"; }
TP="$OUT/throughput-results.tsv"
tp() { # WHAT THREADS COLUMN
    awk -F'\t' -v w="$1" -v t="$2" -v c="$3" 'NR > 1 && $1 == w && $2 == t {print $c}' "$TP"
}
CORES=$(nproc)
H="$OUT/http-results.tsv"
# Rows of http-results.tsv of one kind: canned (the canned queries), page (page-…), data (data-…).
KIND_FILTER='function kind(n) {return n ~ /^page-/ ? "page" : n ~ /^data-/ ? "data" : "canned"}
    function ok(x) {return x ~ /^[0-9]+(\.[0-9]+)?$/ && x + 0 > 0}'
# geometric mean of stdkg/stock (columns of http-results.tsv) over the rows of a kind
http_geo() { # KIND COL_STDKG COL_STOCK
    awk -F'\t' -v k="$1" -v a="$2" -v b="$3" "$KIND_FILTER"' NR > 1 && kind($1) == k && ok($a) && ok($b) {s += log($a / $b); n++}
        END {if (n) printf "%.3f", exp(s / n); else print "–"}' "$H"
}
http_max() { # KIND COL_STDKG COL_STOCK: the worst ratio and its query
    awk -F'\t' -v k="$1" -v a="$2" -v b="$3" "$KIND_FILTER"' NR > 1 && kind($1) == k && ok($a) && ok($b) {r = $a / $b; if (r > m) {m = r; q = $1}}
        END {if (q != "") printf "%.2f (%s)", m, q; else print "–"}' "$H"
}
errors() { # KIND: requests that failed, stdkg / stock
    awk -F'\t' -v k="$1" "$KIND_FILTER"' NR > 1 && kind($1) == k {a += $15; b += $16} END {printf "%d / %d", a, b}' "$H"
}
over() { # KIND COL_STDKG COL_STOCK LIMIT: the queries above the limit
    awk -F'\t' -v k="$1" -v a="$2" -v b="$3" -v l="$4" "$KIND_FILTER"' NR > 1 && kind($1) == k && ok($a) && ok($b) && $a / $b > l {printf "%s%s %.2f", sep, $1, $a / $b; sep = ", "}
        END {if (sep == "") print "none"; else print ""}' "$H"
}

E1_RATIO=$(tp pipeline 1 9); EN_RATIO=$(tp pipeline "$CORES" 9)
E1_WRATIO=$(tp pipeline 1 6); EN_WRATIO=$(tp pipeline "$CORES" 6)
LOAD_RATIO=$(ratio "$(get load_stdkg_tps)" "$(get load_tdb_tps)")
LOAD_CRATIO=$(ratio "$(get load_stdkg_cpu_tps)" "$(get load_tdb_cpu_tps)")
LOADT_RATIO=$(ratio "$(get load_stdkg_tps)" "$(get load_tdbtext_tps)")
LOADT_CRATIO=$(ratio "$(get load_stdkg_cpu_tps)" "$(get load_tdbtext_cpu_tps)")
Q_P50=$(http_geo canned 5 6); Q_P99=$(http_geo canned 7 8)
Q_RPS=$(http_geo canned 14 13)
P_P50=$(http_geo page 5 6); P_P99=$(http_geo page 7 8); P_RPS=$(http_geo page 14 13)
D_P50=$(http_geo data 5 6); D_P99=$(http_geo data 7 8)

{
echo "# stdkg benchmark results"
echo
echo "Written by \`bench/run-all.sh\` ($MODE) on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT; $(( (END_EPOCH - START_EPOCH) / 60 )) minutes."
echo "Every figure was measured in this run, next to its baseline; ratios are stdkg / baseline."
echo
echo "## Machine"
echo
echo "- $CORES cores (\`nproc\`), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ {print $2}') GB RAM"
echo "- $(java -version 2>&1 | head -1); every JVM with -Xmx$HEAP"
echo "- Load average (1 min; min / median / max, sampled every 5 s) over the whole run: $(loads_between "$START_EPOCH" "$END_EPOCH")."
echo "  A load above $CORES means other processes competed for the cores: wall-clock figures then depend on how the"
echo "  scheduler shared them (a process with more threads gets more), CPU-time figures much less."
echo
echo "## Summary"
echo
echo "| measure | stdkg | baseline | ratio | target | | load avg during (min / median / max) |"
echo "|---|--:|--:|--:|---|---|---|"
echo "| extraction, 1 thread, MB/CPU-s | $(tp pipeline 1 8) | $(tp baseline 1 8) (OpenNLP sentences, tokens, POS) | $E1_RATIO | >= 0.7 | $(verdict "$E1_RATIO" ">=" 0.7) | $(loads_between "$(phase_start throughput)" "$(phase_start store)") |"
echo "| extraction, $CORES threads, MB/CPU-s | $(tp pipeline "$CORES" 8) | $(tp baseline "$CORES" 8) | $EN_RATIO | >= 0.7 | $(verdict "$EN_RATIO" ">=" 0.7) | |"
echo "| extraction, 1 / $CORES threads, by wall time | $(tp pipeline 1 5) / $(tp pipeline "$CORES" 5) MB/s | $(tp baseline 1 5) / $(tp baseline "$CORES" 5) MB/s | $E1_WRATIO / $EN_WRATIO | >= 0.7 | | |"
echo "| load, triples/s (wall) | $(get load_stdkg_tps) | $(get load_tdb_tps) (tdb2.tdbloader) | $LOAD_RATIO | >= 0.8 | $(verdict "$LOAD_RATIO" ">=" 0.8) | $(loads_between "$(store_phase load)" "$(store_phase build)") |"
echo "| load, triples/CPU-s | $(get load_stdkg_cpu_tps) | $(get load_tdb_cpu_tps) (tdb2.tdbloader) | $LOAD_CRATIO | >= 0.8 | $(verdict "$LOAD_CRATIO" ">=" 0.8) | |"
echo "| load with the text index, triples/s (wall) | $(get load_stdkg_tps) | $(get load_tdbtext_tps) (tdbloader + textindexer) | $LOADT_RATIO | (like for like) | | |"
echo "| load with the text index, triples/CPU-s | $(get load_stdkg_cpu_tps) | $(get load_tdbtext_cpu_tps) (tdbloader + textindexer) | $LOADT_CRATIO | | | |"
echo "| startup to first answer, ms (archive) | $(get startup_cds_ms) | $(get startup_stock_ms) (stock Fuseki) | $(ratio "$(get startup_cds_ms)" "$(get startup_stock_ms)") | <= 3000 ms | $(verdict "$(get startup_cds_ms)" "<=" 3000) | $(loads_between "$(store_phase startup)" "$(store_phase http)") |"
echo "| startup, CPU ms (archive / none) | $(get startup_cds_cpu_ms) / $(get startup_nocds_cpu_ms) | $(get startup_stock_cpu_ms) | $(ratio "$(get startup_cds_cpu_ms)" "$(get startup_stock_cpu_ms)") | | | |"
echo "| canned queries, p50 (geometric mean of per-query ratios) | | stock Fuseki, same SPARQL | $Q_P50 | <= 1.2 | $(verdict "$Q_P50" "<=" 1.2) | $(loads_between "$(store_phase http)" "$(store_phase end)") |"
echo "| canned queries, p99 (geometric mean) | | | $Q_P99 | <= 1.2 | $(verdict "$Q_P99" "<=" 1.2) | |"
echo "| canned queries, throughput with 8 clients (stock / stdkg) | | | $Q_RPS | <= 1.2 | $(verdict "$Q_RPS" "<=" 1.2) | |"
echo "| entity pages (HTML) vs DESCRIBE, p50 / p99 | | stock Fuseki DESCRIBE | $P_P50 / $P_P99 | <= 1.2 | $(verdict "$P_P99" "<=" 1.2) | |"
echo "| entity data (Turtle) vs the same CONSTRUCT, p50 / p99 | | stock Fuseki, same query | $D_P50 / $D_P99 | (like for like) | | |"
echo
echo "Worst single ratios: canned query p50 $(http_max canned 5 6), p99 $(http_max canned 7 8);"
echo "entity page p99 $(http_max page 7 8). Canned queries above 1.2x at p50: $(over canned 5 6 1.2); at p99: $(over canned 7 8 1.2)."
echo "Failed requests (stdkg / stock): canned queries $(errors canned), entity pages $(errors page), entity data $(errors data);"
echo "a query with failures has its latencies from the answered requests only (see the detailed table)."
echo
echo "## Peak memory (max RSS)"
echo
echo "| run | MB |"
echo "|---|--:|"
echo "| ThroughputBenchmark (both pipelines, all runs, one JVM) | $THROUGHPUT_RSS |"
[[ -n "$(get extract_rss_mb)" ]] && echo "| stdkg extract of the corpus | $(get extract_rss_mb) |"
echo "| stdkg load | $(get load_stdkg_rss_mb) |"
echo "| tdb2.tdbloader / jena.textindexer | $(get load_tdb_rss_mb) / $(get load_text_rss_mb) |"
echo "| stdkg build seeds | $(get build_seeds_rss_mb) |"
echo "| stdkg serve during the HTTP phase (VmHWM) | $(get serve_stdkg_rss_mb) |"
echo "| stock Fuseki during the HTTP phase (VmHWM) | $(get serve_stock_rss_mb) |"
echo
echo "## Extraction throughput (ThroughputBenchmark)"
echo
echo '```'
cat "$OUT/throughput-results.txt"
echo '```'
echo
sed -e 's/^# /## /' -e 's/^## \([A-Z]\)/### \1/' "$OUT/store-results.md" | sed '1s/^## stdkg store and server benchmark/## Store and server (bench\/store.sh)/'
} >"$RESULTS"
say "results: $RESULTS"
