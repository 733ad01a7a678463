"""The turns of the calls (and the lines of the files) the HTML report shows in detail, read again
from their inputs at the end, as the text reporter re-reads source lines: only the riskiest few
hundred are ever held. An input that cannot be read again (standard input, a moved file) leaves
its item with findings but no turns."""

from __future__ import annotations

import json
import re
from collections import defaultdict

SPEAKER_ZH = {"agent": "坐席", "debtor": "客户", "third_party": "第三方", "unknown": "未知"}
_STAMP = re.compile(r"[\[（(【]\s*(\d{1,2}:\d{2}(?::\d{2})?)\s*[\]）)】]")


def _clock(seconds) -> str:
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        return ""
    s = max(0, int(seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _raw_times(doc) -> dict[int, str]:
    """Turn index → start time, from a call export's own JSON (`turns[i].start`)."""
    try:
        turns = json.loads(doc.raw[0]).get("turns")
    except (ValueError, AttributeError, TypeError):
        return {}
    if not isinstance(turns, list):
        return {}
    return {i: _clock(t.get("start")) for i, t in enumerate(turns) if isinstance(t, dict)}


def _stamp_before(text: str, offset: int) -> str:
    """A transcript line's `[00:01:23]` timestamp, read from the start of the turn's line."""
    start = text.rfind("\n", 0, offset) + 1
    m = _STAMP.search(text, start, offset)
    return m.group(1) if m else ""


def doc_turns(doc) -> list[dict]:
    """A call's turns in order: speaker (zh), time (may be empty), text; continuation lines of a
    turn are joined."""
    times = _raw_times(doc) if doc.raw is not None else None
    out: list[dict] = []
    for t in doc.turns:
        if out and out[-1]["index"] == t.index:
            out[-1]["text"] += "\n" + t.text
            continue
        time = times.get(t.index, "") if times is not None else _stamp_before(doc.text, t.offset)
        out.append({"index": t.index, "speaker": SPEAKER_ZH.get(t.speaker.value, t.speaker.value), "time": time, "text": t.text})
    return out


def _jsonl_docs(path: str, lines: set[int]):
    from ..inputs import iter_jsonl_batches
    from ..inputs.jsoncall import line_document

    left = set(lines)
    for item in iter_jsonl_batches(path):
        if not isinstance(item, tuple):
            return
        for n, line in item[1]:
            if n in left:
                left.discard(n)
                yield n, line_document(line, path, n)
        if not left:
            return


def call_turns(items, top: list[int]) -> dict[int, list[dict]]:
    """Item → its turns, for the top items that are calls."""
    from ..inputs import iter_documents
    from ..model import Document

    by_path: dict[str, dict[int, int]] = defaultdict(dict)  # path → {line (-1: the whole file): item}
    for i in top:
        if i < items.calls:
            by_path[items.paths.names[items.cols["path"][i]]][items.cols["line"][i]] = i
    out: dict[int, list[dict]] = {}
    for path, wanted in by_path.items():
        try:
            if not path.lower().endswith(".jsonl"):  # one call per file
                doc = next((d for d in iter_documents(path) if isinstance(d, Document)), None)
                for i in wanted.values() if doc is not None else ():
                    out[i] = doc_turns(doc)
            else:
                for n, doc in _jsonl_docs(path, set(wanted)):
                    if isinstance(doc, Document):
                        out[wanted[n]] = doc_turns(doc)
        except (OSError, ValueError):
            continue  # gone or changed since: the item keeps its findings, without turns
    return out


def file_lines(items, top: list[int], findings: dict) -> dict[int, dict[int, str]]:
    """Item → {line number: text} of the lines with findings, for the top items that are files."""
    from .text import _source_lines

    out: dict[int, dict[int, str]] = {}
    for i in top:
        if i < items.calls:
            continue
        lines = _source_lines(items.paths.names[items.cols["path"][i]])
        if lines is None:
            continue
        wanted = {r.line for r in findings.get(i, ())}
        out[i] = {n: lines[n - 1] for n in sorted(wanted) if 0 < n <= len(lines)}
    return out
