"""`scriptlint fix`: apply `swap` rewrites in place, safely.

- Only text outside nothing but the fix spans changes; overlapping fixes keep the first.
- The file is written back in its own encoding, with its BOM and line endings.
- Writes are atomic (a temp file in the same directory, fsync, rename) and keep the permissions
  and owner; a temp file left by a killed run (`.scriptlint-fix-*.tmp`) is removed by the next fix
  in that directory.
- Through a symlink the target is fixed and the link kept. A read-only file, a file with other
  hard links (a rename would split them) and anything that is not a regular file are refused
  with a message; they are never written.
- Concurrent runs on one directory are serialised with a lock, and a file that changed after it
  was read is left alone with a message — so two runs at once end as one run would."""

from __future__ import annotations

import contextlib
import difflib
import fcntl
import os
import stat
import tempfile
from dataclasses import dataclass

from . import safeio
from .inputs.decode import decode
from .model import Finding, InputError

TEMP_PREFIX = ".scriptlint-fix-"


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


def _clean_stale_temps(directory: str) -> None:
    """Temp files a killed `fix` left behind. Called under the directory lock, so no other fix is
    writing here: every temp file of ours is stale."""
    with contextlib.suppress(OSError):
        for name in os.listdir(directory):
            if name.startswith(TEMP_PREFIX) and name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(directory, name))


def atomic_write(path: str, data: bytes, expected: bytes) -> None:
    """Replace `path` with `data` unless its bytes are no longer `expected`."""
    with os.fdopen(safeio.open_regular(path, follow=False), "rb") as fh:
        if fh.read(len(expected) + 1) != expected:
            raise InputError(path, "changed on disk since it was read; not fixed (run fix again)")
        st = os.fstat(fh.fileno())
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, st.st_mode & 0o7777)
        with contextlib.suppress(OSError):
            os.chown(tmp, st.st_uid, st.st_gid)  # as root, fixing another user's file keeps its owner
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _target(path: str) -> str:
    """The file to rewrite: a symlink's target (the link itself is kept), which must be a regular
    file that is writable and has no other hard links — replacing it would silently split a
    hard-linked file into two, so such a file is refused with a message instead."""
    target = os.path.realpath(path)
    try:
        st = os.stat(target)
    except OSError as exc:
        raise InputError(path, f"cannot fix: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, "not a regular file (FIFO, socket, device or directory); not fixed")
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise InputError(path, "read-only; not fixed (make it writable to fix it)")
    if st.st_nlink > 1:
        raise InputError(path, f"has {st.st_nlink} hard links; not fixed (rewriting it would break them)")
    return target


def fix_file(path: str, lint, write: bool = True) -> FixResult:
    """`lint(text, path) -> findings` for the decoded text. Holds the directory lock while it works.
    Through a symlink the target is fixed and the link kept; read-only and hard-linked files are
    refused; the file keeps its encoding, byte order, BOM, line endings and permissions."""
    target = _target(path) if write else path
    lock = directory_lock(target) if write else contextlib.nullcontext()
    with lock:
        if write:
            _clean_stale_temps(os.path.dirname(os.path.abspath(target)))
        try:
            raw = safeio.read_capped(target, safeio.MAX_INPUT_BYTES)
        except safeio.UnsafeFile as exc:
            raise InputError(path, f"{exc}; not fixed") from None
        decoded = decode(raw, path)
        findings = lint(decoded.text, path)
        new_text, applied = apply_fixes(decoded.text, findings)
        if not applied or new_text == decoded.text:
            return FixResult(path, 0, None, decoded.text, decoded.label)
        if write:
            atomic_write(target, decoded.encode(new_text), raw)
        return FixResult(path, applied, new_text, decoded.text, decoded.label)


def unified_diff(result: FixResult) -> str:
    return "".join(difflib.unified_diff(
        result.old_text.splitlines(keepends=True), (result.new_text or "").splitlines(keepends=True),
        fromfile=f"a/{result.path}", tofile=f"b/{result.path}"))
