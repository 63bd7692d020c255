#!/usr/bin/env bash
# Renders Examples/kosovo-nato.yaml to build/kosovo-nato.pdf and one PNG a page (build/kosovo-nato-N.png).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh
swift build -c release --product folio
folio=$(swift build -c release --show-bin-path)/folio

mkdir -p build
"$folio" render Examples/kosovo-nato.yaml -o build/kosovo-nato.pdf
"$folio" render Examples/kosovo-nato.yaml -o build/kosovo-nato.png --ppi 144
ls -l build/kosovo-nato*
