#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests and print its URL (stop: pg_server.sh stop).
# Uses Debian's postgresql binaries; as root, the server runs as the postgres user.
set -euo pipefail
DATA=${GOVREPORT_PG_DATA:-/tmp/govreport-pg}
PORT=${GOVREPORT_PG_PORT:-54329}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$PGBIN" ] || { echo "no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "${1:-start}" = "stop" ]; then
  as_pg "$PGBIN/pg_ctl" -D "$DATA" stop -m fast >/dev/null 2>&1 || true
  exit 0
fi
as_pg "$PGBIN/pg_ctl" -D "$DATA" stop -m fast >/dev/null 2>&1 || true
rm -rf "$DATA" && mkdir -p "$DATA"
[ "$(id -u)" = "0" ] && chown postgres "$DATA"
as_pg "$PGBIN/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
  -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres govreport_test
echo "postgresql://postgres@127.0.0.1:$PORT/govreport_test"
