#!/usr/bin/env bash
# Soak: /api/search under wrk at a fixed rate on loopback while a crawl of a growing local site commits every few seconds.
# Reports 5xx and non-2xx counts, latency p50/p99, RSS and GC heap of `serve` every 5 s, load average, and for every
# crawled document the delay from its commit to the first search answer that contains it.
# Usage: tools/soak/run.sh [DURATION_SECONDS=600] [RATE=50]   (Release build; needs wrk, python3, curl)
# SOAK_COMMIT_EVERY_PAGES=N makes each crawl commit every N fetched pages (Crawler:CommitEveryPages) instead of once
# at its end (the default 50 is more than a run fetches).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-600}"; RATE="${2:-50}"; PORT=5179; SITE_PORT=5180; WARMUP=60
WORK="$(mktemp -d /tmp/policysearch-soak.XXXXXX)"; INDEX="$WORK/index"; OUT="$WORK/report.txt"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build -c Release -v q src/PolicySearch.Cli >/dev/null
CLI=(dotnet src/PolicySearch.Cli/bin/Release/net10.0/policysearch.dll)
"${CLI[@]}" import samples/archive.jsonl.gz --index "$INDEX" >/dev/null
# The soak measures the service, not the per-client rate limit (all wrk connections share one address).
POLICYSEARCH_RateLimit__Enabled=false "${CLI[@]}" serve --index "$INDEX" --urls "http://127.0.0.1:$PORT" >"$WORK/serve.log" 2>&1 &
SERVE=$!
PIDS="$SERVE"
trap 'kill $PIDS 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/api/search?q=%E9%80%9A%E7%9F%A5" >/dev/null; do sleep 0.5; done

# The growing site and the commit-to-searchable probe (see site_and_probe.py).
python3 tools/soak/site_and_probe.py "$SITE_PORT" "http://127.0.0.1:$PORT" "$INDEX" "$WORK" "$DURATION" 1 &
PROBE=$!; PIDS="$PIDS $PROBE"
until curl -fs "http://127.0.0.1:$SITE_PORT/index.html" >/dev/null; do sleep 0.2; done
cat >"$WORK/soak-site.json" <<JSON
{
  "name": "soak-site",
  "seeds": ["http://127.0.0.1:$SITE_PORT/index.html"],
  "allowPrivateHosts": ["127.0.0.1:$SITE_PORT"],
  "list": { "urlPatterns": ["/index\\\\.html\$"] },
  "detail": { "urlPatterns": ["/content_\\\\d+\\\\.htm\$"] },
  "selectors": { "body": "#zoom" },
  "category": "浸泡测试",
  "delayMs": 0, "concurrency": 4, "maxDepth": 1, "maxPages": 200,
  "recrawlInterval": "1.00:00:00", "obeyRobots": false, "useSitemaps": false
}
JSON
# Writer: one crawl after another; each run fetches the list page and the pages it has not seen, then commits.
export POLICYSEARCH_Crawler__CommitEveryPages="${SOAK_COMMIT_EVERY_PAGES:-50}"
( while true; do "${CLI[@]}" crawl "$WORK/soak-site.json" --index "$INDEX" >>"$WORK/crawl.log" 2>&1 && echo 0 >>"$WORK/crawls.txt" || echo $? >>"$WORK/crawls.txt"; done ) &
WRITER=$!; PIDS="$PIDS $WRITER"

# Every 5 s: time, RSS (KB) of serve, 1-minute load average, GC heap bytes from /metrics.
( while kill -0 $SERVE 2>/dev/null; do
    heap=$(curl -fs "http://127.0.0.1:$PORT/metrics" | awk '/^dotnet_gc_heap_size_bytes/{printf "%d", $2}')
    echo "$(date +%s.%N) $(awk '/VmRSS/{print $2}' /proc/$SERVE/status) $(cut -d' ' -f1 /proc/loadavg) ${heap:--}" >>"$WORK/samples.txt"
    sleep 5
  done ) &
PIDS="$PIDS $!"

cat >"$WORK/path.lua" <<'LUA'
local queries = {"%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83", "%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C", "%E9%80%9A%E7%9F%A5", "%E6%B5%B8%E6%B3%A1"}
local n = 0
request = function() n = n + 1; return wrk.format("GET", "/api/search?q=" .. queries[(n % #queries) + 1] .. "&page=" .. ((n % 5) + 1)) end
-- Fixed rate: each connection waits 100 ms between requests (10 requests/s per connection).
delay = function() return 100 end
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function() status5xx = 0 end
response = function(status) if status >= 500 then status5xx = status5xx + 1 end end
done = function(summary, latency, requests)
  local s5 = 0
  for _, t in ipairs(threads) do s5 = s5 + t:get("status5xx") end
  local f = io.open(os.getenv("WRK_SUMMARY"), "w")
  f:write(string.format("requests %d\nduration_s %.3f\nnon2xx %d\nstatus5xx %d\nsocket_errors %d\np50_ms %.1f\np90_ms %.1f\np99_ms %.1f\nmax_ms %.1f\n",
    summary.requests, summary.duration / 1e6, summary.errors.status, s5,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  f:close()
end
LUA
# wrk has no fixed-rate mode; one connection per 10 req/s with a 100 ms delay keeps the rate near RATE.
WRK_SUMMARY="$WORK/wrk-summary.txt" wrk -t1 -c"$(( (RATE + 9) / 10 ))" -d"${DURATION}s" --latency -s "$WORK/path.lua" "http://127.0.0.1:$PORT" >"$WORK/wrk.txt"
kill "$WRITER" 2>/dev/null || true
pkill -P "$WRITER" 2>/dev/null || true  # the crawl that was running (children of the loop, by its process id)
wait "$PROBE" || true
{ echo "soak $(date -u +%FT%TZ): tools/soak/run.sh $DURATION $RATE, $(nproc) cores, warm-up ${WARMUP} s excluded from RSS"
  python3 tools/soak/summarize.py "$WORK" "$DURATION" "$WARMUP"; } | tee "$OUT"
echo "Report: $OUT (wrk output: $WORK/wrk.txt, per-document delays: $WORK/visible.tsv)"
