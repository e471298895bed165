#!/usr/bin/env bash
# The kill -9 loops with more cycles or another seed than the suite's (20 cycles each, seeds in the tests):
#   tools/soak/kill-import.sh [CYCLES=100] [SEED]
set -euo pipefail
cd "$(dirname "$0")/../.."
export POLICYSEARCH_KILL_CYCLES="${1:-100}"
if [ -n "${2:-}" ]; then export POLICYSEARCH_KILL_SEED="$2"; fi
dotnet test tests/PolicySearch.Cli.Tests \
  --filter "FullyQualifiedName~ImportKillTests|FullyQualifiedName~CrawlKillTests" --logger "console;verbosity=detailed"
