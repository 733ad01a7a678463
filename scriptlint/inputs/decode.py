"""Bytes → text. UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK; binary is refused.

The encoding and BOM are remembered so `fix` can write the file back exactly as it came."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..model import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Decoded:
    text: str
    encoding: str  # the codec name to write back with (utf-8-sig keeps the BOM)

    @property
    def label(self) -> str:
        return {"utf-8-sig": "utf-8-bom", "utf-16": "utf-16"}.get(self.encoding, self.encoding)


def _looks_textual(text: str) -> bool:
    """A GB18030 decode "succeeds" on most byte soup; accept it only if it reads like text."""
    if not text:
        return True
    good = 0
    for ch in text:
        o = ord(ch)
        if ch.isprintable() or ch in "\r\n\t":
            if 0x4E00 <= o <= 0x9FFF or o < 0x80 or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F:
                good += 1
    return good / len(text) >= 0.9


_UTF8_CJK = re.compile(rb"[\xe3-\xe9][\x80-\xbf][\x80-\xbf]")


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 CJK sequences cover most high bytes: a UTF-8 file with foreign bytes mixed in,
    which GB18030 would "decode" into nonsense."""
    high = sum(1 for b in data if b >= 0x80)
    if high < 9:
        return False
    return 3 * len(_UTF8_CJK.findall(data)) >= 0.6 * high


def decode(data: bytes, path: str) -> Decoded:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"invalid {enc} after a BOM at byte {exc.start}") from None
            return Decoded(text.lstrip("\ufeff") if enc == "utf-16" else text, enc)
    if b"\x00" in data:
        raise InputError(path, "binary file (NUL bytes), skipped")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _mostly_utf8(data):
        raise InputError(path, f"mixed or broken encoding: UTF-8 text with invalid bytes at byte {utf8_error.start}; skipped")
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_textual(text):
        return Decoded(text, "gb18030")
    raise InputError(path, f"cannot decode: not UTF-8 (byte {utf8_error.start}), UTF-16 or GB18030 text; skipped")
