"""`--format json`, exactly SPEC §6."""

from __future__ import annotations

import json

from .. import __version__


def as_dict(report) -> dict:
    return {
        "version": 1,
        "tool": {"name": "scriptlint", "version": __version__},
        "files": [{"path": f.path, "kind": f.kind, "encoding": f.encoding} for f in report.files],
        "violations": [f.to_dict() for f in sorted(report.findings, key=lambda f: f.sort_key())],
        "summary": {
            "error": sum(1 for f in report.findings if f.severity.label == "error"),
            "warning": sum(1 for f in report.findings if f.severity.label == "warning"),
            "info": sum(1 for f in report.findings if f.severity.label == "info"),
            "files": len(report.files),
        },
    }


def render(report, out, **_opts) -> None:
    out.write(json.dumps(as_dict(report), ensure_ascii=False, indent=2))
    out.write("\n")
