#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server on loopback, exported to the
# tests as TESSERA_TEST_POSTGRES_URL; the server is stopped and removed afterwards.
# Without PostgreSQL (and no way to install it) the command still runs, and the
# PostgreSQL tests skip with a reason.
set -uo pipefail
if [ -f scripts/start-postgres.sh ]; then
  if env_lines=$(bash scripts/start-postgres.sh); then
    eval "$env_lines"
  else
    echo "with-postgres: could not start PostgreSQL; its tests will be skipped" >&2
  fi
fi
"$@"
status=$?
if [ -n "${TESSERA_TEST_POSTGRES_DATA:-}" ]; then
  pg_ctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | head -n 1)
  as_owner=(); [ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)
  "${as_owner[@]}" "$pg_ctl" -D "$TESSERA_TEST_POSTGRES_DATA" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$(dirname "$TESSERA_TEST_POSTGRES_DATA")"
fi
exit $status
