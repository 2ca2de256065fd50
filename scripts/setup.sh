#!/usr/bin/env bash
# Create .venv (once), install govreport with its test dependencies, and fetch the chart
# library the web app serves (chart.js from the npm registry) when npm is available.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install --quiet -e '.[test]' 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -c "import govreport" # fail here, clearly, if the install did not work
if command -v npm >/dev/null 2>&1; then
  [ -f node_modules/chart.js/dist/chart.umd.js ] || npm install --no-audit --no-fund --silent >/dev/null
else
  echo "npm not found: the web app's charts fall back to tables" >&2
fi
