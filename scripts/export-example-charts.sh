#!/usr/bin/env bash
# Exports every chart of the example briefings on its own, as SVG and PNG, into Examples/charts/.
# ChartExportTests checks that the files there are what this script makes, byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product folio >/dev/null
folio=.build/debug/folio
mkdir -p Examples/charts
export_chart() { # briefing id
    local name; name="$(basename "${1%.*}")-$2"
    "$folio" chart "Examples/$1" --id "$2" -o "Examples/charts/$name.svg"
    "$folio" chart "Examples/$1" --id "$2" -o "Examples/charts/$name.png" --ppi 144
}
export_chart kosovo-nato.yaml kosovo-nato-timeline
export_chart programme-status.yaml milestones
export_chart programme-status.yaml leakage
export_chart programme-status.yaml spend
export_chart incident-review.md incident-timeline
export_chart incident-review.md error-rate
export_chart trends.yaml jobs
export_chart trends.yaml iowa-area
export_chart trends.yaml quarter
ls -l Examples/charts
