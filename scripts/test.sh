#!/usr/bin/env bash
# Set up, then run the whole test suite (seed tests skip when ../shared/seeds is absent).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -q -rs "$@"  # -rs: each skipped test says why
