"""The Python API. The CLI is a thin layer over these functions."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from . import inputs
from .engine import Engine
from .model import Finding, InputError, Severity
from .pack import Rule, RuleSet, load_rules


@dataclass
class FileInfo:
    path: str
    kind: str
    encoding: str


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files: list[FileInfo] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # unreadable inputs: exit 2 at the end
    warnings: list[str] = field(default_factory=list)

    def __iter__(self):
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)


def _token_selects(token: str, rule: Rule) -> bool:
    token = token.strip()
    if not token:
        return False
    return rule.id == token or rule.category == token or rule.id.startswith(token if token.endswith(".") else token + ".")


def select_rules(rules: list[Rule], select=(), ignore=()) -> list[Rule]:
    chosen = [r for r in rules if not select or any(_token_selects(t, r) for t in select)]
    return [r for r in chosen if not any(_token_selects(t, r) for t in ignore)]


def split_ids(values) -> list[str]:
    out: list[str] = []
    for v in values or ():
        out.extend(x.strip() for x in str(v).split(",") if x.strip())
    return out


@functools.lru_cache(maxsize=8)
def _ruleset(rules_dirs: tuple[str, ...]) -> RuleSet:
    return load_rules(list(rules_dirs))


@functools.lru_cache(maxsize=16)
def get_engine(rules_dirs: tuple[str, ...] = (), select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> Engine:
    ruleset = _ruleset(rules_dirs)
    return Engine(ruleset, select_rules(ruleset.rules, select, ignore))


def lint_text(text: str, kind: str = "script", *, path: str = "<text>", engine: Engine | None = None,
              show_examples: bool = False, meta: dict | None = None) -> list[Finding]:
    """Lint a string. `kind`: script, transcript, training, auto, or utterance (one utterance of
    agent speech: call-level rules are not run). `meta`: call metadata (SPEC §3)."""
    engine = engine or get_engine()
    doc = inputs.read_text(text, path, kind)
    if meta:
        doc.meta.update(meta)
    return _visible(engine.lint(doc), show_examples)


def _visible(findings: list[Finding], show_examples: bool) -> list[Finding]:
    out = []
    for f in findings:
        if f.counter_example:
            if not show_examples:
                continue
            f.severity = Severity.INFO
        out.append(f)
    return out


def discover(paths: list[str], report: Report) -> list[str]:
    """Expand directories (recursively, skipping hidden and git-ignored paths)."""
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                str(f) for f in path.rglob("*")
                if f.suffix.lower() in inputs.EXTENSIONS and f.is_file()
                and not any(part.startswith(".") and part not in (".", "..") for part in f.relative_to(path).parts)
            )
            out.extend(_not_ignored(found, path))
        elif path.exists() or path.is_symlink():
            out.append(p)
        else:
            report.errors.append(f"{p}: no such file or directory")
    return out


def _not_ignored(files: list[str], root: Path) -> list[str]:
    if not files:
        return files
    try:
        res = subprocess.run(
            ["git", "-C", str(root), "check-ignore", "--stdin", "-z"],
            input="\0".join(os.path.relpath(f, root) for f in files), capture_output=True, text=True, timeout=20,
        )
    except (OSError, subprocess.SubprocessError):
        return files
    if res.returncode not in (0, 1):
        return files
    ignored = {os.path.normpath(os.path.join(root, x)) for x in res.stdout.split("\0") if x}
    return [f for f in files if os.path.normpath(f) not in ignored]


def lint_paths(paths, *, kind: str = "auto", rules_dirs=(), select=(), ignore=(), show_examples: bool = False,
               engine: Engine | None = None, stdin_data: bytes | None = None) -> Report:
    """Lint files and directories; returns a Report (iterable over its findings)."""
    engine = engine or get_engine(tuple(map(str, rules_dirs)), tuple(split_ids(select)), tuple(split_ids(ignore)))
    report = Report()
    for path in discover([str(p) for p in paths], report):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if path == "-":
                data = stdin_data if stdin_data is not None else sys.stdin.buffer.read()
                items = inputs.iter_documents("<stdin>", kind, data=data)
            else:
                items = inputs.iter_documents(path, kind)
            info = None
            for item in items:
                if isinstance(item, InputError):
                    report.errors.append(str(item))
                    continue
                if info is None:
                    info = FileInfo(item.path, item.kind, item.encoding)
                    report.files.append(info)
                report.findings.extend(_visible(engine.lint(item), show_examples))
        report.warnings.extend(str(w.message) for w in caught)
    return report
