#!/usr/bin/env bash
# Set up, then run the pipeline over the bundled sample corpus and print what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/govreport extract samples/
