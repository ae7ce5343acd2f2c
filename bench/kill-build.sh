#!/usr/bin/env bash
# Kill trial of `stdkg build` (docs/reliability.md, section 2): builds into one database, each
# killed with SIGKILL at a random point, alternating between two versions of the same documents
# (same file names, other texts). After every kill:
#   - the database opens (`stdkg export` reads all of it);
#   - every document graph is whole: isomorphic to that document's graph in the reference build of
#     version A or of version B (org.stdkg.bench.GraphCompare), never anything in between;
#   - `stdkg check` says whether the text index agrees with the data (a kill between the commit
#     of TDB2 and that of Lucene can leave it behind; the next build must then repair it, and says so).
# Half the kills land at a uniformly random time after the start (start-up, extraction, loading);
# the other half while graphs are being committed: after the K-th "loaded" line of `build -v`
# (K random), plus 0-30 ms. A last build runs to the end: the database must then equal the reference.
# Output: bench/out/kill-build/ and the report bench/out/kill-build.md. Exit code 1 on any failure.
#
# Runs until KILLS builds were really killed (a build that finished first does not count; at most
# 2 x KILLS runs).
#
# Usage: bench/kill-build.sh       KILLS=24 DOCS=12 HEAP=1g SEED=1 BATCH_QUADS=500
# (BATCH_QUADS: quads per write transaction of the killed builds, system property stdkg.buildBatchQuads;
# a build commits 1,000,000 at a time, which on DOCS documents is a single commit: with 500 the kills
# also land between commits.)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
KILLS_WANTED=${KILLS:-24}
DOCS=${DOCS:-12}
HEAP=${HEAP:-1g}
RANDOM=${SEED:-1}
OUT="$ROOT/bench/out"
WORK="$OUT/kill-build"
REPORT="$OUT/kill-build.md"
JAR="$ROOT/target/stdkg.jar"
PREFIX=http://localhost:3030/graph/document/
rm -rf "$WORK"; mkdir -p "$WORK/logs"
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { date +%s%3N; }
BUILD_PID=
cleanup() { if [[ -n "$BUILD_PID" ]]; then kill -9 "$BUILD_PID" 2>/dev/null || true; wait "$BUILD_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

[[ -f "$JAR" ]] || { say "building target/stdkg.jar"; mvn -q -B -o package -DskipTests; }
[[ -f "$ROOT/target/test-classes/org/stdkg/bench/GraphCompare.class" && ! "$ROOT/src/test/java/org/stdkg/bench/GraphCompare.java" -nt "$ROOT/target/test-classes/org/stdkg/bench/GraphCompare.class" ]] \
    || mvn -q -B -o test-compile
if [[ ! -s "$OUT/test-classpath.txt" || "$ROOT/pom.xml" -nt "$OUT/test-classpath.txt" ]]; then
    mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/test-classpath.txt" >/dev/null
fi
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/test-classpath.txt")"
stdkg() { java -Xmx"$HEAP" -jar "$JAR" "$@"; }

# ------------------------------------------------------------------ two versions of DOCS documents
SMALL=$(ls -S "$ROOT"/seeds/*.txt | tail -1)
BIG=$(ls -S "$ROOT"/seeds/*.txt | head -1)
for v in A B; do
    mkdir -p "$WORK/corpus-$v"
    for i in $(seq -w 1 "$DOCS"); do
        # Version A: odd documents the small seed, even ones the first 12 KB of the big one; B the other way round.
        odd=$(( 10#$i % 2 )); isA=$([[ $v == A ]] && echo 1 || echo 0)
        if (( odd == isA )); then cp "$SMALL" "$WORK/corpus-$v/doc$i.txt"
        else head -c 12000 "$BIG" | sed '$d' >"$WORK/corpus-$v/doc$i.txt"; fi
    done
done
for v in A B; do
    say "reference build of version $v"
    t0=$(now_ms)
    stdkg build --db "$WORK/ref-$v" "$WORK/corpus-$v" 2>"$WORK/logs/ref-$v.err" || { say "reference build failed"; exit 1; }
    echo $(( $(now_ms) - t0 )) >"$WORK/ref-$v.ms"
    stdkg export --db "$WORK/ref-$v" -o "$WORK/ref-$v.nq"
done
BUILD_MS=$(cat "$WORK/ref-A.ms")
say "a whole build takes $BUILD_MS ms; $KILLS_WANTED kills follow"

DB="$WORK/db"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
FAIL=0
: >"$WORK/runs.tsv"
KILLS=0
run=0
while (( KILLS < KILLS_WANTED && run < 2 * KILLS_WANTED )); do
    run=$((run + 1))
    v=$([[ $((run % 2)) == 1 ]] && echo A || echo B)
    log="$WORK/logs/run$run.err"
    # java itself in the background (not through a shell function), so that the kill reaches the JVM.
    java -Xmx"$HEAP" -Dstdkg.buildBatchQuads="${BATCH_QUADS:-500}" -jar "$JAR" build -v --db "$DB" "$WORK/corpus-$v" 2>"$log" &
    BUILD_PID=$!
    t0=$(now_ms)
    if (( RANDOM % 2 == 0 )); then
        when="at $(( RANDOM % BUILD_MS )) ms"
        target=$(( t0 + ${when//[^0-9]/} ))
        while (( $(now_ms) < target )) && kill -0 "$BUILD_PID" 2>/dev/null; do sleep 0.005; done
    else
        k=$(( 1 + RANDOM % (DOCS - 1) )); extra=$(( RANDOM % 31 ))
        when="after $k graphs loaded + $extra ms"
        until n=$(grep -c '^loaded ' "$log" 2>/dev/null || true); (( ${n:-0} >= k )) || ! kill -0 "$BUILD_PID" 2>/dev/null; do
            sleep 0.005
        done
        sleep "0.0$(printf '%02d' "$extra")"
    fi
    kill -9 "$BUILD_PID" 2>/dev/null || true
    wait "$BUILD_PID" 2>/dev/null || true
    BUILD_PID=
    # A build that printed its summary had finished (its JVM may still have been shutting down).
    if grep -q '^built ' "$log"; then killed="finished before the kill"; else killed="killed"; KILLS=$((KILLS + 1)); fi
    loaded=$(grep -c '^loaded ' "$log" || true)
    repaired=$(grep -o 'text index disagreed[^:]*' "$log" || true)
    # The database must open and read whole, and every document graph be one of the two versions.
    if ! stdkg export --db "$DB" -o "$WORK/after.nq" 2>"$WORK/logs/export$run.err"; then
        opens="DOES NOT OPEN: $(head -1 "$WORK/logs/export$run.err")"; FAIL=1; graphs="–"
    else
        opens="opens"
        if java -cp "$CP" org.stdkg.bench.GraphCompare --prefix "$PREFIX" "$WORK/after.nq" "$WORK/ref-A.nq" "$WORK/ref-B.nq" \
                >"$WORK/logs/compare$run.txt" 2>&1; then :; else FAIL=1; fi
        graphs=$(grep '^summary:' "$WORK/logs/compare$run.txt" | sed 's/^summary: //; s/reference 1/A/; s/reference 2/B/')
    fi
    check=$(stdkg check --db "$DB" 2>&1 | head -1 || true)
    index=$([[ "$check" == *"text index consistent"* ]] && echo consistent || echo "$check")
    printf '%s\t%s\t%s (%s)\t%s\t%s\t%s\t%s\n' "$run" "$v" "$killed" "$when" "$loaded" "$opens; $graphs" "$index" \
        "${repaired:-–}" | tee -a "$WORK/runs.tsv" >&2
done

say "a last build of version A, to the end"
stdkg build --db "$DB" "$WORK/corpus-A" 2>"$WORK/logs/final.err" || FAIL=1
stdkg export --db "$DB" -o "$WORK/final.nq"
FINAL=$(java -cp "$CP" org.stdkg.bench.GraphCompare --prefix "$PREFIX" "$WORK/final.nq" "$WORK/ref-A.nq" | tail -1) || FAIL=1
[[ "$FINAL" == *"$DOCS document graphs present, $DOCS as in reference 1, 0 bad"* ]] || FAIL=1
FINAL_CHECK=$(stdkg check --db "$DB" 2>&1 | head -1) || FAIL=1
FINAL_REPAIR=$(grep -o 'text index disagreed.*' "$WORK/logs/final.err" || echo "none needed")

RUNS=$run
INCONSISTENT=$(awk -F'\t' '$6 != "consistent"' "$WORK/runs.tsv" | wc -l)
{
    echo "# stdkg build killed with SIGKILL"
    echo
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml || echo ' (with local changes)'),"
    echo "on $(nproc) cores shared with other work (load average at start $LOAD_START, at end $(cut -d' ' -f1-3 /proc/loadavg)); every JVM -Xmx$HEAP."
    echo "Documents: $DOCS, in two versions (A: odd ones the smallest seed, even ones the first 12 KB of the largest; B the other way round);"
    echo "a whole build of version A took $BUILD_MS ms ($(grep -o 'built .* in [0-9.]* s' "$WORK/logs/ref-A.err" | sed 's/, entities:.* in / in /'))."
    echo
    echo "| run | version | kill | graphs committed before it | database after it (document graphs: as in reference A / B, bad) | \`stdkg check\` after it | repair by this build |"
    echo "|--:|---|---|--:|---|---|---|"
    awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7}' "$WORK/runs.tsv"
    echo
    echo "$KILLS of $RUNS builds killed mid-way (the others had finished when the kill came); after $INCONSISTENT runs the text index disagreed with the data."
    (( KILLS >= KILLS_WANTED )) || { FAIL=1; echo "FEWER KILLS THAN THE $KILLS_WANTED WANTED."; }
    echo "Last build, to the end: $FINAL; $FINAL_CHECK; index repair at its start: $FINAL_REPAIR."
    echo
    echo "Result: $([[ $FAIL == 0 ]] && echo 'every kill left a database that opens, with every document graph whole' || echo '**FAILED** (see above)')."
} >"$REPORT"
cat "$REPORT"
exit "$FAIL"
