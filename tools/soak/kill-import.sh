#!/usr/bin/env bash
# The 20-cycle form of the kill -9 import test (the unit suite runs 10 cycles, ~35 s on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/../.."
POLICYSEARCH_KILL_CYCLES="${1:-20}" dotnet test tests/PolicySearch.Cli.Tests \
  --filter "FullyQualifiedName~ImportKillTests" --logger "console;verbosity=detailed"
