#!/usr/bin/env bash
# A/B timing of the extract pipeline: the last commit (A) against the working tree (B), built in
# release and run alternately on the same corpus, so that a machine whose speed drifts (a shared
# virtual machine does, by 30 %) affects both alike. Prints each pair and the medians.
#   scripts/ab-pipeline.sh [PAIRS] [CORPUS.txt]     (default 8 pairs on a generated 2 MB corpus)
# Instruction counts (callgrind) and time disagreed more than once here: a change that removed
# 2 % of the instructions made the pipeline 6 % slower (cache misses). Trust this, not one run.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs="${1:-8}"
corpus="${2:-}"
work="$(mktemp -d /tmp/warta-ab.XXXXXX)"
trap 'git worktree remove --force "$work/head" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
sh scripts/ensure-icu.sh
echo "== building the working tree and HEAD (release)" >&2
swift build -c release --product WartaBenchmarks >/dev/null
git worktree add -q "$work/head" HEAD
(cd "$work/head" && swift build -c release --scratch-path "$work/build" --product WartaBenchmarks >/dev/null)
new="$(swift build -c release --show-bin-path)/WartaBenchmarks"
old="$work/build/release/WartaBenchmarks"
if [ -z "$corpus" ]; then
    corpus="$work/corpus.txt"
    "$new" --mb 2 --write-corpus "$corpus" >/dev/null
fi
speed() { "$1" --corpus "$corpus" --only pipeline --jobs 1 --runs 5 | awk '/pipeline/ {print $5}'; }
for _ in $(seq "$pairs"); do echo "$(speed "$old") $(speed "$new")"; done | python3 -c '
import statistics, sys
rows = [tuple(map(float, line.split())) for line in sys.stdin if line.strip()]
for a, b in rows: print(f"HEAD {a:6.2f} MB/s   working tree {b:6.2f} MB/s")
a, b = statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)
print(f"median HEAD {a:.2f}, working tree {b:.2f} MB/s: {b / a:.3f}x; working tree faster in {sum(y > x for x, y in rows)} of {len(rows)} pairs")'
