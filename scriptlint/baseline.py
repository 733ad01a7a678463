"""Baselines: adopt the linter on an existing repository by recording today's findings.

A finding's fingerprint is its rule, its path, the normalised matched text and the normalised text
of its line — not line numbers — so it survives lines moving. Counts allow the same text twice."""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter

from . import safeio
from .model import Finding, ScriptlintError

MAX_BASELINE_BYTES = 256 << 20


def _line_text(text: str, start: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return text[a : b if b >= 0 else len(text)]


def fingerprint(finding: Finding, text: str | None = None) -> str:
    context = _line_text(text, finding.start) if text is not None else ""
    # "".join(s.split()) removes what `\s+` matches (both are str.isspace), faster than re.sub
    parts = [finding.rule, finding.path.replace(os.sep, "/"), "".join(finding.match.split()), "".join(context.split()),
             finding.call_id or ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


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
