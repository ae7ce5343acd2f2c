#!/usr/bin/env bash
# How stdkg's costs grow with the corpus (issue 6 §2): for each size, a generated corpus
# (org.stdkg.bench.CorpusGenerator: seeds and dev texts recombined under varied names), built with
# `stdkg build` into a fresh database, then served and queried. Reports per size: build time (wall
# and CPU), triples, database size, peak memory, and the p50/p99 latency of every canned query and
# of a few entity pages; and the cost per MB of text at each size, which should stay flat (growth
# no worse than linear).
#
#   bench/scale.sh 1 10                  # sizes in MB (1000 MB = 1 GB); also 10MB, 100MB, 1GB
#   bench/scale.sh 10MB 100MB 1GB
#
# Resumable: every step of every size leaves a marker under bench/out/scale/SIZE/, and a run
# started again skips what is done (the corpus generator keeps the documents written; the build
# goes chunk by chunk, CHUNK_MB at a time, one `stdkg build` each, and a chunk killed midway is
# built again: a document's graph is replaced, never doubled). Delete bench/out/scale/SIZE to start
# a size again. Progress lines go to stderr; the results to bench/out/scale/results.tsv and
# bench/scale-results.md.
#
# Settings (environment):
#   HEAP=4g           -Xmx of the builds and the server (a build holds its chunk's extraction in memory:
#                     about 50 bytes of heap per byte of text)
#   CHUNK_MB=20       text per `stdkg build` (rounded to whole generator directories of ~2 MB)
#   SEED=42           corpus generator seed (the same corpus for the same seed and size)
#   REQUESTS=20       sequential requests per query (at most SEQ_SECONDS each); WARMUP=3
#   SEQ_SECONDS=60
#   QUERY_TIMEOUT=120 the server's query timeout (s) here: a large corpus may need more than the default 10 s,
#                     and a query cut at the timeout would report the timeout, not its latency
#   PORT=3133
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/bench/out/scale"
mkdir -p "$OUT"

HEAP=${HEAP:-4g}
CHUNK_MB=${CHUNK_MB:-20}
SEED=${SEED:-42}
REQUESTS=${REQUESTS:-20}
WARMUP=${WARMUP:-3}
SEQ_SECONDS=${SEQ_SECONDS:-60}
QUERY_TIMEOUT=${QUERY_TIMEOUT:-120}
PORT=${PORT:-3133}
JAR_REL=target/stdkg.jar
JSA_REL=target/stdkg.jsa

(( $# > 0 )) || { echo "usage: bench/scale.sh SIZE… (MB, or with MB/GB: 10MB 100MB 1GB)" >&2; exit 2; }

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { date +%s%3N; }
mb_of() { # 10, 10MB, 1GB, 1.5GB -> whole MB
    local s=${1^^}
    case "$s" in
        *GB) awk -v v="${s%GB}" 'BEGIN {printf "%d", v * 1000}' ;;
        *MB) awk -v v="${s%MB}" 'BEGIN {printf "%d", v}' ;;
        *[!0-9.]*|'') echo "bad size '$1'" >&2; return 1 ;;
        *) awk -v v="$s" 'BEGIN {printf "%d", v}' ;;
    esac
}
SIZES=()
for a in "$@"; do
    m=$(mb_of "$a") || exit 2
    (( m >= 1 )) || { echo "size '$a' is below 1 MB" >&2; exit 2; }
    SIZES+=("$m")
done

SERVER_PID=
cleanup() { [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true; }
trap cleanup EXIT

# ---------------------------------------------------------------- jar and benchmark classes
if [[ ! -f "$ROOT/$JAR_REL" ]]; then
    say "building target/stdkg.jar"
    mvn -q -B package -DskipTests
fi
if [[ ! -f "$ROOT/target/test-classes/org/stdkg/bench/CorpusGenerator.class" || "$ROOT/src/test/java/org/stdkg/bench/CorpusGenerator.java" -nt "$ROOT/target/test-classes/org/stdkg/bench/CorpusGenerator.class" ]]; then
    mvn -q -B test-compile -Dcds.skip
fi
if [[ ! -s "$ROOT/bench/out/test-classpath.txt" || "$ROOT/pom.xml" -nt "$ROOT/bench/out/test-classpath.txt" ]]; then
    mvn -q -B dependency:build-classpath -Dmdep.outputFile="$ROOT/bench/out/test-classpath.txt" >/dev/null
fi
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/bench/out/test-classpath.txt")"
CDS=()
[[ -f "$ROOT/$JSA_REL" ]] && CDS=("-XX:SharedArchiveFile=$JSA_REL")

RESULTS_TSV="$OUT/results.tsv"
HEADER="size_mb\tdocuments\ttext_bytes\tchunks\tbuild_wall_s\tbuild_cpu_s\tbuild_peak_rss_mb\ttriples\tdb_mb\tserve_start_ms\tserve_rss_mb\tp50_median_ms\tp99_max_ms\tp99_max_query\ttimeouts_or_errors\tload_avg"
[[ -s "$RESULTS_TSV" ]] || printf "$HEADER\n" >"$RESULTS_TSV"

for MB in "${SIZES[@]}"; do
    DIR="$OUT/${MB}mb"
    CORPUS="$DIR/corpus"
    DB="$DIR/db"
    mkdir -p "$DIR/chunks" "$DIR/logs"
    say "== $MB MB =="

    # ------------------------------------------------------------ 1. corpus
    if [[ ! -f "$CORPUS/.complete" ]]; then
        say "[$MB MB] generating the corpus (resumes if interrupted)"
        java -cp "$CP" org.stdkg.bench.CorpusGenerator --out "$CORPUS" --mb "$MB" --seed "$SEED" --root "$ROOT" 2>&1 | sed "s/^/[$MB MB] /" >&2
    fi
    DOCS=$(awk -F= '/^documents=/ {print $2}' "$CORPUS/.complete")
    BYTES=$(awk -F= '/^bytes=/ {print $2}' "$CORPUS/.complete")

    # ------------------------------------------------------------ 2. build, chunk by chunk
    mapfile -t SUBDIRS < <(find "$CORPUS" -mindepth 1 -maxdepth 1 -type d | sort)
    PER_CHUNK=$(( CHUNK_MB / 2 )); (( PER_CHUNK >= 1 )) || PER_CHUNK=1
    CHUNKS=$(( (${#SUBDIRS[@]} + PER_CHUNK - 1) / PER_CHUNK ))
    BUILD_START=$(date +%s)
    BUILT_NOW=0
    for (( c = 0; c < CHUNKS; c++ )); do
        MARK="$DIR/chunks/$(printf '%04d' "$c").done"
        [[ -f "$MARK" ]] && continue
        DIRS=("${SUBDIRS[@]:$(( c * PER_CHUNK )):$PER_CHUNK}")
        say "[$MB MB] build chunk $((c + 1))/$CHUNKS (${#DIRS[@]} directories of up to 1,000 documents)"
        t0=$(now_ms)
        /usr/bin/time -f '%M %U %S' -o "$DIR/logs/chunk-$c.time" \
            java -Xmx"$HEAP" -jar "$JAR_REL" build --db "$DB" "${DIRS[@]}" >"$DIR/logs/chunk-$c.out" 2>"$DIR/logs/chunk-$c.err" || {
            say "[$MB MB] build chunk $((c + 1)) FAILED (see $DIR/logs/chunk-$c.err):"; tail -3 "$DIR/logs/chunk-$c.err" >&2; exit 1; }
        ms=$(( $(now_ms) - t0 ))
        line=$(grep -o 'built .*' "$DIR/logs/chunk-$c.err" | tail -1)
        triples=$(sed -E 's/.* ([0-9]+) triples.*/\1/' <<<"$line")
        read -r rss user sys < <(tail -1 "$DIR/logs/chunk-$c.time")
        printf '%s\t%s\t%s\t%s\t%s\n' "$ms" "$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.0f", (u + s) * 1000}')" "$rss" "$triples" \
            "$(cut -d' ' -f1 /proc/loadavg)" >"$MARK"
        BUILT_NOW=$((BUILT_NOW + 1))
        done_n=$(find "$DIR/chunks" -name '*.done' | wc -l)
        elapsed=$(( $(date +%s) - BUILD_START ))
        left=""
        (( done_n < CHUNKS )) && left=", about $(( elapsed * (CHUNKS - done_n) / BUILT_NOW / 60 )) min to go"
        say "[$MB MB] chunk $((c + 1))/$CHUNKS built in $((ms / 1000)) s ($line); $done_n/$CHUNKS done$left"
    done
    BUILD_WALL_S=$(cat "$DIR"/chunks/*.done | awk '{s += $1} END {printf "%.1f", s / 1000}')
    BUILD_CPU_S=$(cat "$DIR"/chunks/*.done | awk '{s += $2} END {printf "%.1f", s / 1000}')
    BUILD_RSS=$(cat "$DIR"/chunks/*.done | awk '$3 > m {m = $3} END {printf "%.0f", m / 1024}')
    TRIPLES=$(cat "$DIR"/chunks/*.done | awk '{s += $4} END {print s}')
    BUILD_LOAD=$(cat "$DIR"/chunks/*.done | awk '{s += $5; n++} END {printf "%.1f", s / n}')
    DB_MB=$(du -sm "$DB" | cut -f1)

    # ------------------------------------------------------------ 3. serve and query
    if [[ ! -f "$DIR/queries.done" ]]; then
        say "[$MB MB] serving the database and timing the canned queries and entity pages"
        t0=$(now_ms)
        java "${CDS[@]}" -Xmx"$HEAP" -jar "$JAR_REL" serve --db "$DB" --port "$PORT" --timeout "$QUERY_TIMEOUT" \
            >"$DIR/logs/serve.out" 2>"$DIR/logs/serve.err" &
        SERVER_PID=$!
        until curl -sf -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/sparql?query=ASK%7B%7D"; do
            kill -0 "$SERVER_PID" 2>/dev/null || { say "[$MB MB] the server exited:"; tail -3 "$DIR/logs/serve.err" >&2; exit 1; }
            (( $(now_ms) - t0 < 600000 )) || { say "[$MB MB] the server did not answer within 10 minutes"; exit 1; }
            sleep 0.05
        done
        START_MS=$(( $(now_ms) - t0 ))
        java -cp "$CP" org.stdkg.bench.CannedPlan --queries "$ROOT/queries" --entities true --stdkg "http://127.0.0.1:$PORT" --stock - \
            >"$DIR/plan.tsv"
        java -Xmx512m -cp "$CP" org.stdkg.bench.HttpBench --plan "$DIR/plan.tsv" --warmup "$WARMUP" --requests "$REQUESTS" \
            --seq-seconds "$SEQ_SECONDS" --clients 0 --seconds 0 --timeout $(( QUERY_TIMEOUT + 30 )) --tsv "$DIR/queries.tsv" \
            >"$DIR/queries.md" 2>"$DIR/logs/http.err"
        SERVE_RSS=$(awk '/^VmHWM/ {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status")
        kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
        printf '%s\t%s\n' "$START_MS" "$SERVE_RSS" >"$DIR/queries.done"
    fi
    read -r START_MS SERVE_RSS <"$DIR/queries.done"
    P50_MEDIAN=$(awk -F'\t' 'NR > 1 && $5 > 0 {print $5}' "$DIR/queries.tsv" | sort -g | awk '{v[NR]=$1} END {printf "%.1f", v[int((NR+1)/2)]}')
    P99_MAX=$(awk -F'\t' 'NR > 1 && $7 > m {m = $7; q = $1} END {printf "%.1f\t%s", m, q}' "$DIR/queries.tsv")
    ERRORS=$(awk -F'\t' 'NR > 1 {s += $15} END {print s + 0}' "$DIR/queries.tsv")
    # One line per size: replace this size's line.
    grep -v -P "^$MB\t" "$RESULTS_TSV" >"$RESULTS_TSV.tmp" || true
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$MB" "$DOCS" "$BYTES" "$CHUNKS" "$BUILD_WALL_S" "$BUILD_CPU_S" \
        "$BUILD_RSS" "$TRIPLES" "$DB_MB" "$START_MS" "$SERVE_RSS" "$P50_MEDIAN" "$P99_MAX" "$ERRORS" "$BUILD_LOAD" >>"$RESULTS_TSV.tmp"
    { head -1 "$RESULTS_TSV.tmp"; tail -n +2 "$RESULTS_TSV.tmp" | sort -n; } >"$RESULTS_TSV"
    rm -f "$RESULTS_TSV.tmp"
    say "[$MB MB] done: build ${BUILD_WALL_S} s wall / ${BUILD_CPU_S} s CPU, $TRIPLES triples, database $DB_MB MB, worst p99 ${P99_MAX%%$'\t'*} ms"
done

# ---------------------------------------------------------------- report: every size measured so far
{
echo "# stdkg at scale"
echo
echo "Written by \`bench/scale.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD); $(nproc) cores,"
echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1), -Xmx$HEAP."
echo "Corpora from \`CorpusGenerator\` (seed $SEED), built with \`stdkg build\` $CHUNK_MB MB at a time into a fresh database; then"
echo "\`stdkg serve --timeout $QUERY_TIMEOUT\` and $REQUESTS sequential requests per canned query (defaults) and entity page, after $WARMUP warm-up requests."
echo "Sizes measured at different times may have met different loads on a shared machine: see the load column."
echo
echo "| size | documents | build wall s | build CPU s | peak RSS MB | triples | database MB | startup ms | serve RSS MB | p50 median ms | p99 max ms (query) | errors | load avg |"
echo "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
tail -n +2 "$RESULTS_TSV" | awk -F'\t' '{printf "| %s MB | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s (%s) | %s | %s |\n", $1, $2, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16}'
echo
echo "Cost per MB of text (should stay flat as the corpus grows; growth factor = this size's per-MB cost / the smallest size's):"
echo
echo "| size | build CPU s/MB | growth | build wall s/MB | triples/MB | database MB/MB | growth | p99 max ms/MB |"
echo "|--:|--:|--:|--:|--:|--:|--:|--:|"
tail -n +2 "$RESULTS_TSV" | awk -F'\t' 'NR == 1 {c0 = $6 / $1; d0 = $9 / $1}
    {printf "| %s MB | %.1f | %.2f | %.1f | %.0f | %.1f | %.2f | %.2f |\n", $1, $6 / $1, ($6 / $1) / c0, $5 / $1, $8 / $1, $9 / $1, ($9 / $1) / d0, $13 / $1}'
echo
echo "Latency per query at each size (p99 ms):"
echo
names=$(for MB in $(tail -n +2 "$RESULTS_TSV" | cut -f1); do tail -n +2 "$OUT/${MB}mb/queries.tsv" | cut -f1; done | awk '!seen[$0]++')
printf '| query |'; for MB in $(tail -n +2 "$RESULTS_TSV" | cut -f1); do printf ' %s MB |' "$MB"; done; echo
printf '|---|'; for MB in $(tail -n +2 "$RESULTS_TSV" | cut -f1); do printf -- '--:|'; done; echo
for n in $names; do
    printf '| %s |' "$n"
    for MB in $(tail -n +2 "$RESULTS_TSV" | cut -f1); do
        printf ' %s |' "$(awk -F'\t' -v q="$n" '$1 == q {printf "%.1f", $7}' "$OUT/${MB}mb/queries.tsv")"
    done
    echo
done
} >"$ROOT/bench/scale-results.md"
say "results: bench/scale-results.md, $RESULTS_TSV"
