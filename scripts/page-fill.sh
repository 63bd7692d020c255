#!/usr/bin/env bash
# Measures, for every page but the last, how much of the body is empty at its foot (`folio render --page-fill`),
# on every example in every built-in style and on 200 seeded random briefings of text, lists, tables, charts,
# timelines and code. A page more than 25 % empty is a hole unless the page ends at a break or the block that
# starts the next page could go nowhere else (floats waiting, a pinned figure); the script lists every page
# over 25 % with its reason, and fails if any is a hole. Usage: bash scripts/page-fill.sh [COUNT=200]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-200}
swift build --product folio >/dev/null
folio="$PWD/.build/debug/folio"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report="$work/report.txt"
for style in default compact print slides; do
    for example in Examples/*.yaml Examples/*.md; do
        "$folio" render "$example" --style "$style" -o "$work/out.pdf" --page-fill -q 2>&1 | sed "s|^|$style |" >>"$report" || true
    done
done
python3 scripts/random-briefings.py "$count" "$work/random"
"$folio" render "$work/random" --out-dir "$work/random-out" --page-fill -q -j 2 2>&1 | sed "s|^|default |" >>"$report" || true
# Every page more than a quarter empty, but the last of each document.
python3 - "$report" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().splitlines()
pages = [l for l in lines if re.search(r": page \d+: \d+% empty", l)]
over = [l for l in pages if int(re.search(r": (\d+)% empty", l).group(1)) > 25 and "(last)" not in l]
holes = [l for l in over if l.endswith("[hole]")]
for line in over: print(line)
print(f"{len(pages)} pages measured, {len(over)} more than 25 % empty before the last page, {len(holes)} holes")
sys.exit(1 if holes else 0)
PY
