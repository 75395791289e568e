#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a new, empty database (docs/operations.md).
#   scripts/restore.sh FILE
# The database comes from the app's own settings, as for the backup, but is never one with data
# in it: a restore does not overwrite anything.
#   SQLite      Data Source must name a file that does not exist yet
#   PostgreSQL  Database must exist and be empty (createdb -O gehoord gehoord_hersteld)
# Then start Gehoord with these settings: it finds everything as it was at the time of the
# backup, also the data-protection keys, so sign-ins and links of that time still work.
set -euo pipefail
# shellcheck source=scripts/gehoord-database.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/gehoord-database.sh"

[ "$#" -eq 1 ] || { echo "usage: $0 FILE" >&2; exit 2; }
backup="$1"
[ -f "$backup" ] || gehoord_die "no backup at $backup"
magic="$(head -c 5 "$backup" | tr -d '\0')"

case "$(gehoord_provider)" in
  Sqlite)
    gehoord_need_sqlite3
    [ "$magic" = "SQLit" ] || gehoord_die "$backup is no SQLite backup (a PostgreSQL backup goes into PostgreSQL: set Gehoord__Database__Provider=Postgres)"
    database="$(gehoord_sqlite_file)"
    for file in "$database" "$database-wal" "$database-shm"; do
      [ ! -e "$file" ] || gehoord_die "$file exists; restore into a new file (or move the old database away first, with its -wal and -shm files)"
    done
    mkdir -p "$(dirname "$database")"
    partial="$(mktemp "$(dirname "$database")/.gehoord-restore.XXXXXX")"
    trap 'rm -f "$partial"' EXIT
    cp "$backup" "$partial"
    check="$(sqlite3 "$partial" "PRAGMA integrity_check;")"
    [ "$check" = "ok" ] || gehoord_die "$backup does not pass its integrity check: $check"
    mv "$partial" "$database"
    trap - EXIT
    echo "Restored into $database"
    ;;
  Postgres)
    [ "$magic" = "PGDMP" ] || gehoord_die "$backup is no PostgreSQL backup (a SQLite backup goes into SQLite: set Gehoord__Database__Provider=Sqlite)"
    conninfo="$(gehoord_postgres_conninfo)"
    tables="$(gehoord_pg psql --no-psqlrc --tuples-only --no-align --dbname="$conninfo" \
      --command="SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")"
    [ "$tables" = "0" ] || gehoord_die "the database already has $tables tables; restore into a new, empty database (createdb -O gehoord gehoord_hersteld)"
    gehoord_pg pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$conninfo" "$backup"
    echo "Restored into the database of Gehoord__Database__ConnectionString"
    ;;
esac
