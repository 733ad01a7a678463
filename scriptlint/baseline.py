"""Baselines: adopt the linter on an existing repository by recording today's findings.

A finding's fingerprint is its rule, its path, the normalised matched text and the normalised text
of its line — not line numbers — so it survives lines moving. Counts allow the same text twice.

The path in the key is relative to the project root (the directory of the config file, else the
git root — the nearest parent holding `.git`, found without running git — else the working
directory), in POSIX form: `scripts/a.txt`, `./scripts/a.txt` and `/abs/repo/scripts/a.txt` are
one key, so the pre-commit hook (which passes `scripts/a.txt`) matches a baseline written with
`check .`. Version 1 baselines keyed the path as it was typed; they are still read (each finding
is also tried under that key) and `--write-baseline` writes version 2."""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections import Counter

from .model import Finding, ScriptlintError


def _line_text(text: str, start: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return text[a : b if b >= 0 else len(text)]


def project_root(config_path: str | None = None, cwd: str | None = None) -> str:
    """The directory baseline paths are relative to: the config file's, else the git root, else cwd."""
    if config_path:
        return os.path.dirname(os.path.realpath(config_path))
    start = os.path.realpath(cwd or os.getcwd())
    d = start
    while True:
        if os.path.exists(os.path.join(d, ".git")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return start
        d = parent


def key_path(path: str, root: str) -> str:
    """`path` as a baseline key: relative to `root`, POSIX separators, however it was spelled."""
    if path.startswith("<"):  # <stdin>, <text>
        return path
    return _key_path(path, root, os.getcwd())


@functools.lru_cache(maxsize=4096)
def _key_path(path: str, root: str, cwd: str) -> str:
    full = os.path.join(os.path.realpath(os.path.dirname(os.path.abspath(path))), os.path.basename(path))
    try:
        rel = os.path.relpath(full, root)
    except ValueError:  # another drive (Windows)
        rel = full
    return rel.replace(os.sep, "/")


def fingerprint(finding: Finding, text: str | None = None, path: str | None = None) -> str:
    """`path`: the key's path part (`key_path`); the finding's path as given when None."""
    context = _line_text(text, finding.start) if text is not None else ""
    # "".join(s.split()) removes what `\s+` matches (both are str.isspace), faster than re.sub
    parts = [finding.rule, (finding.path if path is None else path).replace(os.sep, "/"), "".join(finding.match.split()),
             "".join(context.split()), finding.call_id or ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def write(path: str, fingerprints: list[str]) -> None:
    data = {"version": VERSION, "tool": "scriptlint", "fingerprints": dict(sorted(Counter(fingerprints).items()))}
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1)
        fh.write("\n")
    os.replace(tmp, path)


VERSION = 2


class Known(Counter):
    """A baseline's fingerprint counts; `legacy` for version 1 (paths keyed as typed)."""

    legacy = False


def read(path: str) -> Known:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        known = Known({str(k): int(v) for k, v in data["fingerprints"].items()})
        known.legacy = data.get("version", 1) < VERSION
        return known
    except FileNotFoundError:
        raise ScriptlintError(f"{path}: baseline file not found (create it with --write-baseline)") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ScriptlintError(f"{path}: not a scriptlint baseline ({exc})") from None


def subtract(findings: list[tuple[Finding, str]], baseline: Counter, text: str | None = None) -> list[Finding]:
    """The findings not in `baseline`. For a version 1 baseline (`legacy`), a finding is also
    looked up under its old key (the path as typed), which needs the document's `text`."""
    remaining = Counter(baseline)
    legacy = getattr(baseline, "legacy", False)
    out = []
    for finding, fp in findings:
        if remaining[fp] > 0:
            remaining[fp] -= 1
            continue
        if legacy:
            old = fingerprint(finding, text)
            if remaining[old] > 0:
                remaining[old] -= 1
                continue
        out.append(finding)
    return out
