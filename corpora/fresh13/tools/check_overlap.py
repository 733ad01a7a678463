# -*- coding: utf-8 -*-
"""Anti-copy check for corpora/fresh13.

Normalises text (NFKC, lower case, punctuation / symbols / whitespace / control characters
removed) and flags any line text, line note, call turn or call note of fresh13 that shares an 8-character n-gram
containing a CJK character with any line of shared/DOMAIN.md, shared/SPEC.md or
corpora/realistic/README.md. Exit 1 if there is a hit. Standard library only.
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)                    # corpora/fresh13
REPO = os.path.dirname(os.path.dirname(ROOT))   # repository root
N = 8


def find_shared():
    for cand in ("/work/shared", os.path.join(REPO, "..", "shared"), os.path.join(REPO, "shared")):
        if os.path.isfile(os.path.join(cand, "SPEC.md")):
            return os.path.abspath(cand)
    sys.exit("shared/ not found")


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in t if unicodedata.category(ch)[0] not in "PSZC")


def is_cjk(ch):
    o = ord(ch)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F


def grams(t):
    return {t[i:i + N] for i in range(len(t) - N + 1) if any(is_cjk(c) for c in t[i:i + N])}


def main():
    shared = find_shared()
    refs = [os.path.join(shared, "DOMAIN.md"), os.path.join(shared, "SPEC.md"),
            os.path.join(REPO, "corpora", "realistic", "README.md")]
    ref = {}
    for path in refs:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                for g in grams(norm(line)):
                    ref.setdefault(g, "%s:%d" % (os.path.basename(path), n))
    items = []
    with open(os.path.join(ROOT, "dev", "lines.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rec = json.loads(line)
            items.append(("lines.jsonl:%d" % n, rec["text"]))
            items.append(("lines.jsonl:%d note" % n, rec["note"]))
    with open(os.path.join(ROOT, "dev", "calls.jsonl"), encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            for i, t in enumerate(c["turns"]):
                items.append(("%s turn %d" % (c["id"], i), t["text"]))
            items.append(("%s note" % c["id"], c["note"]))
    hits = 0
    for where, text in items:
        shared_grams = sorted(g for g in grams(norm(text)) if g in ref)
        if shared_grams:
            hits += 1
            print("HIT %s: %s\n    %s" % (where, text, ", ".join(
                "%s (%s)" % (g, ref[g]) for g in shared_grams[:5])))
    print("checked %d items against %d reference n-grams: %d hit(s)" % (len(items), len(ref), hits))
    sys.exit(1 if hits else 0)


if __name__ == "__main__":
    main()
