#!/usr/bin/env bash
# Load trial of `stdkg serve` (docs/reliability.md, section 1). Three phases, each against a fresh
# `java -jar target/stdkg.jar serve` on a free loopback port, every JVM of the server with -Xmx$HEAP
# and a GC log:
#   A. mixed load: CLIENTS clients for LOAD_SECONDS s (after WARMUP s), every request drawn at random
#      from canned queries, /id (303, followed) to HTML and RDF, /data in .ttl .jsonld .rdf .nt,
#      /page, /search and ad-hoc SPARQL (org.stdkg.bench.LoadBench). Any unexpected answer is an error.
#   B. the same load while the server ingests BATCHES batches of DOCS documents (`serve --ingest`,
#      the documents' contents alternating from batch to batch), with one more client reading
#      every ingested document graph's size over and over: each must be one the document has in
#      some batch (never half a graph), and all must end at the last batch's; then `stdkg check`.
#   C. one SPARQL answer of STREAM_ROWS rows (every pair of triples, cut), fetched as TSV by a
#      client counting rows as they arrive; the server's query timeout raised to STREAM_TIMEOUT s.
# Loopback only; every phase bounded in time. Output under bench/out/load-$HEAP/; the report is
# bench/out/load.md (bench/out/load-$HEAP.md as well). Exit code 1 when any phase failed.
#
# Usage: bench/load.sh             HEAP=256m CLIENTS=32 LOAD_SECONDS=60 WARMUP=5 BATCHES=6 DOCS=4
#                                  STREAM_ROWS=1000000 STREAM_TIMEOUT=300 PHASES="A B C"
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
HEAP=${HEAP:-256m}
CLIENTS=${CLIENTS:-32}
SECONDS_LOAD=${LOAD_SECONDS:-60}
WARMUP=${WARMUP:-5}
BATCHES=${BATCHES:-6}
DOCS=${DOCS:-4}
STREAM_ROWS=${STREAM_ROWS:-1000000}
STREAM_TIMEOUT=${STREAM_TIMEOUT:-300}
PHASES=${PHASES:-A B C}
STARTUP_LIMIT_S=180

OUT="$ROOT/bench/out"
WORK="$OUT/load-$HEAP"
LOG="$WORK/logs"
REPORT="$OUT/load-$HEAP.md"
rm -rf "$WORK"; mkdir -p "$LOG"
JAR="$ROOT/target/stdkg.jar"
BASE=http://localhost:3030/

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
SERVER_PID=
cleanup() { if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

# ------------------------------------------------------------------ jar, bench classes, class path
if [[ ! -f "$JAR" ]]; then say "building target/stdkg.jar"; mvn -q -B -o package -DskipTests; fi
stale=0
for src in "$ROOT"/src/test/java/org/stdkg/bench/*.java; do
    cls="$ROOT/target/test-classes/org/stdkg/bench/$(basename "$src" .java).class"
    [[ -f "$cls" && ! "$src" -nt "$cls" ]] || stale=1
done
if (( stale )); then say "compiling the bench classes (mvn test-compile)"; mvn -q -B -o test-compile; fi
if [[ ! -s "$OUT/test-classpath.txt" || "$ROOT/pom.xml" -nt "$OUT/test-classpath.txt" ]]; then
    mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/test-classpath.txt" >/dev/null
fi
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/test-classpath.txt")"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_server NAME DB [extra serve options…]: starts the server in the background, waits for /$/ping.
start_server() {
    local name=$1 db=$2; shift 2
    PORT=$(free_port)
    java -Xmx"$HEAP" -Xlog:gc:file="$LOG/$name-gc.log" -jar "$JAR" serve --db "$db" --port "$PORT" "$@" \
        >"$LOG/$name-server.out" 2>"$LOG/$name-server.err" &
    SERVER_PID=$!
    local t0=$SECONDS
    until curl -sf -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/\$/ping"; do
        kill -0 "$SERVER_PID" 2>/dev/null || { say "server exited: $(tail -3 "$LOG/$name-server.err")"; exit 1; }
        (( SECONDS - t0 > STARTUP_LIMIT_S )) && { say "server not answering after ${STARTUP_LIMIT_S}s"; exit 1; }
        sleep 0.2
    done
    URL="http://127.0.0.1:$PORT"
}

# stop_server NAME: stops it, records peak RSS (MB) and the GC figures of its whole life.
stop_server() {
    local name=$1
    awk '/^VmHWM/ {printf "%.0f\n", $2/1024}' "/proc/$SERVER_PID/status" >"$LOG/$name-rss" 2>/dev/null || echo "?" >"$LOG/$name-rss"
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

# gc_line NAME: one line of GC figures from the unified GC log (-Xlog:gc).
gc_line() {
    awk -v rss="$(cat "$LOG/$1-rss")" '
        / Pause / {
            n++; ms = $NF; sub(/ms$/, "", ms); total += ms; if (ms > max) max = ms
            if ($0 ~ /Pause Full/) full++
            if (match($0, /->[0-9]+M/)) { after = substr($0, RSTART + 2, RLENGTH - 3) + 0; if (after > live) live = after }
        }
        END { printf "%d GC pauses, %.0f ms in all, longest %.1f ms, %d full GCs; largest heap after a GC %d MB; peak RSS %s MB\n",
                     n, total, max, full, live, rss }' "$LOG/$1-gc.log"
}

oom_count() { grep -c 'OutOfMemoryError' "$LOG/$1-server.err" || true; }

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
STATUS=0
say "seeds database"
DB0="$WORK/db-seeds"
java -Xmx"$HEAP" -jar "$JAR" build --db "$DB0" "$ROOT/seeds" 2>"$LOG/build.err" || { say "build failed: $(tail -1 "$LOG/build.err")"; exit 1; }
BUILD_LINE=$(grep -o 'built .*' "$LOG/build.err" | tail -1)

: >"$WORK/phases.md"
# ------------------------------------------------------------------ A. mixed load
if [[ " $PHASES " == *" A "* ]]; then
    say "A: mixed load, $CLIENTS clients, ${SECONDS_LOAD}s"
    rm -rf "$WORK/db-a"; cp -r "$DB0" "$WORK/db-a"
    start_server A "$WORK/db-a"
    LA_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
    rc=0
    java -Xmx512m -cp "$CP" org.stdkg.bench.LoadBench --url "$URL" --queries "$ROOT/queries" --clients "$CLIENTS" \
        --seconds "$SECONDS_LOAD" --warmup "$WARMUP" >"$WORK/A.md" 2>"$LOG/A-client.err" || rc=$?
    LA_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
    stop_server A
    (( rc == 0 )) || STATUS=1
    {
        echo "### A. Mixed load (server -Xmx$HEAP)"; echo
        echo "Load average (1/5/15 min) before: $LA_BEFORE; after: $LA_AFTER."; echo
        cat "$WORK/A.md"; echo
        echo "Server: $(gc_line A); OutOfMemoryError in its log: $(oom_count A)."; echo
    } >>"$WORK/phases.md"
fi

# ------------------------------------------------------------------ B. mixed load while ingesting
if [[ " $PHASES " == *" B "* ]]; then
    say "B: preparing $BATCHES batches of $DOCS documents"
    java -Xmx1g -cp "$CP" org.stdkg.bench.IngestPlan --seeds "$ROOT/seeds" --out "$WORK/ingest" --batches "$BATCHES" \
        --docs "$DOCS" --base "$BASE" 2>"$LOG/B-plan.err" || { say "IngestPlan failed: $(tail -3 "$LOG/B-plan.err")"; exit 1; }
    INGEST=()
    for b in "$WORK"/ingest/b*/; do INGEST+=(--ingest "${b%/}"); done
    rm -rf "$WORK/db-b"; cp -r "$DB0" "$WORK/db-b"
    say "B: mixed load while the server ingests"
    start_server B "$WORK/db-b" "${INGEST[@]}"
    LB_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
    rc=0
    java -Xmx512m -cp "$CP" org.stdkg.bench.LoadBench --url "$URL" --queries "$ROOT/queries" --clients "$CLIENTS" \
        --seconds "$SECONDS_LOAD" --warmup 0 --expect "$WORK/ingest/expected.tsv" \
        --graph-prefix "${BASE}graph/document/ingest-" --ingest-log "$LOG/B-server.err" --batches "$BATCHES" --settle 300 >"$WORK/B.md" 2>"$LOG/B-client.err" || rc=$?
    LB_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
    stop_server B
    (( rc == 0 )) || STATUS=1
    INGESTED=$(grep -c '^ingested ' "$LOG/B-server.err" || true)
    FAILED=$(grep -c '^ingest of ' "$LOG/B-server.err" || true)
    CHECK=$(java -Xmx"$HEAP" -jar "$JAR" check --db "$WORK/db-b" 2>&1) || STATUS=1
    {
        echo "### B. Mixed load while the server ingests (server -Xmx$HEAP)"; echo
        echo "Load average (1/5/15 min) before: $LB_BEFORE; after: $LB_AFTER."
        echo "The server (\`serve --ingest\` × $BATCHES) ingested $INGESTED batches of $DOCS documents, $FAILED failed:"; echo
        grep '^ingested \|^ingest of ' "$LOG/B-server.err" | sed "s|$WORK/||; s/^/    /"; echo
        cat "$WORK/B.md"; echo
        echo "Afterwards \`stdkg check\`: $CHECK"; echo
        echo "Server: $(gc_line B); OutOfMemoryError in its log: $(oom_count B)."; echo
    } >>"$WORK/phases.md"
fi

# ------------------------------------------------------------------ C. a streamed answer of STREAM_ROWS rows
if [[ " $PHASES " == *" C "* ]]; then
    say "C: $STREAM_ROWS rows streamed"
    rm -rf "$WORK/db-c"; cp -r "$DB0" "$WORK/db-c"
    start_server C "$WORK/db-c" --timeout "$STREAM_TIMEOUT"
    rc=0
    java -Xmx256m -cp "$CP" org.stdkg.bench.LoadBench --url "$URL" --stream-rows "$STREAM_ROWS" --timeout "$STREAM_TIMEOUT" \
        >"$WORK/C.md" 2>"$LOG/C-client.err" || rc=$?
    stop_server C
    (( rc == 0 )) || STATUS=1
    {
        echo "### C. One answer of $STREAM_ROWS rows (server -Xmx$HEAP, --timeout $STREAM_TIMEOUT)"; echo
        cat "$WORK/C.md"; echo
        echo "Server: $(gc_line C); OutOfMemoryError in its log: $(oom_count C)."; echo
    } >>"$WORK/phases.md"
fi

{
    echo "# stdkg load trial"
    echo
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml || echo ' (with local changes)'),"
    echo "on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/ {print $2}') GB,"
    echo "$(java -version 2>&1 | head -1). The cores are shared with other work: load average at start $LOAD_START,"
    echo "at end $(cut -d' ' -f1-3 /proc/loadavg). Database: \`stdkg build seeds\` ($BUILD_LINE)."
    echo "Clients: one JVM (-Xmx512m), java.net.http, HTTP/1.1, on the same machine."
    echo
    cat "$WORK/phases.md"
    echo "Result: $([[ $STATUS == 0 ]] && echo 'every phase passed' || echo '**a phase FAILED** (see above)')."
} >"$REPORT"
cp "$REPORT" "$OUT/load.md"
cat "$REPORT"
exit "$STATUS"
