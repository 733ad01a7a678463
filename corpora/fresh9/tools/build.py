"""Builds dev/lines.jsonl and dev/calls.jsonl for corpora/fresh9 from the hand-written lists."""
import json, random, os
from lines_bad import BAD
from lines_good import GOOD
from calls import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
os.makedirs(DEV, exist_ok=True)

items = [{"text": t, "labels": ls, "note": n} for t, ls, n in BAD]
items += [{"text": t, "labels": [], "note": "clean: " + n} for t, n in GOOD]
random.Random(9).shuffle(items)
with open(os.path.join(DEV, "lines.jsonl"), "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")

with open(os.path.join(DEV, "calls.jsonl"), "w", encoding="utf-8") as f:
    for c in CALLS:
        t = 0.0
        turns = []
        for tr in c["turns"]:
            spk, text = tr[0], tr[1]
            dur = round(0.8 + 0.21 * len(text.replace(" ", "")), 1)
            turn = {"speaker": spk, "text": text, "start": round(t, 1), "end": round(t + dur, 1)}
            if spk == "agent":
                turn["labels"] = tr[2]
            turns.append(turn)
            t += dur + 0.4
        rec = {"id": c["id"], "meta": c["meta"], "turns": turns, "labels": c["labels"], "note": c["note"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(items), "lines;", len(CALLS), "calls")
