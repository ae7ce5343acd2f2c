#!/usr/bin/env bash
# Fault trials of the stdkg database (docs/reliability.md, section 2), each with real processes:
#   1. two processes: `serve` holds a database; `build`, `load`, `check` and a second `serve` on it
#      must each exit non-zero with one line naming the database (no stack trace), and the data
#      must be unchanged afterwards;
#   2. an unwritable database: (a) on a read-only mount (root only: a tmpfs remounted ro), and
#      (b) its directories chmod a-w, `build` run as a user the permissions bind (as root: user
#      nobody through setpriv): one line, previous data intact;
#   3. a full disk: for each size in DISK_SIZES, a tmpfs of that size holds a database of the seeds,
#      then a build of MORE_DOCS more documents fills it: one line saying so, the database still
#      opens, every previous document graph intact and every new one whole or absent; then the
#      tmpfs is made larger and the same build must go through.
# Mounting needs root (CAP_SYS_ADMIN); without it trials 2a and 3 are skipped, and the report says so.
# Output: bench/out/faults/ and the report bench/out/faults.md. Exit code 1 on any failure.
#
# Usage: bench/faults.sh           DISK_SIZES="11m 24m 48m 72m" MORE_DOCS=8 HEAP=1g
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DISK_SIZES=${DISK_SIZES:-11m 24m 48m 72m}
MORE_DOCS=${MORE_DOCS:-8}
HEAP=${HEAP:-1g}
OUT="$ROOT/bench/out"
WORK="$OUT/faults"
REPORT="$OUT/faults.md"
JAR="$ROOT/target/stdkg.jar"
PREFIX=http://localhost:3030/graph/document/
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
MOUNTS=()
SERVER_PID=
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    local m
    for m in "${MOUNTS[@]:-}"; do [[ -n "$m" ]] && umount "$m" 2>/dev/null || true; done
}
trap cleanup EXIT
for m in "$WORK"/mnt-*; do [[ -d "$m" ]] && umount "$m" 2>/dev/null || true; done
rm -rf "$WORK"; mkdir -p "$WORK/logs"

[[ -f "$JAR" ]] || { say "building target/stdkg.jar"; mvn -q -B -o package -DskipTests; }
[[ -f "$ROOT/target/test-classes/org/stdkg/bench/GraphCompare.class" ]] || mvn -q -B -o test-compile
if [[ ! -s "$OUT/test-classpath.txt" || "$ROOT/pom.xml" -nt "$OUT/test-classpath.txt" ]]; then
    mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/test-classpath.txt" >/dev/null
fi
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/test-classpath.txt")"
stdkg() { java -Xmx"$HEAP" -jar "$JAR" "$@"; }
compare() { java -cp "$CP" org.stdkg.bench.GraphCompare --prefix "$PREFIX" "$@"; }
FAIL=0
: >"$WORK/report.md"
report() { printf '%s\n' "$*" >>"$WORK/report.md"; }

# one_line NAME: checks that the run's stderr is one line with no stack trace; prints "ok" or why not.
one_line() {
    local f="$WORK/logs/$1.err" n
    n=$(grep -cv '^\s*$' "$f" || true)
    if (( n != 1 )); then echo "NOT ONE LINE ($n lines)"; return 1; fi
    if grep -q -e 'Exception' -e $'^\tat ' "$f"; then echo "STACK TRACE"; return 1; fi
    echo "one line"
}

say "seeds database (reference)"
stdkg build --db "$WORK/seeds-db" "$ROOT/seeds" 2>"$WORK/logs/seeds-build.err"
stdkg export --db "$WORK/seeds-db" -o "$WORK/seeds.nq"
SEED_DOCS=$(compare "$WORK/seeds.nq" "$WORK/seeds.nq" | tail -1 | grep -o '^summary: [0-9]*' | grep -o '[0-9]*')

# ------------------------------------------------------------------ 1. two processes
say "1. two processes on one database"
report "### Two processes on one database"; report
report "\`stdkg serve --db D\` running; each command below run as a second JVM on the same D:"; report
report "| second process | exit code | stderr | verdict |"; report "|---|--:|---|---|"
DB1="$WORK/two-db"; cp -r "$WORK/seeds-db" "$DB1"
java -Xmx"$HEAP" -jar "$JAR" serve --db "$DB1" --port 0 >"$WORK/logs/two-serve.out" 2>"$WORK/logs/two-serve.err" &
SERVER_PID=$!
until grep -q 'stdkg serving' "$WORK/logs/two-serve.err"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { say "server exited: $(tail -2 "$WORK/logs/two-serve.err")"; exit 1; }
    sleep 0.2
done
head -c 4000 "$ROOT/seeds/$(ls "$ROOT/seeds" | head -1)" >"$WORK/extra.txt"
printf '<http://localhost:3030/id/organisation/x> <http://www.w3.org/2000/01/rdf-schema#label> "X" <%sextra> .\n' "$PREFIX" >"$WORK/extra.nq"
for cmd in "build --db $DB1 $WORK/extra.txt" "load --db $DB1 $WORK/extra.nq" "check --db $DB1" "serve --db $DB1 --port 0"; do
    name="two-${cmd%% *}"
    rc=0; timeout 300 java -Xmx"$HEAP" -jar "$JAR" $cmd >"$WORK/logs/$name.out" 2>"$WORK/logs/$name.err" || rc=$?
    verdict=$(one_line "$name") || FAIL=1
    (( rc != 0 )) || { verdict="EXIT 0"; FAIL=1; }
    grep -q "$DB1" "$WORK/logs/$name.err" || { verdict="$verdict, DOES NOT NAME THE DATABASE"; FAIL=1; }
    report "| \`stdkg ${cmd//$WORK\//}\` | $rc | \`$(head -1 "$WORK/logs/$name.err" | sed "s|$WORK/||g")\` | $verdict |"
done
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
stdkg export --db "$DB1" -o "$WORK/two-after.nq"
if cmp -s <(grep -v 'graph/ontology>' "$WORK/seeds.nq" | sort) <(grep -v 'graph/ontology>' "$WORK/two-after.nq" | sort); then
    report; report "Afterwards the database holds exactly what it held before (its document graphs, compared quad by quad)."
else
    report; report "Afterwards the database DIFFERS from before."; FAIL=1
fi
report

# ------------------------------------------------------------------ 2. unwritable
say "2. unwritable database"
report "### An unwritable database"; report
MNT_OK=0
MNT="$WORK/mnt-ro"; mkdir -p "$MNT"
if mount -t tmpfs -o size=64m tmpfs "$MNT" 2>/dev/null; then MNT_OK=1; MOUNTS+=("$MNT"); fi
if (( MNT_OK )); then
    cp -r "$WORK/seeds-db" "$MNT/db"
    mount -o remount,ro "$MNT"
    rc=0; stdkg build --db "$MNT/db" "$WORK/extra.txt" >/dev/null 2>"$WORK/logs/ro-build.err" || rc=$?
    verdict=$(one_line ro-build) || FAIL=1; (( rc != 0 )) || { verdict="EXIT 0"; FAIL=1; }
    mount -o remount,rw "$MNT"
    stdkg export --db "$MNT/db" -o "$WORK/ro-after.nq"
    same=$(cmp -s <(sort "$WORK/seeds.nq") <(sort "$WORK/ro-after.nq") && echo "unchanged" || { FAIL=1; echo "CHANGED"; })
    report "- On a read-only mount (a tmpfs remounted \`ro\`): \`stdkg build\` exit code $rc, $verdict:"
    report "  \`$(head -1 "$WORK/logs/ro-build.err" | sed "s|$WORK/||g")\`; the database, once writable again: $same."
    report "  (TDB2 cannot open a database on read-only media at all, not even to read: it must write its lock file.)"
    umount "$MNT"; MOUNTS=()
else
    report "- Read-only mount: not tried (mounting a tmpfs needs root)."
fi
# Directories without write permission, run as a user the permissions bind.
DB2="$WORK/chmod/db"; mkdir -p "$WORK/chmod"; cp -r "$WORK/seeds-db" "$DB2"
AS=()
if (( EUID == 0 )); then
    if command -v setpriv >/dev/null; then
        chown -R nobody "$WORK/chmod"; chmod 755 "$WORK" "$WORK/chmod"
        cp "$JAR" "$WORK/chmod/stdkg.jar"; chmod 644 "$WORK/chmod/stdkg.jar"; cp "$WORK/extra.txt" "$WORK/chmod/"; chmod 644 "$WORK/chmod/extra.txt"
        AS=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    fi
fi
if (( EUID != 0 )) || (( ${#AS[@]} > 0 )); then
    find "$DB2" -type d -exec chmod a-w {} +
    RUN_JAR=$([[ ${#AS[@]} -gt 0 ]] && echo "$WORK/chmod/stdkg.jar" || echo "$JAR")
    rc=0; (cd "$WORK/chmod" && "${AS[@]}" java -Xmx"$HEAP" -jar "$RUN_JAR" build --db "$DB2" "$WORK/chmod/extra.txt") \
        >/dev/null 2>"$WORK/logs/chmod-build.err" || rc=$?
    verdict=$(one_line chmod-build) || FAIL=1; (( rc != 0 )) || { verdict="EXIT 0"; FAIL=1; }
    find "$DB2" -type d -exec chmod u+w {} +
    stdkg export --db "$DB2" -o "$WORK/chmod-after.nq"
    same=$(cmp -s <(grep -v 'graph/ontology>' "$WORK/seeds.nq" | sort) <(grep -v 'graph/ontology>' "$WORK/chmod-after.nq" | sort) \
        && echo "unchanged" || { FAIL=1; echo "CHANGED"; })
    who=$([[ ${#AS[@]} -gt 0 ]] && echo "as user nobody (setpriv), the database's owner" || echo "as $(id -un)")
    report "- Directories \`chmod a-w\` (files still writable), \`stdkg build\` run $who: exit code $rc, $verdict:"
    report "  \`$(head -1 "$WORK/logs/chmod-build.err" | sed "s|$WORK/||g")\`; the document graphs afterwards: $same."
else
    report "- chmod: not tried (running as root without setpriv: permissions do not bind root)."
fi
report

# ------------------------------------------------------------------ 3. full disk
say "3. full disk"
report "### A full disk"; report
mkdir -p "$WORK/more"
BIG=$(ls -S "$ROOT"/seeds/*.txt | head -1)
for i in $(seq -w 1 "$MORE_DOCS"); do cp "$BIG" "$WORK/more/more$i.txt"; done
say "reference build of the $MORE_DOCS more documents"
stdkg build --db "$WORK/more-db" "$WORK/more" 2>"$WORK/logs/more-build.err"
stdkg export --db "$WORK/more-db" -o "$WORK/more.nq"
MORE_LINE=$(grep -o 'built .* triples' "$WORK/logs/more-build.err")
report "Each trial: a tmpfs of the given size holding a database of the seeds ($SEED_DOCS document graphs, $(du -sh "$WORK/seeds-db" | cut -f1) on disk),"
report "then \`stdkg build\` of $MORE_DOCS more documents (the largest seed under new names; alone: $MORE_LINE, $(du -sh "$WORK/more-db" | cut -f1) on disk)."
report "After the failed build, on the still-full disk: \`stdkg export\` (does it open?), GraphCompare of every document graph"
report "against the seeds' and the new documents' reference builds, and \`stdkg check\`. Then the tmpfs is grown by 256 MB and the"
report "same build run again."; report
report "| tmpfs | build exit | its stderr | free after | database opens | document graphs (seeds / new / bad) | \`stdkg check\` | same build after growing the disk |"
report "|---|--:|---|--:|---|---|---|---|"
if (( MNT_OK )); then
    for size in $DISK_SIZES; do
        MNT="$WORK/mnt-$size"; mkdir -p "$MNT"
        mount -t tmpfs -o size="$size" tmpfs "$MNT"; MOUNTS=("$MNT")
        if ! stdkg build --db "$MNT/db" "$ROOT/seeds" 2>"$WORK/logs/full-$size-seeds.err"; then
            report "| $size | – | the seeds do not fit: \`$(tail -1 "$WORK/logs/full-$size-seeds.err" | sed "s|$WORK/||g")\` | | | | | |"
            umount "$MNT"; MOUNTS=(); continue
        fi
        say "  $size: filling it"
        rc=0; stdkg build --db "$MNT/db" "$WORK/more" >/dev/null 2>"$WORK/logs/full-$size.err" || rc=$?
        free=$(df -k --output=avail "$MNT" | tail -1 | tr -d ' ')
        if (( rc == 0 )); then
            verdict="no failure: the disk did not fill"
        else
            verdict=$(one_line "full-$size") || FAIL=1
            verdict="$verdict: \`$(grep -v '^\s*$' "$WORK/logs/full-$size.err" | head -1 | sed "s|$WORK/||g")\`"
        fi
        if stdkg export --db "$MNT/db" -o "$WORK/full-$size.nq" 2>"$WORK/logs/full-$size-export.err"; then
            opens=yes
            compare "$WORK/full-$size.nq" "$WORK/seeds.nq" "$WORK/more.nq" >"$WORK/logs/full-$size-compare.txt" || FAIL=1
            graphs=$(tail -1 "$WORK/logs/full-$size-compare.txt" | sed -E 's/summary: [0-9]+ document graphs present, ([0-9]+) as in reference 1, ([0-9]+) as in reference 2, ([0-9]+) bad/\1 \/ \2 \/ \3/')
            [[ "$graphs" == "$SEED_DOCS /"* ]] || { FAIL=1; graphs="$graphs (SEED GRAPHS MISSING)"; }
        else
            opens="NO: $(head -1 "$WORK/logs/full-$size-export.err" | sed "s|$WORK/||g")"; FAIL=1; graphs="–"
        fi
        check=$(stdkg check --db "$MNT/db" 2>&1 | head -1 | sed -E 's/: [0-9]+ entries expected.*//; s/text index //') || true
        mount -o remount,size="$(( ${size%m} + 256 ))m" "$MNT"
        rc2=0; stdkg build --db "$MNT/db" "$WORK/more" >/dev/null 2>"$WORK/logs/full-$size-again.err" || rc2=$?
        again=$([[ $rc2 == 0 ]] && grep -o 'built [0-9]* of [0-9]* documents' "$WORK/logs/full-$size-again.err" || { FAIL=1; echo "FAILED: $(tail -1 "$WORK/logs/full-$size-again.err")"; })
        repair=$(grep -o 'text index disagreed[^:]*: rebuilt' "$WORK/logs/full-$size-again.err" || true)
        report "| $size | $rc | $verdict | ${free} KB | $opens | $graphs | $check | $again${repair:+ ($repair)} |"
        umount "$MNT"; MOUNTS=()
    done
else
    report "| – | not tried: mounting a tmpfs needs root (CAP_SYS_ADMIN) | | | | | | |"
fi
report

{
    echo "# stdkg fault trials"
    echo
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml || echo ' (with local changes)'),"
    echo "on $(nproc) cores shared with other work (load average at end $(cut -d' ' -f1-3 /proc/loadavg)); every JVM -Xmx$HEAP; running as $(id -un)."
    echo
    cat "$WORK/report.md"
    echo "Result: $([[ $FAIL == 0 ]] && echo 'every trial passed' || echo '**a trial FAILED** (see above)')."
} >"$REPORT"
cat "$REPORT"
exit "$FAIL"
