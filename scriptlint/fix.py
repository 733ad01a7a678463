"""`scriptlint fix`: apply `swap` rewrites in place, safely.

- Only text outside nothing but the fix spans changes; overlapping fixes keep the first.
- The file is written back in its own encoding, with its BOM and line endings.
- Writes are atomic (a temp file in the same directory, fsync, rename) and keep the permissions.
- Concurrent runs on one directory are serialised with a lock, and a file that changed after it
  was read is left alone with a message — so two runs at once end as one run would."""

from __future__ import annotations

import contextlib
import difflib
import fcntl
import os
import tempfile
from dataclasses import dataclass

from .inputs.decode import decode
from .model import Finding, InputError


@dataclass
class FixResult:
    path: str
    applied: int
    new_text: str | None  # None when nothing changed
    old_text: str
    encoding: str


def apply_fixes(text: str, findings: list[Finding]) -> tuple[str, int]:
    fixes = sorted({(f.fix.start, f.fix.end, f.fix.replacement) for f in findings if f.fix})
    out, pos, applied = [], 0, 0
    for start, end, replacement in fixes:
        if start < pos or text[start:end] == replacement:
            continue
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
        applied += 1
    out.append(text[pos:])
    return "".join(out), applied


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16":
        return text.encode("utf-16")  # writes a BOM, as the file had one
    return text.encode(encoding)


@contextlib.contextmanager
def directory_lock(path: str):
    directory = os.path.dirname(os.path.abspath(path)) or "."
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def atomic_write(path: str, data: bytes, expected: bytes) -> None:
    """Replace `path` with `data` unless its bytes are no longer `expected`."""
    with open(path, "rb") as fh:
        if fh.read() != expected:
            raise InputError(path, "changed on disk since it was read; not fixed (run fix again)")
    st = os.stat(path)
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".scriptlint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, st.st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def fix_file(path: str, lint, write: bool = True) -> FixResult:
    """`lint(text, path) -> findings` for the decoded text. Holds the directory lock while it works."""
    lock = directory_lock(path) if write else contextlib.nullcontext()
    with lock:
        with open(path, "rb") as fh:
            raw = fh.read()
        decoded = decode(raw, path)
        findings = lint(decoded.text, path)
        new_text, applied = apply_fixes(decoded.text, findings)
        if not applied or new_text == decoded.text:
            return FixResult(path, 0, None, decoded.text, decoded.label)
        if write:
            atomic_write(path, encode(new_text, decoded.encoding), raw)
        return FixResult(path, applied, new_text, decoded.text, decoded.label)


def unified_diff(result: FixResult) -> str:
    return "".join(difflib.unified_diff(
        result.old_text.splitlines(keepends=True), (result.new_text or "").splitlines(keepends=True),
        fromfile=f"a/{result.path}", tofile=f"b/{result.path}"))
