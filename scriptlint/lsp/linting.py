"""One open document's text → findings placed at offsets of that text, plus the problems met
reading it. The same path as `scriptlint check` (inputs → engine → fix.make_safe → policy), so
the editor shows what CI shows; no pygls here.

- The kind comes from the config's `kind` globs, else from the file name (or, for an unsaved
  buffer, the editor's language id), else from the content — as for a file found by walking a
  directory: JSON that is not a call export, a CSV that is not a call log and text without
  Chinese speech are not linted (an editor opens `package.json` too).
- A call export's findings are placed by their (line, column) in the file (`jsoncall.place`);
  every other kind's by their offsets, which index the buffer's own text.
- A rewrite is offered only where `scriptlint fix` would apply it: scripts, transcripts and
  training documents, never JSON or call logs (data, not prose)."""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field

from .. import inputs
from ..batch import Report, lint_document
from ..config import Config
from ..engine import Engine
from ..inputs import jsoncall, sniff
from ..model import Finding, InputError
from ..views import RuleTimeout
from .positions import LineIndex

FIXABLE_KINDS = ("script", "transcript", "training")
# The editor's language id, for a buffer whose name says nothing (an unsaved one)
LANGUAGE_KINDS = {"markdown": "training", "json": "json", "jsonl": "jsonl", "jsonlines": "jsonl", "csv": "calllog"}


@dataclass
class Placed:
    finding: Finding
    start: int  # code-point offsets into the buffer
    end: int


@dataclass
class Problem:
    """The input could not be read (error) or was read with a caveat (warning)."""

    message: str
    start: int
    end: int
    severity: str


@dataclass
class Linted:
    text: str
    kind: str | None = None  # None: not linted
    findings: list[Placed] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: str | None = None  # why nothing was linted


def kind_of(path: str, text: str, cfg: Config, language_id: str = "") -> str:
    kind = cfg.kind_for(path, "auto")
    if kind != "auto":
        return kind
    if not path.lower().endswith(inputs.EXTENSIONS) and language_id in LANGUAGE_KINDS:
        return LANGUAGE_KINDS[language_id]
    return inputs.detect_kind(path, text)


def lint(engine: Engine, cfg: Config, path: str, text: str, language_id: str = "") -> Linted:
    """Lint a buffer as the file at `path` (a display name for an unsaved buffer)."""
    out = Linted(text)
    if cfg.excluded(path):
        out.skipped = "excluded by the config"
        return out
    kind = kind_of(path, text, cfg, language_id)
    if cfg.kind_for(path, "auto") == "auto":
        out.skipped = sniff.text_skip_reason(kind, text)
        if out.skipped:
            return out
    out.kind = kind
    index = LineIndex(text)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for item in _documents(text, path, kind):
            if isinstance(item, InputError):
                out.problems.append(_input_problem(item, path, text, kind, index))
            else:
                out.findings.extend(_place(lint_document(engine, item, cfg, False, Report(), None), item, index))
    for w in caught:
        timeout = issubclass(w.category, RuleTimeout)
        out.problems.append(Problem(_without_path(str(w.message), path), 0, 0, "error" if timeout else "warning"))
    return out


def _documents(text: str, path: str, kind: str):
    """The buffer's documents; a JSONL buffer's calls by their \\n-line, as findings count lines."""
    if kind != "jsonl":
        yield from inputs.iter_text(text, path, kind)
        return
    for n, line in enumerate(text.split("\n"), 1):
        item = jsoncall.line_document(line, path, n)
        if item is not None:
            yield item


def _place(found: list[Finding], doc, index: LineIndex) -> list[Placed]:
    by_offset = doc.raw is None and doc.line_override is None  # the document's text is the buffer's
    out = []
    for f in found:
        if by_offset:
            start, end = f.start, f.end
        else:
            start, end = index.offset_of(f.line, f.column), index.offset_of(f.end_line, f.end_column)
        if not by_offset or doc.kind not in FIXABLE_KINDS:
            f.fix = None
        out.append(Placed(f, start, max(start, end)))
    return out


_WHERE_LINE = re.compile(r":(\d+)$")


def _input_problem(exc: InputError, path: str, text: str, kind: str, index: LineIndex) -> Problem:
    """An unreadable document, at the line its error names (a JSONL line, a turn of a .json
    file), else where the JSON parser stopped, else the first line."""
    m = _WHERE_LINE.search(exc.path) if exc.path != path else None
    if m:
        start = index.offset_of(int(m.group(1)), 1)
    elif kind == "json":
        start = _json_error_offset(text, index)
    else:
        start = 0
    return Problem(exc.reason, start, max(index.line_end(start), min(start + 1, len(text))), "error")


def _json_error_offset(text: str, index: LineIndex) -> int:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return index.offset_of(exc.lineno, exc.colno)
    except (ValueError, RecursionError):
        return 0
    return 0


def _without_path(message: str, path: str) -> str:
    for prefix in (f"{path}: ", f"{path}:"):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message
