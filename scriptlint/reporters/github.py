"""`--format github`: GitHub Actions workflow commands (annotations). Picked automatically when
GITHUB_ACTIONS=true and no format is given."""

from __future__ import annotations

from ..escapes import visible
from ..model import Severity

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(s: str) -> str:
    """GitHub's rules for a command's message (%, CR, LF), after other controls are made visible."""
    return visible(s, keep="\r\n").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    """… and for a property's value also `:` and `,` (a file name cannot add properties)."""
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(report, out, findings=None, **_):
    for f in sorted(report.findings, key=lambda f: f.sort_key()) if findings is None else findings:
        props = f"file={_escape_prop(f.path)},line={f.line},col={f.column},endLine={f.end_line},endColumn={f.end_column},title={_escape_prop(f.rule)}"
        text = f"{f.message}「{f.match}」" + (f" 建议：{f.suggestion}" if f.suggestion else "")
        out.write(f"::{COMMAND[f.severity]} {props}::{_escape_data(text)}\n")
