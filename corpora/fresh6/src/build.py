"""Build dev/lines.jsonl from src/part*.txt and run sanity checks."""
import json, re, sys, glob, collections, os
from difflib import SequenceMatcher
HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"threat","overstatement","impersonation","insult","rude","harassment","disclosure",
        "privacy","false-promise","improper-payment","coerced-borrowing","indifference","absolute"}
ORDER = ["newuser","angry","veteran","legalese","dialect","typed","thirdparty","service"]
items = []
voice = None
for p in sorted(glob.glob(os.path.join(HERE, "part*.txt"))):
    for ln in open(p, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip(): continue
        if ln.startswith("## "):
            voice = ln[3:].strip(); continue
        lab, text, note = [x.strip() for x in ln.split(" ;; ")]
        labels = [] if lab == "-" else lab.split(",")
        assert all(l in CATS for l in labels), ln
        items.append({"text": text, "labels": labels, "note": f"[{voice}] {note}"})
by = collections.defaultdict(list)
for it in items: by[it["note"][1:it["note"].index("]")]].append(it)
ok = True
for v in ORDER:
    n = len(by[v]); nv = sum(1 for i in by[v] if i["labels"])
    print(f"{v:11s} {n:3d} viol={nv} clean={n-nv}")
    if n != 55: ok = False
tot = len(items); viol = sum(1 for i in items if i["labels"])
print("total", tot, "viol", viol)
texts = [i["text"] for i in items]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
print("exact dups", dups)
# near-duplicate check
def norm(s): return re.sub(r"[\W_]+", "", s)
N = [norm(t) for t in texts]
near = []
for a in range(len(N)):
    for b in range(a+1, len(N)):
        r = SequenceMatcher(None, N[a], N[b]).ratio()
        if r >= float(os.environ.get("NEAR", "0.6")): near.append((round(r,2), texts[a], texts[b]))
print("near-duplicates (>=0.6):")
for x in sorted(near, reverse=True): print(" ", x)
# 8-char overlap with DOMAIN / SPEC
ref = "".join(norm(open(f, encoding="utf-8").read()) for f in ["/work/shared/DOMAIN.md", "/work/shared/SPEC.md"])
grams = set(ref[i:i+8] for i in range(len(ref)-7))
hits = []
for t, n in zip(texts, N):
    for i in range(len(n)-7):
        if n[i:i+8] in grams: hits.append((t, n[i:i+8])); break
print("8-gram hits:", len(hits))
for h in hits: print(" ", h)
cnt = collections.Counter(l for i in items for l in i["labels"])
print("labels:", dict(sorted(cnt.items(), key=lambda x: -x[1])))
if "--write" in sys.argv:
    out = os.path.join(HERE, "..", "dev", "lines.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for v in ORDER:
            for it in by[v]: f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("written", out)
