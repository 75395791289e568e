#!/usr/bin/env bash
# A throwaway Gehoord with the demo data, served as it is published, for measuring pages:
# `dotnet publish -c Release` into a temp dir, then the published app on a free port in the
# Staging environment. Not Development: there static files are served without cache lifetimes
# and the developer exception page is on, so the measurement would not be what a citizen gets.
# Staging still seeds the demo organisations (only Production never does).
#
# Sourced by scripts/lighthouse.sh and scripts/screenshots.sh:
#   demo_server_start   exports DEMO_SERVER_URL (http://127.0.0.1:PORT)
#   demo_server_stop    stops the app and removes the temp dir

DEMO_TMP=""
DEMO_PID=""

_demo_port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

demo_server_start() {
  local root port
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  DEMO_TMP="$(mktemp -d "${TMPDIR:-/tmp}/gehoord-demo.XXXXXX")"
  echo "Publishing Gehoord (Release) ..." >&2
  if ! dotnet publish "$root/src/Gehoord.Web" -c Release -o "$DEMO_TMP/app" --nologo -v quiet >"$DEMO_TMP/publish.log" 2>&1; then
    cat "$DEMO_TMP/publish.log" >&2
    return 1
  fi
  for port in $(seq 5180 5280); do
    if ! _demo_port_busy "$port"; then break; fi
  done
  export DEMO_SERVER_URL="http://127.0.0.1:$port"
  (cd "$DEMO_TMP/app" && \
    ASPNETCORE_ENVIRONMENT=Staging \
    ASPNETCORE_URLS="$DEMO_SERVER_URL" \
    Gehoord__SeedDemoData=true \
    Gehoord__PublicOrganisation=gemeente-voorbeeld \
    Gehoord__Database__ConnectionString="Data Source=$DEMO_TMP/gehoord.db" \
    Gehoord__Mail__PickupDirectory="$DEMO_TMP/mail" \
    exec dotnet Gehoord.Web.dll >"$DEMO_TMP/app.log" 2>&1) &
  DEMO_PID=$!
  local attempt
  for attempt in $(seq 1 120); do
    if curl -fsS -o /dev/null "$DEMO_SERVER_URL/health" 2>/dev/null; then
      echo "Gehoord runs at $DEMO_SERVER_URL" >&2
      return 0
    fi
    if ! kill -0 "$DEMO_PID" 2>/dev/null; then break; fi
    sleep 1
  done
  echo "demo-server: the app did not start:" >&2
  cat "$DEMO_TMP/app.log" >&2
  return 1
}

demo_server_stop() {
  if [ -n "$DEMO_PID" ]; then
    kill "$DEMO_PID" 2>/dev/null || true
    wait "$DEMO_PID" 2>/dev/null || true
    DEMO_PID=""
  fi
  if [ -n "$DEMO_TMP" ]; then
    rm -rf "$DEMO_TMP"
    DEMO_TMP=""
  fi
}
