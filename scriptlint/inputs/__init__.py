"""Input readers, one module per format. `read_document` picks one by kind."""

from __future__ import annotations

from ..model import Document, InputError
from . import markdown, script, transcript
from .decode import Decoded, decode

KINDS = ("script", "transcript", "training")
EXTENSIONS = (".txt", ".md", ".markdown")


def detect_kind(path: str, text: str) -> str:
    lower = path.lower()
    if lower.endswith((".md", ".markdown")):
        return "training"
    if transcript.looks_like_transcript(text):
        return "transcript"
    return "script"


def read_text(text: str, path: str = "<text>", kind: str = "auto", encoding: str = "utf-8") -> Document:
    if kind in ("auto", None):
        kind = detect_kind(path, text)
    reader = {"script": script, "utterance": script, "transcript": transcript, "training": markdown}.get(kind)
    if reader is None:
        raise InputError(path, f"unknown kind {kind!r}")
    doc = reader.read(text, path)
    doc.kind = kind
    doc.encoding = encoding
    return doc


def read_bytes(data: bytes, path: str, kind: str = "auto") -> Document:
    decoded: Decoded = decode(data, path)
    return read_text(decoded.text, path, kind, decoded.label)


__all__ = ["Document", "InputError", "KINDS", "EXTENSIONS", "detect_kind", "read_text", "read_bytes", "decode"]
