"""Bytes → text. UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM (either byte order),
GB18030/GBK; binary is refused.

The encoding and BOM are remembered so `fix` can write the file back exactly as it came."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..model import InputError

# UTF-32 first: its little-endian BOM begins with UTF-16's (FF FE 00 00 vs FF FE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "le"),
    (codecs.BOM_UTF32_BE, "utf-32", "be"),
    (codecs.BOM_UTF8, "utf-8-sig", ""),
    (codecs.BOM_UTF16_LE, "utf-16", "le"),
    (codecs.BOM_UTF16_BE, "utf-16", "be"),
)


@dataclass
class Decoded:
    text: str
    encoding: str  # the codec to read with (utf-8-sig keeps the BOM; utf-16/utf-32 read either byte order)
    byteorder: str = ""  # "le" or "be" for UTF-16/32: written back in the same order, with its BOM

    @property
    def label(self) -> str:
        if self.encoding in ("utf-16", "utf-32"):
            return self.encoding + ("-be" if self.byteorder == "be" else "")
        return {"utf-8-sig": "utf-8-bom"}.get(self.encoding, self.encoding)

    def encode(self, text: str) -> bytes:
        """`text` in this file's own encoding, byte order and BOM."""
        if self.byteorder:
            bom = {("utf-16", "le"): codecs.BOM_UTF16_LE, ("utf-16", "be"): codecs.BOM_UTF16_BE,
                   ("utf-32", "le"): codecs.BOM_UTF32_LE, ("utf-32", "be"): codecs.BOM_UTF32_BE}[self.encoding, self.byteorder]
            return bom + text.encode(f"{self.encoding}-{self.byteorder}")
        return text.encode(self.encoding)


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
    for bom, enc, order in _BOMS:
        if data.startswith(bom):
            codec = f"{enc}-{order}" if order else enc
            try:
                text = data[len(bom):].decode(codec) if order else data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"invalid {enc} after a BOM at byte {exc.start}") from None
            return Decoded(text, enc, order)
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
