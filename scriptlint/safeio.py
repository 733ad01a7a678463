"""Reading and writing files that an attacker may have planted.

Every read checks, on the open descriptor, that the file is a regular file (a FIFO would block,
/dev/zero never ends) and stops at a size cap before reading further. Every write goes to an
unpredictable temp file created exclusively beside the target, then `os.replace`s it: a planted
`FILE.tmp` symlink cannot redirect the write."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile

MAX_INPUT_BYTES = 256 << 20
MAX_CONFIG_BYTES = 1 << 20
TEMP_PREFIX = ".scriptlint-tmp-"


class UnsafeFile(ValueError):
    """Not a regular file, or larger than the cap: nothing was read."""


class TooLarge(UnsafeFile):
    pass


def open_regular(path: str, *, follow: bool = True) -> int:
    """A read-only descriptor on `path`, which must be a regular file. Opened non-blocking, so a
    FIFO cannot hang the open; `follow=False` refuses a symlink."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "Is a directory", path)
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeFile("not a regular file (FIFO, socket, device or directory)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_capped(path: str, limit: int, *, follow: bool = True) -> bytes:
    """The bytes of the regular file `path`; UnsafeFile when it is not one or holds more than
    `limit` bytes (checked on the size and again while reading: a growing file is cut short)."""
    fd = open_regular(path, follow=follow)
    with os.fdopen(fd, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise TooLarge(f"larger than {limit:,} bytes")
        # read(n) allocates n bytes up front: ask for the size the file has, then for what it grew by
        chunks = [fh.read(size + 1)]
        total = len(chunks[0])
        while total > size and (chunk := fh.read(min(1 << 20, limit + 1 - total + 1))):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                break
    if total > limit:
        raise TooLarge(f"larger than {limit:,} bytes")
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def describe(exc: BaseException) -> str:
    if isinstance(exc, UnsafeFile):
        return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


@contextlib.contextmanager
def atomic_output(path: str, mode: str = "w", encoding: str | None = "utf-8", perms: int | None = None):
    """Yield a file object on a fresh temp file beside `path`; on success it replaces `path`
    (a symlink at `path` is replaced, not followed). Concurrent writers each have their own temp
    file: the last one to finish wins, nobody errors. On failure the temp file is removed."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, mode, encoding=encoding if "b" not in mode else None) as fh:
            if perms is None:  # as open() would create it: mkstemp's 0600 would hide a report from the team
                umask = os.umask(0)
                os.umask(umask)
                perms = 0o666 & ~umask
            os.fchmod(fh.fileno(), perms)
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
