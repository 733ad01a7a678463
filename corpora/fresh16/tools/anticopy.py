"""Anti-copy check: no 8-character CJK n-gram shared with the reference texts."""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
# ROOT = /work/main
REFERENCES = [
    "/work/shared/SPEC.md",
    "/work/shared/DOMAIN.md",
    os.path.join(ROOT, "corpora", "realistic", "README.md"),
]
N = 8
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def runs(text):
    return CJK.findall(text)


def grams_of(text, joined=False):
    parts = ["".join(runs(text))] if joined else runs(text)
    out = set()
    for r in parts:
        for i in range(len(r) - N + 1):
            out.add(r[i:i + N])
    return out


# the only other material seen: the first two calls of corpora/realistic/dev/calls.jsonl
CALL_SAMPLE = os.path.join(ROOT, "corpora", "realistic", "dev", "calls.jsonl")


def reference_lines():
    for path in REFERENCES:
        with open(path, encoding="utf-8") as fh:
            yield from fh
    with open(CALL_SAMPLE, encoding="utf-8") as fh:
        for _ in range(2):  # first two lines only
            call = json.loads(fh.readline())
            for turn in call["turns"]:
                yield turn["text"]


def reference_grams():
    ref_runs, ref_joined = set(), set()
    for line in reference_lines():
        ref_runs |= grams_of(line)
        ref_joined |= grams_of(line, joined=True)
    return ref_runs, ref_joined


def check(texts):
    """texts: iterable of (where, text). Returns (hits_runs, hits_joined)."""
    ref_runs, ref_joined = reference_grams()
    hits_runs, hits_joined = [], []
    for where, text in texts:
        a = grams_of(text) & ref_runs
        b = grams_of(text, joined=True) & ref_joined
        if a:
            hits_runs.append((where, sorted(a)))
        if b:
            hits_joined.append((where, sorted(b)))
    return hits_runs, hits_joined
