#!/usr/bin/env bash
# Set up, ingest the bundled sample corpus into govreport.db (SQLite), print what was found,
# and serve the web app on it (http://127.0.0.1:8000/; Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/govreport ingest samples --db govreport.db
.venv/bin/govreport stats --db govreport.db
.venv/bin/govreport track --db govreport.db --summary region
exec .venv/bin/govreport serve --db govreport.db --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
