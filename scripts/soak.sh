#!/usr/bin/env bash
# Crash soak for intake and the outbox: kill -9 under concurrent intake, then count lost
# complaints, acknowledgements missing from their case file and e-mails sent twice
# (scripts/soak/outbox_soak.py says what each figure means; docs/benchmarks/outbox-soak.md
# holds the figures).
#   scripts/soak.sh                       50 cycles on SQLite and on PostgreSQL
#   scripts/soak.sh --cycles 3            the short run ./test.sh makes
#   scripts/soak.sh --provider sqlite     one provider
# The PostgreSQL run restarts its (throwaway) server once halfway; the app must carry on.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

cycles=50
providers="sqlite postgres"
while [ "$#" -gt 0 ]; do
  case "$1" in
    --cycles) cycles="$2"; shift 2 ;;
    --provider) providers="$2"; shift 2 ;;
    *) echo "usage: $0 [--cycles N] [--provider sqlite|postgres]" >&2; exit 2 ;;
  esac
done

# The mail server the app sends to: aiosmtpd, from Debian, so Debian's own Python (a python3
# earlier on the PATH, e.g. pyenv's, does not see Debian's packages).
PY=/usr/bin/python3
if ! "$PY" -c "import aiosmtpd" 2>/dev/null; then
  echo "Installing python3-aiosmtpd for the outbox soak"
  SUDO=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y python3-aiosmtpd
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d "${TMPDIR:-/tmp}/gehoord-soak.XXXXXX")"
# A copy of its own, so a build while the soak runs does not change the app under it.
dotnet build src/Gehoord.Web --configuration Release --nologo -v quiet -o "$work/app" >/dev/null
dll="$work/app/Gehoord.Web.dll"

# shellcheck source=scripts/postgres-throwaway.sh
. scripts/postgres-throwaway.sh
cleanup() { pg_throwaway_stop; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export PATH="$PG_BIN:$PATH"
status=0
for provider in $providers; do
  case "$provider" in
    sqlite)
      "$PY" scripts/soak/outbox_soak.py --dll "$dll" --provider sqlite --cycles "$cycles" --work "$work" \
        --connection "$work/soak.db" --app-connection "Data Source=$work/soak.db" \
        --json "$work/sqlite.json" || status=1
      ;;
    postgres)
      pg_throwaway_start >/dev/null
      psql "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" -q -c "CREATE DATABASE gehoord_soak"
      restart="$PG_BIN/pg_ctl -D $PG_TMP/data -l $PG_TMP/logfile -m fast -w restart >/dev/null"
      if [ "$(id -u)" -eq 0 ]; then restart="cd $PG_TMP && runuser -u postgres -- $restart"; fi
      "$PY" scripts/soak/outbox_soak.py --dll "$dll" --provider postgres --cycles "$cycles" --work "$work" \
        --connection "postgresql://postgres@127.0.0.1:$PG_PORT/gehoord_soak" \
        --app-connection "Host=127.0.0.1;Port=$PG_PORT;Database=gehoord_soak;Username=postgres;Password=unused" \
        --postgres-restart "$restart" --json "$work/postgres.json" || status=1
      pg_throwaway_stop
      ;;
    *) echo "unknown provider $provider" >&2; exit 2 ;;
  esac
done

if [ "$status" -ne 0 ]; then
  echo "soak: a figure that must be 0 was not (or the app did not come back); the app's log:" >&2
  tail -n 60 "$work"/app-*.log >&2 || true
fi
exit "$status"
