"""Input readers, one module per format; this module picks one by kind and decodes bytes.

`iter_documents(path, kind)` yields a Document per call (one for most files, one per line of a
JSONL export) or an InputError for what cannot be read; the caller carries on either way."""

from __future__ import annotations

import codecs
import io
import os
from collections.abc import Iterator

from .. import safeio
from ..model import Document, InputError
from . import calllog, jsoncall, markdown, script, transcript
from .decode import Decoded, decode

KINDS = ("auto", "script", "transcript", "training", "json", "jsonl", "calllog")
EXTENSIONS = (".txt", ".md", ".markdown", ".json", ".jsonl", ".csv")
SNIFF_BYTES = 1 << 16


def detect_kind(path: str, text: str) -> str:
    lower = path.lower()
    if lower.endswith((".md", ".markdown")):
        return "training"
    if lower.endswith(".jsonl"):
        return "jsonl"
    if lower.endswith(".json"):
        return "json"
    if lower.endswith(".csv") or (not lower.endswith(".txt") and calllog.looks_like_calllog(text)):
        return "calllog"
    stripped = text.lstrip("\ufeff \r\n\t")
    if stripped.startswith("{") and '"turns"' in stripped and not lower.endswith(".txt"):
        return "jsonl" if stripped.count("\n{") else "json"  # a call export has turns; other braces are text
    if transcript.looks_like_transcript(text):
        return "transcript"
    return "script"


def read_text(text: str, path: str = "<text>", kind: str = "auto", encoding: str = "utf-8") -> Document:
    """One Document from text (the first call of a JSONL text; errors raise)."""
    for item in iter_text(text, path, kind, encoding):
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError(path, "no call in this JSONL input")


def iter_text(text: str, path: str, kind: str = "auto", encoding: str = "utf-8") -> Iterator[Document | InputError]:
    """Documents of a text; what cannot be read is yielded as an InputError, never raised."""
    try:
        yield from _iter_text(text, path, kind, encoding)
    except InputError as exc:
        yield exc


def _iter_text(text: str, path: str, kind: str, encoding: str) -> Iterator[Document | InputError]:
    if kind in ("auto", None):
        kind = detect_kind(path, text)
    if kind == "jsonl":
        for item in jsoncall.iter_jsonl(iter(text.splitlines()), path):
            if isinstance(item, Document):
                item.encoding = encoding
            yield item
        return
    if kind == "calllog":
        doc, errors = calllog.read(text, path)
        doc.encoding = encoding
        yield doc
        yield from errors
        return
    if kind == "json":
        doc = jsoncall.read_json(text, path)
    else:
        reader = {"script": script, "utterance": script, "transcript": transcript, "training": markdown}.get(kind)
        if reader is None:
            raise InputError(path, f"unknown kind {kind!r}")
        doc = reader.read(text, path)
        doc.kind = kind
    doc.encoding = encoding
    yield doc


def read_bytes(data: bytes, path: str, kind: str = "auto") -> Document:
    decoded: Decoded = decode(data, path)
    return read_text(decoded.text, path, kind, decoded.label)


def iter_documents(path: str, kind: str = "auto", data: bytes | None = None) -> Iterator[Document | InputError]:
    """Read a file (or `data`, for stdin) and yield its Documents; JSONL files are streamed."""
    try:
        if data is None and (kind == "jsonl" or (kind == "auto" and path.lower().endswith(".jsonl"))):
            yield from _stream_jsonl(path)
            return
        if data is None:
            data = safeio.read_capped(path, safeio.MAX_INPUT_BYTES)
        decoded = decode(data, path)
        yield from _iter_text(decoded.text, path, kind, decoded.label)
    except InputError as exc:
        yield exc
    except IsADirectoryError:
        yield InputError(path, "is a directory, not a file")
    except safeio.UnsafeFile as exc:
        yield InputError(path, f"{exc}; skipped")
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")


def _open_input(path: str):
    """A regular file, opened without blocking on a FIFO (which is refused)."""
    return os.fdopen(safeio.open_regular(path), "rb")


def _stream_jsonl(path: str) -> Iterator[Document | InputError]:
    with _open_input(path) as fh:
        head = fh.read(SNIFF_BYTES)
        sniff = decode(_trim_partial(head), path)  # raises for binary / undecodable
        fh.seek(0)
        stream = io.TextIOWrapper(fh, encoding=sniff.encoding, newline="")
        lines = _decoded_lines(stream, path)
        for item in jsoncall.iter_jsonl(lines, path):
            if isinstance(item, Document):
                item.encoding = sniff.label
            yield item
        if lines.error:
            yield lines.error


def iter_jsonl_batches(path: str, size: int = 256) -> Iterator[tuple[str, list[tuple[int, str]]] | InputError]:
    """Stream a JSONL file as batches of (line number, line), with the encoding label, for
    parallel workers; decode problems are yielded as InputErrors."""
    try:
        with _open_input(path) as fh:
            sniff = decode(_trim_partial(fh.read(SNIFF_BYTES)), path)
            fh.seek(0)
            lines = _decoded_lines(io.TextIOWrapper(fh, encoding=sniff.encoding, newline=""), path)
            batch: list[tuple[int, str]] = []
            for n, line in enumerate(lines, 1):
                batch.append((n, line))
                if len(batch) >= size:
                    yield sniff.label, batch
                    batch = []
            if batch:
                yield sniff.label, batch
            if lines.error:
                yield lines.error
    except InputError as exc:
        yield exc
    except safeio.UnsafeFile as exc:
        yield InputError(path, f"{exc}; skipped")
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")


class _decoded_lines:
    """Iterate lines of a text stream; a decode error ends the iteration and is kept."""

    def __init__(self, stream, path):
        self.stream, self.path, self.error, self.n = stream, path, None, 0

    def __iter__(self):
        return self

    def __next__(self):
        try:
            line = next(self.stream)
        except UnicodeDecodeError as exc:
            self.error = InputError(f"{self.path}:{self.n + 1}", f"cannot decode ({exc.reason}); the rest of the file is skipped")
            raise StopIteration from None
        self.n += 1
        return line.lstrip("\ufeff") if self.n == 1 else line


def _trim_partial(head: bytes) -> bytes:
    """Drop a multi-byte character cut off at the end of the sniffed chunk."""
    if len(head) < SNIFF_BYTES:
        return head
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        dec.decode(head, final=False)
        pending = dec.getstate()[0]
        return head[: len(head) - len(pending)]
    except UnicodeDecodeError:
        return head


__all__ = ["Document", "InputError", "KINDS", "EXTENSIONS", "detect_kind", "read_text", "iter_documents", "decode"]
