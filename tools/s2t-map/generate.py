#!/usr/bin/env python3
"""Writes src/PolicySearch.Api/wwwroot/s2t.txt: the page's display-only Simplified -> Traditional map.

It inverts src/PolicySearch.Engine/Analysis/TraditionalToSimplified.tsv. Where several traditional
characters fold to one simplified character the first in the file is taken, unless PREFERRED names
another; simplified characters that are themselves in everyday traditional use (面, 表, 范 ...) are
left as they are. The output is one line of pairs: simplified, traditional, simplified, traditional ...
Usage: python3 tools/s2t-map/generate.py   (from the repository root)
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src/PolicySearch.Engine/Analysis/TraditionalToSimplified.tsv"
TARGET = ROOT / "src/PolicySearch.Api/wwwroot/s2t.txt"
PREFERRED = {"干": "幹", "台": "臺", "斗": "鬥", "冲": "衝", "历": "歷", "钟": "鐘", "复": "復", "里": "裡", "云": "雲"}
KEPT = set("系面表谷松丑出只余范征准制")

pairs = {}
for line in SOURCE.read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    traditional, simplified = line.split("\t")
    if simplified not in KEPT:
        pairs.setdefault(simplified, PREFERRED.get(simplified, traditional))

TARGET.write_text("".join(s + t for s, t in sorted(pairs.items())) + "\n", encoding="utf-8")
print(f"{len(pairs)} pairs written to {TARGET.relative_to(ROOT)}")
