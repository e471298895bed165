#!/usr/bin/env bash
# The Java reference of the performance benchmark: Apache Lucene 8.8 with SmartChineseAnalyzer (Debian's
# liblucene8-java), run by LuceneReference.java on the same corpus, documents and queries as `perf` (tools/PolicySearch.Benchmarks)
# (what it measures and how is described at the top of LuceneReference.java and in docs/benchmarks.md).
#   tools/perf/java-reference/run.sh CORPUS [--json FILE] [--rounds N] [--sections LIST] [--work DIR] [--approximate-hit-count]
#   tools/perf/java-reference/run.sh CORPUS --json java.json
# Needs a JDK 17 or later (`java` on PATH; the program is launched from source, so the JRE alone is not enough).
# Installs liblucene8-java with apt-get when its jars are missing from /usr/share/java (as root; otherwise it says how).
# Its jars are named lucene-*-8.7.0.jar but hold Lucene 8.8.1 (the program prints Version.LATEST).
# JVM flags: JAVA_OPTS, default "-Xms1g -Xmx2g": the analysis section holds the text of every document (the whole
# shared corpus is ~60 M chars, ~0.2 GB as Java strings), an import buffers up to 128 MB of postings, and the heap is
# fixed at 1-2 GB so that heap growth does not land in a measurement. The JVM's default collector (G1) is kept.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jars=/usr/share/java
modules="core analyzers-common analyzers-smartcn queryparser queries highlighter memory"

jar() { ls "$jars"/lucene-"$1"-8.*.jar 2>/dev/null | head -n 1; }
missing_jars() { for module in $modules; do [ -n "$(jar "$module")" ] || return 0; done; return 1; }

if [ $# -eq 0 ] || [ "${1#-}" != "$1" ]; then
  echo "usage: $0 CORPUS [--json FILE] [--rounds N] [--sections LIST] [--work DIR] [--approximate-hit-count]" >&2
  exit 2
fi

if missing_jars; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing liblucene8-java (apt-get install liblucene8-java)…"
    apt-get install -y -qq liblucene8-java >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq liblucene8-java >/dev/null; }
  else
    echo "The Lucene 8 jars are not in $jars and this is not root: install them with: sudo apt-get install liblucene8-java" >&2
    exit 1
  fi
  missing_jars && { echo "liblucene8-java is installed but a jar is missing from $jars (need: $modules)." >&2; exit 1; }
fi

if ! command -v java >/dev/null 2>&1; then
  echo "java is not on PATH: install a JDK 17, e.g. sudo apt-get install openjdk-17-jdk-headless" >&2
  exit 1
fi
if ! java --list-modules 2>/dev/null | grep -q '^jdk\.compiler@'; then
  echo "$(command -v java) is a JRE without the compiler; the reference is launched from source and needs a JDK 17 (openjdk-17-jdk-headless)." >&2
  exit 1
fi

classpath="$(for module in $modules; do jar "$module"; done | paste -sd: -)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
exec java ${JAVA_OPTS:--Xms1g -Xmx2g} -cp "$classpath" "$here/LuceneReference.java" "$@"
