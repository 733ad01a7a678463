"""ASR exports: `.json` (one call) and `.jsonl` (one call per line), SPEC §3.

`{"id": "...", "meta": {...}, "turns": [{"speaker": "agent|debtor|contact", "text": "...", ...}]}`.
When every turn's text appears verbatim in the raw JSON (no escapes), the document is the raw
line, so columns are real columns of the file; otherwise the turns are laid out one per line and
findings point at the call's line with columns inside the turn. Turn indexes are 0-based into
`turns`. JSONL is streamed a line at a time."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator

from ..model import Document, InputError, Speaker, Turn
from .meta import clean
from .transcript import LABELS, TranscriptWarning

SPEAKERS = {
    "agent": Speaker.AGENT, "collector": Speaker.AGENT, "staff": Speaker.AGENT,
    "debtor": Speaker.DEBTOR, "customer": Speaker.DEBTOR, "user": Speaker.DEBTOR,
    "contact": Speaker.THIRD_PARTY, "third_party": Speaker.THIRD_PARTY, "family": Speaker.THIRD_PARTY,
    **LABELS,
}
MAX_DEPTH_ERROR = "JSON nested too deeply"


def call_document(obj, raw: str, path: str, line: int | None) -> Document:
    where = f"{path}:{line}" if line else path
    if not isinstance(obj, dict) or not isinstance(obj.get("turns"), list):
        raise InputError(where, "a call must be an object with a `turns` list")
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise InputError(where, "`meta` must be an object")
    call_id = obj.get("id")
    turns: list[tuple[Speaker, str, str]] = []
    for i, t in enumerate(obj["turns"]):
        if not isinstance(t, dict) or not isinstance(t.get("text", ""), str):
            raise InputError(where, f"turn {i} must be an object with a string `text`")
        label = str(t.get("speaker", ""))
        speaker = SPEAKERS.get(label.lower())
        if speaker is None:
            warnings.warn(f"{where}: unknown speaker {label!r} in turn {i}; treated as non-agent", TranscriptWarning, stacklevel=2)
            speaker = Speaker.UNKNOWN
        turns.append((speaker, t.get("text", ""), label))
    doc = Document(path=path, kind="transcript", text=raw, meta=clean({str(k): v for k, v in meta.items()}, where),
                   call_id=None if call_id is None else str(call_id), line_override=line)
    pos = 0
    verbatim = True
    for i, (speaker, text, label) in enumerate(turns):
        at = raw.find(text, pos) if text else pos
        if at < 0:
            verbatim = False
            break
        doc.turns.append(Turn(speaker, text, at, i, label))
        pos = at + len(text)
    if not verbatim:  # escapes in the raw JSON: lay the turns out one per line
        doc.turns.clear()
        pieces, pos = [], 0
        for i, (speaker, text, label) in enumerate(turns):
            flat = text.replace("\r", " ").replace("\n", " ")
            doc.turns.append(Turn(speaker, flat, pos, i, label))
            pieces.append(flat)
            pos += len(flat) + 1
        doc.text = "\n".join(pieces)
        if line is None:
            doc.line_override = 1
    if not any(t.speaker is Speaker.AGENT for t in doc.turns):
        warnings.warn(f"{where}: call has no agent turns; nothing to check", TranscriptWarning, stacklevel=2)
    return doc


def _loads(text: str, where: str):
    try:
        obj = json.loads(text)
        if "\\u" in text and _SURROGATE_ESCAPE.search(text):
            replaced: list[int] = []
            obj = _scrub(obj, replaced)
            if replaced:
                warnings.warn(f"{where}: lone UTF-16 surrogate escapes replaced by U+FFFD", TranscriptWarning, stacklevel=2)
        return obj
    except RecursionError:
        raise InputError(where, MAX_DEPTH_ERROR) from None
    except ValueError as exc:
        raise InputError(where, f"malformed JSON: {exc}") from None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE = re.compile("[\ud800-\udfff]")


def _scrub(obj, replaced: list[int]):
    """JSON may escape a lone surrogate ("\\ud800"); such a string cannot be written as UTF-8, so
    each one becomes U+FFFD (one character for one, so offsets hold)."""
    if isinstance(obj, str):
        out, n = _LONE.subn("\ufffd", obj)
        if n:
            replaced.append(n)
        return out
    if isinstance(obj, list):
        return [_scrub(x, replaced) for x in obj]
    if isinstance(obj, dict):
        return {_scrub(k, replaced): _scrub(v, replaced) for k, v in obj.items()}
    return obj


def read_json(text: str, path: str) -> Document:
    return call_document(_loads(text, path), text, path, None)


def iter_jsonl(lines: Iterator[str], path: str) -> Iterator[Document | InputError]:
    """One Document per non-empty line; a malformed line yields an InputError and reading goes on."""
    for n, line in enumerate(lines, 1):
        item = line_document(line, path, n)
        if item is not None:
            yield item


def line_document(line: str, path: str, n: int) -> Document | InputError | None:
    """The call on line `n` of a JSONL file (None for a blank line)."""
    raw = line.rstrip("\r\n")
    if not raw.strip():
        return None
    try:
        return call_document(_loads(raw, f"{path}:{n}"), raw, path, n)
    except InputError as exc:
        return exc
