"""Normalisation for matching, with a map back to original offsets.

Folds full-width forms (NFKC), case, and Traditional characters to Simplified; drops zero-width
characters and spaces or symbols inserted inside a word (坐 牢, 老-赖); applies the evasion table
(pinyin and homophone spellings → the canonical phrase). Every normalised character remembers the
original span it came from, so findings always point at the text the user wrote.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from dataclasses import dataclass

# Characters that people insert inside a word to slip past a keyword list.
_NOISE = set(" \t\u3000-_*·.•~/\\|+=#@^`'…－—_～＊・")
# Clause and sentence punctuation after NFKC folding (full-width ，！？；： become ASCII).
SENTENCE_END = "。！？!?；;\n"
CLAUSE_END = SENTENCE_END + "，,：:、"


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3134F or 0xF900 <= o <= 0xFAFF


def _is_word(ch: str) -> bool:
    return _is_cjk(ch) or ch.isalpha()


@functools.lru_cache(maxsize=1)
def _t2s_table() -> dict[str, str]:
    """Character-level Traditional→Simplified map (one character to one character, so offsets hold)."""
    import opencc  # opencc-python-reimplemented ships OpenCC's dictionaries

    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
    table: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            src, _, dst = line.rstrip("\n").partition("\t")
            first = dst.split(" ")[0] if dst else ""
            if len(src) == 1 and len(first) == 1 and src != first:
                table[src] = first
    return table


@functools.lru_cache(maxsize=65536)
def _fold(ch: str) -> str:
    if unicodedata.category(ch) in ("Cf", "Mn", "Me", "Cc") and ch not in "\n\t":
        return ""
    out = unicodedata.normalize("NFKC", ch).lower()
    t2s = _t2s_table()
    return "".join(t2s.get(c, c) for c in out)


@dataclass
class Normalized:
    text: str
    starts: list[int]  # original offset where normalised char i begins
    ends: list[int]  # original offset where normalised char i ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) for the normalised span [start, end)."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


class Normalizer:
    def __init__(self, evasions: dict[str, str] | None = None):
        self.evasions = {k.lower(): v for k, v in (evasions or {}).items() if k}
        self._evasion_re = None
        if self.evasions:
            alts = sorted(self.evasions, key=len, reverse=True)
            parts = []
            for alt in alts:
                esc = re.escape(alt)
                # ASCII spellings (pinyin, initials) must stand alone, not inside an English word.
                if alt[0].isascii() and alt[0].isalpha():
                    esc = r"(?<![a-z])" + esc
                if alt[-1].isascii() and alt[-1].isalpha():
                    esc = esc + r"(?![a-z])"
                parts.append(esc)
            self._evasion_re = re.compile("|".join(parts))

    def __call__(self, text: str) -> Normalized:
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        n = len(text)
        i = 0
        while i < n:
            ch = text[i]
            if ch in _NOISE:
                # A run of noise between two word characters is an evasion: drop it.
                j = i
                while j < n and text[j] in _NOISE:
                    j += 1
                prev = chars[-1] if chars else ""
                nxt = _fold(text[j]) if j < n else ""
                if prev and nxt and _is_word(prev) and _is_word(nxt[0]) and (_is_cjk(prev) or _is_cjk(nxt[0])):
                    i = j
                    continue
            folded = _fold(ch)
            for c in folded:
                chars.append(c)
                starts.append(i)
                ends.append(i + 1)
            i += 1
        norm = "".join(chars)
        if self._evasion_re is not None and norm:
            norm, starts, ends = self._apply_evasions(norm, starts, ends)
        return Normalized(norm, starts, ends)

    def _apply_evasions(self, norm: str, starts: list[int], ends: list[int]):
        out: list[str] = []
        out_s: list[int] = []
        out_e: list[int] = []
        pos = 0
        for m in self._evasion_re.finditer(norm):
            a, b = m.span()
            out.append(norm[pos:a])
            out_s.extend(starts[pos:a])
            out_e.extend(ends[pos:a])
            repl = self.evasions[m.group(0)]
            out.append(repl)
            # Each replacement character covers the whole original evasion.
            out_s.extend([starts[a]] * len(repl))
            out_e.extend([ends[b - 1]] * len(repl))
            pos = b
        out.append(norm[pos:])
        out_s.extend(starts[pos:])
        out_e.extend(ends[pos:])
        return "".join(out), out_s, out_e


def split_spans(text: str, stops: str) -> list[tuple[int, int]]:
    """Spans of `text` cut after each character in `stops` (the stop stays with its piece)."""
    spans = []
    start = 0
    for i, ch in enumerate(text):
        if ch in stops:
            if i + 1 > start:
                spans.append((start, i + 1))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans
