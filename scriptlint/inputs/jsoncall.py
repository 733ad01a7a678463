"""ASR exports: `.json` (one call) and `.jsonl` (one call per line), SPEC §3; fields in README
("Call exports").

`{"id": "...", "meta": {...}, "turns": [{"speaker": "agent|debtor|contact", "text": "...", ...}]}`.
A turn's speaker is under `speaker` or an alias (`role`, `spk`, `speaker_role`, `channel`); a turn
with none of them, or with a speaker value scriptlint does not know, is an error naming the line.

Positions are turn-based: the document text is the turns laid out one per line (so every finding,
call-level ones included, falls inside a turn and never on raw JSON), and `place` then maps each
finding back to the file — line and code-point column of the characters inside the turn's JSON
string, whether the JSON escapes them (`json.dumps` default, `\\u4f60`) or not. Turn indexes are
0-based into `turns`. JSONL is streamed a line at a time."""

from __future__ import annotations

import bisect
import itertools
import json
import re
import warnings
from collections.abc import Iterator

from ..model import Document, Event, Finding, InputError, Speaker, Turn
from .meta import clean
from .transcript import EVENT_RE, LABELS, TranscriptWarning

# A bracketed turn that hangs up or is a machine's greeting is an event; other bracketed notes
# (（无声）, （杂音）) stay turns of whoever was on the line, as the call's author put them.
_ENDS_OR_GREETS = re.compile(r"挂|语音信箱|留言|提示音|voicemail|hang", re.IGNORECASE)

SPEAKERS = {
    "agent": Speaker.AGENT, "collector": Speaker.AGENT, "staff": Speaker.AGENT,
    "debtor": Speaker.DEBTOR, "customer": Speaker.DEBTOR, "user": Speaker.DEBTOR,
    "contact": Speaker.THIRD_PARTY, "third_party": Speaker.THIRD_PARTY, "family": Speaker.THIRD_PARTY,
    **LABELS,
}
SPEAKER_KEYS = ("speaker", "role", "spk", "speaker_role", "channel")
MAX_DEPTH_ERROR = "JSON nested too deeply"


def call_document(obj, raw: str, path: str, line: int | None) -> Document:
    """One call export (`obj`, parsed from `raw`; `line` is its JSONL line, None for a .json file)
    as a transcript Document, its turns laid out one per line."""
    where = f"{path}:{line}" if line else path
    if not isinstance(obj, dict) or not isinstance(obj.get("turns"), list):
        raise InputError(where, "not a call export: a call is a JSON object with a `turns` list "
                                "(README, \"Call exports\"; --kind forces another reading)")
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise InputError(where, "`meta` must be an object")
    call_id = obj.get("id")
    turns = [_call_turn(i, t, raw, path, line, where) for i, t in enumerate(obj["turns"])]
    doc = Document(path=path, kind="transcript", text="", meta=clean({str(k): v for k, v in meta.items()}, where),
                   call_id=None if call_id is None else str(call_id), line_override=line or 1)
    pieces, pos = [], 0
    for i, (speaker, text, label) in enumerate(turns):
        flat = text.replace("\r", " ").replace("\n", " ")  # one character for one: offsets hold
        if EVENT_RE.match(flat) and _ENDS_OR_GREETS.search(flat):  # [坐席挂断], [语音信箱：…]: an event, not speech
            lead = len(flat) - len(flat.lstrip())
            doc.events.append(Event(flat.strip(), pos + lead, i))
        else:
            doc.turns.append(Turn(speaker, flat, pos, i, label))
        pieces.append(flat)
        pos += len(flat) + 1
    doc.text = "\n".join(pieces)
    doc.raw = (raw, line or 1, [t for _, t, _ in turns])  # for `place`, only when there are findings
    if not any(t.speaker is Speaker.AGENT for t in doc.turns):
        warnings.warn(f"{where}: call has no agent turns; nothing to check", TranscriptWarning, stacklevel=2)
    return doc


def _call_turn(i: int, t, raw: str, path: str, line: int | None, where: str) -> tuple[Speaker, str, str]:
    """Turn i of a call as (speaker, text, speaker label as written); an InputError when it is not
    an object with a string `text` and a known speaker (naming the turn's own line in a .json file)."""
    if not isinstance(t, dict) or not isinstance(t.get("text", ""), str):
        raise InputError(where, f"turn {i} must be an object with a string `text`")
    key = next((k for k in SPEAKER_KEYS if k in t), None)
    speaker = None if key is None else SPEAKERS.get(str(t[key]).lower())
    if speaker is None and not line:
        found = _turn_line(raw, i)  # a .json file: name the turn's own line
        where = f"{path}:{found}" if found else path
    if key is None:
        raise InputError(where, f"turn {i} has no speaker: expected a `speaker` key (or {', '.join(SPEAKER_KEYS[1:])}); "
                                f"its keys are {', '.join(map(str, t)) or 'none'}")
    label = str(t[key])
    if speaker is None:
        raise InputError(where, f"turn {i}: unknown speaker {label!r} in `{key}` (agent, debtor or contact; "
                                f"also {', '.join(k for k in SPEAKERS if k not in ('agent', 'debtor', 'contact'))})")
    return speaker, t.get("text", ""), label


def _turn_line(raw: str, i: int) -> int | None:
    """The line of turn i's `"text"` key in a (pretty-printed) .json file, for error messages."""
    n = 0
    for m in _STRING.finditer(raw):
        if m.group() == '"text"' and _KEY_SEP.match(raw, m.end()):
            if n == i:
                return raw.count("\n", 0, m.start()) + 1
            n += 1
    return None


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_KEY_SEP = re.compile(r"\s*:\s*")


def _string_offsets(raw: str, texts: list[str], wanted: set[int]) -> dict[int, list[int]]:
    """For the turns in `wanted`, the raw offset of each character of the turn's text (and of its
    end) inside the JSON string literal that holds it; a turn whose literal is not found is absent.
    The n-th `"text": "…"` value in the raw is turn n's (only the turns' objects carry `text`)."""
    out: dict[int, list[int]] = {}
    if not wanted:
        return out
    last = max(wanted)
    n = 0
    after_key = -1  # end of a `"text"` key literal just seen
    for m in _STRING.finditer(raw):
        if after_key >= 0:
            if _KEY_SEP.fullmatch(raw, after_key, m.start()):
                if n in wanted:
                    literal = m.group()
                    try:
                        value = json.loads(literal)
                    except ValueError:
                        value = None
                    if isinstance(value, str) and n < len(texts) and _same(value, texts[n]):
                        out[n] = _char_offsets(literal, m.start())
                n += 1
                if n > last:
                    break
                after_key = -1
                continue
            after_key = -1
        if m.group() == '"text"':
            after_key = m.end()
    return out


def _same(decoded: str, text: str) -> bool:
    return decoded == text or (len(decoded) == len(text) and _LONE.sub("\ufffd", decoded) == text)


def _char_offsets(literal: str, base: int) -> list[int]:
    offsets, i, end = [], 1, len(literal) - 1
    while i < end:
        offsets.append(base + i)
        if literal[i] != "\\":
            i += 1
        elif literal[i + 1] != "u":
            i += 2
        else:
            code = int(literal[i + 2 : i + 6], 16)
            pair = 0xD800 <= code < 0xDC00 and literal[i + 6 : i + 8] == "\\u" and 0xDC00 <= int(literal[i + 8 : i + 12] or "0", 16) < 0xE000
            i += 12 if pair else 6
    offsets.append(base + end)
    return offsets


def place(doc: Document, findings: list[Finding]) -> None:
    """Give the findings of a call export file positions: the line and column in the file of the
    characters inside the turn's JSON string (see the module docstring)."""
    raw_info = getattr(doc, "raw", None)
    if raw_info is None or not findings:
        return
    raw, first_line, texts = raw_info
    # where each JSON turn starts in the document text (one per line): an event ([坐席挂断]) holds
    # no Turn, so a finding on it is placed by its offset
    turn_starts = [0, *itertools.accumulate(len(x) + 1 for x in texts)][:-1]
    index_of = {id(f): f.turn if f.turn is not None else max(bisect.bisect_right(turn_starts, f.start) - 1, 0)
                for f in findings}
    offsets = _string_offsets(raw, texts, set(index_of.values()))
    starts = [0, *itertools.accumulate(len(x) + 1 for x in raw.split("\n")[:-1])] if "\n" in raw else [0]
    for f in findings:
        i = index_of[id(f)]
        table = offsets.get(i)
        if table is None:
            continue
        a = min(max(f.start - turn_starts[i], 0), len(table) - 1)
        b = min(max(f.end - turn_starts[i], a), len(table) - 1)
        for which, off in (("start", table[a]), ("end", table[b])):
            row = bisect.bisect_right(starts, off) - 1
            line, col = first_line + row, off - starts[row] + 1
            if which == "start":
                f.line, f.column = line, col
            else:
                f.end_line, f.end_column = line, col


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
