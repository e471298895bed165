#!/usr/bin/env python3
"""Build samples/archive.jsonl.gz: a small, deterministic slice of the test corpus.

Records are copied byte for byte (the original JSON line); only the choice of records is ours.
Choices are made by sorting on id and ranking by a salted SHA-256 of the id, so the same corpus
always gives the same archive. Run from anywhere:

    python3 tools/sample-archive/build_sample.py CORPUS_DIR

CORPUS_DIR is the folder of the corpus's JSON Lines files (laws.jsonl.gz and the others named below).
"""

import collections
import gzip
import hashlib
import io
import json
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
OUTPUT = REPO_ROOT / "samples" / "archive.jsonl.gz"
SALT = "policysearch-sample-v1"
MAX_PACKED_BYTES = 8 * 1024 * 1024

# Quotas per category of laws.jsonl.gz; the multi-version groups and the odd 文号 come on top.
LAW_QUOTAS = {"法律": 90, "行政法规": 85, "司法解释": 55, "部门规章": 12, "宪法": 6, "案例": 8, "其他": 1}
# Laws that must be in the sample with every version the corpus holds (title as in the corpus).
VERSIONED_TITLES = [
    "中华人民共和国行政复议法",
    "中华人民共和国公司法",
    "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释",
]
VERSIONED_GROUPS = 9  # total groups of versions, the named ones included
SAME_DATE_VERSIONS = ["农药管理条例"]  # versions that share one published_date (see README)
LOCAL_PER_REGION = 21
REPORTS_WORK = 26
REPORTS_RESOLUTIONS = 5
TW_VALID = 72
TW_REPEALED = 26
TW_CONSTITUTION = 2
PLAIN_ORDER_NUMBER = re.compile(r"^[\u4e00-\u9fff]+令第[0-9]+号$")
MIN_BODY = 400  # characters; shorter bodies are taken only when a quota cannot be met otherwise


class Record:
    def __init__(self, line, file_name):
        self.line = line
        self.file = file_name
        self.data = json.loads(line)
        self.id = self.data["id"]
        self.rank = hashlib.sha256(f"{SALT}:{self.id}".encode("utf-8")).hexdigest()

    def get(self, key):
        return self.data.get(key)

    def extra(self, key):
        return (self.data.get("extra") or {}).get(key)

    @property
    def body_length(self):
        return len(self.data.get("body") or "")


def load(corpus, name):
    path = corpus / f"{name}.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8", newline="\n") as stream:
        records = [Record(line.rstrip("\n"), name) for line in stream if line.strip()]
    return sorted(records, key=lambda r: r.id)


def pick(records, count, exclude=()):
    """Take `count` records by hash rank, preferring bodies of at least MIN_BODY characters."""
    taken = {r.id for r in exclude}
    pool = [r for r in records if r.id not in taken]
    ranked = sorted(pool, key=lambda r: (r.body_length < MIN_BODY, r.rank))
    return ranked[:count]


def select_laws(laws):
    chosen = {}

    def add(records):
        for r in records:
            chosen.setdefault(r.id, r)

    by_title = collections.defaultdict(list)
    for r in laws:
        by_title[r.get("title")].append(r)

    versioned = {t: rs for t, rs in by_title.items() if len({r.get("published_date") for r in rs}) > 1}
    missing = [t for t in VERSIONED_TITLES if t not in versioned]
    if missing:
        raise SystemExit(f"versioned laws not found in corpus: {missing}")
    others = sorted((t for t in versioned if t not in VERSIONED_TITLES),
                    key=lambda t: hashlib.sha256(f"{SALT}:{t}".encode("utf-8")).hexdigest())
    for title in VERSIONED_TITLES + others[: VERSIONED_GROUPS - len(VERSIONED_TITLES)]:
        add(versioned[title])
    for title in SAME_DATE_VERSIONS:
        add(by_title.get(title, []))

    # Every 文号 that is not a plain order number (…令第N号 in digits): bracket styles differ ([] ［］ 〔〕),
    # and some order numbers are in Chinese numerals (主席令第七十三号).
    add(r for r in laws if r.get("doc_number") and not PLAIN_ORDER_NUMBER.match(r.get("doc_number")))

    # The same regulation also appears in policies.jsonl.gz (gov.cn page).
    add(r for r in laws if r.get("title") == "专利代理条例")

    for category, quota in LAW_QUOTAS.items():
        in_category = [r for r in laws if r.get("category") == category]
        have = [r for r in chosen.values() if r.get("category") == category]
        add(pick(in_category, max(quota - len(have), 0), exclude=have))

    # Make sure every validity value of the file shows up a few times.
    for validity in ("已修改", "已废止", None):
        have = [r for r in chosen.values() if r.get("validity") == validity]
        add(pick([r for r in laws if r.get("validity") == validity], max(6 - len(have), 0), exclude=have))
    return list(chosen.values())


def select_local(local):
    chosen = {}
    by_region = collections.defaultdict(list)
    for r in local:
        by_region[r.extra("region")].append(r)
    for region in sorted(by_region):
        for r in pick(by_region[region], LOCAL_PER_REGION):
            chosen[r.id] = r
    for validity in ("已废止", "已修改", None):
        have = [r for r in chosen.values() if r.get("validity") == validity]
        for r in pick([r for r in local if r.get("validity") == validity], max(4 - len(have), 0), exclude=have):
            chosen[r.id] = r
    return list(chosen.values())


def select_reports(reports):
    work = [r for r in reports if r.get("category") == "政府工作报告"]
    resolutions = [r for r in reports if r.get("category") == "人大决议"]
    # Spread over decades: a share of each decade in proportion to its size, at least one.
    by_decade = collections.defaultdict(list)
    for r in work:
        by_decade[(r.extra("year") or 0) // 10 * 10].append(r)
    chosen = []
    for decade in sorted(by_decade):
        share = max(1, round(REPORTS_WORK * len(by_decade[decade]) / len(work)))
        chosen += sorted(by_decade[decade], key=lambda r: r.rank)[:share]
    dated = [r for r in resolutions if r.get("written_date")]
    chosen += sorted(dated, key=lambda r: r.rank)[:2]
    chosen += pick(resolutions, REPORTS_RESOLUTIONS - 2, exclude=dated)
    return chosen


def select_tw(tw):
    constitution = [r for r in tw if r.get("category") == "憲法"]
    rest = [r for r in tw if r.get("category") != "憲法"]
    chosen = sorted(constitution, key=lambda r: (r.get("validity") != "已廢止", r.rank))[:TW_CONSTITUTION]
    chosen += pick([r for r in rest if r.get("validity") == "已廢止"], TW_REPEALED)
    chosen += pick([r for r in rest if r.get("validity") == "有效"], TW_VALID)
    return chosen


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    corpus = Path(argv[1]).resolve()
    if not corpus.is_dir():
        raise SystemExit(f"corpus folder not found: {corpus}")

    selections = [
        ("policies", load(corpus, "policies")),
        ("reports", select_reports(load(corpus, "reports"))),
        ("laws", select_laws(load(corpus, "laws"))),
        ("local_regulations", select_local(load(corpus, "local_regulations"))),
        ("tw_laws", select_tw(load(corpus, "tw_laws"))),
    ]

    # mtime=0 and no file name in the header keep the archive byte-identical between runs.
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as stream:
        for _, records in selections:
            for r in sorted(records, key=lambda r: r.id):
                stream.write(r.line.encode("utf-8") + b"\n")
    packed = buffer.getvalue()
    if len(packed) > MAX_PACKED_BYTES:
        raise SystemExit(f"sample is {len(packed)} bytes packed, over the {MAX_PACKED_BYTES} limit")
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(packed)

    total = sum(len(records) for _, records in selections)
    print(f"wrote {OUTPUT.relative_to(REPO_ROOT)}: {total} documents, {len(packed):,} bytes packed")
    for name, records in selections:
        categories = collections.Counter(r.get("category") for r in records)
        summary = ", ".join(f"{c} {n}" for c, n in sorted(categories.items(), key=lambda kv: -kv[1]))
        print(f"  {name}.jsonl.gz: {len(records)} ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
