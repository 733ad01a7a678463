"""Build corpora/fresh4/dev/lines.jsonl from lines_src.txt and dev/calls.jsonl from calls_src.py."""
import json, os, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = dict(T="threat", O="overstatement", I="impersonation", N="insult", R="rude", H="harassment",
             D="disclosure", P="privacy", F="false-promise", M="improper-payment", C="coerced-borrowing",
             X="indifference", A="absolute")
rows = []
for ln in open(os.path.join(HERE, "lines_src.txt"), encoding="utf-8"):
    ln = ln.rstrip("\n")
    if not ln.strip() or ln.startswith("#"):
        continue
    text, codes, note = [p.strip() for p in ln.split(" ## ")]
    rows.append({"text": text, "labels": [CODES[c.strip()] for c in codes.split(",") if c.strip()], "note": note})
os.makedirs(os.path.join(HERE, "dev"), exist_ok=True)
with open(os.path.join(HERE, "dev", "lines.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
calls = runpy.run_path(os.path.join(HERE, "calls_src.py"))["CALLS"]
with open(os.path.join(HERE, "dev", "calls.jsonl"), "w", encoding="utf-8") as f:
    for c in calls:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(rows), "lines,", len(calls), "calls")
import collections
lc = collections.Counter(l for r in rows for l in r["labels"])
print("violating", sum(1 for r in rows if r["labels"]), "clean", sum(1 for r in rows if not r["labels"]))
print("line labels:", dict(sorted(lc.items(), key=lambda x: -x[1])))
print("multi-label lines:", sum(1 for r in rows if len(r["labels"]) > 1))
print("call labels:", dict(collections.Counter(l for c in calls for l in c["labels"])))
print("agent-turn labels:", dict(collections.Counter(l for c in calls for t in c["turns"] for l in t.get("labels", []))))
print("clean calls:", sum(1 for c in calls if not c["labels"] and not any(t.get("labels") for t in c["turns"])))
