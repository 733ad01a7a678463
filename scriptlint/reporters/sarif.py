"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.

Every rule is a reportingDescriptor; results carry ruleId, level, message, a physical location
with a code-point region (`columnKind: unicodeCodePoints`), a partial fingerprint that survives
lines moving, and a fix where the finding has one."""

from __future__ import annotations

import json
import re

from .. import __version__
from ..model import CATEGORIES, Severity

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    return path.replace("\\", "/").lstrip("./") if path.startswith("./") else path.replace("\\", "/")


def _descriptors(rules) -> tuple[list[dict], dict[str, int]]:
    descriptors = []
    index = {}
    for i, r in enumerate(rules):
        index[r.id] = i
        descriptors.append({
            "id": r.id,
            "name": "".join(part.capitalize() for part in r.id.replace("-", ".").split(".")),
            "shortDescription": {"text": r.message},
            "fullDescription": {"text": f"{r.message}（{CATEGORIES[r.category].zh}）" + (f" {r.rationale}" if r.rationale else "")},
            "help": {"text": f"{r.message}\n建议改写：{r.suggest or '—'}\n依据：{r.source}",
                     "markdown": f"**{r.message}**\n\n建议改写：{r.suggest or '—'}\n\n依据：{r.source}"},
            "defaultConfiguration": {"level": LEVEL[r.severity]},
            "properties": {"category": r.category, "tags": [r.category]},
        })
    return descriptors, index


def _result(f, index: dict[str, int]) -> dict:
    region_end = f.region_end if isinstance(f, _Template) else max(f.end_column, f.column)
    region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": region_end}
    if f.match:
        region["snippet"] = {"text": f.match}
    uri = f.path if isinstance(f, _Template) else _uri(f.path)
    location = {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}
    result = {
        "ruleId": f.rule,
        "level": LEVEL[f.severity],
        "message": {"text": f"{f.message}" + (f" 建议：{f.suggestion}" if f.suggestion else "")},
        "locations": [location],
        "partialFingerprints": {"scriptlint/v1": f.fingerprint or f"{f.rule}:{f.match}"},
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    if f.fix:
        result["fixes"] = [{
            "description": {"text": f"替换为「{f.fix.replacement}」"},
            "artifactChanges": [{
                "artifactLocation": {"uri": uri},
                "replacements": [{"deletedRegion": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                                                    "endColumn": f.end_column},
                                  "insertedContent": {"text": f.fix.replacement}}],
            }],
        }]
    result["properties"] = {k: v for k, v in (("category", f.category), ("callId", f.call_id), ("turn", f.turn)) if v is not None}
    return result


_SLOTS = ("path", "line", "column", "end_line", "end_column", "region_end", "match", "fingerprint", "call_id", "turn")
_SLOT_RE = re.compile(r'"\\u0000(\d+)\\u0000"')


class _Template:
    """A finding whose varying fields are placeholders: `pretty(_result(template))` is the text of
    every result of that rule and shape, with holes. Results are then filled in, not re-encoded:
    a report with 300,000 findings spent most of its time building and encoding nested dicts."""

    def __init__(self, f, key):
        self.rule, self.severity, self.message, self.suggestion, self.category = f.rule, f.severity, f.message, f.suggestion, f.category
        self.fix = f.fix
        for i, name in enumerate(_SLOTS):
            setattr(self, name, f"\0{i}\0")
        has_match, has_call, has_turn = key[-3:]
        self.match = self.match if has_match else ""
        self.call_id = self.call_id if has_call else None
        self.turn = self.turn if has_turn else None


def _result_text(f, index: dict[str, int], cache: dict) -> str:
    """`pretty(_result(f, index), 4)`, from a template per rule and shape (tested equal)."""
    from .json_report import _scalar, pretty

    key = (f.rule, f.severity, f.message, f.suggestion, f.category, f.fix.replacement if f.fix else None,
           bool(f.match), f.call_id is not None, f.turn is not None)
    parts = cache.get(key)
    if parts is None:
        parts = cache[key] = _SLOT_RE.split(pretty(_result(_Template(f, key), index), 4))
    values = (_uri(f.path), f.line, f.column, f.end_line, f.end_column, max(f.end_column, f.column), f.match,
              f.fingerprint or f"{f.rule}:{f.match}", f.call_id, f.turn)
    return "".join(part if i % 2 == 0 else _scalar(values[int(part)]) for i, part in enumerate(parts))


def _skeleton(descriptors: list[dict], results: list) -> dict:
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "scriptlint", "version": __version__, "informationUri": "https://pypi.org/project/scriptlint/",
                                "rules": descriptors}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def as_dict(report, rules) -> dict:
    descriptors, index = _descriptors(rules)
    return _skeleton(descriptors, [_result(f, index) for f in sorted(report.findings, key=lambda f: f.sort_key())])


def render(report, out, rules=(), findings=None, **_):
    """The same text as `json.dumps(as_dict(…), indent=2)`, written one result at a time: the
    findings (sorted, from `findings` — e.g. a Spool — or the report) are never all in memory
    as dicts."""
    descriptors, index = _descriptors(rules)
    if findings is None:
        findings = sorted(report.findings, key=lambda f: f.sort_key())
    text = json.dumps(_skeleton(descriptors, ["\0"]), ensure_ascii=False, indent=2)
    placeholder = '"\\u0000"'
    at = text.index(placeholder)
    head, tail = text[:at].rstrip(), text[at + len(placeholder) :]  # head ends with `"results": [`
    out.write(head)
    empty = True
    cache: dict = {}
    for f in findings:
        out.write(("\n" if empty else ",\n") + " " * 8 + _result_text(f, index, cache))
        empty = False
    out.write("]" + tail.split("]", 1)[1] if empty else tail)
    out.write("\n")
