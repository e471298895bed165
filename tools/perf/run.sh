#!/usr/bin/env bash
# The performance benchmark on a fresh clone: installs wrk if it is missing (with apt-get, when run as root),
# builds Release, runs `perf` (tools/PolicySearch.Benchmarks) on the corpus and writes perf.json (and perf.txt, the printed tables).
# Run from anywhere:  tools/perf/run.sh [CORPUS] [--with-java] [PERF OPTIONS...]   (CORPUS: a folder of *.jsonl(.gz) or one archive; default samples)
#   tools/perf/run.sh CORPUS --rounds 3
#   tools/perf/run.sh samples --sections all --scale 3 --http-seconds 20
#   tools/perf/run.sh CORPUS --with-java
# --with-java: right after our run, the Java reference (tools/perf/java-reference/run.sh: Apache Lucene 8.8 with
# SmartChineseAnalyzer; installs liblucene8-java when root, needs a JDK 17) runs on the same corpus with the same
# --rounds and --sections (it has the analysis, import and search sections), writing java.json and java.txt; then
# `perf-compare` prints one side-by-side table and writes it to compare.txt.
# Paths are taken from the repository root. Environment: OUT=DIR for the output files (default: the repository root);
# JAVA_OPTS for the reference's JVM flags (default -Xms1g -Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=samples
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then corpus="$1"; shift; fi
out="${OUT:-.}"

with_java=false
perf_args=()
java_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --with-java) with_java=true ;;
    --rounds|--sections) perf_args+=("$1" "$2"); java_args+=("$1" "$2"); shift ;;
    --rounds=*|--sections=*) perf_args+=("$1"); java_args+=("${1%%=*}" "${1#*=}") ;;
    *) perf_args+=("$1") ;;
  esac
  shift
done

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing wrk (apt-get install wrk)…"
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is not installed and this is not root: the http section will be skipped (install it with: sudo apt-get install wrk)." >&2
  fi
fi
dotnet build tools/PolicySearch.Benchmarks -c Release -v q -nologo
benchmarks=(dotnet tools/PolicySearch.Benchmarks/bin/Release/net10.0/PolicySearch.Benchmarks.dll)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
"${benchmarks[@]}" perf --corpus "$corpus" --json "$out/perf.json" ${perf_args[@]+"${perf_args[@]}"} | tee "$out/perf.txt"
echo "Wrote $out/perf.json and $out/perf.txt"

if [ "$with_java" = true ]; then
  echo "Java reference (Apache Lucene 8.8, SmartChineseAnalyzer) on the same corpus…"
  rm -f "$out/java.json"
  tools/perf/java-reference/run.sh "$corpus" --json "$out/java.json" ${java_args[@]+"${java_args[@]}"} | tee "$out/java.txt"
  if [ -s "$out/java.json" ]; then
    "${benchmarks[@]}" perf-compare --ours "$out/perf.json" --java "$out/java.json" | tee "$out/compare.txt"
    echo "Wrote $out/java.json, $out/java.txt and $out/compare.txt"
  else
    echo "The Java reference ran none of the selected sections (it has analysis, import and search): nothing to compare."
  fi
fi
