"""`--format codequality`: GitLab Code Quality report (a JSON list of issues)."""

from __future__ import annotations

import json

from ..model import Severity

GITLAB = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def _unique(fingerprints):
    seen: dict[str, int] = {}
    for fp in fingerprints:
        seen[fp] = seen.get(fp, 0) + 1
        yield fp if seen[fp] == 1 else f"{fp}-{seen[fp]}"


def render(report, out, **_):
    findings = sorted(report.findings, key=lambda f: f.sort_key())
    prints = _unique(f.fingerprint or f"{f.path}:{f.rule}:{f.match}" for f in findings)
    issues = [{
        "description": f"{f.message}「{f.match}」",
        "check_name": f.rule,
        "fingerprint": fp,
        "severity": GITLAB[f.severity],
        "categories": ["Style"],
        "location": {"path": f.path, "lines": {"begin": f.line, "end": f.end_line}},
    } for f, fp in zip(findings, prints, strict=True)]
    out.write(json.dumps(issues, ensure_ascii=False, indent=2))
    out.write("\n")
