"""Scripts (.txt): free text, every line is the agent's speech — except a line headed as a
counter-example (反面案例：…, 整改意见：…; `counter_example_labels` in the language data), which is
a mention, as under a 错误示范 heading in training material. A label in brackets that opens a line
(【节点：客户说没钱】, [短信]) names the node or channel of a bot or template library: it is not
said, so the turn starts after it."""

from __future__ import annotations

import re

from ..lang import default as default_language
from ..model import Document, Speaker, Turn
from . import frontmatter


def lines_with_offsets(text: str, start: int = 0):
    """Yield (offset, line without its line ending) for each line from `start`."""
    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        line_end = end - 1 if end > pos and text[end - 1] == "\r" else end
        yield pos, text[pos:line_end]
        if nl == -1:
            break
        pos = nl + 1


# 【节点：开场】 / 【场景：客户说没钱】 / [短信] / [企业微信]: a key and value in 【】, or a short tag in []
LINE_LABEL = re.compile(r"^\s*(?:【[^】\n]{0,16}[：:][^】\n]{0,24}】|\[[^\]\n]{1,12}\])\s*")


def label_end(line: str) -> int:
    """Where the speech starts after a bracketed line label (0 when there is none)."""
    m = LINE_LABEL.match(line)
    return m.end() if m and m.end() < len(line) else 0


def read(text: str, path: str) -> Document:
    meta, body = frontmatter.split(text, path)
    doc = Document(path=path, kind="script", text=text, meta=meta)
    lang = default_language()
    for i, (offset, line) in enumerate(lines_with_offsets(text, body)):
        if line.strip():
            lead = label_end(line)
            doc.turns.append(Turn(Speaker.AGENT, line[lead:], offset + lead, i))
            end = lang.counter_example_end(line)
            if end is not None:
                doc.counter_example_spans.append((offset, offset + end))
    return doc
