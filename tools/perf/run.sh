#!/usr/bin/env bash
# The performance benchmark on a fresh clone: installs wrk if it is missing (with apt-get, when run as root),
# builds Release, runs `policysearch perf` on the corpus and writes perf.json (and perf.txt, the printed tables).
# Run from anywhere:  tools/perf/run.sh [CORPUS=samples] [PERF OPTIONS...]
#   tools/perf/run.sh ../shared/corpus --rounds 3
#   tools/perf/run.sh samples --sections all --scale 3 --http-seconds 20
# Environment: OUT=DIR for perf.json and perf.txt (default: the repository root).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-samples}"
[ $# -gt 0 ] && shift
out="${OUT:-.}"
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing wrk (apt-get install wrk)…"
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is not installed and this is not root: the http section will be skipped (install it with: sudo apt-get install wrk)." >&2
  fi
fi
dotnet build src/PolicySearch.Cli -c Release -v q -nologo
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
dotnet src/PolicySearch.Cli/bin/Release/net10.0/policysearch.dll perf --corpus "$corpus" --json "$out/perf.json" "$@" | tee "$out/perf.txt"
echo "Wrote $out/perf.json and $out/perf.txt"
