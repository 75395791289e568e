#!/usr/bin/env bash
# Full-page screenshots (1366 px and 390 px) of the public pages and a few staff pages of a
# throwaway demo Gehoord, to compare the look before and after a change to the stylesheets:
#   scripts/screenshots.sh OUTPUT_DIR
# Compare two runs with: node tools/lighthouse/compare.mjs BEFORE_DIR AFTER_DIR
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
mkdir -p "${1:?usage: scripts/screenshots.sh OUTPUT_DIR}"
out="$(readlink -f "$1")"
# shellcheck source=scripts/demo-server.sh
. "$root/scripts/demo-server.sh"
trap demo_server_stop EXIT
(cd "$root/tools/lighthouse" && npm ci --no-audit --no-fund --loglevel=error)
demo_server_start
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node "$root/tools/lighthouse/screenshots.mjs" "$DEMO_SERVER_URL" "$out"
