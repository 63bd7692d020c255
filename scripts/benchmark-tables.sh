#!/usr/bin/env bash
# Renders 5-column tables of 1,000, 10,000 and 100,000 rows to PDF and reports time and peak memory for
# each: time grows linearly with the rows, memory hardly at all. Usage: bash scripts/benchmark-tables.sh [ROWS...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-dependencies.sh
swift build -c release --product folio >/dev/null
folio=$(swift build -c release --show-bin-path)/folio
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000 100000)
printf "%8s  %8s  %9s  %7s  %s\n" rows seconds "peak MiB" pages "µs/row"
for rows in "${sizes[@]}"; do
  python3 - "$rows" "$work/table-$rows.json" <<'PY'
import json, random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(rows)
words = "budget report district network audit programme tender council review survey ledger".split()
table = {"caption": f"A table of {rows} rows", "columns": ["#", "Date", "Item", {"title": "Amount", "align": "decimal"}, "Status"],
         "rows": [[i + 1, f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", " ".join(rng.choice(words) for _ in range(rng.randint(2, 9))),
                   round(rng.uniform(0, 99999), 2),
                   {"text": rng.choice(["open", "closed", "late"]), "tone": rng.choice(["good", "warning", "bad"])}]
                  for i in range(rows)]}
json.dump({"title": f"Table of {rows} rows", "sections": [{"title": "Data", "blocks": [{"table": table}]}]}, open(path, "w"))
PY
  /usr/bin/time -f "%e %M" -o "$work/time" "$folio" render "$work/table-$rows.json" -o "$work/table-$rows.pdf"
  read -r seconds kib < "$work/time"
  pages=$(pdfinfo "$work/table-$rows.pdf" | awk '/^Pages:/ {print $2}')
  printf "%8d  %8.2f  %9.1f  %7d  %.1f\n" "$rows" "$seconds" "$(echo "$kib / 1024" | bc -l)" "$pages" "$(echo "$seconds * 1000000 / $rows" | bc -l)"
done
