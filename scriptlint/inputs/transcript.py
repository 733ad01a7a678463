"""Speaker-labelled transcripts (.txt), SPEC §3.

`[00:01:23] 坐席：text` — an optional timestamp, a label, a colon (full- or half-width), the text.
Bracketed lines such as `[坐席挂断]` or `（客户挂断）` are events. A line without a label continues
the previous turn. An unknown label is warned about and its turn treated as non-agent."""

from __future__ import annotations

import re
import warnings

from ..model import Document, Event, Speaker, Turn
from . import frontmatter
from .script import lines_with_offsets

AGENT_LABELS = ("坐席", "催收员", "客服", "专员", "业务员", "工作人员", "我方", "agent", "a")
DEBTOR_LABELS = ("客户", "债务人", "借款人", "欠款人", "本人", "customer", "debtor", "b")
THIRD_LABELS = ("联系人", "第三方", "家属", "紧急联系人", "同事", "contact", "third_party")
LABELS = {
    **{k: Speaker.AGENT for k in AGENT_LABELS},
    **{k: Speaker.DEBTOR for k in DEBTOR_LABELS},
    **{k: Speaker.THIRD_PARTY for k in THIRD_LABELS},
}
_TS = r"(?:[\[【(（]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*[\]】)）]?\s*)?"
LINE_RE = re.compile(r"^\s*" + _TS + r"(?P<label>[^\s:：\[\]【】()（）]{1,10}?)\s*[:：]\s?")
EVENT_RE = re.compile(r"^\s*" + _TS + r"[\[【(（][^\]】)）]{1,40}[\]】)）]\s*$")


class TranscriptWarning(UserWarning):
    pass


def _label(line: str):
    m = LINE_RE.match(line)
    if not m:
        return None, None
    return m.group("label"), m


def looks_like_transcript(text: str) -> bool:
    """At least two lines, and 60 % of the lines that are not blank or events, start with a known
    speaker label. Reading stops once the lines left cannot reach 60 %."""
    body = frontmatter.body_start(text)
    most = text.count("\n", body) + 1  # no more lines than this can count
    lines = known = 0
    for _, ln in lines_with_offsets(text, body):
        if not ln.strip() or EVENT_RE.match(ln):
            continue
        lines += 1
        if (_label(ln)[0] or "").lower() in LABELS:
            known += 1
        elif 5 * (known - lines) + 2 * most < 0:  # even if every line left were labelled: under 60 %
            return False
    return known >= 2 and known / lines >= 0.6


def read(text: str, path: str) -> Document:
    meta, body = frontmatter.split(text, path)
    doc = Document(path=path, kind="transcript", text=text, meta=meta)
    current: Speaker | None = None
    index = -1
    warned: set[str] = set()
    for offset, line in lines_with_offsets(text, body):
        if not line.strip():
            continue
        if EVENT_RE.match(line):
            doc.events.append(Event(line.strip(), offset, index))
            continue
        label, m = _label(line)
        if m is not None:
            speaker = LABELS.get(label.lower())
            if speaker is None:
                if label not in warned:
                    warnings.warn(f"{path}: unknown speaker label {label!r}; its turns are treated as non-agent", TranscriptWarning, stacklevel=2)
                    warned.add(label)
                speaker = Speaker.UNKNOWN
            index += 1
            current = speaker
            doc.turns.append(Turn(speaker, line[m.end() :], offset + m.end(), index, label))
        elif current is not None:
            doc.turns.append(Turn(current, line, offset, index, doc.turns[-1].label))
    if not any(t.speaker is Speaker.AGENT for t in doc.turns):
        warnings.warn(f"{path}: transcript has no agent turns; nothing to check", TranscriptWarning, stacklevel=2)
    return doc
