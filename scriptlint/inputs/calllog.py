"""Dialer call logs (`.csv`): one attempt per row, checked for call-time and call-frequency.

The header must name a time column and a contact/number column (English or Chinese names);
party and outcome columns are optional. Records go into `meta["records"]` with their spans."""

from __future__ import annotations

import csv

from ..model import Document, InputError
from .script import lines_with_offsets

TIME_COLS = ("time", "started_at", "start_time", "call_time", "datetime", "date_time", "时间", "拨打时间", "呼叫时间", "开始时间")
CONTACT_COLS = ("contact", "number", "phone", "callee", "called_number", "to", "contact_id", "号码", "电话", "被叫号码", "联系人", "联系电话")
PARTY_COLS = ("party", "called_party", "relation", "对象", "关系")
OUTCOME_COLS = ("outcome", "result", "status", "answered", "disposition", "结果", "状态", "接通", "通话结果")
# outcomes that say who (or what) the agent spoke to, whatever `called_party` says was dialled
VOICEMAIL_OUTCOMES = {"voicemail", "voice_mail", "answering_machine", "语音信箱", "语音留言", "留言"}
WRONG_NUMBER_OUTCOMES = {"wrong_number", "wrong-number", "wrong number", "打错", "打错了", "号码错误", "非本人"}
# a voicemail is an unanswered attempt too
UNANSWERED = {"no_answer", "noanswer", "unanswered", "missed", "busy", "failed", "rejected", "no", "false", "0",
              "未接", "未接通", "无人接听", "占线", "拒接", "关机", "空号", "无应答", "未应答", "否"} | VOICEMAIL_OUTCOMES


def meta_scalar(value) -> str:
    """A meta value as text ("" for null, an object or a list)."""
    return "" if value is None or isinstance(value, (dict, list)) else str(value).strip()


def meta_outcome(meta: dict):
    """The call's outcome from its meta (the first outcome key that holds a value): a bool as it
    is, text lowercased; None when the meta says nothing."""
    for k in OUTCOME_COLS:
        value = meta.get(k)
        if isinstance(value, bool):
            return value
        if meta_scalar(value):
            return meta_scalar(value).lower()
    return None


def _find(header: list[str], names: tuple[str, ...]) -> int | None:
    low = [h.strip().lower() for h in header]
    for name in names:
        if name in low:
            return low.index(name)
    return None


def looks_like_calllog(text: str) -> bool:
    first = text.lstrip("\ufeff \r\n")[:2000].split("\n", 1)[0]
    if "," not in first or len(first) >= 1000:
        return False
    try:
        header = next(csv.reader([first]), [])
    except csv.Error:
        return False
    return _find(header, TIME_COLS) is not None and _find(header, CONTACT_COLS) is not None


def _records(text: str):
    """(line number, offset, end, text) of each non-blank CSV record; a quoted field may span
    lines (RFC 4180), so a record runs on while its quotes are unbalanced."""
    pending = None  # (line number, offset, [lines])
    for n, (off, line) in enumerate(lines_with_offsets(text), 1):
        if pending is None:
            if not line.strip():
                continue
            pending = (n, off, [line])
        else:
            pending[2].append(line)
        body = "\n".join(pending[2])
        if body.count('"') % 2 == 0:
            yield pending[0], pending[1], off + len(line), body
            pending = None
    if pending is not None:
        yield pending[0], pending[1], len(text), "\n".join(pending[2])


def read(text: str, path: str) -> tuple[Document, list[InputError]]:
    from ..matchers.calltime import parse_moment

    doc = Document(path=path, kind="calllog", text=text)
    errors: list[InputError] = []
    rows = _records(text)
    first = next(rows, None)
    if first is None:
        return doc, errors
    try:
        header = next(csv.reader([first[3].lstrip("\ufeff")]))
    except csv.Error as exc:
        raise InputError(path, f"call log header is not CSV: {exc}") from None
    t_col, c_col = _find(header, TIME_COLS), _find(header, CONTACT_COLS)
    if t_col is None or c_col is None:
        raise InputError(path, "call log header needs a time column and a contact/number column "
                               f"(e.g. {TIME_COLS[0]}, {CONTACT_COLS[0]}); got {', '.join(header)}")
    p_col, o_col = _find(header, PARTY_COLS), _find(header, OUTCOME_COLS)
    records = []
    for n, off, end, line in rows:
        try:
            fields = next(csv.reader([line]))
        except (csv.Error, StopIteration) as exc:
            errors.append(InputError(f"{path}:{n}", f"malformed CSV row: {exc}"))
            continue
        if len(fields) != len(header):
            errors.append(InputError(f"{path}:{n}", f"expected {len(header)} fields, got {len(fields)}"))
            continue
        moment, day = parse_moment(fields[t_col])
        if day is None:
            errors.append(InputError(f"{path}:{n}", f"cannot read the time {fields[t_col]!r}"))
            continue
        answered = None
        if o_col is not None:
            value = fields[o_col].strip().lower()
            answered = value not in UNANSWERED if value else None
        records.append({"time": moment, "date": day, "contact": fields[c_col].strip(), "answered": answered,
                        "party": fields[p_col].strip() if p_col is not None else "",
                        "start": off, "end": end, "line": n})
    doc.meta["records"] = records
    return doc, errors
