#!/usr/bin/env bash
# Longer run of the extractor fuzz test (docs/reliability.md): ExtractorFuzzIT for FUZZ_SECONDS
# (default 600) instead of the 20 s of `mvn verify`. SEED=N replays a failing run (the seed is in
# every failure message and in the summary line). Output: bench/out/fuzz.txt.
#
# Usage: bench/fuzz.sh            FUZZ_SECONDS=600 [SEED=N]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mkdir -p bench/out
SECONDS_FUZZ=${FUZZ_SECONDS:-600}
ARGS=(-B -o verify -Dit.test=ExtractorFuzzIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
      -Dstdkg.fuzz.seconds="$SECONDS_FUZZ")
[[ -n "${SEED:-}" ]] && ARGS+=(-Dstdkg.fuzz.seed="$SEED")
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" | tee bench/out/fuzz.txt
rc=0
mvn "${ARGS[@]}" >bench/out/fuzz-mvn.log 2>&1 || rc=$?
grep -h 'fuzz:' target/failsafe-reports/*ExtractorFuzzIT-output.txt bench/out/fuzz-mvn.log 2>/dev/null | sort -u | tee -a bench/out/fuzz.txt
grep -E 'Tests run:|FAIL|seed' bench/out/fuzz-mvn.log | grep -v '^\[INFO\] Tests run: [0-9]*, Failures: 0, Errors: 0, Skipped: 0$' | head -20 | tee -a bench/out/fuzz.txt
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a bench/out/fuzz.txt
exit "$rc"
