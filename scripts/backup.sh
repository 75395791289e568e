#!/usr/bin/env bash
# Backs up Gehoord's database, with everything in it: complaints, letters, attachments, staff
# accounts and the data-protection keys (docs/operations.md).
#   scripts/backup.sh FILE
# The database comes from the app's own settings (Gehoord__Database__Provider and
# Gehoord__Database__ConnectionString; see scripts/gehoord-database.sh). The app may keep running:
#   SQLite      sqlite3's online backup (.backup), a consistent copy also while Gehoord writes
#   PostgreSQL  pg_dump --format=custom, one consistent snapshot
# FILE is written only when the backup is complete and checked; a failed backup leaves no file.
set -euo pipefail
# shellcheck source=scripts/gehoord-database.sh
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/gehoord-database.sh"

[ "$#" -eq 1 ] || { echo "usage: $0 FILE" >&2; exit 2; }
target="$1"
[ ! -e "$target" ] || gehoord_die "$target exists; give a new file name (for example with the date: gehoord-\$(date +%F).backup)"
partial="$(mktemp "$(dirname "$target")/.gehoord-backup.XXXXXX")"
trap 'rm -f "$partial"' EXIT

case "$(gehoord_provider)" in
  Sqlite)
    gehoord_need_sqlite3
    database="$(gehoord_sqlite_file)"
    [ -f "$database" ] || gehoord_die "no SQLite database at $database"
    [[ "$partial" != *"'"* ]] || gehoord_die "the backup's folder may not contain a quote (')"
    sqlite3 "$database" ".timeout 10000" ".backup '$partial'"
    check="$(sqlite3 "$partial" "PRAGMA integrity_check;")"
    [ "$check" = "ok" ] || gehoord_die "the copy of $database does not pass its integrity check: $check"
    ;;
  Postgres)
    conninfo="$(gehoord_postgres_conninfo)"
    gehoord_pg pg_dump --format=custom --no-owner --no-privileges --file="$partial" --dbname="$conninfo"
    gehoord_pg pg_restore --list "$partial" >/dev/null
    ;;
esac

mv "$partial" "$target"
trap - EXIT
echo "Backup written: $target ($(du -h "$target" | cut -f1))"
