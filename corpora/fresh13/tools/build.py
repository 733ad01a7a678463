# -*- coding: utf-8 -*-
"""Validate and write corpora/fresh13/dev/{lines,calls}.jsonl. Standard library only.

Usage: python3 build.py   (from anywhere)
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lines_violating  # noqa: E402
import lines_clean  # noqa: E402
import calls_data  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "dev")
SEED = 20260413

UTTER = ["threat", "overstatement", "impersonation", "insult", "rude", "harassment",
         "disclosure", "privacy", "false-promise", "improper-payment", "coerced-borrowing",
         "indifference", "absolute"]
CALL = ["politeness", "missing-identity", "missing-amount-or-date", "missing-closing",
        "disclosure-before-verification", "agent-hangup", "escalation-after-hostility",
        "dispute-dismissed", "first-contact-pressure", "call-time", "call-frequency"]
STYLES = ["bankasr", "agency", "app", "im", "dialect", "trainer", "plain"]
SPEAKERS = {"agent", "debtor", "contact"}
STAGES = {"first-contact", "repeat", "pressure"}
PARTIES = {"debtor", "contact", "unknown"}


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in t if unicodedata.category(ch)[0] not in "PSZC")


def parse(block, expect_clean):
    items, errors = [], []
    for n, raw in enumerate(block.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            errors.append("bad field count: %r" % line)
            continue
        style, labels, text, reason = (p.strip() for p in parts)
        labels = [l.strip() for l in labels.split(",") if l.strip()]
        if style not in STYLES:
            errors.append("unknown style %r: %s" % (style, text))
        for l in labels:
            if l not in UTTER:
                errors.append("unknown label %r: %s" % (l, text))
        if len(set(labels)) != len(labels):
            errors.append("repeated label: %s" % text)
        if expect_clean and labels:
            errors.append("clean file has labels: %s" % text)
        if not expect_clean and not labels:
            errors.append("violating file has no labels: %s" % text)
        if not text or not reason:
            errors.append("empty text or reason: %r" % line)
        m = re.match(r"^（(东北|四川|粤语|上海|河南|湖南|山东)）", text)
        if style == "dialect":
            if not m:
                errors.append("dialect line without region tag: %s" % text)
            else:  # the region goes into the note, not into the utterance
                text = text[m.end():]
                reason = "(%s) %s" % (m.group(1), reason)
        items.append({"text": text, "labels": labels, "style": style, "reason": reason})
    return items, errors


def build_calls():
    out, errors = [], []
    seen_ids = set()
    for c in calls_data.CALLS:
        cid = c["id"]
        if cid in seen_ids or not re.fullmatch(r"f13d-c\d\d", cid):
            errors.append("bad or duplicate id %s" % cid)
        seen_ids.add(cid)
        meta = dict(c["meta"])
        if meta.get("stage") not in STAGES:
            errors.append("%s: bad stage" % cid)
        if meta.get("called_party") not in PARTIES:
            errors.append("%s: bad called_party" % cid)
        for k in ("started_at", "hangup_by", "agent"):
            if k not in meta:
                errors.append("%s: meta lacks %s" % (cid, k))
        if meta.get("outcome") not in (None, "voicemail", "wrong-number"):
            errors.append("%s: bad outcome" % cid)
        for l in c["labels"]:
            if l not in CALL:
                errors.append("%s: unknown call label %s" % (cid, l))
        turns, t = [], 0.0
        for i, (spk, text, labels) in enumerate(c["turns"]):
            if spk not in SPEAKERS:
                errors.append("%s turn %d: bad speaker %s" % (cid, i, spk))
            dur = round(max(0.8, len(norm(text)) * 0.21 + 0.3), 1)
            start = round(t, 1)
            end = round(start + dur, 1)
            turn = {"speaker": spk, "text": text, "start": start, "end": end}
            if spk == "agent":
                if labels is None:
                    errors.append("%s turn %d: agent turn without labels" % (cid, i))
                    labels = []
                for l in labels:
                    if l not in UTTER:
                        errors.append("%s turn %d: unknown label %s" % (cid, i, l))
                turn["labels"] = list(labels)
            elif labels:
                errors.append("%s turn %d: non-agent turn has labels" % (cid, i))
            turns.append(turn)
            t = end + 0.4
        if meta.get("called_party") == "contact" and "missing-amount-or-date" in c["labels"]:
            errors.append("%s: contact call labelled missing-amount-or-date" % cid)
        out.append({"id": cid, "meta": meta, "turns": turns, "labels": list(c["labels"]),
                    "note": c["note"]})
    return out, errors


def main():
    viol, e1 = parse(lines_violating.DATA, False)
    clean, e2 = parse(lines_clean.DATA, True)
    calls, e3 = build_calls()
    errors = e1 + e2 + e3
    items = viol + clean
    seen = {}
    for it in items:
        k = norm(it["text"])
        if k in seen:
            errors.append("duplicate after normalisation: %s  ==  %s" % (it["text"], seen[k]))
        seen[k] = it["text"]
    for c in calls:
        for tr in c["turns"]:
            k = norm(tr["text"])
            if tr["speaker"] == "agent" and k in seen and len(k) > 8:
                errors.append("call turn duplicates a line: %s" % tr["text"])
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    rng = random.Random(SEED)
    rng.shuffle(items)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "lines.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            rec = {"text": it["text"], "labels": it["labels"],
                   "note": "[%s] %s" % (it["style"], it["reason"])}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "calls.jsonl"), "w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")

    # ---- counts
    n = len(items)
    nclean = sum(1 for it in items if not it["labels"])
    lab = Counter(l for it in items for l in it["labels"])
    turn_lab = Counter(l for c in calls for tr in c["turns"] for l in tr.get("labels", []))
    call_lab = Counter(l for c in calls for l in c["labels"])
    sty = Counter(it["style"] for it in items)
    sty_clean = Counter(it["style"] for it in items if not it["labels"])
    region = Counter(it["reason"][1:3] for it in items if it["style"] == "dialect")
    multi = sum(1 for it in items if len(it["labels"]) > 1)
    agent_turns = sum(1 for c in calls for tr in c["turns"] if tr["speaker"] == "agent")
    flagged_turns = sum(1 for c in calls for tr in c["turns"] if tr.get("labels"))
    print("lines: %d  clean: %d (%.1f %%)  violating: %d  multi-label: %d"
          % (n, nclean, 100.0 * nclean / n, n - nclean, multi))
    print("\n| category | lines | call turns |\n|---|---:|---:|")
    for l in UTTER:
        print("| %s | %d | %d |" % (l, lab[l], turn_lab[l]))
    print("| (clean) | %d | %d |" % (nclean, agent_turns - flagged_turns))
    print("\n| style | lines | clean |\n|---|---:|---:|")
    for s in STYLES:
        print("| %s | %d | %d |" % (s, sty[s], sty_clean[s]))
    print("\ndialect regions: " + ", ".join("%s %d" % kv for kv in sorted(region.items())))
    print("\ncalls: %d  clean calls: %d  agent turns: %d  labelled agent turns: %d"
          % (len(calls), sum(1 for c in calls if not c["labels"] and not any(
              tr.get("labels") for tr in c["turns"])), agent_turns, flagged_turns))
    print("\n| call label | calls |\n|---|---:|")
    for l in CALL:
        print("| %s | %d |" % (l, call_lab[l]))


if __name__ == "__main__":
    main()
