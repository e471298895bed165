#!/usr/bin/env bash
# Crawl throughput: serves samples/site over HTTP on 127.0.0.1 (python3 -m http.server, a random free port),
# crawls it with zero delay into a fresh temporary index (fetch + extraction + indexing + state), prints the
# report with pages/s. Run from the repository root:  bash tools/crawl-bench/run.sh [CONCURRENCY]
set -euo pipefail
concurrency="${1:-4}"
work="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory samples/site >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/robots.txt" >/dev/null 2>&1 && break; python3 -c 'import time; time.sleep(0.1)'; done
sed -e "s#file:samples/site/index.html#http://127.0.0.1:$port/index.html#" \
    -e "s#\"name\": \"sample-site\"#\"name\": \"sample-site-http\", \"allowPrivateHosts\": [\"127.0.0.1\"]#" \
    -e "s#\"concurrency\": 4#\"concurrency\": $concurrency#" \
    crawler-config/sample-site.json > "$work/sample-site-http.json"
dotnet build src/PolicySearch.Cli -c Release -v q -nologo >/dev/null
POLICYSEARCH_Crawler__StateDirectory="$work/state" POLICYSEARCH_Logging__Directory="$work/logs" \
  dotnet run --project src/PolicySearch.Cli -c Release --no-build -- crawl "$work/sample-site-http.json" --index "$work/index"
