#!/usr/bin/env bash
# Measures a 10,000-row table read from a CSV file against the same rows written inline in the briefing,
# side by side with the peer benchmark's runner (medians, as a ratio). The rows are Tests/Data/airports.csv
# three times over, cut at 10,000. Needs ../shared/bench/peers/bench.py (PEERS= to point elsewhere).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product folio >/dev/null
folio="$PWD/.build/release/folio"
peers="$(cd "${PEERS:-../shared/bench/peers}" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data"
python3 - "$work" <<'PY'
import csv, json, sys
work = sys.argv[1]
rows = list(csv.reader(open("Tests/Data/airports.csv")))
header, body = rows[0], (rows[1:] * 3)[:10000]
with open(f"{work}/data/airports.csv", "w", newline="") as f:
    csv.writer(f).writerows([header] + body)
head = "title: Airports\nsections:\n  - title: All\n    blocks:\n      - table:\n          caption: Airports\n"
open(f"{work}/csv.yaml", "w").write(head + "          data: data/airports.csv\n")
with open(f"{work}/inline.yaml", "w") as f:
    f.write(head + f"          columns: {json.dumps(header)}\n          rows:\n")
    for row in body:
        f.write("            - " + json.dumps([float(v) if v.replace('.', '', 1).lstrip('-').isdigit() else v for v in row]) + "\n")
PY
cd "$work"
python3 "$peers/bench.py" -n "${1:-9}" --vs "$folio render inline.yaml -o inline.pdf -q" csv-over-inline -- \
    "$folio" render csv.yaml -o csv.pdf -q
