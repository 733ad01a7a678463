"""Flags any text here sharing 8+ consecutive identical characters (punctuation/spaces ignored)
with shared/DOMAIN.md, shared/SPEC.md or any line of corpora/labelled/*.jsonl."""
import glob, json, os, re, sys, unicodedata
N = 8
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")
refs = set()
def add(s, src):
    s = norm(s)
    for i in range(len(s) - N + 1):
        refs.add(s[i:i+N])
for p in ["/work/shared/DOMAIN.md", "/work/shared/SPEC.md"]:
    for line in open(p, encoding="utf-8"):
        add(line, p)
for p in glob.glob("/work/main/corpora/labelled/*.jsonl"):
    for line in open(p, encoding="utf-8"):
        add(line, p)
        try: add(json.loads(line)["text"], p)
        except Exception: pass
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
mine = []
for line in open(os.path.join(here, "dev/lines.jsonl"), encoding="utf-8"):
    d = json.loads(line); mine += [("line", d["text"]), ("note", d["note"])]
for line in open(os.path.join(here, "dev/calls.jsonl"), encoding="utf-8"):
    d = json.loads(line); mine.append(("callnote", d["note"]))
    mine += [("turn", t["text"]) for t in d["turns"]]
CJK = re.compile(r"[\u3400-\u9fff]")
def words(s):
    return re.findall(r"[a-z]+", unicodedata.normalize("NFKC", s).lower())
W = 5  # English: 5+ consecutive identical words
wrefs = set()
for p in ["/work/shared/DOMAIN.md", "/work/shared/SPEC.md"] + glob.glob("/work/main/corpora/labelled/*.jsonl"):
    for line in open(p, encoding="utf-8"):
        w = words(line)
        wrefs.update(tuple(w[i:i+W]) for i in range(len(w) - W + 1))
hits = 0
for kind, s in mine:
    n = norm(s)
    # character check: every 8-gram that contains a CJK character (English words are checked by words)
    h = sorted({n[i:i+N] for i in range(len(n) - N + 1) if n[i:i+N] in refs and CJK.search(n[i:i+N])})
    w = words(s)
    h += [" ".join(w[i:i+W]) for i in range(len(w) - W + 1) if tuple(w[i:i+W]) in wrefs]
    if h:
        hits += 1; print(kind, s, "->", h)
print("hits:", hits, "of", len(mine))
sys.exit(1 if hits else 0)
