#!/usr/bin/env python3
"""Soak helper: a growing government-style site on 127.0.0.1 for `policysearch crawl`, and the commit-to-searchable probe.

Usage: site_and_probe.py SITE_PORT API_URL INDEX_DIR OUT_DIR DURATION_SECONDS [PAGE_EVERY_SECONDS=1]

- Site: /index.html lists the newest 10 pages; a new /content_N.htm appears every PAGE_EVERY_SECONDS, its title and
  body carrying a unique letters-only marker (one token for the analyzer). Every fetch of a content page is timed.
- Commits: the index folder is listed every 20 ms; the first time a segments_N is seen is that commit's time.
- Probe: once a commit appears after a page was fetched, /api/search?q=MARKER is polled every 20 ms until an answer
  200 has a hit whose title carries the marker (the answer echoes the query, so the body alone proves nothing). Delay = first such answer - the commit's time (the first commit seen after the fetch: if the
  page missed it, the delay is overstated, never understated). /health's lastCommitTime gives a second figure.
Writes OUT_DIR/visible.tsv: marker, generation, fetch, commit, found (epoch s), delay_ms, delay_from_health_ms,
health_generation (the generation /health reported just after).
"""
import json, os, sys, threading, time, urllib.parse, urllib.request
from datetime import datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

port, api, index_dir, out_dir, duration = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5])
page_every = float(sys.argv[6]) if len(sys.argv) > 6 else 1.0
site = os.path.join(out_dir, "site")
os.makedirs(site, exist_ok=True)
lock = threading.Lock()
fetched = {}    # page number -> first fetch time
commits = {}    # generation -> first time seen
end = time.time() + duration


def marker(n):
    letters = ""
    n += 26 ** 3  # at least four letters
    while n:
        n, r = divmod(n, 26)
        letters = chr(ord("a") + r) + letters
    return "soakmark" + letters


def write_page(n):
    m = marker(n)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于浸泡测试{m}的通知</title>
<meta name="PubDate" content="2026-11-25 10:00"></head><body>
<h1>关于浸泡测试{m}的通知</h1>
<table><tr><td>索引号：</td><td>SOAK-{n:06d}</td><td>发布机构：</td><td>浸泡测试办公室</td></tr>
<tr><td>发布日期：</td><td>2026-11-25</td><td>文号：</td><td>浸测〔2026〕{n}号</td></tr></table>
<div id="zoom"><p>各有关单位：为检验检索服务在持续写入下的稳定性，现发布第{n}号测试文件，标记{m}。</p>
<p>推进政务公开，优化营商环境，持续提升政务服务水平。</p></div></body></html>"""
    path = os.path.join(site, f"content_{n}.htm")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(html)
    os.replace(path + ".tmp", path)


def write_index(newest):
    links = "\n".join(f'<li><a href="content_{n}.htm">关于浸泡测试{marker(n)}的通知</a></li>' for n in range(newest, max(-1, newest - 10), -1))
    path = os.path.join(site, "index.html")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>浸泡测试 信息公开</title></head><body><ul>{links}</ul></body></html>')
    os.replace(path + ".tmp", path)


def generate():
    n = 0
    while time.time() < end:
        write_page(n)
        write_index(n)
        n += 1
        time.sleep(page_every)


class Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=site, **kwargs)

    def do_GET(self):
        name = os.path.basename(urllib.parse.urlparse(self.path).path)
        if name.startswith("content_") and name.endswith(".htm"):
            n = int(name[len("content_"):-len(".htm")])
            with lock:
                fetched.setdefault(n, time.time())
        super().do_GET()

    def log_message(self, *args):
        pass


def watch_commits():
    while time.time() < end + 30:
        now = time.time()
        try:
            names = os.listdir(index_dir)
        except OSError:
            names = []
        with lock:
            for name in names:
                if name.startswith("segments_"):
                    commits.setdefault(int(name[len("segments_"):], 36), now)
        time.sleep(0.02)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except OSError:
        return 0, ""


def probe():
    found = set()
    with open(os.path.join(out_dir, "visible.tsv"), "w") as out:
        out.write("marker\tgeneration\tfetch\tcommit\tfound\tdelay_ms\tdelay_from_health_ms\thealth_generation\n")
        while time.time() < end + 20:
            with lock:
                waiting = []
                for n, at in fetched.items():
                    if n in found:
                        continue
                    later = sorted((t, g) for g, t in commits.items() if t > at)
                    if later:
                        waiting.append((n, at, later[0]))
            for n, at, (commit_at, generation) in waiting:
                m = marker(n)
                status, body = get(f"{api}/api/search?q={m}")
                now = time.time()
                if status == 200 and any(m in hit.get("title", "") for hit in json.loads(body).get("hits", [])):
                    found.add(n)
                    health = json.loads(get(f"{api}/health")[1] or "{}")
                    committed = health.get("lastCommitTime")
                    from_health = ""
                    if committed:
                        from_health = f"{(now - datetime.fromisoformat(committed.replace('Z', '+00:00')).timestamp()) * 1000:.0f}"
                    out.write(f"{m}\t{generation}\t{at:.3f}\t{commit_at:.3f}\t{now:.3f}\t{(now - commit_at) * 1000:.0f}\t{from_health}\t{health.get('generation', '')}\n")
                    out.flush()
            time.sleep(0.02)


write_page(0)
write_index(0)
server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
threading.Thread(target=watch_commits, daemon=True).start()
threading.Thread(target=generate, daemon=True).start()
probe()
server.shutdown()
