#!/usr/bin/env bash
# Runs every test: model and layout tests (no fonts needed), then the integration tests that render
# the examples and read them back with poppler and qpdf.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh
swift build --build-tests
swift test --skip-build
