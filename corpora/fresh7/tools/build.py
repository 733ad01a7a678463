# -*- coding: utf-8 -*-
"""Writes test/lines.jsonl and test/calls.jsonl from the hand-written data files.

python3 tools/build.py   (run from corpora/fresh7/)
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lines_data import STYLES  # noqa: E402
from calls_data import CALLS  # noqa: E402

ROOT = os.path.dirname(HERE)
CATS = ["threat", "overstatement", "impersonation", "insult", "rude", "harassment", "disclosure",
        "privacy", "false-promise", "improper-payment", "coerced-borrowing", "indifference", "absolute"]
CALL_CATS = ["politeness", "missing-identity", "missing-amount-or-date", "missing-closing",
             "disclosure-before-verification", "agent-hangup", "escalation-after-hostility",
             "dispute-dismissed", "first-contact-pressure", "call-time", "call-frequency"]


def build_lines():
    rows = []
    for style, items in STYLES:
        for text, labels, reason in items:
            for lab in labels:
                assert lab in CATS, (lab, text)
            rows.append({"text": text, "labels": labels, "note": f"[{style}] {reason}"})
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate line"
    random.Random(7070707).shuffle(rows)
    return rows


def build_calls():
    out = []
    for c in CALLS:
        t = 0.0
        turns = []
        for speaker, text, labels in c["turns"]:
            start = round(t + 0.4, 1)
            if text.startswith("["):
                dur = 0.3
            else:
                dur = max(0.8, len(text) / 4.6)
            end = round(start + dur, 1)
            turn = {"speaker": speaker, "text": text, "start": start, "end": end}
            if speaker == "agent":
                for lab in labels:
                    assert lab in CATS, (lab, text)
                turn["labels"] = labels
            else:
                assert labels is None
            turns.append(turn)
            t = end
        for lab in c["labels"]:
            assert lab in CALL_CATS, lab
        out.append({"id": c["id"], "meta": c["meta"], "turns": turns, "labels": c["labels"], "note": c["note"]})
    return out


def main():
    lines = build_lines()
    calls = build_calls()
    os.makedirs(os.path.join(ROOT, "test"), exist_ok=True)
    with open(os.path.join(ROOT, "test", "lines.jsonl"), "w", encoding="utf-8") as f:
        for r in lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "test", "calls.jsonl"), "w", encoding="utf-8") as f:
        for r in calls:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # summary
    styles = Counter(r["note"].split("]")[0][1:] for r in lines)
    viol = sum(1 for r in lines if r["labels"])
    cat = Counter(l for r in lines for l in r["labels"])
    by_style = Counter((r["note"].split("]")[0][1:], bool(r["labels"])) for r in lines)
    print("lines", len(lines), "violating", viol, f"({viol / len(lines):.1%})", "clean", len(lines) - viol)
    print("styles", dict(styles))
    print("by style (viol/clean)", {s: (by_style[(s, True)], by_style[(s, False)]) for s in styles})
    for c in CATS:
        print(f"  {c:18s} {cat[c]}")
    multi = sum(1 for r in lines if len(r["labels"]) > 1)
    print("multi-label lines", multi)
    ccat = Counter(l for c in calls for l in c["labels"])
    tcat = Counter(l for c in calls for t in c["turns"] if t["speaker"] == "agent" for l in t["labels"])
    print("calls", len(calls), "clean calls", sum(1 for c in calls if not c["labels"] and not any(t.get("labels") for t in c["turns"])))
    print("call labels", dict(ccat))
    print("agent-turn labels", dict(tcat))


if __name__ == "__main__":
    main()
