"""Training material (.md), SPEC §3.

Every prose line, list item and quote is linted as agent speech, except counter-examples, which
are mentions, not uses: sections under a heading naming 错误示范/反例/禁用语…, lines starting with
❌ ✗ × 【错误】 错误：, fenced blocks whose info string is `bad` or `反例`, and quoted text after a
verb of prohibition (切忌说“…”). In `❌ "…" → ✅ "…"` only the part before the arrow is a
counter-example. Counter-example spans are kept on the Document; findings inside them are reported
only with --show-examples, at info."""

from __future__ import annotations

import re

from ..model import Document, Speaker, Turn
from ..scopes import _PROHIBIT_SAY_RE, quote_spans
from . import frontmatter
from .script import lines_with_offsets

BAD_HEADING = re.compile(r"错误示范|反例|反面案例|禁用语|禁止用语|错误话术|不当话术|❌")
GOOD_HEADING = re.compile(r"推荐话术|标准话术|正确示范|✅")
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
FENCE = re.compile(r"^\s*(```+|~~~+)\s*([^\s`]*)")
MARKER = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)、]\s*|>\s*)*")
BAD_LINE = re.compile(r"^(?:❌|✗|✘|×|【错误】|错误[:：]|\[错误\])")
ARROW = re.compile(r"→|=>|->|⟶|✅")


def read(text: str, path: str) -> Document:
    meta, body = frontmatter.split(text, path)
    doc = Document(path=path, kind="training", text=text, meta=meta)
    bad_level: int | None = None
    fence: str | None = None
    fence_bad = False
    index = 0
    for offset, line in lines_with_offsets(text, body):
        fm = FENCE.match(line)
        if fence is not None:
            if fm and fm.group(1).startswith(fence[0]) and len(fm.group(1)) >= len(fence):
                fence = None
                continue
            if line.strip():
                doc.turns.append(Turn(Speaker.AGENT, line, offset, index))
                index += 1
                if fence_bad or bad_level is not None:
                    doc.counter_example_spans.append((offset, offset + len(line)))
            continue
        if fm:
            fence = fm.group(1)
            fence_bad = fm.group(2).lower() in ("bad", "反例")
            continue
        hm = HEADING.match(line)
        if hm:
            level = len(hm.group(1))
            if bad_level is not None and level <= bad_level:
                bad_level = None
            if BAD_HEADING.search(hm.group(2)) and not GOOD_HEADING.search(hm.group(2)):
                bad_level = level
            continue
        if not line.strip():
            continue
        lead = MARKER.match(line).end()
        content = line[lead:]
        start = offset + lead
        doc.turns.append(Turn(Speaker.AGENT, content, start, index))
        index += 1
        if bad_level is not None:
            doc.counter_example_spans.append((start, start + len(content)))
        elif BAD_LINE.match(content):
            arrow = ARROW.search(content)
            end = arrow.start() if arrow else len(content)
            doc.counter_example_spans.append((start, start + end))
        else:
            for qa, qb in quote_spans(content):
                if _PROHIBIT_SAY_RE.search(content[:qa]):
                    doc.counter_example_spans.append((start + qa, start + qb + 1))
    return doc
