#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and ThreadSanitizer (the CLI tests then run a
# sanitized `warta` too). The concurrency tests share one Analyzer between many tasks and run
# `warta extract --jobs 2`. Time budgets in the tests are multiplied by WARTA_TIME_SCALE.
#   scripts/sanitizers.sh [address|thread ...]     (default: both)
#   WARTA_SANITIZER_FILTER=regex scripts/sanitizers.sh thread    (only tests matching, for a quick run)
#   WARTA_INCREMENTAL=1 scripts/sanitizers.sh    (reuse the last sanitized build; only when no stored property changed)
# Exit status: non-zero when any run fails or a sanitizer reports.
set -uo pipefail
cd "$(dirname "$0")/.."
sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address thread)
status=0
for sanitizer in "${sanitizers[@]}"; do
    case "$sanitizer" in
        address) scratch=.build-asan ;;
        thread) scratch=.build-tsan ;;
        *) echo "unknown sanitizer $sanitizer (address or thread)" >&2; exit 64 ;;
    esac
    log="$scratch.log"
    # An incremental build across a change of stored properties has left stale modules behind
    # (a crash in the first test; see CONTRIBUTING's build hazard): build from scratch unless asked.
    [ "${WARTA_INCREMENTAL:-0}" = 1 ] || rm -rf "$scratch"
    echo "== $sanitizer sanitizer (scratch $scratch, log $log)"
    # LeakSanitizer stays off here: the lexicon-embedding build tool leaks inside Foundation, and
    # leaks are checked by scripts/leaks.sh with valgrind instead. halt_on_error makes any report fatal.
    ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 WARTA_TIME_SCALE=10 \
        swift test --sanitize="$sanitizer" --scratch-path "$scratch" ${WARTA_SANITIZER_FILTER:+--filter "$WARTA_SANITIZER_FILTER"} >"$log" 2>&1
    result=$?
    reports=$(grep -cE "^(==[0-9]+==ERROR: AddressSanitizer|WARNING: ThreadSanitizer|SUMMARY: (Address|Thread)Sanitizer)" "$log")
    echo "   swift test exit $result; sanitizer reports: $reports"
    grep -E "^✘ Test run|^✔ Test run" "$log" | tail -1
    grep -m5 -E "SUMMARY: |WARNING: ThreadSanitizer" "$log"
    if [ "$result" -ne 0 ] || [ "$reports" -ne 0 ]; then status=1; fi
done
exit $status
