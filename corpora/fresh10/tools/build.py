# -*- coding: utf-8 -*-
"""Build corpora/fresh10/dev/{lines,calls}.jsonl from the data files in this folder.

Usage:  python3 corpora/fresh10/tools/build.py [--stats]

Deterministic: the line order is a shuffle with a fixed seed, and call timestamps
are computed from text length. Validates labels, styles and duplicates, and
prints label and style counts. Uses only the standard library.
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lines_violating import V  # noqa: E402
from lines_clean import C  # noqa: E402
from calls_data import CALLS  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "dev")
SEED = 20260315

UTTERANCE_LABELS = [
    "threat", "overstatement", "impersonation", "insult", "rude", "harassment",
    "disclosure", "privacy", "false-promise", "improper-payment",
    "coerced-borrowing", "indifference", "absolute",
]
CALL_LABELS = [
    "politeness", "missing-identity", "missing-amount-or-date", "missing-closing",
    "disclosure-before-verification", "agent-hangup", "escalation-after-hostility",
    "dispute-dismissed", "first-contact-pressure", "call-time", "call-frequency",
]
STYLES = ["m1bank", "agency", "app", "asr", "dialect", "trainer", "plain"]
SPEAKERS = {"agent", "debtor", "contact"}


def fail(msg):
    sys.exit("build.py: " + msg)


def build_lines():
    items = []
    for style, labels, text, reason in V:
        labs = labels.split()
        if not labs:
            fail("violating entry without labels: " + text)
        items.append((style, text, labs, reason))
    for style, text, reason in C:
        items.append((style, text, [], reason))
    seen = set()
    for style, text, labs, reason in items:
        if style not in STYLES:
            fail("unknown style %r in %s" % (style, text))
        for lab in labs:
            if lab not in UTTERANCE_LABELS:
                fail("unknown label %r in %s" % (lab, text))
        if len(set(labs)) != len(labs):
            fail("repeated label in " + text)
        if text in seen:
            fail("duplicate text: " + text)
        seen.add(text)
    rows = []
    for style, text, labs, reason in items:
        labs = [lab for lab in UTTERANCE_LABELS if lab in labs]  # canonical order
        rows.append({"text": text, "labels": labs, "note": "[%s] %s" % (style, reason)})
    random.Random(SEED).shuffle(rows)
    return rows


def build_calls():
    out = []
    ids = set()
    for call in CALLS:
        if call["id"] in ids:
            fail("duplicate call id " + call["id"])
        ids.add(call["id"])
        for lab in call["labels"]:
            if lab not in CALL_LABELS:
                fail("call label %r not allowed in %s" % (lab, call["id"]))
        t = 0.0
        turns = []
        for speaker, text, labels in call["turns"]:
            if speaker not in SPEAKERS:
                fail("bad speaker %r in %s" % (speaker, call["id"]))
            dur = round(max(0.8, len(text) * 0.23), 1)
            turn = {"speaker": speaker, "text": text, "start": round(t, 1), "end": round(t + dur, 1)}
            if speaker == "agent":
                labs = labels.split() if labels else []
                for lab in labs:
                    if lab not in UTTERANCE_LABELS:
                        fail("turn label %r not allowed in %s" % (lab, call["id"]))
                turn["labels"] = [lab for lab in UTTERANCE_LABELS if lab in labs]
            elif labels is not None:
                fail("labels on a non-agent turn in " + call["id"])
            turns.append(turn)
            t = t + dur + 0.4
        out.append({"id": call["id"], "meta": call["meta"], "turns": turns,
                    "labels": call["labels"], "note": call["note"]})
    return out


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def stats(lines, calls):
    lab = collections.Counter()
    style_all = collections.Counter()
    style_bad = collections.Counter()
    multi = 0
    for row in lines:
        style = row["note"][1:row["note"].index("]")]
        style_all[style] += 1
        if row["labels"]:
            style_bad[style] += 1
        if len(row["labels"]) > 1:
            multi += 1
        lab.update(row["labels"])
    n_bad = sum(1 for r in lines if r["labels"])
    print("lines: %d  violating: %d (%.1f %%)  clean: %d  multi-label: %d"
          % (len(lines), n_bad, 100.0 * n_bad / len(lines), len(lines) - n_bad, multi))
    print("\n| category | lines | call turns |\n|---|---|---|")
    turn_lab = collections.Counter()
    for c in calls:
        for t in c["turns"]:
            turn_lab.update(t.get("labels", []))
    for cat in UTTERANCE_LABELS:
        print("| %s | %d | %d |" % (cat, lab[cat], turn_lab[cat]))
    print("\n| style | lines | violating | clean |\n|---|---|---|---|")
    for s in STYLES:
        print("| %s | %d | %d | %d |" % (s, style_all[s], style_bad[s], style_all[s] - style_bad[s]))
    call_lab = collections.Counter()
    for c in calls:
        call_lab.update(c["labels"])
    print("\n| call label | calls |\n|---|---|")
    for cat in CALL_LABELS:
        if call_lab[cat]:
            print("| %s | %d |" % (cat, call_lab[cat]))
    clean = [c["id"] for c in calls
             if not c["labels"] and not any(t.get("labels") for t in c["turns"])]
    print("\nclean calls (no call label, no turn label): %d of %d: %s"
          % (len(clean), len(calls), ", ".join(clean)))


def main():
    lines = build_lines()
    calls = build_calls()
    os.makedirs(OUT, exist_ok=True)
    write_jsonl(os.path.join(OUT, "lines.jsonl"), lines)
    write_jsonl(os.path.join(OUT, "calls.jsonl"), calls)
    # re-read to prove every line parses
    for name in ("lines.jsonl", "calls.jsonl"):
        with open(os.path.join(OUT, name), encoding="utf-8") as fh:
            for i, raw in enumerate(fh, 1):
                json.loads(raw)
    stats(lines, calls)


if __name__ == "__main__":
    main()
