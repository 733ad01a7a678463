# -*- coding: utf-8 -*-
"""Flags any written line or call turn that shares >= N consecutive characters (punctuation and
whitespace ignored) with shared/DOMAIN.md, shared/SPEC.md, corpora/realistic/README.md, or the
first two lines of corpora/realistic/dev/calls.jsonl (the only corpus data read).

python3 tools/check_overlap.py [N]     (default N = 10)
"""
import json
import os
import sys
import unicodedata

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REFS = ["/work/shared/DOMAIN.md", "/work/shared/SPEC.md", "/work/main/corpora/realistic/README.md"]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if not (unicodedata.category(ch)[0] in "PZSC"))


def grams(s):
    return {s[i:i + N] for i in range(len(s) - N + 1)}


ref = set()
for p in REFS:
    with open(p, encoding="utf-8") as f:
        ref |= grams(norm(f.read()))
with open("/work/main/corpora/realistic/dev/calls.jsonl", encoding="utf-8") as f:
    for _ in range(2):
        call = json.loads(f.readline())
        for t in call["turns"]:
            ref |= grams(norm(t["text"]))

texts = []
with open(os.path.join(ROOT, "test", "lines.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        texts.append((f"lines:{i}", json.loads(line)["text"]))
with open(os.path.join(ROOT, "test", "calls.jsonl"), encoding="utf-8") as f:
    for line in f:
        c = json.loads(line)
        for j, t in enumerate(c["turns"]):
            texts.append((f"{c['id']}:{j}", t["text"]))

hits = 0
for where, t in texts:
    g = grams(norm(t)) & ref
    if g:
        hits += 1
        print(where, t, "->", sorted(g)[:3])
print(f"checked {len(texts)} texts against {len(ref)} reference {N}-grams: {hits} hit(s)")
