"""Baselines: adopt the linter on an existing repository by recording today's findings.

A finding's fingerprint is its rule, its path, the normalised matched text and the normalised text
of its line — not line numbers — so it survives lines moving. Counts allow the same text twice.
In a line over 512 characters the context is a window of 128 characters either side of the
finding, so a fingerprint costs O(finding), never O(line)."""

from __future__ import annotations

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


def fingerprint(finding: Finding, text: str | None = None) -> str:
    context = _context(text, finding.start, finding.end) if text is not None else ""
    # "".join(s.split()) removes what `\s+` matches (both are str.isspace), faster than re.sub
    parts = [finding.rule, finding.path.replace(os.sep, "/"), "".join(finding.match.split()), "".join(context.split()),
             finding.call_id or ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def write(path: str, fingerprints: list[str]) -> None:
    data = {"version": 1, "tool": "scriptlint", "fingerprints": dict(sorted(Counter(fingerprints).items()))}
    try:
        with safeio.atomic_output(path) as fh:  # a fresh temp name: a planted `FILE.tmp` link is never followed
            json.dump(data, fh, indent=1)
            fh.write("\n")
    except OSError as exc:
        raise ScriptlintError(f"{path}: cannot write the baseline: {safeio.describe(exc)}") from None


def read(path: str) -> Counter:
    try:
        data = json.loads(safeio.read_capped(path, MAX_BASELINE_BYTES).decode("utf-8-sig"))
        return Counter({str(k): int(v) for k, v in data["fingerprints"].items()})
    except FileNotFoundError:
        raise ScriptlintError(f"{path}: baseline file not found (create it with --write-baseline)") from None
    except OSError as exc:
        raise ScriptlintError(f"{path}: cannot read the baseline: {safeio.describe(exc)}") from None
    except (safeio.UnsafeFile, ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
        raise ScriptlintError(f"{path}: not a scriptlint baseline ({exc})") from None


def subtract(findings: list[tuple[Finding, str]], baseline: Counter) -> list[Finding]:
    remaining = Counter(baseline)
    out = []
    for finding, fp in findings:
        if remaining[fp] > 0:
            remaining[fp] -= 1
        else:
            out.append(finding)
    return out
