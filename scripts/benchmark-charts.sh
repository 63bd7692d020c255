#!/usr/bin/env bash
# Measures the export of a line chart of 12 series × 500 dated points (with end labels, end values and three
# annotations) against a 12-series bar chart of 12 categories, both to PDF with `folio chart`, side by side
# with the peer benchmark's runner (paired runs, medians, as a ratio). Issue 18 asks for under 2×.
# Needs ../shared/bench/peers/bench.py (PEERS= to point elsewhere). Usage: bash scripts/benchmark-charts.sh [RUNS=15]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product folio >/dev/null
folio="$PWD/.build/release/folio"
peers="$(cd "${PEERS:-../shared/bench/peers}" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import datetime, json, math, random, sys
work = sys.argv[1]
random.seed(18)
days = [datetime.date(2024, 1, 1) + datetime.timedelta(days=i) for i in range(500)]
line = {"type": "line", "id": "line", "unit": "%", "end_values": True,
        "categories": [d.isoformat() for d in days],
        "series": [{"name": f"Zone {i + 1}", "values": [round(50 + 30 * math.sin(j / 40 + i) + random.uniform(-5, 5), 2)
                                                       for j in range(500)]} for i in range(12)],
        "annotations": [{"date": "2024-03-12", "label": "Change deployed"}, {"date": "2024-09-01", "label": "Rolled back"},
                        {"date": "2025-02-01", "label": "New zones"}]}
bar = {"id": "bar", "categories": [f"District {c + 1}" for c in range(12)],
       "series": [{"name": f"Year {2014 + i}", "values": [random.randint(10, 90) for _ in range(12)]} for i in range(12)]}
briefing = {"title": "Charts", "sections": [{"title": "Charts", "blocks": [{"chart": line}, {"chart": bar}]}]}
json.dump(briefing, open(f"{work}/charts.json", "w"))
PY
cd "$work"
python3 "$peers/bench.py" -n "${1:-15}" --vs "$folio chart charts.json --id bar -o bar.pdf" line-over-bar -- \
    "$folio" chart charts.json --id line -o line.pdf
