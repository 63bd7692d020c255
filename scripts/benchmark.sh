#!/usr/bin/env bash
# Benchmarks Folio on generated briefings of 3, 30, 70 and 700 sections (about 5 to 1,000 pages):
# whole briefing to PDF, page 1 alone to PNG, one chart alone, and a batch with -j 1 against -j 2.
# Prints the median wall time of RUNS runs and the peak memory; the bare Pango+Cairo program from the peer
# benchmark runs beside Folio on the same text, so the ratio is read from one run on one machine.
#
# Needs ../shared/bench/peers (gen.py, pango_base.c). Usage: bash scripts/benchmark.sh [RUNS=5] [SIZES="3 30 70 700"]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
SIZES=${SIZES:-"3 30 70 700"}
PEERS=${PEERS:-../shared/bench/peers}
WORK=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$WORK"
swift build -c release --static-swift-stdlib --product folio >/dev/null 2>&1
folio=$PWD/.build/release/folio
cc -O2 -o "$WORK/pango_base" "$PEERS/pango_base.c" $(pkg-config --cflags --libs pangocairo cairo-pdf)
for n in $SIZES; do python3 "$PEERS/gen.py" "$n" "$WORK" >/dev/null; done
# Give the first timeline an id, for the chart export.
python3 - "$WORK/briefing-3.folio.json" <<'PY'
import json, sys
path = sys.argv[1]; data = json.load(open(path))
def walk(node):
    if isinstance(node, dict):
        if "timeline" in node and isinstance(node["timeline"], dict): node["timeline"]["id"] = "t1"; return True
        return any(walk(v) for v in node.values())
    if isinstance(node, list): return any(walk(v) for v in node)
    return False
walk(data); json.dump(data, open(path, "w"))
PY

# measure LABEL CMD...: median wall seconds and peak RSS (MiB) of RUNS runs after one warm-up.
measure() {
    local label=$1; shift
    "$@" >/dev/null 2>&1
    local times=() peaks=()
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -o "$WORK/time.txt" -f "%e %M" "$@" >/dev/null 2>&1
        local out; out=$(tail -1 "$WORK/time.txt")
        times+=("${out% *}"); peaks+=("${out#* }")
    done
    local median; median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    local peak; peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)
    printf '%-44s %8.3f s %8.1f MiB\n' "$label" "$median" "$(awk -v kb="$peak" 'BEGIN {print kb / 1024}')"
}

cd "$WORK"
for n in $SIZES; do
    pages=$("$folio" render "briefing-$n.folio.json" -o "folio-$n.pdf" >/dev/null 2>&1; pdfinfo "folio-$n.pdf" | awk '/^Pages:/ {print $2}')
    measure "PDF N=$n ($pages pages), Folio" "$folio" render "briefing-$n.folio.json" -o "folio-$n.pdf"
    measure "PDF N=$n, C Pango+Cairo" ./pango_base "briefing-$n.txt" "c-$n.pdf"
done
measure "PNG page 1, 150 ppi, N=30, Folio" "$folio" render briefing-30.folio.json -o p1.png --pages 1 --ppi 150
measure "PNG page 1, 150 ppi, N=30, C Pango+Cairo" ./pango_base briefing-30.txt c-30-p1.png
measure "one timeline alone, PNG 150 ppi, Folio" "$folio" chart briefing-3.folio.json --id t1 -o chart.png --ppi 150
measure "one timeline alone, PDF, Folio" "$folio" chart briefing-3.folio.json --id t1 -o chart.pdf
mkdir -p batch && for i in 1 2 3 4 5 6 7 8; do cp briefing-30.folio.json "batch/b$i.json"; done
measure "batch of 8 × N=30, -j 1" "$folio" render batch --out-dir batch-out -j 1 -q
measure "batch of 8 × N=30, -j 2" "$folio" render batch --out-dir batch-out -j 2 -q
