"""Policy over one document's findings: counter-examples, suppression comments, per-file
overrides, severity tables and the baseline. One pure function of its inputs."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from . import baseline as baseline_mod
from . import suppression
from .config import Config
from .model import Finding, Severity, selects
from .ruleids import META_CATEGORY, UNKNOWN_RULE


@dataclass
class Outcome:
    findings: list[Finding]
    unused_disables: list = field(default_factory=list)  # (path, Directive)
    # (reason, Finding) not reported: "counter-example" (hidden without --show-examples), "suppressed"
    hidden: list = field(default_factory=list)


def visible(findings: list[Finding], show_examples: bool) -> list[Finding]:
    """Counter-examples in training material are dropped, or shown at info with --show-examples."""
    out = []
    for f in findings:
        if f.counter_example:
            if not show_examples:
                continue
            f.severity = Severity.INFO
        out.append(f)
    return out


def apply(findings: list[Finding], text: str, path: str, cfg: Config, show_examples: bool, known=None,
          names=None, active=()) -> Outcome:
    """The findings a user sees for a document whose decoded text is `text`: `known` is a
    baseline's fingerprints (those are dropped). `names` (a RuleNames) and `active` (the rules
    this run checks) judge suppression comments: an unknown id there is a finding of its own
    (`scriptlint.unknown-rule`), and a directive only for deselected rules is not unused."""
    shown = visible(findings, show_examples)
    left, unused = _suppressed(shown, text, path, names, active)
    hidden = _hidden(findings, shown, left)
    findings = left
    overrides = cfg.file_overrides(path) if cfg.overrides else []
    tables = [t for t in [cfg.severity] + [o.severity for o in overrides] if t]
    key = baseline_mod.key_path(path, cfg.project_root)
    out = []
    for f in findings:
        if overrides and _overridden_away(f, overrides):
            continue
        if tables and _set_severity(f, tables) == "off":
            continue
        f.fingerprint = baseline_mod.fingerprint(f, text, key)
        if len(f.match) <= 8:  # a line of 老赖×10⁶: one string for a million matches, not a million strings
            f.match = sys.intern(f.match)
        out.append(f)
    if known is not None:
        out = baseline_mod.subtract([(f, f.fingerprint) for f in out], known, text)
    return Outcome(out, unused, hidden)


def _hidden(found: list[Finding], shown: list[Finding], left: list[Finding]) -> list[tuple[str, Finding]]:
    """(reason, finding) for what the policy hid so far: counter-examples not shown, then the
    findings suppression comments took out of `shown`, leaving `left`."""
    seen, kept = {id(f) for f in shown}, {id(f) for f in left}
    return ([("counter-example", f) for f in found if id(f) not in seen]
            + [("suppressed", f) for f in shown if id(f) not in kept])


def _suppressed(findings: list[Finding], text: str, path: str, names, active) -> tuple[list[Finding], list]:
    """Apply the document's suppression comments: (the findings left, plus one per unknown id
    when `names` is given; the unused directives as (path, Directive))."""
    directives = suppression.parse(text)
    if not directives:
        return findings, []
    findings = suppression.apply(findings, directives, text.count("\n") + 1)
    unused = [(path, d) for d in suppression.unused(directives, names, active)]
    if names is not None:
        findings.extend(unknown_id_finding(text, path, d, name, offset, names)
                        for d, name, offset in suppression.unknown_ids(directives, names))
    return findings, unused


def _overridden_away(f: Finding, overrides) -> bool:
    """Whether a per-file override drops the finding: its `select` leaves the rule out, or its
    `ignore` names it."""
    return any((o.select and not any(selects(t, f.rule, f.category) for t in o.select))
               or any(selects(t, f.rule, f.category) for t in o.ignore) for o in overrides)


def _set_severity(f: Finding, tables: list[dict[str, str]]) -> str | None:
    """Give the finding the severity the tables set for it and return that label ("off": drop
    it; None: the tables do not mention it and it keeps its own)."""
    severity = severity_for(f, tables)
    if severity and severity != "off":
        f.severity = Severity.parse(severity)
    return severity


def severity_for(f: Finding, tables: list[dict[str, str]]) -> str | None:
    result = None
    for table in tables:  # later tables (overrides) win; a rule id beats its category
        if f.rule in table:
            result = table[f.rule]
        elif f.category in table:
            result = table[f.category]
    return result


def unknown_id_finding(text: str, path: str, directive, name: str, offset: int, names) -> Finding:
    """A misspelled id in a suppression comment suppresses nothing: an error that `--fail-on` sees."""
    close = names.closest(name)
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Finding(
        rule=UNKNOWN_RULE, category=META_CATEGORY, severity=Severity.ERROR,
        message=f"scriptlint-{directive.kind}: {names.describe(name)}; it suppresses nothing",
        suggestion=f"scriptlint-{directive.kind} {close[0]}" if close else "",
        start=offset, end=offset + len(name), match=name, path=path, line=directive.line, column=column,
        end_line=directive.line, end_column=column + len(name), speaker=None)
