#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the store tests and print the shell line
# that points Tessera at it:  eval "$(bash scripts/start-postgres.sh)"
# exports TESSERA_TEST_POSTGRES_URL (and TESSERA_TEST_POSTGRES_DATA, to stop it:
#   pg_ctl -D "$TESSERA_TEST_POSTGRES_DATA" stop).
# Installs Debian's postgresql when its binaries are missing (needs root and apt-get).
# Everything except the final export lines goes to stderr, so `eval` sees only them.
set -euo pipefail

log() { echo "start-postgres: $*" >&2; }

find_bindir() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

BINDIR="$(find_bindir || true)"
if [ -z "$BINDIR" ]; then
    log "PostgreSQL not found; installing Debian's postgresql with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    BINDIR="$(find_bindir)"
fi

# initdb refuses to run as root: run the server as the unprivileged postgres user then.
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    RUN_AS=(runuser -u postgres --)
fi

DATA="$(mktemp -d "${TMPDIR:-/tmp}/tessera-pg.XXXXXX")"
chmod 700 "$DATA"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DATA"; fi

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
USER_NAME=tessera
DB_NAME=tessera_test

"${RUN_AS[@]}" "$BINDIR/initdb" -D "$DATA/cluster" -U "$USER_NAME" --auth=trust -E UTF8 --locale=C.UTF-8 >&2 \
    || "${RUN_AS[@]}" "$BINDIR/initdb" -D "$DATA/cluster" -U "$USER_NAME" --auth=trust -E UTF8 --locale=C >&2
"${RUN_AS[@]}" "$BINDIR/pg_ctl" -D "$DATA/cluster" -l "$DATA/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $PORT -k $DATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
"${RUN_AS[@]}" "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" "$DB_NAME" >&2

log "PostgreSQL $("$BINDIR/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$PORT, data in $DATA"
echo "export TESSERA_TEST_POSTGRES_URL='postgresql+psycopg://$USER_NAME@127.0.0.1:$PORT/$DB_NAME'"
echo "export TESSERA_TEST_POSTGRES_DATA='$DATA/cluster'"
