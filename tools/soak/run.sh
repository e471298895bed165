#!/usr/bin/env bash
# Soak: /api/search at a fixed rate on loopback while an import commits every few seconds.
# Reports 5xx count, p99 latency, RSS of `serve` over time, and commit-to-searchable delay.
# Usage: tools/soak/run.sh [DURATION_SECONDS=600] [RATE=50]
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-600}"; RATE="${2:-50}"; PORT=5179
WORK="$(mktemp -d /tmp/policysearch-soak.XXXXXX)"; INDEX="$WORK/index"; OUT="$WORK/report.txt"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build -v q src/PolicySearch.Cli >/dev/null
CLI=(dotnet src/PolicySearch.Cli/bin/Debug/net10.0/policysearch.dll)
"${CLI[@]}" import samples/archive.jsonl.gz --index "$INDEX" >/dev/null
# The soak measures the service, not the per-client rate limit (all wrk connections share one address).
RateLimit__Enabled=false "${CLI[@]}" serve --index "$INDEX" --urls "http://127.0.0.1:$PORT" >"$WORK/serve.log" 2>&1 &
SERVE=$!
trap 'kill $SERVE $WRITER 2>/dev/null || true' EXIT
WRITER=""
until curl -fs "http://127.0.0.1:$PORT/api/search?q=%E9%80%9A%E7%9F%A5" >/dev/null; do sleep 0.5; done

# Writer: repeated imports of fresh ids, a checkpoint commit every 200 documents.
python3 - "$WORK/churn.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(20000):
        f.write(json.dumps({"id": f"soak-{i}", "source": "soak", "url": None, "title": f"浸泡测试文件{i}", "issuer": "国务院",
            "doc_number": None, "written_date": None, "published_date": "2024-01-01", "effective_date": None,
            "validity": "有效", "category": "国务院文件", "body": "推进政务公开，优化营商环境。" * 20 + f"标记{i}", "extra": None}, ensure_ascii=False) + "\n")
PY
( while true; do POLICYSEARCH_Import__CommitEveryDocuments=200 "${CLI[@]}" import "$WORK/churn.jsonl" --index "$INDEX" >/dev/null 2>&1 || true; done ) &
WRITER=$!

# RSS sampler and commit-to-searchable probe.
( while kill -0 $SERVE 2>/dev/null; do echo "$(date +%s) $(awk '/VmRSS/{print $2}' /proc/$SERVE/status)" >>"$WORK/rss.txt"; sleep 5; done ) &
# Commit-to-searchable: when /api/health shows a new lastCommitTime, how long ago that commit was made.
python3 - "http://127.0.0.1:$PORT/health" "$DURATION" "$WORK/visible-ms.txt" <<'PY' &
import json, sys, time, urllib.request
from datetime import datetime, timezone
url, duration, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
seen, end = None, time.time() + duration
with open(out, "w") as f:
    while time.time() < end:
        try:
            commit = json.load(urllib.request.urlopen(url, timeout=5)).get("lastCommitTime")
        except Exception:
            commit = None
        if commit and commit != seen:
            if seen is not None:
                at = datetime.fromisoformat(commit.replace("Z", "+00:00"))
                f.write(f"{(datetime.now(timezone.utc) - at).total_seconds() * 1000:.0f}\n"); f.flush()
            seen = commit
        time.sleep(0.2)
PY

cat >"$WORK/path.lua" <<'LUA'
local queries = {"%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83", "%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C", "%E9%80%9A%E7%9F%A5", "%E6%B5%B8%E6%B3%A1"}
local n = 0
request = function() n = n + 1; return wrk.format("GET", "/api/search?q=" .. queries[(n % #queries) + 1] .. "&page=" .. ((n % 5) + 1)) end
-- Fixed rate: each connection waits 100 ms between requests (10 requests/s per connection).
delay = function() return 100 end
status5xx = 0
response = function(status) if status >= 500 then status5xx = status5xx + 1 end end
done = function(summary, latency, requests)
  io.write(string.format("requests %d\nnon2xx_or_3xx %d\np50_ms %.1f\np99_ms %.1f\nmax_ms %.1f\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
# wrk has no fixed-rate mode; one connection per 10 req/s with a 100 ms delay keeps the rate near RATE.
wrk -t1 -c"$(( (RATE + 9) / 10 ))" -d"${DURATION}s" --latency -s "$WORK/path.lua" "http://127.0.0.1:$PORT" | tee "$OUT"
echo "5xx in serve log: $(grep -c '" 5[0-9][0-9] \| StatusCode.: 5' "$WORK/serve.log" || true)" | tee -a "$OUT"
echo "RSS KB first/max/last: $(head -1 "$WORK/rss.txt" | cut -d' ' -f2) / $(cut -d' ' -f2 "$WORK/rss.txt" | sort -n | tail -1) / $(tail -1 "$WORK/rss.txt" | cut -d' ' -f2)" | tee -a "$OUT"
echo "commit-to-searchable ms (samples, max): $(wc -l <"$WORK/visible-ms.txt" 2>/dev/null || echo 0), $(sort -n "$WORK/visible-ms.txt" 2>/dev/null | tail -1)" | tee -a "$OUT"
echo "Report: $OUT"
