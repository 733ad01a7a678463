"""Baselines: adopt the linter on an existing repository by recording today's findings.

A finding's fingerprint is its rule, its path, the normalised matched text and the normalised text
of its line — not line numbers — so it survives lines moving. Counts allow the same text twice.

The path in the key is relative to the project root (the directory of the config file, else the
git root — the nearest parent holding `.git`, found without running git — else the working
directory), in POSIX form: `scripts/a.txt`, `./scripts/a.txt` and `/abs/repo/scripts/a.txt` are
one key, so the pre-commit hook (which passes `scripts/a.txt`) matches a baseline written with
`check .`. Version 1 baselines keyed the path as it was typed; they are still read (each finding
is also tried under that key) and `--write-baseline` writes version 2.

In a line over 512 characters the context is a window of 128 characters either side of the
finding, so a fingerprint costs O(finding), never O(line)."""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections import Counter

from . import safeio
from .model import Finding, ScriptlintError

MAX_BASELINE_BYTES = 256 << 20


CONTEXT_MAX = 512  # a line up to this long is the context, whole
WINDOW = 128  # in a longer line: this many characters either side of the finding, within its line


def _context(text: str, start: int, end: int) -> str:
    """The finding's line — or, in a line over CONTEXT_MAX characters, a window of the line around
    the finding. Every search is bounded, so the cost per finding does not grow with the line:
    `'你这个老赖' * n` on one line is linear, not quadratic, in n."""
    lo = max(0, start - CONTEXT_MAX)
    nl = text.rfind("\n", lo, start)
    a = nl + 1 if nl >= 0 or lo == 0 else -1
    hi = min(len(text), start + CONTEXT_MAX + 1)
    nl = text.find("\n", start, hi)
    b = nl if nl >= 0 else (hi if hi == len(text) else -1)
    if a >= 0 and b >= 0 and b - a <= CONTEXT_MAX:
        return text[a:b]
    wa = max(0, start - WINDOW)
    nl = text.rfind("\n", wa, start)
    wa = nl + 1 if nl >= 0 else wa
    end = max(start, min(end, start + CONTEXT_MAX))
    wb = min(len(text), end + WINDOW)
    nl = text.find("\n", start, wb)
    return text[wa : nl if nl >= 0 else wb]


def project_root(config_path: str | None = None, cwd: str | None = None) -> str:
    """The directory baseline paths are relative to: the config file's, else the git root, else cwd."""
    if config_path:
        return os.path.dirname(os.path.realpath(config_path))
    from .discovery import repo_top

    start = os.path.realpath(cwd or os.getcwd())
    return repo_top(start) or start


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
    context = _context(text, finding.start, finding.end) if text is not None else ""
    # "".join(s.split()) removes what `\s+` matches (both are str.isspace), faster than re.sub
    parts = [finding.rule, (finding.path if path is None else path).replace(os.sep, "/"), "".join(finding.match.split()),
             "".join(context.split()), finding.call_id or ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def write(path: str, fingerprints: list[str]) -> None:
    data = {"version": VERSION, "tool": "scriptlint", "fingerprints": dict(sorted(Counter(fingerprints).items()))}
    try:
        with safeio.atomic_output(path) as fh:  # a fresh temp name: a planted `FILE.tmp` link is never followed
            json.dump(data, fh, indent=1)
            fh.write("\n")
    except OSError as exc:
        raise ScriptlintError(f"{path}: cannot write the baseline: {safeio.describe(exc)}") from None


VERSION = 2


class Known(Counter):
    """A baseline's fingerprint counts; `legacy` for version 1 (paths keyed as typed)."""

    legacy = False


def read(path: str) -> Known:
    try:
        data = json.loads(safeio.read_capped(path, MAX_BASELINE_BYTES).decode("utf-8-sig"))
        known = Known({str(k): int(v) for k, v in data["fingerprints"].items()})
        known.legacy = data.get("version", 1) < VERSION
        return known
    except FileNotFoundError:
        raise ScriptlintError(f"{path}: baseline file not found (create it with --write-baseline)") from None
    except OSError as exc:
        raise ScriptlintError(f"{path}: cannot read the baseline: {safeio.describe(exc)}") from None
    except (safeio.UnsafeFile, ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
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
