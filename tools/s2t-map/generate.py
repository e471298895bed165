#!/usr/bin/env python3
"""Writes src/PolicySearch.Api/wwwroot/s2t.txt: the page's display-only Simplified -> Traditional map.

It inverts src/PolicySearch.Engine/Analysis/TraditionalToSimplified.tsv. Where several traditional
characters fold to one simplified character the first one in Big5 is taken, unless PREFERRED names
another; simplified characters that are themselves in everyday traditional use (面, 表, 范 ...) are
left as they are. The output is one line of pairs: simplified, traditional, simplified, traditional ...
Usage: python3 tools/s2t-map/generate.py   (from the repository root)
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src/PolicySearch.Engine/Analysis/TraditionalToSimplified.tsv"
TARGET = ROOT / "src/PolicySearch.Api/wwwroot/s2t.txt"
PREFERRED = {"构": "構", "干": "幹", "台": "臺", "斗": "鬥", "冲": "衝", "历": "歷", "钟": "鐘", "复": "復", "里": "裡", "云": "雲"}
KEPT = set("系面表谷松丑出只余范征准制布占")



def in_big5(char):
    """Characters of Big5, the traditional character set; leaves out Japanese forms such as 関 for 关."""
    try:
        char.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


candidates = {}
for line in SOURCE.read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    traditional, simplified = line.split("\t")
    if simplified not in KEPT:
        candidates.setdefault(simplified, []).append(traditional)

pairs = {}
for simplified, traditionals in candidates.items():
    ranked = [t for t in traditionals if in_big5(t)] or traditionals
    pairs[simplified] = PREFERRED.get(simplified, ranked[0])

TARGET.write_text("".join(s + t for s, t in sorted(pairs.items())) + "\n", encoding="utf-8")
print(f"{len(pairs)} pairs written to {TARGET.relative_to(ROOT)}")
