#!/usr/bin/env bash
# Runs every test: model and layout tests (no fonts needed), then the integration tests that render
# the examples and read them back with poppler and qpdf.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh
swift build --build-tests
swift test --skip-build
# 10,000 fuzzed and generated briefings and styles: each renders or is refused with a location, none
# crashes or takes over 10 s (docs/reliability.md has the longer run).
.build/debug/folio-fuzz --cases 10000 --seed 1 --jobs 2
# The library's documentation must build without warnings.
swift package generate-documentation --target Folio --warnings-as-errors >/dev/null
