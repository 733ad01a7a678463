"""Training material (.md), SPEC §3.

Every prose line, list item and quote is linted as agent speech, except counter-examples, which
are mentions, not uses: sections under a heading naming 错误示范/反例/禁用语…, lines starting with
❌ ✗ × 【错误】 错误： or a counter-example label (反面案例：, 整改意见：…), fenced blocks whose info string is `bad` or `反例`, and quoted text after a
verb of prohibition (切忌说“…”). In `❌ "…" → ✅ "…"` only the part before the arrow is a
counter-example. Counter-example spans are kept on the Document; findings inside them are reported
only with --show-examples, at info."""

from __future__ import annotations

import re

from ..lang import default as default_language
from ..lang import quote_spans
from ..model import Document, Speaker, Turn
from . import frontmatter
from .script import lines_with_offsets

BAD_HEADING = re.compile(r"错误示范|反例|反面案例|禁用语|禁止用语|错误话术|不当话术|❌")
GOOD_HEADING = re.compile(r"推荐话术|标准话术|正确示范|✅")
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
FENCE = re.compile(r"^\s*(```+|~~~+)\s*([^\s`]*)")
MARKER = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)、]\s*|>\s*)*")


def read(text: str, path: str) -> Document:
    meta, body = frontmatter.split(text, path)
    doc = Document(path=path, kind="training", text=text, meta=meta)
    reader = _Reader(doc)
    for offset, line in lines_with_offsets(text, body):
        fm = FENCE.match(line)
        if reader.fence is not None:
            reader.fenced_line(line, offset, fm)
        elif fm:
            reader.fence = fm.group(1)
            reader.fence_bad = fm.group(2).lower() in ("bad", "反例")
        elif hm := HEADING.match(line):
            reader.heading(len(hm.group(1)), hm.group(2))
        elif line.strip():
            reader.prose_line(line, offset)
    return doc


class _Reader:
    """The state of reading a training document line by line: the open fence (its marker and
    whether its info string marks it bad), the level of the counter-example section we are in,
    and the next turn index."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.bad_level: int | None = None
        self.fence: str | None = None
        self.fence_bad = False
        self.index = 0

    def _turn(self, content: str, start: int) -> None:
        self.doc.turns.append(Turn(Speaker.AGENT, content, start, self.index))
        self.index += 1

    def fenced_line(self, line: str, offset: int, fm) -> None:
        """A line inside a fence: its closing marker, or a turn (a counter-example in a bad fence
        or section)."""
        if fm and fm.group(1).startswith(self.fence[0]) and len(fm.group(1)) >= len(self.fence):
            self.fence = None
            return
        if line.strip():
            self._turn(line, offset)
            if self.fence_bad or self.bad_level is not None:
                self.doc.counter_example_spans.append((offset, offset + len(line)))

    def heading(self, level: int, title: str) -> None:
        """A heading closes a counter-example section of its level or deeper, and may open one."""
        if self.bad_level is not None and level <= self.bad_level:
            self.bad_level = None
        if BAD_HEADING.search(title) and not GOOD_HEADING.search(title):
            self.bad_level = level

    def prose_line(self, line: str, offset: int) -> None:
        """A prose line, list item or quote, without its markers: a turn, with its counter-example
        spans."""
        lead = MARKER.match(line).end()
        content = line[lead:]
        start = offset + lead
        self._turn(content, start)
        spans = self.doc.counter_example_spans
        if self.bad_level is not None:
            spans.append((start, start + len(content)))
        elif (end := default_language().counter_example_end(content)) is not None:
            spans.append((start, start + end))
        else:
            for qa, qb in quote_spans(content):
                if default_language().prohibit_say_re.search(content[:qa]):
                    spans.append((start + qa, start + qb + 1))
