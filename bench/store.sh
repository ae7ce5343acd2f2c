#!/usr/bin/env bash
# Store and server benchmark of stdkg, side by side with Jena's own tools in one run:
#   1. load throughput: `stdkg load` (TDB2 + text index) against tdb2.tdbloader, and
#      tdb2.tdbloader + jena.textindexer (like for like with the text index), on the same N-Quads
#      (`stdkg extract` of a corpus made by org.stdkg.bench.CorpusGenerator);
#   2. `stdkg build seeds` end to end (wall time, fresh database each run);
#   3. startup: launch of `stdkg serve` on the built database to the first answered SPARQL query,
#      with and without the class-data-sharing archive, against a stock Fuseki on a copy of it;
#   4. latency (p50, p99) and throughput over HTTP: the canned queries (GET /queries/NAME, defaults)
#      and entity pages on stdkg against the same SPARQL (or DESCRIBE) on a stock Fuseki
#      (jena-fuseki-server 5.6.0) serving a copy of the same database with fuseki-config.ttl.
# Every JVM is timed for wall and CPU time (user + system) and its peak RSS. Everything listens on
# and talks to loopback; every phase is bounded in requests and time; all output goes under
# bench/out/ (git-ignored). Results: bench/out/store-results.md (Markdown) and
# bench/out/store-summary.tsv (key, value: what bench/run-all.sh reads).
#
# Usage: bench/store.sh            (from anywhere; settings by environment variable, see below)
#   CORPUS_MB=5       size of the generated corpus (MB of text); about 330,000 quads per MB
#   NQ=FILE           load this N-Quads file instead (no corpus, no extraction)
#   SEED=42           corpus generator seed
#   LOAD_RUNS=3       load runs per loader (alternating; median reported)
#   BUILD_RUNS=3      `stdkg build seeds` runs (mean reported)
#   START_RUNS=5      startup runs per server (median reported)
#   REQUESTS=100      sequential requests per query and server (at most SEQ_SECONDS per query)
#   SEQ_SECONDS=20
#   CLIENTS=8         concurrent clients, for SECONDS_CONC per query and server
#   SECONDS_CONC=5
#   WARMUP=5          warm-up requests per query and server
#   HEAP=2g           -Xmx of every JVM (loaders and servers alike)
#   PORT_STDKG=3131 PORT_STOCK=3132
#   QUERIES=auto      canned (queries/*.rq via /queries, and entity pages) | sparql (bench/queries/*.rq via /sparql) | auto
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"

CORPUS_MB=${CORPUS_MB:-5}
SEED=${SEED:-42}
LOAD_RUNS=${LOAD_RUNS:-3}
BUILD_RUNS=${BUILD_RUNS:-3}
START_RUNS=${START_RUNS:-5}
REQUESTS=${REQUESTS:-100}
SEQ_SECONDS=${SEQ_SECONDS:-20}
CLIENTS=${CLIENTS:-8}
SECONDS_CONC=${SECONDS_CONC:-5}
WARMUP=${WARMUP:-5}
HEAP=${HEAP:-2g}
PORT_STDKG=${PORT_STDKG:-3131}
PORT_STOCK=${PORT_STOCK:-3132}
QUERIES=${QUERIES:-auto}
STARTUP_LIMIT_S=120   # a server not answering by then is a failure, not a figure

# The jar by the relative path the class-data-sharing archive was made with (see pom.xml).
JAR_REL=target/stdkg.jar
JAR="$ROOT/$JAR_REL"
JSA_REL=target/stdkg.jsa
FUSEKI_VERSION=5.6.0
FUSEKI_JAR="$OUT/lib/jena-fuseki-server-$FUSEKI_VERSION.jar"
LOG="$OUT/logs"
mkdir -p "$LOG"
RESULTS="$OUT/store-results.md"
SUMMARY="$OUT/store-summary.tsv"

PIDS=()
cleanup() {
    local p
    for p in "${PIDS[@]:-}"; do
        [[ -n "$p" ]] && kill "$p" 2>/dev/null || true
    done
    for p in "${PIDS[@]:-}"; do
        [[ -n "$p" ]] && wait "$p" 2>/dev/null || true
    done
}
trap cleanup EXIT

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { date +%s%3N; }
# median of numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }
mean() { awk '{s+=$1; n++} END {if (n) printf "%.0f\n", s/n; else print "nan"}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b+0 == 0 || a == "nan" || b == "nan") print "–"; else printf "%.2f\n", a/b}'; }
summary() { printf '%s\t%s\n' "$1" "$2" >>"$SUMMARY"; }

# Runs a command, recording wall ms, CPU ms (user + system) and peak RSS (KB): timed NAME CMD…
timed() {
    local name=$1; shift
    local t0 t1
    t0=$(now_ms)
    /usr/bin/time -f '%M %U %S' -o "$LOG/$name.time" "$@" >"$LOG/$name.out" 2>"$LOG/$name.err" || {
        say "FAILED: $* (see $LOG/$name.err)"; tail -5 "$LOG/$name.err" >&2; exit 1; }
    t1=$(now_ms)
    echo $((t1 - t0)) >"$LOG/$name.ms"
    tail -1 "$LOG/$name.time" | awk '{printf "%.0f\n", ($2 + $3) * 1000}' >"$LOG/$name.cpu"
    tail -1 "$LOG/$name.time" | awk '{print $1}' >"$LOG/$name.rss"
}
ms_of() { cat "$LOG/$1.ms"; }
cpu_of() { cat "$LOG/$1.cpu"; }
rss_mb_of() { awk '{printf "%.0f\n", $1/1024}' "$LOG/$1.rss"; }

# Copy of fuseki-config.ttl whose tdb2:location and text:directory point at a database directory.
stock_config() {
    local db=$1 file=$2
    sed -e "s|tdb2:location \"data/tdb2\"|tdb2:location \"$db/tdb2\"|" \
        -e "s|text:directory <file:data/text-index>|text:directory <file:$db/text-index>|" \
        "$ROOT/fuseki-config.ttl" >"$file"
    grep -q "\"$db/tdb2\"" "$file" && grep -q "<file:$db/text-index>" "$file" || {
        say "fuseki-config.ttl: cannot point tdb2:location / text:directory at $db"; exit 1; }
}

ASK_PATH='query=ASK%7B%7D'
# Waits until a SPARQL endpoint answers; prints "ms cpu_ms" (since START, ms epoch; the server's
# CPU time so far), or fails after the limit.
wait_answer() {
    local url=$1 start=$2 pid=$3 ms cpu
    while true; do
        if curl -sf -o /dev/null --max-time 5 -H 'Accept: application/sparql-results+json' "$url?$ASK_PATH"; then
            ms=$(($(now_ms) - start))
            cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat" 2>/dev/null || echo nan)
            echo "$ms $cpu"; return 0
        fi
        kill -0 "$pid" 2>/dev/null || { say "server $pid exited before answering"; return 1; }
        (( $(now_ms) - start > STARTUP_LIMIT_S * 1000 )) && { say "no answer from $url within ${STARTUP_LIMIT_S}s"; return 1; }
        sleep 0.02
    done
}
# The servers are children of this shell (not of a command substitution), so `wait` works on them.
# stdkg runs from the project directory with the jar's relative path, as the README says, so that
# the class-data-sharing archive applies when CDS=1.
start_stdkg() { # DB PORT LOGNAME CDS(0|1); sets SERVER_PID
    local cds=()
    [[ "${4:-1}" == 1 && -f "$ROOT/$JSA_REL" ]] && cds=("-XX:SharedArchiveFile=$JSA_REL")
    java "${cds[@]}" -Xmx"$HEAP" -jar "$JAR_REL" serve --db "$1" --port "$2" >"$LOG/$3.out" 2>"$LOG/$3.err" &
    SERVER_PID=$!; PIDS+=("$SERVER_PID")
}
start_stock() { # DB CONFIG PORT LOGNAME; sets SERVER_PID
    FUSEKI_BASE="$OUT/fuseki-base" java -Xmx"$HEAP" -jar "$FUSEKI_JAR" --localhost --port "$3" --config "$2" \
        >"$LOG/$4.out" 2>"$LOG/$4.err" &
    SERVER_PID=$!; PIDS+=("$SERVER_PID")
}
stop() { # PID [FILE]: stops a server, writing its peak RSS (MB, VmHWM) to FILE
    local hwm
    hwm=$(awk '/^VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?")
    [[ -n "${2:-}" ]] && echo "$hwm" >"$2"
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for p in "$PORT_STDKG" "$PORT_STOCK"; do
    port_free "$p" || { say "port $p is in use: set PORT_STDKG / PORT_STOCK"; exit 1; }
done
: >"$SUMMARY"
phase() { summary "phase_$1_start" "$(date +%s)"; }

# ---------------------------------------------------------------- 0. jar, test classes, stock Fuseki
LOAD_AT_START=$(cat /proc/loadavg)
if [[ ! -f "$JAR" ]]; then
    say "building target/stdkg.jar (and its class-data-sharing archive)"
    mvn -q -B package -DskipTests
fi
[[ -f "$ROOT/$JSA_REL" ]] || say "no $JSA_REL: startup is measured without the archive only (run mvn package)"
stale_bench=0
for src in "$ROOT"/src/test/java/org/stdkg/bench/*.java; do
    cls="$ROOT/target/test-classes/org/stdkg/bench/$(basename "$src" .java).class"
    [[ -f "$cls" && ! "$src" -nt "$cls" && ! "$JAR" -nt "$cls" ]] || stale_bench=1
done
if (( stale_bench )); then
    say "compiling the benchmark classes (mvn test-compile)"
    mvn -q -B test-compile -Dcds.skip
fi
if [[ ! -s "$OUT/test-classpath.txt" || "$ROOT/pom.xml" -nt "$OUT/test-classpath.txt" ]]; then
    mvn -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/test-classpath.txt" >/dev/null
fi
BENCH_CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/test-classpath.txt")"
if [[ ! -f "$FUSEKI_JAR" ]]; then
    say "fetching org.apache.jena:jena-fuseki-server:$FUSEKI_VERSION"
    mvn -q -B dependency:copy -Dartifact="org.apache.jena:jena-fuseki-server:$FUSEKI_VERSION" -DoutputDirectory="$OUT/lib"
fi

# ---------------------------------------------------------------- 1. corpus and N-Quads
if [[ -n "${NQ:-}" ]]; then
    [[ -s "$NQ" ]] || { say "NQ=$NQ: no such file"; exit 1; }
    CORPUS_NOTE="the given file $(basename "$NQ")"
    EXTRACT_NOTE="given"
else
    CORPUS="$OUT/gen-${CORPUS_MB}mb-seed$SEED"
    NQ="$CORPUS.nq"
    if [[ ! -f "$CORPUS/.complete" ]]; then
        say "corpus: CorpusGenerator, $CORPUS_MB MB, seed $SEED"
        java -cp "$BENCH_CP" org.stdkg.bench.CorpusGenerator --out "$CORPUS" --mb "$CORPUS_MB" --seed "$SEED" --root "$ROOT"
    fi
    CORPUS_FILES=$(awk -F= '/^documents=/ {print $2}' "$CORPUS/.complete")
    CORPUS_BYTES=$(awk -F= '/^bytes=/ {print $2}' "$CORPUS/.complete")
    CORPUS_NOTE="a generated corpus (CorpusGenerator, seed $SEED): $CORPUS_FILES documents, $CORPUS_BYTES bytes of text"
    if [[ ! -s "$NQ" || "$JAR" -nt "$NQ" ]]; then
        say "extract: $CORPUS_FILES documents -> $(basename "$NQ")"
        phase extract
        # Written under another name first (stdkg picks the format by extension): a run cut short leaves no partial file.
        timed extract java -Xmx"$HEAP" -jar "$JAR" extract "$CORPUS" -o "${NQ%.nq}.partial.nq"
        mv "${NQ%.nq}.partial.nq" "$NQ"
        EXTRACT_NOTE="$(ms_of extract) ms wall, $(cpu_of extract) ms CPU, peak RSS $(rss_mb_of extract) MB (this run)"
        summary extract_ms "$(ms_of extract)"; summary extract_cpu_ms "$(cpu_of extract)"; summary extract_rss_mb "$(rss_mb_of extract)"
    else
        EXTRACT_NOTE="reused from an earlier run"
    fi
fi
TRIPLES=$(grep -c -v -e '^\s*$' -e '^\s*#' "$NQ")
NQ_MB=$(du -m --apparent-size "$NQ" | cut -f1)
say "N-Quads: $TRIPLES quads, $NQ_MB MB"
summary quads "$TRIPLES"

# ---------------------------------------------------------------- 2. load throughput
phase load
DB_STDKG="$OUT/db-stdkg"
DB_TDB="$OUT/db-tdbloader"
for r in $(seq 1 "$LOAD_RUNS"); do
    say "load run $r/$LOAD_RUNS: stdkg load ($(cut -d' ' -f1 /proc/loadavg) load average)"
    rm -rf "$DB_STDKG"
    timed "load-stdkg-$r" java -Xmx"$HEAP" -jar "$JAR" load --db "$DB_STDKG" "$NQ"
    say "load run $r/$LOAD_RUNS: tdb2.tdbloader, then jena.textindexer"
    rm -rf "$DB_TDB"; mkdir -p "$DB_TDB"
    timed "load-tdb-$r" java -Xmx"$HEAP" -cp "$JAR" tdb2.tdbloader --loc "$DB_TDB/tdb2" "$NQ"
    stock_config "$DB_TDB" "$OUT/textindexer-config.ttl"
    timed "load-text-$r" java -Xmx"$HEAP" -cp "$JAR" jena.textindexer --desc "$OUT/textindexer-config.ttl"
    echo $(( $(ms_of "load-tdb-$r") + $(ms_of "load-text-$r") )) >"$LOG/load-tdbtext-$r.ms"
    echo $(( $(cpu_of "load-tdb-$r") + $(cpu_of "load-text-$r") )) >"$LOG/load-tdbtext-$r.cpu"
done
med_ms() { for r in $(seq 1 "$LOAD_RUNS"); do ms_of "$1-$r"; done | median; }
med_cpu() { for r in $(seq 1 "$LOAD_RUNS"); do cpu_of "$1-$r"; done | median; }
max_rss() { for r in $(seq 1 "$LOAD_RUNS"); do rss_mb_of "$1-$r"; done | sort -n | tail -1; }
tps() { awk -v n="$TRIPLES" -v ms="$1" 'BEGIN {printf "%.0f\n", n / (ms / 1000)}'; }
for what in stdkg tdb text tdbtext; do
    eval "LOAD_${what^^}_MS=\$(med_ms load-$what)"
    eval "LOAD_${what^^}_CPU=\$(med_cpu load-$what)"
done
TPS_STDKG=$(tps "$LOAD_STDKG_MS"); TPS_TDB=$(tps "$LOAD_TDB_MS"); TPS_TDBTEXT=$(tps "$LOAD_TDBTEXT_MS")
CTPS_STDKG=$(tps "$LOAD_STDKG_CPU"); CTPS_TDB=$(tps "$LOAD_TDB_CPU"); CTPS_TDBTEXT=$(tps "$LOAD_TDBTEXT_CPU")
summary load_stdkg_tps "$TPS_STDKG"; summary load_tdb_tps "$TPS_TDB"; summary load_tdbtext_tps "$TPS_TDBTEXT"
summary load_stdkg_cpu_tps "$CTPS_STDKG"; summary load_tdb_cpu_tps "$CTPS_TDB"; summary load_tdbtext_cpu_tps "$CTPS_TDBTEXT"
summary load_stdkg_rss_mb "$(max_rss load-stdkg)"; summary load_tdb_rss_mb "$(max_rss load-tdb)"; summary load_text_rss_mb "$(max_rss load-text)"
STDKG_SELF=$(grep -o 'loaded .*' "$LOG/load-stdkg-1.err" | tail -1 || true)
TDB_SELF=$(grep -o 'Time = .*' "$LOG/load-tdb-1.err" | tail -1 || true)
TEXT_SELF=$(grep -o '[0-9]* ([0-9]* per second) properties indexed' "$LOG/load-text-1.err" | tail -1 || true)

# ---------------------------------------------------------------- 3. stdkg build seeds/, end to end
phase build
for r in $(seq 1 "$BUILD_RUNS"); do
    say "build run $r/$BUILD_RUNS: stdkg build seeds"
    rm -rf "$OUT/db-build"
    timed "build-$r" java -Xmx"$HEAP" -jar "$JAR" build --db "$OUT/db-build" "$ROOT/seeds"
done
BUILD_MEAN_MS=$(for r in $(seq 1 "$BUILD_RUNS"); do ms_of "build-$r"; done | mean)
BUILD_ALL_MS=$(for r in $(seq 1 "$BUILD_RUNS"); do ms_of "build-$r"; done | paste -sd/)
BUILD_RSS=$(for r in $(seq 1 "$BUILD_RUNS"); do rss_mb_of "build-$r"; done | sort -n | tail -1)
BUILD_LINE=$(grep -o 'built .*' "$LOG/build-1.err" | tail -1 || true)
summary build_seeds_ms "$BUILD_MEAN_MS"; summary build_seeds_rss_mb "$BUILD_RSS"

# ---------------------------------------------------------------- 4. startup to first answer
# stdkg serves the database `stdkg load` made; the stock Fuseki a byte copy of it.
phase startup
DB_STOCK="$OUT/db-stock"
rm -rf "$DB_STOCK"; cp -r "$DB_STDKG" "$DB_STOCK"; rm -rf "$DB_STOCK/fuseki"
stock_config "$DB_STOCK" "$OUT/stock-config.ttl"
rm -rf "$OUT/fuseki-base"; mkdir -p "$OUT/fuseki-base"
: >"$LOG/startup-cds.ms"; : >"$LOG/startup-nocds.ms"; : >"$LOG/startup-stock.ms"
for r in $(seq 1 "$START_RUNS"); do
    say "startup run $r/$START_RUNS"
    t0=$(now_ms); start_stdkg "$DB_STDKG" "$PORT_STDKG" "startup-cds-$r" 1
    wait_answer "http://127.0.0.1:$PORT_STDKG/sparql" "$t0" "$SERVER_PID" >>"$LOG/startup-cds.ms"
    stop "$SERVER_PID"
    t0=$(now_ms); start_stdkg "$DB_STDKG" "$PORT_STDKG" "startup-nocds-$r" 0
    wait_answer "http://127.0.0.1:$PORT_STDKG/sparql" "$t0" "$SERVER_PID" >>"$LOG/startup-nocds.ms"
    stop "$SERVER_PID"
    t0=$(now_ms); start_stock "$DB_STOCK" "$OUT/stock-config.ttl" "$PORT_STOCK" "startup-stock-$r"
    wait_answer "http://127.0.0.1:$PORT_STOCK/kg/sparql" "$t0" "$SERVER_PID" >>"$LOG/startup-stock.ms"
    stop "$SERVER_PID"
done
col_median() { awk -v c="$2" '{print $c}' "$1" | median; }
col_all() { awk -v c="$2" '{print $c}' "$1" | paste -sd/; }
for v in cds nocds stock; do
    eval "START_${v^^}_MS=\$(col_median $LOG/startup-$v.ms 1)"
    eval "START_${v^^}_CPU=\$(col_median $LOG/startup-$v.ms 2)"
done
summary startup_cds_ms "$START_CDS_MS"; summary startup_cds_cpu_ms "$START_CDS_CPU"
summary startup_nocds_ms "$START_NOCDS_MS"; summary startup_nocds_cpu_ms "$START_NOCDS_CPU"
summary startup_stock_ms "$START_STOCK_MS"; summary startup_stock_cpu_ms "$START_STOCK_CPU"

# ---------------------------------------------------------------- 5. query latency and throughput
phase http
say "latency: starting both servers"
t0=$(now_ms); start_stdkg "$DB_STDKG" "$PORT_STDKG" serve-stdkg 1; PID_STDKG=$SERVER_PID
wait_answer "http://127.0.0.1:$PORT_STDKG/sparql" "$t0" "$PID_STDKG" >/dev/null
t0=$(now_ms); start_stock "$DB_STOCK" "$OUT/stock-config.ttl" "$PORT_STOCK" serve-stock; PID_STOCK=$SERVER_PID
wait_answer "http://127.0.0.1:$PORT_STOCK/kg/sparql" "$t0" "$PID_STOCK" >/dev/null

PLAN="$OUT/plan.tsv"
if [[ "$QUERIES" == auto ]]; then
    if [[ -d "$ROOT/queries" && -f "$ROOT/target/test-classes/org/stdkg/bench/CannedPlan.class" ]]; then QUERIES=canned; else QUERIES=sparql; fi
fi
if [[ "$QUERIES" == canned ]]; then
    java -cp "$BENCH_CP" org.stdkg.bench.CannedPlan --queries "$ROOT/queries" --entities true \
        --stdkg "http://127.0.0.1:$PORT_STDKG" --stock "http://127.0.0.1:$PORT_STOCK/kg/sparql" >"$PLAN"
    QUERY_NOTE="the canned queries (queries/*.rq) with their default parameters: stdkg \`GET /queries/NAME?format=json\`, stock Fuseki \`GET /kg/sparql?query=…\` with the same query text, defaults bound; then entity pages: \`page-…\` is stdkg's HTML page \`/page/KIND/SLUG\` against \`DESCRIBE <iri>\` (Turtle) on the stock server, \`data-…\` stdkg's Turtle \`/data/KIND/SLUG\` against the same CONSTRUCT query sent to the stock server (Turtle)"
else
    : >"$PLAN"
    for f in "$ROOT"/bench/queries/*.rq; do
        enc=$(jq -sRr @uri <"$f")
        printf '%s\thttp://127.0.0.1:%s/sparql?query=%s\thttp://127.0.0.1:%s/kg/sparql?query=%s\n' \
            "$(basename "$f" .rq)" "$PORT_STDKG" "$enc" "$PORT_STOCK" "$enc" >>"$PLAN"
    done
    QUERY_NOTE="representative SPARQL queries (bench/queries/*.rq): stdkg \`GET /sparql?query=…\`, stock Fuseki \`GET /kg/sparql?query=…\`"
fi
say "latency: $(wc -l <"$PLAN") queries, $REQUESTS sequential + ${SECONDS_CONC}s x $CLIENTS clients each"
LOAD_BEFORE_HTTP=$(cat /proc/loadavg)
java -Xmx512m -cp "$BENCH_CP" org.stdkg.bench.HttpBench --plan "$PLAN" --warmup "$WARMUP" --requests "$REQUESTS" \
    --seq-seconds "$SEQ_SECONDS" --clients "$CLIENTS" --seconds "$SECONDS_CONC" --tsv "$OUT/http-results.tsv" \
    >"$OUT/http-results.md" 2>"$LOG/http.err" || {
    say "load generator failed"; tail -5 "$LOG/http.err" >&2; exit 1; }
stop "$PID_STDKG" "$LOG/rss-stdkg"; RSS_STDKG=$(cat "$LOG/rss-stdkg")
stop "$PID_STOCK" "$LOG/rss-stock"; RSS_STOCK=$(cat "$LOG/rss-stock")
summary serve_stdkg_rss_mb "$RSS_STDKG"; summary serve_stock_rss_mb "$RSS_STOCK"
LOAD_AT_END=$(cat /proc/loadavg)
phase end

# ---------------------------------------------------------------- 6. results
{
echo "# stdkg store and server benchmark"
echo
echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'),"
echo "$(free -g | awk '/^Mem:/ {print $2}') GB memory; $(java -version 2>&1 | head -1); every JVM with -Xmx$HEAP."
echo "Load average (1/5/15 min) at start: ${LOAD_AT_START% * *}; before the HTTP phase: ${LOAD_BEFORE_HTTP% * *}; at end: ${LOAD_AT_END% * *}."
echo "Commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml queries || echo ' (with local changes)')."
echo
echo "## Load throughput"
echo
echo "Input: \`stdkg extract\` of $CORPUS_NOTE: $TRIPLES quads, $NQ_MB MB of N-Quads (extraction: $EXTRACT_NOTE)."
echo "Whole process (JVM start included), median of $LOAD_RUNS alternating runs, fresh database each. Throughput by wall time"
echo "(what a user waits for) and by CPU time, user + system, all threads (what it costs; steadier on a shared machine)."
echo
echo "| loader | wall ms | triples/s | stdkg / this | CPU ms | triples/CPU-s | stdkg / this | peak RSS MB |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|"
echo "| stdkg load (TDB2 + text index) | $LOAD_STDKG_MS | $TPS_STDKG | 1.00 | $LOAD_STDKG_CPU | $CTPS_STDKG | 1.00 | $(max_rss load-stdkg) |"
echo "| tdb2.tdbloader (no text index) | $LOAD_TDB_MS | $TPS_TDB | **$(ratio "$TPS_STDKG" "$TPS_TDB")** | $LOAD_TDB_CPU | $CTPS_TDB | **$(ratio "$CTPS_STDKG" "$CTPS_TDB")** | $(max_rss load-tdb) |"
echo "| tdb2.tdbloader + jena.textindexer | $LOAD_TDBTEXT_MS | $TPS_TDBTEXT | **$(ratio "$TPS_STDKG" "$TPS_TDBTEXT")** | $LOAD_TDBTEXT_CPU | $CTPS_TDBTEXT | **$(ratio "$CTPS_STDKG" "$CTPS_TDBTEXT")** | $(max_rss load-tdb) / $(max_rss load-text) |"
echo
echo "All runs, wall ms: stdkg $(for r in $(seq 1 "$LOAD_RUNS"); do ms_of "load-stdkg-$r"; done | paste -sd/);"
echo "tdbloader $(for r in $(seq 1 "$LOAD_RUNS"); do ms_of "load-tdb-$r"; done | paste -sd/);"
echo "textindexer $(for r in $(seq 1 "$LOAD_RUNS"); do ms_of "load-text-$r"; done | paste -sd/)."
echo "The tools' own lines (run 1): stdkg \`$STDKG_SELF\`; tdbloader \`$TDB_SELF\`; textindexer \`$TEXT_SELF\`."
echo
echo "## stdkg build seeds/ (end to end)"
echo
echo "Mean wall time over $BUILD_RUNS runs, fresh database each: **$BUILD_MEAN_MS ms** (runs: $BUILD_ALL_MS ms; peak RSS $BUILD_RSS MB)."
echo "\`$BUILD_LINE\`"
echo
echo "## Startup: launch to the first answered SPARQL query"
echo
echo "On the database loaded above ($TRIPLES quads), median of $START_RUNS runs: launch of the JVM to the first"
echo "200 answer to \`ASK {}\` (polled every 20 ms); CPU: the server's user + system time at that moment."
echo
echo "| server | median ms | median CPU ms | runs ms |"
echo "|---|--:|--:|---|"
echo "| stdkg serve, class-data-sharing archive (README command) | $START_CDS_MS | $START_CDS_CPU | $(col_all "$LOG/startup-cds.ms" 1) |"
echo "| stdkg serve, no archive | $START_NOCDS_MS | $START_NOCDS_CPU | $(col_all "$LOG/startup-nocds.ms" 1) |"
echo "| stock Fuseki $FUSEKI_VERSION --config | $START_STOCK_MS | $START_STOCK_CPU | $(col_all "$LOG/startup-stock.ms" 1) |"
echo
echo "stdkg (archive) / stock: $(ratio "$START_CDS_MS" "$START_STOCK_MS"). Target: stdkg ready in <= 3000 ms: $(awk -v m="$START_CDS_MS" 'BEGIN {print (m <= 3000) ? "met" : "NOT met"}')."
echo
echo "## Query and entity-page latency and throughput over HTTP"
echo
echo "Queries: $QUERY_NOTE. Both servers up at once on loopback, same database (byte copies), same"
echo "fuseki-config.ttl (stock: a copy pointing at its database), same heap. Target: stdkg latency <= 1.2x stock."
echo
cat "$OUT/http-results.md"
echo
echo "Peak RSS during the HTTP phase (VmHWM): stdkg serve $RSS_STDKG MB, stock Fuseki $RSS_STOCK MB."
} >"$RESULTS"
say "results: $RESULTS"
cat "$RESULTS"
