#!/usr/bin/env bash
# Renders the first page of the example briefing in every built-in style, for the README's gallery, and the
# multilingual example (sections in five languages, Arabic right to left) on its one compact page, and the
# first page of the data example, and the trends example's second page (a stacked area chart and a table with
# sparklines).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product folio >/dev/null
folio=.build/debug/folio
mkdir -p docs/images
for style in $("$folio" styles | cut -d' ' -f1); do
    "$folio" render Examples/kosovo-nato.yaml --style "$style" -o "docs/images/style-$style.png" --ppi 48 --creation-date 2023-10-01
    # Only the first page is shown.
    first=$(ls docs/images/style-"$style"-*.png | sort | head -1)
    mv "$first" "docs/images/style-$style.png"
    rm -f docs/images/style-"$style"-*.png
done
"$folio" render Examples/multilingual.yaml --style compact -o docs/images/multilingual.png --ppi 80 -q
# The data example's first page: its chart read from a CSV file.
"$folio" render Examples/data-briefing.yaml -o docs/images/data-briefing.png --ppi 60 --pages 1 -q
mv docs/images/data-briefing-1.png docs/images/data-briefing.png
# The trends example's second page: an area chart from a CSV file and a sparkline column from a JSON list.
"$folio" render Examples/trends.yaml -o docs/images/trends.png --ppi 60 --pages 2 -q
mv docs/images/trends-2.png docs/images/trends.png
ls -l docs/images/trends.png docs/images/style-*.png docs/images/multilingual.png docs/images/data-briefing.png
