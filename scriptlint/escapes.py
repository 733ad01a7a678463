"""Text from inputs (paths, matched text, source lines) made safe to show.

On a terminal an ESC or OSC sequence in a file name or a line of a transcript would be obeyed (move
the cursor, retitle the window, hide text, write a hyperlink); under GitHub Actions a newline
followed by `::error` in a file name would be read as a workflow command; in XML most C0 controls
are not allowed at all. `visible` renders every such character as a visible escape (`\\x1b`,
`\\u202e`), so what is shown is what is there."""

from __future__ import annotations

import re

# C0 and C1 controls, DEL; bidi overrides and isolates (Trojan Source: text that displays in
# another order than it reads); line/paragraph separators; lone surrogates; XML's non-characters.
_UNSAFE = "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff\ufffe\uffff"
_PATTERNS: dict[str, re.Pattern] = {}


def _escape(m: re.Match) -> str:
    o = ord(m.group())
    if 0xDC80 <= o <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        o -= 0xDC00
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}"


def visible(text: str, keep: str = "") -> str:
    """`text` with unsafe characters (except those in `keep`, e.g. "\\t\\n") escaped visibly."""
    pattern = _PATTERNS.get(keep)
    if pattern is None:
        chars = "".join(re.escape(c) for c in keep)
        pattern = _PATTERNS[keep] = re.compile(f"(?![{chars}])[{_UNSAFE}]" if keep else f"[{_UNSAFE}]")
    return pattern.sub(_escape, text) if pattern.search(text) else text


_SURROGATES = re.compile("[\ud800-\udfff]")


def display_path(path: str) -> str:
    """A path as reports show it: the bytes of a file name that is not UTF-8 as `\\xff`, so every
    output format can be written (and read back) as UTF-8."""
    return _SURROGATES.sub(_escape, path) if _SURROGATES.search(path) else path
