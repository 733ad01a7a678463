"""In-file suppression comments (SPEC §7), in any comment form or on a line of their own:

    # scriptlint-disable-next-line insult.laolai,threat
    // scriptlint-disable-line
    <!-- scriptlint-disable overstatement -->  …  <!-- scriptlint-enable overstatement -->

Without ids a directive covers every rule. Ids are rule ids, id prefixes or categories; an id
that names nothing is reported (`scriptlint.unknown-rule`). A reason may follow ` -- `:
`scriptlint-disable-line insult -- 培训反例`. The directive itself is not speech and is not linted;
the rest of its line is. Lines are counted as findings count them (at \\n only)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Document, Finding, selects

# A directive follows a comment opener, or starts its line. Its ids are ASCII rule ids, prefixes or
# categories; whatever follows them on the line (speech, after a comment close) is still text.
DIRECTIVE = re.compile(
    r"(?:(?:<!--|/\*|//|#+|;|--)[ \t]*|^[ \t]*)"
    r"scriptlint-(?P<kind>disable-next-line|disable-line|disable|enable)\b"
    r"(?P<ids>(?:[ \t]*,?[ \t]*[A-Za-z][A-Za-z0-9_.\-]*)*)[ \t]*(?:-->|\*/)?"
)


def lines(text: str) -> list[str]:
    """The document's lines as findings count them: split at \\n only (U+2028, VT, FF, NEL or a
    lone CR do not start a line for a finding, so they must not for a directive either)."""
    return text.split("\n")


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
    start = 0  # the line's offset in the text
    for n, line in enumerate(lines(text), 1):
        if "scriptlint-" in line:
            for m in DIRECTIVE.finditer(line):  # ids stop at ` -- `: what follows is a reason
                found = [(x.group(), start + m.start("ids") + x.start()) for x in re.finditer(r"[^,\s]+", m.group("ids"))]
                out.append(Directive(m.group("kind"), [i for i, _ in found], n, offsets=[o for _, o in found]))
        start += len(line) + 1
    return out


def drop_directive_turns(doc: Document) -> None:
    """A directive is a comment, not speech: its characters are blanked in the turn (spaces, so
    offsets stay true) and a turn left empty is dropped. The rest of the line is still linted."""
    if "scriptlint-" not in doc.text:
        return
    kept = []
    for t in doc.turns:
        if "scriptlint-" in t.text:
            blanked = DIRECTIVE.sub(lambda m: " " * len(m.group()), t.text)
            if not blanked.strip():
                continue
            t.text = blanked
        kept.append(t)
    doc.turns = kept


def apply(findings: list[Finding], directives: list[Directive], last_line: int) -> list[Finding]:
    """The findings no directive covers. Every directive that covers one is marked used; a
    `disable` with no matching `enable` runs to `last_line`."""
    if not directives:
        return findings
    # (directive, the one line it covers) for disable-line and disable-next-line
    on_line = [(d, d.line if d.kind == "disable-line" else d.line + 1)
               for d in directives if d.kind in ("disable-line", "disable-next-line")]
    blocks = _blocks(directives, last_line)
    return [f for f in findings if not _suppress(f, on_line, blocks)]


def _blocks(directives: list[Directive], last_line: int) -> list[tuple[Directive, int, int]]:
    """(directive, first line, line after the last) for each `disable`: up to the first later
    `enable` sharing an id with it (either without ids shares all), else past `last_line`."""
    blocks = []
    for d in directives:
        if d.kind == "disable":
            end = next((e.line for e in directives if e.kind == "enable" and e.line > d.line
                        and (not e.ids or not d.ids or set(e.ids) & set(d.ids))), last_line + 1)
            blocks.append((d, d.line, end))
    return blocks


def _suppress(f: Finding, on_line: list[tuple[Directive, int]], blocks: list[tuple[Directive, int, int]]) -> bool:
    """Whether a directive covers the finding; each one that does is marked used."""
    suppressed = False
    for d, line in on_line:
        if line == f.line and d.covers(f):
            d.used = suppressed = True
    for d, first, end in blocks:
        if first <= f.line < end and d.covers(f):
            d.used = suppressed = True
    return suppressed


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
