"""The on-disk cache of validated rule sets: later runs skip parsing and validating the packs.

Where: `$XDG_CACHE_HOME/scriptlint/` (default `~/.cache/scriptlint/`), and only when that
directory is private — a real directory (not a link) owned by the user, writable by nobody else,
in a parent nobody else can write to (or a sticky one). Otherwise there is no cache: never a
shared temp directory, whose files anyone could have planted.

Format: a pickle (a rule set holds compiled matchers; rebuilding them from a code-free format
would cost most of what the cache saves), authenticated with HMAC-SHA256 under a random per-user
key kept in the same private directory (`key`, mode 0600). A file is unpickled only when it is a
regular file owned by the user, not writable by others, under the size cap, and its HMAC checks:
a cache file copied in from elsewhere (a restored CI cache, another account) is ignored, and a
corrupt or truncated one too. Each entry is keyed by the packs' paths and bytes, scriptlint's
version and the loader's own source; only the newest `KEEP` entries are kept."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import pickle
import secrets
import stat
import tempfile
import time
from pathlib import Path

from . import safeio

KEEP = 4
MAX_CACHE_BYTES = 64 << 20
_MAGIC = b"scriptlint-rules-v2\n"
_PREFIX, _SUFFIX = "rules-", ".pickle"


def _private(st: os.stat_result, uid: int) -> bool:
    return st.st_uid == uid and not st.st_mode & 0o022


def private_dir() -> str | None:
    """The user's private cache directory (created 0700 if missing), or None when there is none."""
    if not hasattr(os, "getuid"):
        return None
    uid = os.getuid()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    path = os.path.join(base, "scriptlint")
    with contextlib.suppress(OSError):
        os.makedirs(path, mode=0o700, exist_ok=True)
    try:
        st = os.lstat(path)
        parent = os.stat(os.path.dirname(os.path.abspath(path)))
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or not _private(st, uid):
        return None
    if parent.st_uid not in (uid, 0) or (parent.st_mode & 0o022 and not parent.st_mode & stat.S_ISVTX):
        return None
    return path


def _read_private(path: str, limit: int) -> bytes | None:
    """The bytes of a regular file the user owns and nobody else can write, else None."""
    try:
        fd = safeio.open_regular(path, follow=False)
    except (OSError, safeio.UnsafeFile):
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not _private(st, os.getuid()) or st.st_size > limit:
            return None
        return fh.read(limit + 1)


def _key(directory: str) -> bytes | None:
    """The per-user HMAC key, created on first use (exclusively: two first runs agree on one)."""
    path = os.path.join(directory, "key")
    key = _read_private(path, 64)
    if key is not None and len(key) == 32:
        return key
    try:
        fd, tmp = tempfile.mkstemp(prefix=safeio.TEMP_PREFIX, dir=directory)  # mode 0600
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)  # never replaces a key another run just made
        os.unlink(tmp)
    except OSError:
        return None
    key = _read_private(path, 64)
    return key if key is not None and len(key) == 32 else None


def cache_key(paths: list[Path], limit: int) -> str | None:
    """A hash of the packs (paths and bytes), scriptlint's version and the loader's source."""
    from . import __version__

    h = hashlib.sha256(f"scriptlint {__version__} pack-format 1\n".encode())
    here = Path(__file__).resolve().parent
    try:
        # The loader's own code is part of the key, so a changed loader never reads a stale cache.
        for src in sorted([here / "pack.py", here / "packcache.py", here / "yamlsafe.py", here / "scopes.py", here / "vocab.py",
                           here / "lang.py", here / "text" / "normalize.py", *(here / "matchers").glob("*.py")]):
            h.update(src.read_bytes())
        for p in paths:
            h.update(str(p.resolve()).encode() + b"\0")
            h.update(safeio.read_capped(str(p), limit) + b"\0")
    except (OSError, safeio.UnsafeFile):
        return None  # the pack loader reports the problem
    return h.hexdigest()[:40]


def _enabled() -> str | None:
    return None if os.environ.get("SCRIPTLINT_NO_CACHE") else private_dir()


def read(key: str, expected: type):
    """The cached object for `key` if it is authentic and of type `expected`, else None."""
    directory = _enabled()
    if directory is None:
        return None
    data = _read_private(os.path.join(directory, f"{_PREFIX}{key}{_SUFFIX}"), MAX_CACHE_BYTES)
    secret = _key(directory) if data else None
    if not data or secret is None or not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 32:
        return None
    mac, body = data[len(_MAGIC) : len(_MAGIC) + 32], data[len(_MAGIC) + 32 :]
    if not hmac.compare_digest(mac, hmac.new(secret, body, hashlib.sha256).digest()):
        return None
    try:
        obj = pickle.loads(body)  # noqa: S301 - authenticated above: written by this user's scriptlint
    except Exception:  # noqa: BLE001 - a stale format is simply rebuilt
        return None
    return obj if isinstance(obj, expected) else None


def write(key: str, obj) -> None:
    """Cache `obj` under `key` (atomically, mode 0600) and prune old entries. Never fails a run."""
    directory = _enabled()
    if directory is None:
        return
    secret = _key(directory)
    if secret is None:
        return
    with contextlib.suppress(Exception):
        body = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        with safeio.atomic_output(os.path.join(directory, f"{_PREFIX}{key}{_SUFFIX}"), "wb", perms=0o600) as fh:
            fh.write(_MAGIC + hmac.new(secret, body, hashlib.sha256).digest() + body)
        prune(directory)


def prune(directory: str, keep: int = KEEP) -> None:
    """Delete all but the `keep` newest cache entries (and temp files a killed run left behind)."""
    entries = []
    for name in os.listdir(directory):
        full = os.path.join(directory, name)
        with contextlib.suppress(OSError):
            if name.startswith(_PREFIX) and name.endswith(_SUFFIX):
                entries.append((os.lstat(full).st_mtime, full))
            elif name.startswith(safeio.TEMP_PREFIX) and time.time() - os.lstat(full).st_mtime > 3600:
                os.unlink(full)
    entries.sort(reverse=True)
    for _, full in entries[keep:]:
        with contextlib.suppress(OSError):
            os.unlink(full)
