# -*- coding: utf-8 -*-
"""Anti-copy check for corpora/fresh10.

Normalises text (NFKC, casefold, drop punctuation, symbols, whitespace and control
characters) and flags every utterance, call turn or note of corpora/fresh10/dev
that shares 8 or more consecutive characters -- an 8-gram containing at least one
CJK character -- with any single line of the reference files:
shared/DOMAIN.md, shared/SPEC.md and corpora/realistic/README.md.

Usage:  python3 corpora/fresh10/tools/check_overlap.py
Exit status 0 when there are no hits, 1 otherwise. Standard library only.
"""
import json
import os
import sys
import unicodedata

N = 8
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
MAIN = os.path.dirname(os.path.dirname(CORPUS))


def find_shared():
    for cand in (os.path.join(os.path.dirname(MAIN), "shared"), "/work/shared",
                 os.path.join(MAIN, "..", "shared")):
        if os.path.isfile(os.path.join(cand, "SPEC.md")):
            return os.path.abspath(cand)
    sys.exit("check_overlap.py: cannot find the shared/ folder")


def norm(text):
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PSZC")


def is_cjk(ch):
    cp = ord(ch)
    return (0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x2FA1F)


def grams(text):
    t = norm(text)
    out = set()
    for i in range(len(t) - N + 1):
        g = t[i:i + N]
        if any(is_cjk(c) for c in g):
            out.add(g)
    return out


def reference_grams():
    shared = find_shared()
    files = [os.path.join(shared, "DOMAIN.md"), os.path.join(shared, "SPEC.md"),
             os.path.join(MAIN, "corpora", "realistic", "README.md")]
    ref = {}
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                for g in grams(line):
                    ref.setdefault(g, "%s:%d" % (os.path.relpath(path, os.path.dirname(MAIN)), n))
    return ref


def items():
    dev = os.path.join(CORPUS, "dev")
    with open(os.path.join(dev, "lines.jsonl"), encoding="utf-8") as fh:
        for i, raw in enumerate(fh, 1):
            row = json.loads(raw)
            yield "lines.jsonl:%d text" % i, row["text"]
            yield "lines.jsonl:%d note" % i, row["note"]
    with open(os.path.join(dev, "calls.jsonl"), encoding="utf-8") as fh:
        for i, raw in enumerate(fh, 1):
            call = json.loads(raw)
            for k, turn in enumerate(call["turns"]):
                yield "calls.jsonl:%d %s turn %d" % (i, call["id"], k), turn["text"]
            yield "calls.jsonl:%d %s note" % (i, call["id"]), call["note"]


def main():
    ref = reference_grams()
    hits = 0
    checked = 0
    for where, text in items():
        checked += 1
        shared = sorted(g for g in grams(text) if g in ref)
        if shared:
            hits += 1
            print("HIT %s: %s" % (where, text))
            for g in shared[:5]:
                print("    %s  (%s)" % (g, ref[g]))
    print("checked %d texts; %d with an 8-gram shared with the reference files" % (checked, hits))
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
