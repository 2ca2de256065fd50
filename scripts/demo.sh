#!/usr/bin/env bash
# Set up, ingest the bundled sample corpus into govreport.db (SQLite), print what was found,
# and serve the web app on it (http://$HOST:$PORT/, by default http://127.0.0.1:8000/;
# Ctrl-C stops it). HOST and PORT choose where it listens.
set -euo pipefail
cd "$(dirname "$0")/.."
host="${HOST:-127.0.0.1}"
port="${PORT:-8000}"
# a port something already listens on fails now, before the setup and the ingest
if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
  echo "demo.sh: port $port on $host is in use; choose another, e.g. PORT=8001 bash scripts/demo.sh" >&2
  exit 1
fi
bash scripts/setup.sh
.venv/bin/govreport ingest samples --db govreport.db
.venv/bin/govreport stats --db govreport.db
.venv/bin/govreport track --db govreport.db --summary region
exec .venv/bin/govreport serve --db govreport.db --host "$host" --port "$port"
