"""Offsets in a Python str ↔ LSP positions.

A finding's `start`/`end` count code points of the document's text; an LSP position is a line
(split at \\n, \\r\\n or a lone \\r) and a character offset in the *position encoding* the client
and server agreed on — UTF-16 code units unless the client offered another. An emoji before a
span is one code point but two UTF-16 units; a BOM the client kept is one unit like any other
character. Findings also carry (line, column), counted at \\n only in code points: `offset_of`
reads those for documents whose text is not the one the findings' offsets index (call exports).

Pure Python, no pygls: unit-tested on its own."""

from __future__ import annotations

import bisect
import re

_BREAK = re.compile(r"\r\n|\r|\n")


def units(text: str, encoding: str = "utf-16") -> int:
    """The length of `text` in the code units of `encoding` (utf-8, utf-16 or utf-32)."""
    if encoding == "utf-32" or text.isascii():
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _prefix_of_units(line: str, n: int, encoding: str) -> int:
    """How many code points of `line` make up at most `n` code units (a position inside a
    surrogate pair or a UTF-8 sequence falls back to the character's start)."""
    if n <= 0:
        return 0
    if encoding == "utf-32" or line.isascii():
        return min(n, len(line))
    used = 0
    for i, ch in enumerate(line):
        used += units(ch, encoding)
        if used > n:
            return i
    return len(line)


class LineIndex:
    """Line tables of one text, for converting in both directions (bisect on line starts)."""

    def __init__(self, text: str, encoding: str = "utf-16"):
        self.text = text
        self.encoding = encoding
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]  # LSP lines
        self._nl_starts: list[int] | None = None  # lines as findings count them (\n only)

    def position(self, offset: int) -> tuple[int, int]:
        """(line, character) of a code-point offset, both 0-based as LSP counts them."""
        offset = min(max(offset, 0), len(self.text))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        if offset > start and self.text[offset - 1] == "\r" and offset < len(self.text) and self.text[offset] == "\n":
            offset -= 1  # between \r and \n: the end of the line
        return line, units(self.text[start:offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of an LSP position; past the end of a line is its end."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        body = self.text[start:end].rstrip("\r\n")
        return start + _prefix_of_units(body, character, self.encoding)

    def offset_of(self, line: int, column: int) -> int:
        """The offset of a finding's 1-based (line, column): lines at \\n only, columns in code points."""
        if self._nl_starts is None:
            self._nl_starts = [0, *(m.end() for m in re.finditer("\n", self.text))]
        starts = self._nl_starts
        if line < 1:
            return 0
        if line > len(starts):
            return len(self.text)
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return min(start + max(column - 1, 0), end)

    def line_end(self, offset: int) -> int:
        """Where the \\n-line holding `offset` ends, before its \\r\\n or \\n."""
        nl = self.text.find("\n", offset)
        end = len(self.text) if nl == -1 else nl
        return end - 1 if end > offset and self.text[end - 1] == "\r" else end
