"""`--format json`, exactly SPEC §6, plus two top-level arrays after `violations`, each present
only when it has entries (so a report without them is unchanged):

- `calls`: one entry per call checked — id, path, line (in a JSONL batch), agent, team,
  started_at and the number of turns — so that a saved report can be rendered again
  (`scriptlint report`) with the same per-call numbers;
- `hidden`: findings not reported, each a violation object with `"hidden": "counter-example"`
  (training material, without --show-examples) or `"suppressed"` (a scriptlint-disable comment).
  They count nowhere (not in `summary`, not for the exit code); the HTML report shows them on demand."""

from __future__ import annotations

import json

from .. import __version__


def as_dict(report) -> dict:
    calls = {"calls": [c.to_dict() for c in report.calls]} if report.calls else {}
    if report.hidden:
        calls["hidden"] = [hidden_dict(reason, f) for reason, f in report.hidden]
    return {
        "version": 1,
        "tool": {"name": "scriptlint", "version": __version__},
        "files": [{"path": f.path, "kind": f.kind, "encoding": f.encoding} for f in report.files],
        "violations": [f.to_dict() for f in sorted(report.findings, key=lambda f: f.sort_key())],
        **calls,
        "summary": {
            "error": sum(1 for f in report.findings if f.severity.label == "error"),
            "warning": sum(1 for f in report.findings if f.severity.label == "warning"),
            "info": sum(1 for f in report.findings if f.severity.label == "info"),
            "files": len(report.files),
        },
    }


def hidden_dict(reason: str, f) -> dict:
    return {**f.to_dict(), "hidden": reason}


def render(report, out, **_opts) -> None:
    out.write(json.dumps(as_dict(report), ensure_ascii=False, indent=2))
    out.write("\n")


class Stream:
    """Writes the same report as `render`, but takes findings as they are made: they go, encoded,
    to a spooled temporary file (memory up to a few MB, then disk) in small batches, and the
    document is assembled in SPEC order at the end. Use `add` as the lint sink and `add_calls` as
    the call sink (calls are spooled the same way)."""

    BATCH = 512

    def __init__(self, keep=lambda f: True):
        import tempfile

        self.keep = keep
        self.spool = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+b")
        self.count = 0
        self.call_spool = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+b")
        self.calls = 0
        self.hidden_spool = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+b")
        self.hidden = 0

    def add_calls(self, calls) -> None:
        self.calls = _spool_items(self.call_spool, self.calls, [c.to_dict() for c in calls])

    def add_hidden(self, hidden) -> None:
        self.hidden = _spool_items(self.hidden_spool, self.hidden, [hidden_dict(reason, f) for reason, f in hidden])

    def add(self, findings) -> None:
        out = []
        for f in findings:
            if not self.keep(f):
                continue
            out.append(",\n    " if self.count else "\n    ")
            out.append(finding_text(f))
            self.count += 1
            if len(out) >= 2 * self.BATCH:
                self._write(out)
        self._write(out)

    def _write(self, parts: list[str]) -> None:
        if parts:
            self.spool.write("".join(parts).encode("utf-8", "backslashreplace"))
            parts.clear()

    def finish(self, report, out) -> None:
        head = {"version": 1, "tool": {"name": "scriptlint", "version": __version__},
                "files": [{"path": f.path, "kind": f.kind, "encoding": f.encoding} for f in report.files]}
        text = json.dumps(head, ensure_ascii=False, indent=2)
        out.write(text[: text.rstrip().rfind("}")].rstrip() + ',\n  "violations": [')
        _copy(self.spool, out)
        out.write("\n  ]," if self.count else "],")
        for name, spool, n in (("calls", self.call_spool, self.calls), ("hidden", self.hidden_spool, self.hidden)):
            if n:
                out.write(f'\n  "{name}": [')
                _copy(spool, out)
                out.write("\n  ],")
        summary = {"error": 0, "warning": 0, "info": 0}
        for sev, n in report.streamed.items():
            summary[sev.label] += n
        summary["files"] = len(report.files)
        out.write('\n  "summary": ' + _indent(json.dumps(summary, indent=2), 2).lstrip() + "\n}\n")
        self.spool.close()
        self.call_spool.close()
        self.hidden_spool.close()


def _spool_items(spool, count: int, items: list[dict]) -> int:
    """Append array elements (as `json.dumps(indent=2)` writes them at nesting level 2) to a
    spool holding `count` of them; the new count."""
    parts = []
    for item in items:
        parts.append(",\n    " if count else "\n    ")
        parts.append(pretty(item, 2))
        count += 1
    if parts:
        spool.write("".join(parts).encode("utf-8", "backslashreplace"))
    return count


def _copy(spool, out) -> None:
    """A spool's UTF-8 bytes, decoded, to `out`."""
    import codecs

    spool.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    while chunk := spool.read(1 << 16):
        out.write(decoder.decode(chunk))
    out.write(decoder.decode(b"", final=True))


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
# json's C string encoder, as json.dumps uses it (None where _json is missing)
_encode_str = json.encoder.c_encode_basestring or json.encoder.py_encode_basestring


def _scalar(obj) -> str:
    if type(obj) is str:
        return _encode_str(obj)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if type(obj) is int:
        return int.__repr__(obj)
    return _ENCODE(obj)  # floats (inf/nan rules), str and int subclasses: json's own encoder


def pretty(obj, level: int = 0) -> str:
    """The same text as `json.dumps(obj, ensure_ascii=False, indent=2)` at nesting `level`, but
    with every scalar encoded in C (json's indented encoder is pure Python, and the JSON report
    of a large batch spent most of its time there)."""
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        parts = [
            f"{_encode_str(k if type(k) is str else _scalar(k))}: "  # json.dumps writes other keys as their scalar text
            + (pretty(v, level + 1) if isinstance(v, (dict, list, tuple)) else _scalar(v))
            for k, v in obj.items()
        ]
        pad = "  " * (level + 1)
        return "{\n" + pad + (",\n" + pad).join(parts) + "\n" + "  " * level + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        pad = ",\n" + "  " * (level + 1)
        return "[\n" + "  " * (level + 1) + pad.join(pretty(v, level + 1) for v in obj) + "\n" + "  " * level + "]"
    return _scalar(obj)


_SEP = ",\n      "  # between the fields of a finding in the report (nesting level 2)
_RULE_PARTS: dict[tuple, tuple[str, str]] = {}  # per rule and severity: its constant fields, encoded


def finding_text(f) -> str:
    """`pretty(f.to_dict(), 2)`, with the fields every finding of a rule shares (rule, category,
    severity, message; suggestion) encoded once per rule: a large report repeats them thousands
    of times. Tested equal to `json.dumps(f.to_dict(), indent=2)` at that level."""
    key = (f.rule, f.category, f.severity.label, f.message, f.suggestion)
    parts = _RULE_PARTS.get(key)
    if parts is None:
        head = _SEP.join(f'"{k}": {_scalar(v)}' for k, v in zip(("rule", "category", "severity", "message"), key[:4], strict=True))
        parts = _RULE_PARTS[key] = (head, '"suggestion": ' + _scalar(f.suggestion))
    fix = f.fix
    fix_text = "null" if fix is None else pretty({"start": fix.start, "end": fix.end, "replacement": fix.replacement}, 3)
    return "".join((
        '{\n      "path": ', _scalar(f.path), _SEP, '"line": ', _scalar(f.line), _SEP, '"column": ', _scalar(f.column),
        _SEP, '"end_line": ', _scalar(f.end_line), _SEP, '"end_column": ', _scalar(f.end_column), _SEP, parts[0], _SEP,
        '"match": ', _scalar(f.match), _SEP, parts[1], _SEP, '"fix": ', fix_text, _SEP, '"speaker": ', _scalar(f.speaker),
        _SEP, '"call_id": ', _scalar(f.call_id), _SEP, '"turn": ', _scalar(f.turn), "\n    }",
    ))


def _indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line for line in text.splitlines())
