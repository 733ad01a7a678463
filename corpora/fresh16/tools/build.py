"""Validate the fresh16 development corpus and write dev/lines.jsonl, dev/calls.jsonl, README.md.

Standard library only. Run:  python3 corpora/fresh16/tools/build.py
"""
import collections
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import CALL_LABELS, UTTERANCE_LABELS, expand  # noqa: E402
import anticopy  # noqa: E402
from data_calls import CALLS  # noqa: E402

BASE = os.path.dirname(HERE)
DEV = os.path.join(BASE, "dev")

STYLES = [  # (style, module, required size)
    ("plain", "data_plain", 100),
    ("template", "data_template", 70),
    ("im", "data_im", 70),
    ("bot", "data_bot", 40),
    ("app", "data_app", 60),
    ("rural", "data_rural", 40),
    ("trainer", "data_trainer", 60),
    ("bankasr", "data_bankasr", 40),
]
MINIMUM = {lab: 12 for lab in UTTERANCE_LABELS}
MINIMUM.update({"threat": 28, "overstatement": 28, "insult": 20, "rude": 20, "disclosure": 18})
SEED = 20261616

# Clean lines whose note reason is one of these are routine service talk; every other clean line
# is a deliberate hard negative (negated, hedged, past, conditional/true fact, issuer measure,
# debtor's words, training mention, harmless trigger, call-back only, stored-data check ...).
ROUTINE = {
    "AI disclosure", "amount after verification", "amount and date", "amount to debtor", "apology",
    "bill notice", "bot opening", "calming", "check", "closing", "closing recap", "closing with recap",
    "complaint channel", "de-escalation", "due-date reminder", "empathy", "empathy, partial payment",
    "hardship documentation", "help", "identity opening", "missed call note", "negotiation",
    "neutral overdue SMS", "no answer", "offer", "official channel", "opening", "plan", "plan recorded",
    "pre-due", "pre-due SMS", "pre-due reminder", "promise recorded", "recommended close",
    "recommended compliant opening", "recording hardship", "recording notice", "reminder",
    "schedule call", "scheduled", "scheduled follow-up", "settled", "settlement proof", "soft",
    "time courtesy", "verification", "wrong number", "wrong party", "courtesy",
}

errors = []


def fail(msg):
    errors.append(msg)


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in t if ch.isalnum())


def load_lines():
    rows = []
    for style, module, size in STYLES:
        data = __import__(module).LINES
        if len(data) != size:
            fail(f"{style}: {len(data)} lines, expected {size}")
        for text, codes, reason in data:
            try:
                labels = expand(codes)
            except KeyError as exc:
                fail(f"{style}: bad label code {exc} in {text!r}")
                continue
            if len(set(labels)) != len(labels):
                fail(f"{style}: repeated label in {text!r}")
            if not text.strip() or not reason.strip():
                fail(f"{style}: empty text or reason")
            rows.append({"text": text, "labels": labels, "note": f"[{style}] {reason}", "_style": style})
    return rows


def check_lines(rows):
    seen = {}
    for r in rows:
        k = norm(r["text"])
        if k in seen:
            fail(f"duplicate after normalisation: {r['text']!r} ~ {seen[k]!r}")
        seen[k] = r["text"]
        for lab in r["labels"]:
            if lab not in UTTERANCE_LABELS:
                fail(f"unknown label {lab}")
    if len(rows) != 480:
        fail(f"{len(rows)} lines, expected 480")
    counts = collections.Counter(lab for r in rows for lab in r["labels"])
    for lab, low in MINIMUM.items():
        if counts[lab] < low:
            fail(f"category {lab}: {counts[lab]} < {low}")
    viol = sum(1 for r in rows if r["labels"])
    share = viol / max(len(rows), 1)
    if not 0.45 <= share <= 0.50:
        fail(f"violating share {share:.3f} outside 45-50 %")
    return counts, viol


def build_calls():
    out = []
    ids = set()
    omitted = 0
    for c in CALLS:
        cid = c["id"]
        if cid in ids or not re.fullmatch(r"f16-c\d\d", cid):
            fail(f"bad or duplicate call id {cid}")
        ids.add(cid)
        meta = dict(c["meta"])
        if "stage" not in meta or "started_at" not in meta:
            fail(f"{cid}: meta needs stage and started_at")
        if "called_party" not in meta:
            omitted += 1
        elif meta["called_party"] not in ("debtor", "contact", "unknown"):
            fail(f"{cid}: bad called_party")
        turns = []
        t = 0.0
        for i, (speaker, text, codes) in enumerate(c["turns"]):
            if speaker not in ("agent", "debtor", "contact"):
                fail(f"{cid}: bad speaker {speaker}")
            dur = round(0.8 + len(text) * 0.19, 1)
            turn = {"speaker": speaker, "text": text, "start": round(t, 1), "end": round(t + dur, 1)}
            if speaker == "agent":
                if codes is None:
                    fail(f"{cid} turn {i}: agent turn without labels")
                turn["labels"] = expand(codes or "")
            elif codes is not None:
                fail(f"{cid} turn {i}: labels on a non-agent turn")
            turns.append(turn)
            t = t + dur + 0.4 + (i % 3) * 0.15
        for lab in c["labels"]:
            if lab not in CALL_LABELS:
                fail(f"{cid}: unknown call label {lab}")
        out.append({"id": cid, "meta": meta, "turns": turns, "labels": list(c["labels"]), "note": c["note"]})
    if len(out) != 12:
        fail(f"{len(out)} calls, expected 12")
    if omitted != 2:
        fail(f"{omitted} calls omit called_party, expected 2")
    return out


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def readme(rows, counts, viol, calls, hits_runs, hits_joined, n_texts):
    per_style = collections.OrderedDict((s, [0, 0]) for s, _, _ in STYLES)
    for r in rows:
        per_style[r["_style"]][0 if r["labels"] else 1] += 1
    style_tab = ["| style | what it imitates | lines | violating | clean |", "|---|---|---:|---:|---:|"]
    desc = {
        "plain": "ordinary one-line sentences, as a new user would test with",
        "template": "script-library (话术库) lines with section tags and placeholders",
        "im": "SMS / WeChat / IM messages with 【sender】 brackets and emoji",
        "bot": "robot outbound-call (机器人外呼) responses, some with the triggering intent",
        "app": "small online-lending apps, blunt slang (口子, 下款, 撸, 展期)",
        "rural": "county / rural agency teams, dialect-tinged",
        "trainer": "handouts, role plays, QA notes with ✅ / ❌ markers",
        "bankasr": "unpunctuated ASR of bank card-centre collectors",
    }
    for s, (v, c) in per_style.items():
        style_tab.append(f"| {s} | {desc[s]} | {v + c} | {v} | {c} |")
    style_tab.append(f"| **total** | | **{len(rows)}** | **{viol}** ({100 * viol / len(rows):.1f} %) | **{len(rows) - viol}** |")

    clean_rows = [r for r in rows if not r["labels"]]
    hard = sum(1 for r in clean_rows if r["note"].split("] ", 1)[1] not in ROUTINE)
    single = collections.Counter(r["labels"][0] for r in rows if len(r["labels"]) == 1)
    multi = sum(1 for r in rows if len(r["labels"]) > 1)
    lab_tab = ["| category | lines carrying it | of which single-label | minimum asked |", "|---|---:|---:|---:|"]
    for lab in UTTERANCE_LABELS:
        lab_tab.append(f"| {lab} | {counts[lab]} | {single[lab]} | {MINIMUM[lab]} |")

    turn_counts = collections.Counter(l for c in calls for t in c["turns"] for l in t.get("labels", []))
    call_tab = ["| id | stage | called_party | start (local) | turns | agent-turn labels | call labels |",
                "|---|---|---|---|---:|---|---|"]
    for c in calls:
        m = c["meta"]
        tl = collections.Counter(l for t in c["turns"] for l in t.get("labels", []))
        tls = ", ".join(f"{k}×{v}" if v > 1 else k for k, v in sorted(tl.items())) or "—"
        call_tab.append(
            f"| {c['id']} | {m['stage']} | {m.get('called_party', '*(omitted)*')} | {m['started_at'][11:16]} | "
            f"{len(c['turns'])} | {tls} | {', '.join(c['labels']) or ('[] (clean)' if tls == '—' else '[]')} |")
    call_counts = collections.Counter(l for c in calls for l in c["labels"])
    clean_calls = sum(1 for c in calls if not c["labels"] and not any(t.get("labels") for t in c["turns"]))
    cl_tab = ", ".join(f"`{k}` {call_counts[k]}" for k in CALL_LABELS)

    if not hits_runs and not hits_joined:
        anti = (f"**Passed.** {n_texts} texts (480 lines + every turn of the 12 calls) share no 8-character "
                "CJK n-gram with any line of `shared/SPEC.md`, `shared/DOMAIN.md` or "
                "`corpora/realistic/README.md`, nor with the turns of the two sample calls read from "
                "`corpora/realistic/dev/calls.jsonl`, both within contiguous CJK runs and with all non-CJK "
                "characters stripped (the stricter form). About thirty texts that hit during drafting "
                "(mostly stock courtesy phrases such as 感谢您的接听再见 or 报一下身份证后四位) were reworded.")
    else:
        anti = f"**FAILED**: {len(hits_runs)} texts share a run n-gram, {len(hits_joined)} a stripped n-gram."

    return f"""# fresh16 — development corpus (`corpora/fresh16/`)

> **This is a DEVELOPMENT set.** Use it for error analysis. Once rules, thresholds or exceptions
> have been tuned while looking at it, numbers measured on it say nothing about unseen material.

Labelled Chinese debt-collection **agent speech**: 480 single utterances and 12 whole calls.

## Who wrote it and how

- Written by one helper agent working alone, in the persona of a compliance trainer who has worked
  for a consumer-finance company (消费金融公司) and for a regional city commercial bank, and who now
  reviews script libraries (话术库), SMS / WeChat / IM templates, robot outbound-call scripts and
  trainee role plays, and remembers how agents at small lending apps and rural agency teams talk.
- What was read: `shared/SPEC.md` (categories, input formats), `shared/DOMAIN.md` (for the
  compliance meaning of each category only; no sentence was taken from it),
  `corpora/realistic/README.md` (label scheme and call-label rules) and the first two lines of
  `corpora/realistic/dev/calls.jsonl` (JSON shape of a call). Nothing under `rules/`,
  `scriptlint/`, `tests/`, `docs/`, `benchmarks/` or any other corpus was opened; scriptlint was not
  run on this set, and no search tool was used to find sentences.
- Every sentence was written for this set. Brands (禾信消费金融, 澄江银行, 青穗贷, 速易花, 闪借宝,
  安融信息, 恒兴信息咨询, 恒远物流 …), people, places, numbers, case numbers and WeChat ids are
  invented. ID, card and phone numbers are made up and do not belong to anyone.
- Violations range from short and plain (the way a new user would test a linter) to indirect:
  insinuation, rhetorical questions, sarcasm, pressure through family, children, employer and
  neighbours, invented procedures, pseudo-legal letters, fake deadlines, and "your record is stained
  forever". {hard} of the {len(clean_rows)} clean lines ({100 * hard / len(clean_rows):.0f} %, judged by the
  reason in their note) are deliberate hard negatives: negated, past or hedged statements,
  conditional and true legal facts, the issuer's own measures on its own card, true credit-report
  facts, the debtor's words repeated back, training prose and marked counter-examples, harmless
  trigger words (等一下, 最后一期, 注意安全, 你这种情况可以申请分期), call-back-only requests to
  third parties, and checking stored data with the debtor.

## Files

| file | content |
|---|---|
| `dev/lines.jsonl` | 480 agent utterances, one JSON object per line: `{{"text", "labels", "note"}}`; `note` starts with `[style]`. Order shuffled with `random.Random({SEED})`. |
| `dev/calls.jsonl` | 12 calls in the ASR JSONL shape of `corpora/realistic` (`id`, `meta`, `turns` with `speaker`/`text`/`start`/`end`, `labels` on agent turns only, call-level `labels`, `note`). |
| `tools/data_*.py` | the hand-written lines per style and the calls (standard library only) |
| `tools/build.py` | validates everything (label names, sizes, minimums, duplicates, share of violations, call shape, anti-copy) and writes the two jsonl files and this README |
| `tools/anticopy.py` | the 8-character CJK n-gram check |

Rebuild with `python3 corpora/fresh16/tools/build.py`.

## Label conventions

Utterance labels and call labels follow `corpora/realistic/README.md` and SPEC §2. In addition:

- `disclosure` only where the line itself makes a third-party listener plain (colleague, parent,
  spouse, HR, landlord, roommate, village cadre, property manager …) and reveals a debt fact about
  the debtor or asks that person to pay or press the debtor.
- Claiming to know the debtor's home, a child's school or a relative's workplace as leverage is
  `threat`. Threatening to call or message every contact repeatedly is `harassment` (plus `threat`
  when a consequence is threatened). Holding up the contact list with a dare is `threat`; boasting of
  a harvested contact list or reading out full ID / card / phone numbers or location adds `privacy`.
- Training material: a quote marked as bad (❌, ×, 错误示范, 反例, 禁用语, 【错误】, 质检扣分, 禁止说 …) is clean;
  a quote presented as recommended (✅, 推荐话术, 标准话术, 正确示范, a teacher's "可用") or an unmarked
  role-play agent line is labelled by its content.
- An ultimatum or "最后一次机会" is `absolute`; a plain deadline without a threatened consequence is not.

## Lines per style

{chr(10).join(style_tab)}

## Label counts (single lines, computed by `build.py`)

{chr(10).join(lab_tab)}

{multi} lines carry more than one label.

## Calls

{chr(10).join(call_tab)}

Call-label totals: {cl_tab}. Fully clean calls (no call label and no turn label): {clean_calls}.
Agent-turn label totals: {", ".join(f"{k} {v}" for k, v in sorted(turn_counts.items()))}.

Notes: `f16-c04` and `f16-c06` omit `called_party` (HR of the employer, and a wrong number); `f16-c05`
is a voicemail (`called_party: unknown`, `outcome: voicemail`) and gets only
`disclosure-before-verification` for leaving debt details; contact calls never get
`missing-amount-or-date`; `missing-closing` is not given where the other side hung up; `call-frequency`
in `f16-c08` rests on the agent's own statement of eleven unanswered calls that day. Extra meta keys
(`agent`, `team`, `hangup_by`, `outcome`, `channel`) are informational.

## Anti-copy check

{anti}
"""


def main():
    rows = load_lines()
    counts, viol = check_lines(rows)
    calls = build_calls()
    texts = [(f"line:{r['text'][:20]}", r["text"]) for r in rows]
    texts += [(f"{c['id']}#{i}", t["text"]) for c in calls for i, t in enumerate(c["turns"])]
    hits_runs, hits_joined = anticopy.check(texts)
    for where, grams in hits_runs + hits_joined:
        fail(f"anti-copy hit {where}: {grams}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    shuffled = [dict(r) for r in rows]
    random.Random(SEED).shuffle(shuffled)
    for r in shuffled:
        del r["_style"]
    os.makedirs(DEV, exist_ok=True)
    write_jsonl(os.path.join(DEV, "lines.jsonl"), shuffled)
    write_jsonl(os.path.join(DEV, "calls.jsonl"), calls)
    with open(os.path.join(BASE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(rows, counts, viol, calls, hits_runs, hits_joined, len(texts)))
    print(f"ok: {len(rows)} lines ({viol} violating), {len(calls)} calls, anti-copy clean over {len(texts)} texts")
    for lab in UTTERANCE_LABELS:
        print(f"  {lab:18s} {counts[lab]}")


if __name__ == "__main__":
    main()
