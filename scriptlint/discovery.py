"""Which files a run reads: directories expanded, hidden and git-ignored paths skipped."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from . import inputs


def discover(paths: list[str], errors: list[str]) -> list[str]:
    """Expand directories (recursively; hidden and git-ignored paths, symlinked directories and
    non-regular files are skipped). A missing path is appended to `errors`; the others are
    still checked."""
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
            continue
        if os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if not name.startswith(".") and name.lower().endswith(inputs.EXTENSIONS) and os.path.isfile(full):
                        found.append(full)
            out.extend(_not_ignored(sorted(found), Path(p)))
        elif os.path.lexists(p):
            out.append(p)  # unreadable, special or looping paths are reported when read
        else:
            errors.append(f"{p}: no such file or directory")
    return out


def _not_ignored(files: list[str], root: Path) -> list[str]:
    if not files:
        return files
    try:
        res = subprocess.run(
            ["git", "-C", str(root), "check-ignore", "--stdin", "-z"],
            input="\0".join(os.path.relpath(f, root) for f in files), capture_output=True, text=True, timeout=20,
        )
    except (OSError, subprocess.SubprocessError):
        return files
    if res.returncode not in (0, 1):
        return files
    ignored = {os.path.normpath(os.path.join(root, x)) for x in res.stdout.split("\0") if x}
    return [f for f in files if os.path.normpath(f) not in ignored]
