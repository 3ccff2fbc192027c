#!/usr/bin/env bash
# The adversarial inputs at full size through a release `warta extract` (the test suite uses a
# few MB): a 100 MB single line (as .txt and as one JSONL record), the bundled articles joined into
# one 100 MB line (thousands of speakers and quotes in one record), 100 MB of text without spaces,
# 100,000 quote marks, a 10,000-digit number, a number with 500 dots, deep reduplication.
# Each must finish with exit status 0, one record per input, within its time limit.
#   scripts/adversarial-large.sh [limit-seconds=600]
set -uo pipefail
cd "$(dirname "$0")/.."
limit=${1:-600}
swift build -c release --scratch-path .build-hard --product warta 2>&1 | tail -1
warta=.build-hard/release/warta
data=.build-mem/adversarial
mkdir -p "$data"
python3 - "$data" <<'PY'
import json, os, sys
d = sys.argv[1]
def write(name, text):
    path = os.path.join(d, name)
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as f: f.write(text)
line = "Harga cabai naik 5% menjadi Rp 50.000 per kilogram, kata Menteri Johnny G. Plate di Jl. Merdeka. "
write("line-100mb.txt", line * (100_000_000 // len(line.encode())))
write("nospace-100mb.txt", "a.B" * (100_000_000 // 3))
# The bundled articles on one line: thousands of speakers, quotes and organisations in one record.
articles = " ".join(open(os.path.join("Corpus/articles", n), encoding="utf-8").read().replace("\n", " ")
                    for n in sorted(os.listdir("Corpus/articles")) if n.endswith(".txt"))
write("articles-line-100mb.txt", (articles + " ") * (100_000_000 // len(articles.encode())))
write("quotes-100k.txt", "\"" * 100_000)
write("curly-quotes-100k.txt", "“kata ”" * 100_000)
write("digits-10k.txt", "Jumlahnya " + "9" * 10_000 + " orang.")
write("dots-500.txt", "Nilai " + "1." * 500 + "1 rupiah.")
write("redup-deep.txt", "kupu" + "-kupu" * 100_000 + ".")
write("redup-long-halves.txt", "a" * 1_000_000 + "-" + "a" * 999_999 + "b")
if not os.path.exists(os.path.join(d, "line-100mb.jsonl")):
    with open(os.path.join(d, "line-100mb.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "before", "text": "Harga naik."}) + "\n")
        f.write(json.dumps({"id": "huge", "text": line * (100_000_000 // len(line.encode()))}) + "\n")
        f.write(json.dumps({"id": "after", "text": "Harga turun."}) + "\n")
PY
status=0
printf '%-24s %6s %8s %10s %9s\n' input exit records peak_rss seconds
for input in "$data"/*.txt "$data"/*.jsonl; do
    /usr/bin/time -f '%M %e' -o "$data/time.txt" timeout "$limit" "$warta" extract --quiet "$input" > "$data/out.jsonl" 2> "$data/err.txt"
    code=$?
    read -r rss seconds < "$data/time.txt" || true
    records=$(wc -l < "$data/out.jsonl")
    printf '%-24s %6s %8s %7s MB %9s\n' "$(basename "$input")" "$code" "$records" "$((${rss:-0} / 1024))" "${seconds:-?}"
    [ "$code" -eq 0 ] || { status=1; head -c 300 "$data/err.txt"; }
done
exit $status
