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
  python3 scripts/make-long-table.py "$rows" "$work/table-$rows.json"
  /usr/bin/time -f "%e %M" -o "$work/time" "$folio" render "$work/table-$rows.json" -o "$work/table-$rows.pdf"
  read -r seconds kib < "$work/time"
  pages=$(pdfinfo "$work/table-$rows.pdf" | awk '/^Pages:/ {print $2}')
  printf "%8d  %8.2f  %9.1f  %7d  %.1f\n" "$rows" "$seconds" "$(echo "$kib / 1024" | bc -l)" "$pages" "$(echo "$seconds * 1000000 / $rows" | bc -l)"
done
