"""In-file suppression comments (SPEC §7), in any comment form or on a line of their own:

    # scriptlint-disable-next-line insult.laolai,threat
    // scriptlint-disable-line
    <!-- scriptlint-disable overstatement -->  …  <!-- scriptlint-enable overstatement -->

Without ids a directive covers every rule. Ids are rule ids, id prefixes or categories; an id
that names nothing is reported (`scriptlint.unknown-rule`). A reason may follow ` -- `:
`scriptlint-disable-line insult -- 培训反例`. A line that holds nothing but a directive is not
speech and is not linted."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Document, Finding, selects

DIRECTIVE = re.compile(
    r"scriptlint-(?P<kind>disable-next-line|disable-line|disable|enable)\b(?P<ids>[^\n]*?)\s*(?:-->|\*/)?\s*$"
)
REASON = re.compile(r"(?:^|\s)--(?:\s|$)")
COMMENT_ONLY = re.compile(r"^\s*(?:#+|//|<!--|/\*|;|--|>)?\s*scriptlint-(?:disable|enable)")


@dataclass
class Directive:
    kind: str
    ids: list[str]  # empty: all rules
    line: int  # 1-based line of the directive
    used: bool = False
    offsets: list[int] = field(default_factory=list)  # where each id starts in the text

    def covers(self, finding: Finding) -> bool:
        if not self.ids:
            return True
        return any(selects(i, finding.rule, finding.category) for i in self.ids)


def parse(text: str) -> list[Directive]:
    out = []
    if "scriptlint-" not in text:
        return out
    start = 0
    for n, line in enumerate(text.splitlines(keepends=True), 1):
        m = DIRECTIVE.search(line.rstrip("\r\n"))
        if m:
            ids = REASON.split(m.group("ids"), 1)[0]  # `insult -- 培训反例` : text after " -- " is a reason
            found = [(x.group(), start + m.start("ids") + x.start()) for x in re.finditer(r"[^,\s]+", ids)]
            out.append(Directive(m.group("kind"), [i for i, _ in found], n, offsets=[o for _, o in found]))
        start += len(line)
    return out


def drop_directive_turns(doc: Document) -> None:
    """Lines that are only a directive are comments, not speech."""
    if "scriptlint-" in doc.text:
        doc.turns = [t for t in doc.turns if not COMMENT_ONLY.match(t.text)]


def apply(findings: list[Finding], directives: list[Directive], last_line: int) -> list[Finding]:
    if not directives:
        return findings
    blocks: list[tuple[Directive, int, int]] = []  # (directive, first line, last line)
    for d in directives:
        if d.kind == "disable":
            end = next((e.line for e in directives if e.kind == "enable" and e.line > d.line
                        and (not e.ids or not d.ids or set(e.ids) & set(d.ids))), last_line + 1)
            blocks.append((d, d.line, end))
    kept = []
    for f in findings:
        suppressed = False
        for d in directives:
            if (d.kind == "disable-line" and d.line == f.line) or (d.kind == "disable-next-line" and d.line + 1 == f.line):
                if d.covers(f):
                    d.used = suppressed = True
        for d, first, end in blocks:
            if first <= f.line < end and d.covers(f):
                d.used = suppressed = True
        if not suppressed:
            kept.append(f)
    return kept


def unused(directives: list[Directive], names=None, active=()) -> list[Directive]:
    """Directives that suppressed nothing. With `names` (a RuleNames) and `active` (the rules
    this run checks), a directive whose ids are all unknown (reported as unknown-rule instead) or
    name only rules this run does not check (deselected: it could not have been used) is not
    called unused."""
    out = []
    for d in directives:
        if d.kind == "enable" or d.used:
            continue
        if d.ids and names is not None:
            ids = [i for i in d.ids if names.known(i)]
            if not any(selects(i, r.id, r.category) for i in ids for r in active):
                continue
        out.append(d)
    return out


def unknown_ids(directives: list[Directive], names) -> list[tuple[Directive, str, int]]:
    """(directive, id, offset) for every id in a directive that names no rule, prefix or category."""
    return [(d, i, o) for d in directives for i, o in zip(d.ids, d.offsets, strict=False) if not names.known(i)]
