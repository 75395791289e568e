#!/usr/bin/env bash
# The project's one test command (README and CI call it):
#   ./test.sh                                       all tests, Release
#   ./test.sh --filter FullyQualifiedName~Sqlite    extra arguments go to dotnet test
# PostgreSQL tests use $GEHOORD_TEST_POSTGRES if it is set, else a throwaway server
# started here (scripts/postgres-throwaway.sh) and removed on exit.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# shellcheck source=scripts/postgres-throwaway.sh
. scripts/postgres-throwaway.sh

OUT=""
cleanup() {
  pg_throwaway_stop
  if [ -n "$OUT" ]; then rm -f "$OUT"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- PostgreSQL -----------------------------------------------------------------
if [ -n "${GEHOORD_TEST_POSTGRES:-}" ]; then
  pg_where="$(printf '%s' "$GEHOORD_TEST_POSTGRES" | tr ';' '\n' | grep -iE '^ *(host|server|port) *=' | tr '\n' ' ' || true)"
  echo "PostgreSQL: using the server from GEHOORD_TEST_POSTGRES (${pg_where% })"
else
  pg_throwaway_start
fi

# --- Prerequisites from Debian's packages ----------------------------------------
# sqlite3 for scripts/backup.sh and restore.sh (BackupTests; pg_dump and pg_restore come with
# the PostgreSQL binaries above). Chromium for Playwright (never a browser download) and Java for
# the Nu Html Checker (vnu.jar), once the browser suite exists.
packages=()
if ! command -v sqlite3 >/dev/null 2>&1; then packages+=(sqlite3); fi
if [ -d tests/Gehoord.BrowserTests ]; then
  if [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi
  if ! command -v java >/dev/null 2>&1; then packages+=(default-jre-headless); fi
  export GEHOORD_CHROMIUM=/usr/bin/chromium
fi
if [ "${#packages[@]}" -gt 0 ]; then
  echo "Installing ${packages[*]} for the tests"
  SUDO=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}"
fi

# --- Tests ----------------------------------------------------------------------
# A full run must not pass vacuously; with a filter, an assembly without matching
# tests is expected, so the "no tests is an error" setting only applies to full runs.
args=(test Gehoord.slnx --configuration Release "$@")
if [ "$#" -eq 0 ]; then
  args+=(-- RunConfiguration.TreatNoTestsAsError=true)
fi

OUT="$(mktemp "${TMPDIR:-/tmp}/gehoord-test-output.XXXXXX")"
# The form fuzz test writes how many requests it sent here (tests/Gehoord.Web.Tests/FormFuzzTests.cs).
FUZZ_REPORTS="${TMPDIR:-/tmp}/gehoord-tests"
rm -f "$FUZZ_REPORTS"/form-fuzz-*.txt
set +e
dotnet "${args[@]}" 2>&1 | tee "$OUT"
rc=${PIPESTATUS[0]}
set -e

# Sum the per-assembly "Passed!/Failed!  - Failed: 0, Passed: 43, Skipped: 0, Total: 43, ..." lines.
summary="$(sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$OUT" | grep -E '^[[:space:]]*(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+' || true)"
if [ -z "$summary" ]; then
  echo "test.sh: no test summary found in the dotnet test output (build failure, or no tests ran); dotnet test exited $rc" >&2
  if [ "$rc" -eq 0 ]; then rc=1; fi
  exit "$rc"
fi

passed=0 failed=0 skipped=0
while IFS= read -r line; do
  f="$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line")"
  p="$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$line")"
  s="$(sed -E 's/.*Skipped: +([0-9]+),.*/\1/' <<<"$line")"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  if [ "$s" -gt 0 ]; then
    echo "WARNING: $s skipped test(s): $(sed -E 's/^[[:space:]]+//' <<<"$line")"
  fi
done <<<"$summary"

if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  build_errors="$(grep -cE ': error [A-Z]+[0-9]+:' "$OUT" || true)"
  if [ "$build_errors" -gt 0 ]; then
    echo "test.sh: the build failed ($build_errors error line(s) above); not every test assembly ran" >&2
  else
    echo "test.sh: dotnet test exited $rc although no test failed (see the output above)" >&2
  fi
fi
cat "$FUZZ_REPORTS"/form-fuzz-*.txt 2>/dev/null || true
echo "$passed passed, $failed failed"

# --- Crash soak, short -----------------------------------------------------------
# A few kill -9 cycles under intake on both providers (the full 50 cycles: scripts/soak.sh).
# Only for a full run: a filtered run is someone looking at a few tests.
if [ "$#" -eq 0 ]; then
  echo "Outbox crash soak, 3 cycles per provider (scripts/soak.sh --cycles 3)"
  if ! scripts/soak.sh --cycles 3; then
    echo "test.sh: the outbox crash soak failed" >&2
    if [ "$rc" -eq 0 ]; then rc=1; fi
  fi
fi
exit "$rc"
