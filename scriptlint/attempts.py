"""Unanswered attempts across the calls of a batch (`call-frequency`, SPEC §2).

A call log lists dialer attempts; a batch of call exports (a JSONL file, or a Spark DataFrame)
lists calls. Each call that is an unanswered attempt to a known contact on a known day gets a key
(`attempt_key`); the calls of one contact and day are then numbered in time order (`number`, or a
Spark window in scriptlint.spark — the same order), and the `frequency` matcher flags the call
whose number is one over its rule's limit. The limit lives only in the rule and the config.

- contact: the first non-empty meta key among a call log's contact columns (`contact`, `number`,
  `phone`, `callee`, `called_number`, `to`, `contact_id`, 号码 …);
- day and time: `meta.started_at`, read as `call_time` reads it (a date alone counts, first in
  its day);
- unanswered: a meta outcome (`outcome`, `result`, `status`, `answered`, `disposition`, 结果 …)
  that a call log reads as unanswered (未接, busy, false …); without one, a call in which nobody
  but the agent speaks, or only a recorded prompt answers (voicemail), is unanswered.

Order within a contact and day: time of day, then call id, then the batch's own order (the JSONL
line; in Spark the call's JSON text) — so only calls with the same contact, time and id can be
numbered differently by the two."""

from __future__ import annotations

import warnings
from collections.abc import Iterable

from .inputs.calllog import CONTACT_COLS, UNANSWERED, meta_outcome, meta_scalar
from .matchers.calltime import parse_moment
from .model import Document, Speaker


def attempt_key(doc: Document, language) -> tuple[str, str, str] | None:
    """(contact, day, time of day) when the call is an unanswered attempt to a known contact on a
    known day, else None. `language`: the rule set's (its voicemail prompts)."""
    meta = doc.meta
    contact = next((c for c in map(meta_scalar, (meta.get(k) for k in CONTACT_COLS)) if c), "")
    if not contact:
        return None
    moment, day = parse_moment(meta.get("started_at"))
    if day is None or answered(doc, language):
        return None
    return contact, day.isoformat(), moment.strftime("%H:%M:%S.%f") if moment else ""


def answered(doc: Document, language) -> bool:
    """Whether the call reached someone: its meta outcome if it has one, else its speech."""
    outcome = meta_outcome(doc.meta)
    if isinstance(outcome, bool):
        return outcome
    if outcome is not None:
        return outcome not in UNANSWERED
    others = [t for t in doc.turns if t.speaker is not Speaker.AGENT and t.text.strip()]
    return bool(others) and not all(language.voicemail_re.search(t.text) or language.silence_re.match(t.text) for t in others)


def number(keyed: Iterable[tuple[tuple[str, str, str], str, object, object]]) -> dict:
    """`keyed`: (attempt key, call id, tie-break, tag) per attempt; returns {tag: its number among
    the attempts to the same contact on the same day}, in (time, call id, tie-break) order."""
    groups: dict[tuple[str, str], list] = {}
    for (contact, day, clock), call_id, tie, tag in keyed:
        groups.setdefault((contact, day), []).append((clock, call_id, tie, tag))
    out = {}
    for rows in groups.values():
        rows.sort(key=lambda r: r[:3])
        for n, row in enumerate(rows, 1):
            out[row[3]] = n
    return out


def scan(items: Iterable, language) -> dict[int, int]:
    """The attempt numbers of a JSONL batch's calls, by JSONL line: {line: number}. `items` are the
    reader's Documents (InputErrors and other items are passed over: the lint pass reports them)."""
    keyed = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the lint pass warns, once
        for item in items:
            if isinstance(item, Document) and item.line_override is not None and item.raw is not None:
                key = attempt_key(item, language)
                if key is not None:
                    keyed.append((key, item.call_id or "", item.line_override, item.line_override))
    return number(keyed)
