#!/usr/bin/env bash
# Throwaway PostgreSQL server for tests: a fresh cluster in a temp dir, listening
# only on 127.0.0.1 with trust auth, tuned for speed (no durability).
#
# Sourced by test.sh, which calls pg_throwaway_start / pg_throwaway_stop.
# Run directly to get a server for a command of your own:
#   scripts/postgres-throwaway.sh dotnet test tests/Gehoord.Web.Tests
# (GEHOORD_TEST_POSTGRES is exported to the command; the server is removed afterwards).

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_TMP=""
PG_PORT=""

# Runs a PostgreSQL binary; as root it runs as the postgres system user,
# because initdb and postgres refuse to run as root.
_pg_run() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Succeeds if something accepts TCP connections on 127.0.0.1:$1.
_pg_port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

_pg_free_port() {
  local port
  for port in $(seq "${1:-54329}" 54429); do
    if ! _pg_port_busy "$port"; then
      echo "$port"
      return 0
    fi
  done
  echo "postgres-throwaway: no free TCP port in 54329-54429" >&2
  return 1
}

# Starts the server and exports GEHOORD_TEST_POSTGRES. Prints the server log and
# returns non-zero if it cannot be started.
pg_throwaway_start() {
  if [ ! -x "$PG_BIN/postgres" ]; then
    echo "postgres-throwaway: no PostgreSQL server binaries in $PG_BIN (apt-get install postgresql-15, or set PG_BIN)" >&2
    return 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id -u postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi

  PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/gehoord-pg.XXXXXX")"
  mkdir -p "$PG_TMP/data" "$PG_TMP/sock"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$PG_TMP"
  fi
  chmod 700 "$PG_TMP/data"

  # Run from the temp dir: the postgres user may not be able to read the caller's cwd.
  if ! (cd "$PG_TMP" && _pg_run "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres \
          --auth=trust --encoding=UTF8 --locale=C >"$PG_TMP/initdb.log" 2>&1); then
    echo "postgres-throwaway: initdb failed:" >&2
    cat "$PG_TMP/initdb.log" >&2
    return 1
  fi

  cat >"$PG_TMP/data/pg_hba.conf" <<HBA
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 trust
host    all       all   127.0.0.1/32  trust
HBA

  local attempt port=54329
  for attempt in 1 2 3 4 5; do
    port="$(_pg_free_port "$port")" || return 1
    cat >"$PG_TMP/data/postgresql.auto.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$PG_TMP/sock'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
    if (cd "$PG_TMP" && _pg_run "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/logfile" -w -t 60 start >/dev/null); then
      PG_PORT="$port"
      export GEHOORD_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=unused;Include Error Detail=true"
      echo "PostgreSQL: throwaway server $("$PG_BIN/postgres" --version) on 127.0.0.1:$PG_PORT (data in $PG_TMP)"
      return 0
    fi
    # Someone took the port between the check and the start: try the next one.
    if grep -q "could not bind" "$PG_TMP/logfile" 2>/dev/null && [ "$attempt" -lt 5 ]; then
      port=$((port + 1))
      continue
    fi
    break
  done
  echo "postgres-throwaway: the server did not start; server log:" >&2
  cat "$PG_TMP/logfile" >&2 2>/dev/null || echo "(no log file)" >&2
  return 1
}

# Stops the server (if running) and removes the temp dir. Safe to call more than once.
pg_throwaway_stop() {
  if [ -n "$PG_TMP" ] && [ -d "$PG_TMP" ]; then
    if [ -f "$PG_TMP/data/postmaster.pid" ]; then
      (cd "$PG_TMP" && _pg_run "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1) || true
    fi
    rm -rf "$PG_TMP"
  fi
  PG_TMP=""
  PG_PORT=""
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]   (runs COMMAND with GEHOORD_TEST_POSTGRES set)" >&2
    exit 2
  fi
  trap pg_throwaway_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  pg_throwaway_start
  set +e
  "$@"
  rc=$?
  exit "$rc"
fi
