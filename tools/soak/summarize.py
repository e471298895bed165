#!/usr/bin/env python3
"""Soak summary: reads the files run.sh and site_and_probe.py wrote in WORK and prints every figure.

Usage: summarize.py WORK DURATION_SECONDS WARMUP_SECONDS
"""
import os, re, statistics, sys

work, duration, warmup = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values) + 0.5) - 1))] if values else float("nan")


wrk = dict(line.split(None, 1) for line in open(os.path.join(work, "wrk-summary.txt")) if line.strip())
requests, seconds = int(wrk["requests"]), float(wrk["duration_s"])
print(f"wrk: {requests} requests in {seconds:.0f} s = {requests / seconds:.1f} requests/s effective")
print(f"wrk: non-2xx/3xx {wrk['non2xx'].strip()}, 5xx {wrk['status5xx'].strip()}, socket errors {wrk['socket_errors'].strip()}")
print(f"wrk latency p50 / p90 / p99 / max ms: {wrk['p50_ms'].strip()} / {wrk['p90_ms'].strip()} / {wrk['p99_ms'].strip()} / {wrk['max_ms'].strip()}")

serve_log = open(os.path.join(work, "serve.log"), encoding="utf-8", errors="replace").read()
errors_5xx = re.findall(r'StatusCode.: 5[0-9][0-9]|" 5[0-9][0-9] ', serve_log)
print(f"5xx lines in the serve log: {len(errors_5xx)}")

samples = [line.split() for line in open(os.path.join(work, "samples.txt"))]
start = float(samples[0][0])
rows = [(float(t) - start, int(rss), float(load), int(heap) if heap != "-" else None) for t, rss, load, heap in samples]
def window(a, b): return [r for r in rows if a <= r[0] < b]
first, last = window(warmup, warmup + 60), window(duration - 60, duration)  # the sampler starts just before wrk
after = [r for r in rows if warmup <= r[0] < duration]
mb = lambda kb: kb / 1024
print(f"RSS MB (every 5 s): warm-up max {mb(max(r[1] for r in window(0, warmup))):.0f}; first minute after warm-up mean {mb(statistics.mean(r[1] for r in first)):.0f} "
      f"(min {mb(min(r[1] for r in first)):.0f}, max {mb(max(r[1] for r in first)):.0f}); last minute mean {mb(statistics.mean(r[1] for r in last)):.0f} "
      f"(min {mb(min(r[1] for r in last)):.0f}, max {mb(max(r[1] for r in last)):.0f}); max after warm-up {mb(max(r[1] for r in after)):.0f}")
heaps = [r[3] for r in after if r[3] is not None]
if heaps:
    print(f"GC heap MB after warm-up: first {heaps[0] / 2**20:.0f}, max {max(heaps) / 2**20:.0f}, last {heaps[-1] / 2**20:.0f}")
loads = [r[2] for r in rows]
print(f"load average (1 min, every 5 s): min {min(loads):.1f}, mean {statistics.mean(loads):.1f}, max {max(loads):.1f}")

visible = [line.rstrip("\n").split("\t") for line in open(os.path.join(work, "visible.tsv"))][1:]
delays = [float(v[5]) for v in visible]
commits = sorted({v[1] for v in visible})
health = [float(v[6]) for v in visible if v[6]]
print(f"commit -> searchable: {len(delays)} documents in {len(commits)} commits; median {pct(delays, 50):.0f} ms, p90 {pct(delays, 90):.0f}, "
      f"p99 {pct(delays, 99):.0f}, max {max(delays):.0f}; over 1000 ms: {sum(d > 1000 for d in delays)}")
if health:
    print(f"found - /health lastCommitTime (commit data, set just before the commit starts): median {pct(health, 50):.0f} ms, p99 {pct(health, 99):.0f}, max {max(health):.0f}")
exact = [float(v[5]) for v in visible if len(v) > 7 and v[7] == v[1]]
if exact:
    # /health served the very commit the probe attributed the document to: the attribution is exact.
    print(f"  of which attributed exactly (/health generation = the commit's): {len(exact)}; median {pct(exact, 50):.0f} ms, p90 {pct(exact, 90):.0f}, "
          f"p99 {pct(exact, 99):.0f}, max {max(exact):.0f}; the other {len(delays) - len(exact)} are upper bounds (/health already served a later commit, which may be the one that held the document)")
crawls = open(os.path.join(work, "crawls.txt")).read().split()
print(f"crawl runs: {len(crawls)} (exit codes: {', '.join(f'{c}×{crawls.count(c)}' for c in sorted(set(crawls)))})")
if len(commits) > 1:
    times = sorted({float(v[3]) for v in visible})
    gaps = [b - a for a, b in zip(times, times[1:])]
    print(f"gap between commits with new documents: median {statistics.median(gaps):.1f} s, max {max(gaps):.1f} s")
