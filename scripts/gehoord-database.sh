#!/usr/bin/env bash
# What scripts/backup.sh and scripts/restore.sh share: which database Gehoord uses, read from
# the same settings as the app (docs/operations.md):
#   Gehoord__Database__Provider          Sqlite (default) or Postgres
#   Gehoord__Database__ConnectionString  SQLite: "Data Source=…"; PostgreSQL: Npgsql's "Host=…;Database=…"
#   GEHOORD_CONTENT_ROOT                 where a relative SQLite path starts (default: src/Gehoord.Web,
#                                        as for `dotnet run`; for a published app its own folder)
# Sourced, not run.

gehoord_die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

gehoord_provider() {
  local provider="${Gehoord__Database__Provider:-Sqlite}"
  case "${provider,,}" in
    sqlite) echo Sqlite ;;
    postgres) echo Postgres ;;
    *) gehoord_die "unknown Gehoord__Database__Provider '$provider': use Sqlite or Postgres" ;;
  esac
}

# The value of KEY (any of the names given, case-insensitive) in an ADO.NET connection string.
_gehoord_setting() {
  local connection="$1" pair key wanted
  shift
  local IFS=';'
  for pair in $connection; do
    key="${pair%%=*}"
    key="$(echo "$key" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')"
    for wanted in "$@"; do
      if [ "$key" = "$wanted" ]; then
        local value="${pair#*=}"
        value="${value#"${value%%[![:space:]]*}"}"
        echo "${value%"${value##*[![:space:]]}"}"
        return 0
      fi
    done
  done
  return 1
}

# The SQLite file, as the app resolves it (PersistenceSetup.SqliteConnectionString).
gehoord_sqlite_file() {
  local connection="${Gehoord__Database__ConnectionString:-}"
  local file
  file="$(_gehoord_setting "$connection" datasource filename)" || file="data/gehoord.db"
  [ -n "$file" ] || file="data/gehoord.db"
  if [ "${file:0:1}" != "/" ]; then
    local root="${GEHOORD_CONTENT_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/src/Gehoord.Web}"
    file="$root/$file"
  fi
  echo "$file"
}

# Npgsql's connection string as libpq's (for pg_dump, pg_restore, psql); the password goes to
# PGPASSWORD, so that it is on no command line.
gehoord_postgres_conninfo() {
  local connection="${Gehoord__Database__ConnectionString:-}"
  [ -n "$connection" ] || gehoord_die "Gehoord__Database__ConnectionString is empty; give the PostgreSQL connection string the app uses"
  local info="" value key
  for key in host port dbname user sslmode; do
    case "$key" in
      host) value="$(_gehoord_setting "$connection" host server)" ;;
      port) value="$(_gehoord_setting "$connection" port)" ;;
      dbname) value="$(_gehoord_setting "$connection" database db)" ;;
      user) value="$(_gehoord_setting "$connection" username userid user)" ;;
      sslmode) value="$(_gehoord_setting "$connection" sslmode)"
        value="$(echo "$value" | tr '[:upper:]' '[:lower:]' | sed 's/^verifyfull$/verify-full/; s/^verifyca$/verify-ca/')" ;;
    esac
    if [ -n "$value" ]; then
      value="${value//\\/\\\\}"
      info+="$key='${value//\'/\\\'}' "
    fi
  done
  [[ "$info" == *"dbname="* ]] || gehoord_die "the connection string names no Database"
  if value="$(_gehoord_setting "$connection" password pwd)"; then
    export PGPASSWORD="$value"
  fi
  echo "${info% }"
}

# A PostgreSQL client program (pg_dump, pg_restore, psql): in PG_BIN if set, else on the PATH,
# else the newest of Debian's /usr/lib/postgresql/*/bin. pg_dump must be at least as new as the
# server it dumps.
gehoord_pg() {
  local program="$1" newest
  shift
  newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/$program" ]; then
    "$PG_BIN/$program" "$@"
  elif command -v "$program" >/dev/null 2>&1; then
    "$program" "$@"
  elif [ -n "$newest" ] && [ -x "$newest/$program" ]; then
    "$newest/$program" "$@"
  else
    gehoord_die "$program not found: install the PostgreSQL client (apt-get install postgresql-client), or set PG_BIN"
  fi
}

gehoord_need_sqlite3() {
  command -v sqlite3 >/dev/null 2>&1 || gehoord_die "sqlite3 not found: install it (apt-get install sqlite3)"
}
