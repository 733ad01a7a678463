"""Offsets ↔ LSP positions (scriptlint.lsp.positions): UTF-16 by default, UTF-8 and UTF-32 when
negotiated; CRLF, lone CR and a BOM; characters outside the BMP before a span."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scriptlint.lsp.positions import LineIndex, units

EMOJI = "\U0001F600"  # 😀: one code point, two UTF-16 units, four UTF-8 bytes


@pytest.mark.parametrize("text, offset, encoding, expected", [
    ("你这个老赖", 3, "utf-16", (0, 3)),
    (EMOJI + "你这个老赖", 4, "utf-16", (0, 5)),
    (EMOJI + EMOJI + "老赖", 2, "utf-16", (0, 4)),
    (EMOJI + "老赖", 1, "utf-8", (0, 4)),
    (EMOJI + "老赖", 2, "utf-8", (0, 7)),
    (EMOJI + "老赖", 2, "utf-32", (0, 2)),
    ("\ufeff老赖", 1, "utf-16", (0, 1)),          # a BOM the client kept is a character like any other
    ("第一行\r\n" + EMOJI + "老赖", 6, "utf-16", (1, 2)),
    ("第一行\r\n老赖", 4, "utf-16", (0, 3)),       # between \r and \n: the end of line 0
    ("第一行\r老赖", 4, "utf-16", (1, 0)),         # a lone CR ends a line for LSP
    ("a\n", 2, "utf-16", (1, 0)),
    ("abc", 99, "utf-16", (0, 3)),               # clamped
])
def test_position(text, offset, encoding, expected):
    assert LineIndex(text, encoding).position(offset) == expected


@pytest.mark.parametrize("text, line, character, encoding, expected", [
    (EMOJI + "老赖", 0, 2, "utf-16", 1),
    (EMOJI + "老赖", 0, 1, "utf-16", 0),       # inside a surrogate pair: the character's start
    (EMOJI + "老赖", 0, 4, "utf-8", 1),
    ("第一行\r\n老赖", 0, 99, "utf-16", 3),      # past the end of a line: its end, not the next line
    ("第一行\r\n老赖", 1, 1, "utf-16", 6),
    ("第一行\r\n老赖", 7, 0, "utf-16", 7),       # past the last line: the end
])
def test_offset(text, line, character, encoding, expected):
    assert LineIndex(text, encoding).offset(line, character) == expected


def test_finding_line_and_column_count_lines_at_newline_only():
    text = "a\rb\n" + EMOJI + "老赖\n"
    index = LineIndex(text)
    assert index.offset_of(2, 2) == 5 and text[5] == "老"
    assert index.position(index.offset_of(2, 2)) == (2, 2)  # LSP saw the \r as a line of its own
    assert index.offset_of(1, 99) == 3  # clamped to the line


@given(st.text(alphabet=st.sampled_from(["a", "老", EMOJI, "\r", "\n", "\ufeff", "\u2028"]), max_size=40), st.data())
def test_round_trip(text, data):
    for encoding in ("utf-16", "utf-8", "utf-32"):
        index = LineIndex(text, encoding)
        offset = data.draw(st.integers(0, len(text)))
        if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
            continue  # not a position LSP can name
        line, character = index.position(offset)
        assert index.offset(line, character) == offset
        assert character == units(text[index.starts[line]:offset], encoding)
