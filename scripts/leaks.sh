#!/usr/bin/env bash
# Leak check under valgrind: (1) LeakCheck (Fuzz/Sources/LeakCheck) builds and drops analysers,
# analysing from 4 threads each time, so every cloned ICU break iterator must be closed;
# (2) a small `warta extract` run. Prints valgrind's leak summaries; fails on definitely lost bytes.
#   scripts/leaks.sh [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
command -v valgrind >/dev/null || { echo "valgrind missing: apt-get install -y valgrind" >&2; exit 1; }
[ -f Package.resolved ] && cp Package.resolved Fuzz/Package.resolved
swift build -c debug --package-path Fuzz --scratch-path .build-leaks --product LeakCheck 2>&1 | tail -1
swift build -c debug --scratch-path .build-hard --product warta 2>&1 | tail -1
logs=.build-leaks/valgrind
mkdir -p "$logs"
run() {  # run NAME COMMAND...
    local name=$1; shift
    valgrind --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite \
        --error-exitcode=99 --log-file="$logs/$name.log" "$@" > "$logs/$name.out" 2>&1 || true
    echo "== $name ($logs/$name.log)"
    grep -E "definitely lost|indirectly lost|possibly lost|still reachable|ERROR SUMMARY" "$logs/$name.log" | sed 's/^==[0-9]*== //'
}
run leakcheck-1 .build-leaks/debug/LeakCheck 1
run leakcheck-n .build-leaks/debug/LeakCheck "$rounds"
printf '%s\n' '{"id":"a","text":"Jakarta (ANTARA) - Harga naik 5%. \"Kita mampu,\" kata dia.\nPewarta: Ahmad"}' \
    '{"id":"b","text":"Kafé 😀 kupu-kupu Rp 5.000 di Jl. Merdeka."}' > "$logs/input.jsonl"
# valgrind 3.19 gives up on warta's debug info ("possibly corrupted debuginfo file"): use a copy
# without it (leak counts do not depend on it; stacks then show symbol names only).
cp .build-hard/debug/warta "$logs/warta" && strip --strip-debug "$logs/warta"
run extract "$logs/warta" extract --jobs 2 "$logs/input.jsonl"
if grep -E "definitely lost: [1-9]" "$logs"/*.log; then exit 1; fi
