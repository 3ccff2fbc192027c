#!/usr/bin/env bash
# Peak RSS and speed of a release `warta extract` on a large .warc.gz: memory must stay flat,
# because WARC files are read a record at a time (gzip member by member) and analysed in bounded
# batches. The crawl is generated (not committed) in /tmp from the pages of Corpus/html, repeated
# with a different address each time, each after its request record, with an image response every
# tenth page; one gzip member per record, as crawlers write them.
#   scripts/warc-memory.sh [size in MB=1000] [jobs=2]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1000}
jobs=${2:-2}
swift build -c release --product warta 2>&1 | tail -1
swift build -c release --product WARCBenchmark 2>&1 | tail -1
bin=$(swift build -c release --show-bin-path)
warta="$bin/warta"
data=/tmp/warta-warc
mkdir -p "$data"
file="$data/crawl-${size}mb.warc.gz"
if [ ! -f "$file" ]; then
    python3 - "$size" "$file" <<'PY'
import glob, gzip, sys, uuid
limit = int(sys.argv[1]) * 1_000_000
pages = [open(p, "rb").read() for p in sorted(glob.glob("Corpus/html/*.html"))]
def record(kind, uri, content_type, block):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return gzip.compress(head + block + b"\r\n\r\n", compresslevel=6)
written, n = 0, 0
with open(sys.argv[2], "wb") as out:
    while written < limit:
        uri = f"https://crawl.test/berita/{n}"
        page = pages[n % len(pages)].replace(b"</body>", f"<!-- salinan {n} --></body>".encode())
        request = f"GET /berita/{n} HTTP/1.1\r\nHost: crawl.test\r\n\r\n".encode()
        response = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(page)}\r\n\r\n").encode() + page
        chunk = record("request", uri, "application/http; msgtype=request", request)
        chunk += record("response", uri, "application/http; msgtype=response", response)
        if n % 10 == 9:
            image = bytes((i * 37 + n) & 0xFF for i in range(2000))
            chunk += record("response", uri + ".jpg", "application/http; msgtype=response",
                            b"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n" + image)
        out.write(chunk)
        written += len(chunk)
        n += 1
print(f"{n} pages, {written / 1e6:.0f} MB", file=sys.stderr)
PY
fi
compressed=$(stat -c %s "$file")
raw=$(gzip -dc "$file" | wc -c)
echo "input: $file, $((compressed / 1000000)) MB compressed, $((raw / 1000000)) MB as WARC"
# Reading alone: gzip, WARC records, HTTP bodies (and the HTML reader, second line).
"$bin/WARCBenchmark" "$file"
"$bin/WARCBenchmark" --html "$file"
stats="$data/time.txt"
/usr/bin/time -v -o "$stats" "$warta" extract --quiet --jobs "$jobs" "$file" | wc -l > "$data/count"
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$stats")
seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$stats")
echo "warta extract --jobs $jobs: $(cat "$data/count") records, peak RSS $((rss / 1024)) MB, wall $seconds"
python3 - "$seconds" "$compressed" "$raw" "$(cat "$data/count")" <<'PY'
import sys
parts = sys.argv[1].split(":")
seconds = sum(float(p) * 60 ** i for i, p in enumerate(reversed(parts)))
print(f"  {int(sys.argv[2]) / 1e6 / seconds:.1f} MB/s compressed, {int(sys.argv[3]) / 1e6 / seconds:.1f} MB/s as WARC, {int(sys.argv[4]) / seconds:.0f} pages/s")
PY
