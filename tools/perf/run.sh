#!/usr/bin/env bash
# The performance benchmark on a fresh clone: installs wrk if it is missing (with apt-get, when run as root),
# builds Release, runs `policysearch perf` on the corpus and writes perf.json (and perf.txt, the printed tables).
# Run from anywhere:  tools/perf/run.sh [CORPUS] [PERF OPTIONS...]   (CORPUS: a folder of *.jsonl(.gz) or one archive; default samples)
#   tools/perf/run.sh ../shared/corpus --rounds 3
#   tools/perf/run.sh samples --sections all --scale 3 --http-seconds 20
# Paths are taken from the repository root. Environment: OUT=DIR for perf.json and perf.txt (default: the repository root).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=samples
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then corpus="$1"; shift; fi
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
