"""Linting documents into a Report: read a file's documents, lint each, apply the policy."""

from __future__ import annotations

import sys
import warnings
from dataclasses import dataclass, field

from . import attempts, fix, inputs, policy, suppression
from .config import Config
from .engine import Engine
from .escapes import display_path
from .inputs import jsoncall
from .model import Finding, InputError, Severity
from .ruleids import RuleNames
from .views import RuleTimeout


@dataclass
class FileInfo:
    path: str
    kind: str
    encoding: str


@dataclass(slots=True)
class CallInfo:
    """One call that was checked (a transcript or a call export), as reports list it: where it is
    (`line`: its line in a JSONL batch, else None), who made it and when (call metadata), and how
    many turns it has. Reports count calls and group them by agent, team and day with it."""

    path: str
    line: int | None
    id: str | None
    agent: str | None
    team: str | None
    started_at: str | None
    turns: int

    def to_dict(self) -> dict:
        return {"id": self.id, "path": self.path, "line": self.line, "agent": self.agent, "team": self.team,
                "started_at": self.started_at, "turns": self.turns}


AGENT_KEYS = ("agent", "agent_id", "坐席")  # call metadata naming who made the call (README: Call exports)
TEAM_KEYS = ("team", "group")


def _meta_text(meta: dict, keys) -> str | None:
    for k in keys:
        v = meta.get(k)
        if v is not None and v != "":
            return str(v)
    return None


def call_info(doc) -> CallInfo | None:
    """The call a document is, or None when it is not a call (a script, training text, a call log)."""
    if not (doc.is_call or doc.call_id is not None):
        return None
    started = doc.meta.get("started_at")
    return CallInfo(doc.path, doc.line_override, None if doc.call_id is None else str(doc.call_id),
                    _meta_text(doc.meta, AGENT_KEYS), _meta_text(doc.meta, TEAM_KEYS),
                    None if started is None else str(started), len({t.index for t in doc.turns}))


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files: list[FileInfo] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # unreadable inputs: exit 2 at the end
    warnings: list[str] = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (path, reason, named): not collection material (inputs.sniff)
    unused_disables: list = field(default_factory=list)  # (path, Directive)
    # When set, findings are handed to the sink as each document is done instead of being kept:
    # memory stays flat on big batches. `streamed` counts them by severity.
    sink: object = None
    streamed: dict = field(default_factory=dict)
    calls: list[CallInfo] = field(default_factory=list)  # the calls checked, in input order
    # (reason, Finding): findings not reported — "counter-example" (training material, without
    # --show-examples) and "suppressed" (by a scriptlint-disable comment) — for reports that show them on demand
    hidden: list = field(default_factory=list)
    # When set, calls and hidden findings go to its `add_calls` / `add_hidden` as each document is
    # done instead of being kept (a streaming reporter, like `sink` for findings)
    side: object = None

    def add_calls(self, calls: list[CallInfo]) -> None:
        if self.side is None:
            self.calls.extend(calls)
        elif calls:
            self.side.add_calls(calls)

    def add_hidden(self, hidden: list) -> None:
        if self.side is None:
            self.hidden.extend(hidden)
        elif hidden:
            self.side.add_hidden(hidden)

    def add(self, findings: list[Finding]) -> None:
        if self.sink is None:
            self.findings.extend(findings)
            return
        for f in findings:
            self.streamed[f.severity] = self.streamed.get(f.severity, 0) + 1
        self.sink(findings)

    def __iter__(self):
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def merge(self, other: Report) -> None:
        self.add(other.findings)
        self.add_calls(other.calls)
        self.add_hidden(other.hidden)
        self.files.extend(other.files)
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)
        self.skipped.extend(other.skipped)
        self.unused_disables.extend(other.unused_disables)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity) + self.streamed.get(severity, 0)


def lint_file(engine: Engine, path: str, kind: str, cfg: Config, show_examples: bool, known,
              stdin_data: bytes | None = None, sink=None, mapper_for=None, side=None) -> Report:
    """One file's report. With `sink`, each document's findings go straight to it (a JSONL batch
    of any size is never held in memory). `mapper_for(doc)` may spread a large document's turns
    over worker processes."""
    file_kind = cfg.kind_for(path, kind)
    numbers = None
    if path == "-":
        data = stdin_data if stdin_data is not None else sys.stdin.buffer.read()
        items = list(inputs.iter_documents("<stdin>", file_kind, data=data))
        numbers = attempts.scan(items, engine.ruleset.language)
    else:
        items = inputs.iter_documents(path, file_kind)
        if file_kind == "jsonl" or (file_kind == "auto" and path.lower().endswith(".jsonl")):
            numbers = attempts.scan(inputs.iter_documents(path, file_kind), engine.ruleset.language)
    return lint_items(engine, items, cfg, show_examples, known, sink=sink, mapper_for=mapper_for, attempts=numbers,
                      side=side)


def lint_items(engine: Engine, items, cfg: Config, show_examples: bool, known, sink=None, mapper_for=None,
               encoding: str | None = None, attempts: dict | None = None, side=None) -> Report:
    """The report of one file's documents (InputErrors are recorded, None items skipped); warnings
    raised while reading and linting are collected into it. `encoding` labels documents that do
    not carry their file's encoding (JSONL lines read in batches). `attempts`: a JSONL batch's
    attempt numbers by line (attempts.scan). `side`: where each call's CallInfo and the hidden
    findings go (Report.side; else the report keeps them)."""
    partial = Report(side=side)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for item in items:
            if item is None:
                continue
            if isinstance(item, InputError):
                partial.errors.append(str(item))
                continue
            if encoding is not None:
                item.encoding = encoding
            if attempts:
                item.attempt = attempts.get(item.line_override)
            item.path = display_path(item.path)
            if not partial.files:
                partial.files.append(FileInfo(item.path, item.kind, item.encoding))
            mapper = mapper_for(item) if mapper_for else None
            found = lint_document(engine, item, cfg, show_examples, partial, known, mapper)
            found.sort(key=lambda f: f.sort_key())
            call = call_info(item)
            if call is not None:
                partial.add_calls([call])
            if sink is not None:
                sink(found)
            else:
                partial.findings.extend(found)
    for w in caught:  # a rule that ran out of time is an error of the run, never a quiet skip
        (partial.errors if issubclass(w.category, RuleTimeout) else partial.warnings).append(str(w.message))
    return partial


def rule_names(engine: Engine) -> RuleNames:
    """The engine's vocabulary (every loaded rule, selected or not), built once per engine."""
    names = getattr(engine, "_rule_names", None)
    if names is None:
        names = engine._rule_names = RuleNames(engine.ruleset.rules)
    return names


def lint_document(engine: Engine, doc, cfg: Config, show_examples: bool, report: Report, known,
                  mapper=None) -> list[Finding]:
    """Lint one document and apply the policy; unused suppression directives and the findings
    not reported (counter-examples, suppressed) go to `report`."""
    suppression.drop_directive_turns(doc)
    found = fix.make_safe(engine, doc.text, engine.lint(doc, mapper))
    outcome = policy.apply(found, doc.text, doc.path, cfg, show_examples, known,
                           names=rule_names(engine), active=engine.rules)
    report.unused_disables.extend(outcome.unused_disables)
    if doc.raw is not None:
        jsoncall.place(doc, outcome.findings)
        jsoncall.place(doc, [f for _, f in outcome.hidden])
    report.add_hidden(outcome.hidden)
    return outcome.findings
