#!/usr/bin/env bash
# Performance of the public pages on a phone with a slow connection: Lighthouse's default
# mobile preset (simulated slow 4G, 4x slower CPU) over /, /klacht and /volgen of a throwaway
# demo Gehoord published in Release (scripts/demo-server.sh). Prints score and First
# Contentful Paint per page; figures in docs/benchmarks/lighthouse.md.
#   scripts/lighthouse.sh [REPORT_DIR]     REPORT_DIR gets one HTML report per page
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
report_dir=""
if [ -n "${1:-}" ]; then mkdir -p "$1"; report_dir="$(readlink -f "$1")"; fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROME_PATH" ]; then
  echo "No Chromium at $CHROME_PATH (apt-get install -y chromium, or set CHROME_PATH)" >&2
  exit 1
fi
# shellcheck source=scripts/demo-server.sh
. "$root/scripts/demo-server.sh"
trap demo_server_stop EXIT
(cd "$root/tools/lighthouse" && npm ci --no-audit --no-fund --loglevel=error)
demo_server_start
node "$root/tools/lighthouse/measure.mjs" "$DEMO_SERVER_URL" $report_dir
