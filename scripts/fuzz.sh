#!/usr/bin/env bash
# Builds Warta's libFuzzer targets (Fuzz/, a separate package) with AddressSanitizer and runs
# each for a set time on a seed corpus made from Corpus/. Crashes land in .build-fuzz/crashes/.
#   scripts/fuzz.sh [seconds-per-target=60] [targets...]     (targets: FuzzTokenizer FuzzSentences FuzzAnalyzer FuzzStemmer FuzzHTML FuzzCSV FuzzWARC)
# Reproduce a crash: .build-fuzz/x86_64-unknown-linux-gnu/debug/FuzzAnalyzer CRASH-FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzTokenizer FuzzSentences FuzzAnalyzer FuzzStemmer FuzzHTML FuzzCSV FuzzWARC)
scratch=.build-fuzz
# A stale incremental build crashed every target on its first input once (see CONTRIBUTING's build
# hazard): the fuzz executables are rebuilt from scratch unless WARTA_INCREMENTAL=1.
[ "${WARTA_INCREMENTAL:-0}" = 1 ] || rm -rf "$scratch/x86_64-unknown-linux-gnu"
[ -f Package.resolved ] && cp Package.resolved Fuzz/Package.resolved
# -sanitize=fuzzer for every module would also link libFuzzer into the lexicon-embedding build
# tool; so coverage + ASan everywhere, libFuzzer only in the fuzz executables (Fuzz/Package.swift).
# The build tool runs under ASan too: its Foundation leak must not fail the build.
ASAN_OPTIONS=detect_leaks=0 swift build -c debug --package-path Fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xswiftc -use-ld=lld \
    2>&1 | grep -v "Cannot export local symbol" | tail -3
bin="$scratch/x86_64-unknown-linux-gnu/debug"

# Seeds: every corpus article, and every case-file input (second field) as its own file.
seeds="$scratch/seeds"
rm -rf "$seeds"; mkdir -p "$seeds"
cp Corpus/articles/*.txt "$seeds/" 2>/dev/null || true
for table in Corpus/segmentation/*.tsv; do
    [ -f "$table" ] || continue
    awk -F'\t' -v dir="$seeds" -v name="$(basename "$table" .tsv)" \
        '!/^#/ && NF >= 2 { file = sprintf("%s/%s-%04d.txt", dir, name, NR); printf "%s", $2 > file; close(file) }' "$table"
done
ls Corpus/stemmer/*.tsv >/dev/null 2>&1 && cut -f1 Corpus/stemmer/*.tsv 2>/dev/null | grep -v '^#' | sed -n '1,2000p' | paste -sd' ' > "$seeds/stemmer-words.txt"
cp Corpus/html/*.html "$seeds/" 2>/dev/null || true
cp Corpus/feeds/*.csv Corpus/feeds/*.json Corpus/feeds/*.jsonl "$seeds/" 2>/dev/null || true
# A small WARC (request, HTML response, redirect, chunked body) from two Corpus/html pages, plain
# (FuzzWARC also reads each input wrapped in one gzip member).
python3 - "$seeds/crawl.warc" <<'PY'
import glob, sys
pages = [open(p, "rb").read() for p in sorted(glob.glob("Corpus/html/*.html"))[:2]]
def record(kind, uri, block):
    return (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{len(block)}>\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http\r\nContent-Length: {len(block)}\r\n\r\n").encode() + block + b"\r\n\r\n"
out = record("request", "https://a.test/1", b"GET / HTTP/1.1\r\n\r\n")
out += record("response", "https://a.test/1", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + pages[0])
out += record("response", "https://a.test/2", b"HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n")
chunked = b"%x\r\n" % len(pages[1]) + pages[1] + b"\r\n0\r\n\r\n" if pages[1:] else b"0\r\n\r\n"
out += record("response", "https://a.test/3", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked)
open(sys.argv[1], "wb").write(out)
PY
printf '%s' '"Kita harus mampu," kata Menteri Johnny G. Plate. Harga naik Rp 5.000 (14,68%) di Jl. Merdeka.' > "$seeds/quote.txt"

mkdir -p "$scratch/crashes" "$scratch/logs"
for target in "${targets[@]}"; do
    corpus="$scratch/corpus/$target"
    mkdir -p "$corpus"
    log="$scratch/logs/$target.log"
    echo "== $target: ${seconds}s (log: $log)"
    set +e
    ASAN_OPTIONS=detect_leaks=0 "$bin/$target" "$corpus" "$seeds" -max_total_time="$seconds" -max_len=65536 \
        -timeout=20 -rss_limit_mb=4096 -artifact_prefix="$scratch/crashes/$target-" -print_final_stats=1 >"$log" 2>&1
    status=$?
    set -e
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
    crashes=$(ls "$scratch/crashes" 2>/dev/null | grep -c "^$target-" || true)
    echo "   exit $status, executions ${runs:-?}, crash/timeout/oom files so far: $crashes"
    grep -m3 -E 'ERROR|invariant broken|Fatal error|deadly signal|timeout' "$log" || true
done
