#!/usr/bin/env bash
# Peak RSS of a release `warta extract` as JSONL input grows: it must stay flat, because JSONL is
# streamed a line at a time and analysed in bounded batches. Input: the corpus articles repeated
# (each line a different id) to each size; records go to /dev/null.
#   scripts/memory.sh [sizes in MB...]        (default: 10 100 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 1000)
scratch=.build-hard
swift build -c release --scratch-path "$scratch" --product warta 2>&1 | tail -1
warta="$scratch/release/warta"
data=.build-mem
mkdir -p "$data"
generate() {  # generate SIZE_MB FILE
    python3 - "$1" "$2" <<'PY'
import json, sys, glob
limit = int(sys.argv[1]) * 1_000_000
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("Corpus/articles/*.txt"))]
written, n = 0, 0
with open(sys.argv[2], "w", encoding="utf-8") as out:
    while written < limit:
        line = json.dumps({"id": f"m{n}", "text": texts[n % len(texts)], "published": "2020-07-09"}, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        n += 1
PY
}
printf '%-8s %-6s %10s %10s %9s\n' input via records peak_rss seconds
for size in "${sizes[@]}"; do
    file="$data/articles-${size}mb.jsonl"
    [ -f "$file" ] || generate "$size" "$file"
    for via in file stdin; do
        # stdin only up to 100 MB: the same code path, and 1 GB twice costs minutes.
        if [ "$via" = stdin ] && [ "$size" -gt 100 ]; then continue; fi
        stats="$data/time-$size-$via.txt"
        if [ "$via" = file ]; then
            /usr/bin/time -f '%M %e' -o "$stats" "$warta" extract --quiet "$file" | wc -l > "$data/count"
        else
            /usr/bin/time -f '%M %e' -o "$stats" "$warta" extract --quiet - < "$file" | wc -l > "$data/count"
        fi
        read -r rss seconds < "$stats"
        printf '%-8s %-6s %10s %8s MB %9s\n' "${size}MB" "$via" "$(cat "$data/count")" "$((rss / 1024))" "$seconds"
    done
done
