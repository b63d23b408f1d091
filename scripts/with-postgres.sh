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
if [ -n "${TESSERA_PG_STOP:-}" ]; then eval "$TESSERA_PG_STOP" >/dev/null 2>&1 || true; fi
exit $status
