"""Report any fresh4 text sharing >= 8 consecutive characters with corpora/labelled/*.jsonl or shared/DOMAIN.md."""
import json, glob, sys
N = 8
ROOT = "/work/main"
ref = []
for f in sorted(glob.glob(ROOT + "/corpora/labelled/*.jsonl")):
    for ln in open(f, encoding="utf-8"):
        if ln.strip():
            ref.append(json.loads(ln)["text"])
ref += open("/work/shared/DOMAIN.md", encoding="utf-8").read().split("\n")
grams = {}
for r in ref:
    for i in range(len(r) - N + 1):
        grams.setdefault(r[i:i + N], r)
def texts():
    for ln in open(ROOT + "/corpora/fresh4/dev/lines.jsonl", encoding="utf-8"):
        yield json.loads(ln)["text"]
    for ln in open(ROOT + "/corpora/fresh4/dev/calls.jsonl", encoding="utf-8"):
        for t in json.loads(ln)["turns"]:
            yield t["text"]
hits = 0
for t in texts():
    for i in range(len(t) - N + 1):
        g = t[i:i + N]
        if g in grams:
            hits += 1
            print("HIT", repr(g), "|", t, "|", grams[g][:80])
            break
print("hits:", hits)
sys.exit(1 if hits else 0)
