"""Which files a run reads: directories expanded, hidden and git-ignored paths skipped.

`.gitignore` rules are read here (pathspec's git wildmatch), never by running git: git inside a
scanned tree honours that tree's own config (`core.fsmonitor` and friends run commands), and the
tree is untrusted. The repository's `.gitignore` files from its top down and `.git/info/exclude`
are honoured; a user's global excludes file is not. Symlinks (to files or directories) that lead
out of the directory being walked are not followed."""

from __future__ import annotations

import os

from pathspec import GitIgnoreSpec

from . import inputs
from .safeio import read_capped

MAX_IGNORE_BYTES = 1 << 20


def discover(paths: list[str], errors: list[str]) -> list[str]:
    """Expand directories (recursively; hidden and git-ignored paths, symlinked directories,
    symlinks leading out of the directory and non-regular files are skipped). A missing path is
    appended to `errors`; the others are still checked."""
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
            continue
        if os.path.isdir(p):
            out.extend(_walk(p))
        elif os.path.lexists(p):
            out.append(p)  # unreadable, special or looping paths are reported when read
        else:
            errors.append(f"{p}: no such file or directory")
    return out


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _walk(top: str) -> list[str]:
    real_root = os.path.realpath(top)
    ignores = _Ignores(real_root)
    found = []
    for root, dirs, files in os.walk(top, followlinks=False):
        real_dir = os.path.realpath(root)
        ignores.enter(real_dir)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not ignores.ignored(os.path.join(real_dir, d), True))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(inputs.EXTENSIONS):
                continue
            full = os.path.join(root, name)
            if os.path.islink(full) and not _inside(os.path.realpath(full), real_root):
                continue  # a link out of the tree: /etc/passwd must not end up in a report
            if os.path.isfile(full) and not ignores.ignored(os.path.join(real_dir, name), False):
                found.append(full)
    return sorted(found)


def repo_top(directory: str) -> str | None:
    """The nearest directory at or above `directory` holding `.git` (found without running git)."""
    d = directory
    while True:
        if os.path.lexists(os.path.join(d, ".git")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def _spec(path: str) -> GitIgnoreSpec | None:
    try:
        data = read_capped(path, MAX_IGNORE_BYTES, follow=False)
    except (OSError, ValueError):
        return None  # git skips an unreadable or symlinked .gitignore too
    lines = data.decode("utf-8", "replace").splitlines()
    try:
        return GitIgnoreSpec.from_lines(lines)
    except Exception:  # noqa: BLE001 - a malformed pattern: git ignores the line; we ignore the file
        return None


class _Ignores:
    """The ignore rules in force while walking: (directory, spec) pairs, shallowest first; a
    deeper `.gitignore` overrides a shallower one, as in git."""

    def __init__(self, root: str):
        self.top = repo_top(root)
        self.specs: list[tuple[str, GitIgnoreSpec]] = []
        self.seen: set[str] = set()
        if self.top is None:
            return
        exclude = os.path.join(self.top, ".git", "info", "exclude")
        if os.path.isdir(os.path.join(self.top, ".git")) and (spec := _spec(exclude)):
            self.specs.append((self.top, spec))
        chain = []
        d = os.path.dirname(root)
        while _inside(d, self.top):
            chain.append(d)
            if d == self.top:
                break
            d = os.path.dirname(d)
        for d in reversed(chain):
            self.enter(d)

    def enter(self, directory: str) -> None:
        if self.top is None or directory in self.seen or not _inside(directory, self.top):
            return
        self.seen.add(directory)
        spec = _spec(os.path.join(directory, ".gitignore"))
        if spec is not None:
            self.specs.append((directory, spec))
            self.specs.sort(key=lambda ds: ds[0].count(os.sep))

    def ignored(self, path: str, is_dir: bool) -> bool:
        result = False
        for base, spec in self.specs:
            if not _inside(path, base) or path == base:
                continue
            rel = os.path.relpath(path, base).replace(os.sep, "/") + ("/" if is_dir else "")
            include = spec.check_file(rel).include
            if include is not None:
                result = include
        return result
