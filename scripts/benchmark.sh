#!/usr/bin/env bash
# Benchmarks Folio on generated briefings of 3, 30, 70 and 700 sections (about 5 to 1,000 pages):
# whole briefing to PDF, page 1 alone to PNG, one chart alone, and a batch with -j 1 against -j 2.
# Prints the median wall time of RUNS runs and the peak memory; the bare Pango+Cairo program from the peer
# benchmark runs beside Folio on the same text, so the ratio is read from one run on one machine.
# Then the figures issue 20 asks for: peak memory at the largest size against N=70, a 100,000-row table of
# five columns, a batch of 100 briefings with -j 2 against -j 1, and paired runs at N=70 against Typst
# (when its Python binding is installed) and the bare C program. Set ISSUE20=0 to skip them.
#
# Needs ../shared/bench/peers (gen.py, pango_base.c). Usage: bash scripts/benchmark.sh [RUNS=5] [SIZES="3 30 70 700"]
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
RUNS=${RUNS:-5}
SIZES=${SIZES:-"3 30 70 700"}
PEERS=$(cd "${PEERS:-../shared/bench/peers}" && pwd)
WORK=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$WORK"
swift build -c release --static-swift-stdlib --product folio >/dev/null 2>&1
folio=$PWD/.build/release/folio
cc -O2 -o "$WORK/pango_base" "$PEERS/pango_base.c" $(pkg-config --cflags --libs pangocairo cairo-pdf)
# The page, chart and batch figures use the briefings of 3 and 30 sections, whatever SIZES says.
for n in 3 30 $SIZES; do python3 "$PEERS/gen.py" "$n" "$WORK" >/dev/null; done
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
    LAST_SECONDS=0 LAST_MIB=0
    "$@" >/dev/null 2>&1
    local times=() peaks=()
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -o "$WORK/time.txt" -f "%e %M" "$@" >/dev/null 2>&1
        local out; out=$(tail -1 "$WORK/time.txt")
        times+=("${out% *}"); peaks+=("${out#* }")
    done
    local median; median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    local peak; peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)
    LAST_SECONDS=$median LAST_MIB=$(awk -v kb="$peak" 'BEGIN {print kb / 1024}')
    printf '%-44s %8.3f s %8.1f MiB\n' "$label" "$median" "$LAST_MIB"
}
declare -A PEAK

cd "$WORK"
for n in $SIZES; do
    pages=$("$folio" render "briefing-$n.folio.json" -o "folio-$n.pdf" >/dev/null 2>&1; pdfinfo "folio-$n.pdf" | awk '/^Pages:/ {print $2}')
    measure "PDF N=$n ($pages pages), Folio" "$folio" render "briefing-$n.folio.json" -o "folio-$n.pdf"
    PEAK[$n]=$LAST_MIB
    measure "PDF N=$n, C Pango+Cairo" ./pango_base "briefing-$n.txt" "c-$n.pdf"
done
measure "PNG page 1, 150 ppi, N=30, Folio" "$folio" render briefing-30.folio.json -o p1.png --pages 1 --ppi 150
measure "PNG page 1, 150 ppi, N=30, C Pango+Cairo" ./pango_base briefing-30.txt c-30-p1.png
measure "one timeline alone, PNG 150 ppi, Folio" "$folio" chart briefing-3.folio.json --id t1 -o chart.png --ppi 150
measure "one timeline alone, PDF, Folio" "$folio" chart briefing-3.folio.json --id t1 -o chart.pdf
mkdir -p batch && for i in 1 2 3 4 5 6 7 8; do cp briefing-30.folio.json "batch/b$i.json"; done
measure "batch of 8 × N=30, -j 1" "$folio" render batch --out-dir batch-out -j 1 -q
measure "batch of 8 × N=30, -j 2" "$folio" render batch --out-dir batch-out -j 2 -q

[ "${ISSUE20:-1}" = 0 ] && exit 0
echo
largest=${SIZES##* }
if [ -n "${PEAK[70]:-}" ] && [ "$largest" != 70 ]; then
    printf '%-44s %8.2f (asked: at most 1.2)\n' "peak memory, N=$largest ÷ N=70" "$(awk -v a="${PEAK[$largest]}" -v b="${PEAK[70]}" 'BEGIN {print a / b}')"
fi
python3 "$REPO/scripts/make-long-table.py" 100000 table-100000.json
# Three runs at least: one run of ten seconds on a shared machine moves by a second either way.
RUNS_SAVED=$RUNS; RUNS=$(( RUNS < 3 ? 3 : RUNS ))
measure "table of 100,000 rows × 5 columns, PDF" "$folio" render table-100000.json -o table-100000.pdf
RUNS=$RUNS_SAVED
echo "  (asked: under 10 s and under 256 MiB; $(pdfinfo table-100000.pdf | awk '/^Pages:/ {print $2}') pages)"
# 100 briefings of 3, 10, 20 and 30 sections in turn.
for n in 3 10 20 30; do [ -f "briefing-$n.folio.json" ] || python3 "$PEERS/gen.py" "$n" "$WORK" >/dev/null; done
rm -rf batch100 && mkdir batch100
for i in $(seq 1 100); do
    sizes=(30 3 10 20); cp "briefing-${sizes[$((i % 4))]}.folio.json" "batch100/b$(printf %03d "$i").json"
done
measure "batch of 100 briefings, -j 1" "$folio" render batch100 --out-dir batch100-out -j 1 -q
one=$LAST_SECONDS
measure "batch of 100 briefings, -j 2" "$folio" render batch100 --out-dir batch100-out -j 2 -q
printf '%-44s %8.2f (asked: at least 1.7)\n' "batch, -j 2 ÷ -j 1 (briefings a second)" "$(awk -v a="$one" -v b="$LAST_SECONDS" 'BEGIN {print a / b}')"
# Paired runs at N=70 (medians of 15 pairs): against Typst (through its Python binding) and the bare C program.
[ -f briefing-70.folio.json ] || python3 "$PEERS/gen.py" 70 "$WORK" >/dev/null
if python3 -c "import typst" 2>/dev/null; then
    python3 "$PEERS/bench.py" -n 15 --warmup 1 --vs "python3 $PEERS/peer_typst.py briefing-70.typ t.pdf" "folio:typst (asked: at most 0.40)" \
        -- "$folio" render briefing-70.folio.json -o f.pdf | tail -1
fi
python3 "$PEERS/bench.py" -n 15 --warmup 1 --vs "./pango_base briefing-70.txt c.pdf" "folio:bare C (asked: at most 0.80)" \
    -- "$folio" render briefing-70.folio.json -o f.pdf | tail -1
