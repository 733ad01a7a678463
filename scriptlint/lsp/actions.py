"""Findings as the editor sees them: diagnostics, code actions (the rewrite, suppress on this
line, explain the rule, fix all) and hovers. Built from one lint of one document version."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types

from ..fix import chosen_fixes
from ..model import CATEGORIES, Severity
from ..pack import builtin_rules_dir
from ..suppression import DIRECTIVE
from .linting import Linted, Placed
from .positions import LineIndex

SOURCE = "scriptlint"
FIX_ALL = "source.fixAll.scriptlint"
EXPLAIN = "scriptlint.explainRule"
INPUT_CODE = "scriptlint.input"
SEVERITIES = {Severity.ERROR: types.DiagnosticSeverity.Error, Severity.WARNING: types.DiagnosticSeverity.Warning,
              Severity.INFO: types.DiagnosticSeverity.Information}
# How a suppression comment is written at the end of a line, by kind (JSON has no comments)
COMMENT = {"script": "  # {}", "transcript": "  # {}", "training": " <!-- {} -->"}


@dataclass
class Result:
    """One lint of one version of a document."""

    version: int | None
    linted: Linted
    index: LineIndex


def to_range(index: LineIndex, start: int, end: int) -> types.Range:
    (a, b), (c, d) = index.position(start), index.position(end)
    return types.Range(types.Position(a, b), types.Position(c, d))


# -- documentation links ------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def rules_doc() -> Path | None:
    """docs/rules.md: shipped in the wheel, or the repository's in a source checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_docs" / "rules.md", here.parent / "docs" / "rules.md"):
        if candidate.is_file():
            return candidate
    return None


def rule_href(rule, docs_url: str | None) -> str | None:
    """Where a rule is documented: a built-in rule's row in docs/rules.md (anchor = rule id; under
    `docs_url` when the editor's settings give one, else the installed file), a house rule's
    line in its own pack."""
    return None if rule is None else _href(rule.id, rule.path, rule.line, docs_url)


@functools.lru_cache(maxsize=4096)
def _href(rule_id: str, path: str, line: int, docs_url: str | None) -> str | None:
    try:
        builtin = not path or Path(path).resolve().is_relative_to(builtin_rules_dir().resolve())
    except (OSError, ValueError):
        builtin = False
    if builtin:
        base = docs_url or (doc.as_uri() if (doc := rules_doc()) else None)
        return f"{base}#{rule_id}" if base else None
    return Path(path).resolve().as_uri() + (f"#L{line}" if line else "")


# -- diagnostics -------------------------------------------------------------------------------

def diagnostics(result: Result, ruleset, docs_url: str | None) -> list[types.Diagnostic]:
    out = []
    for i, p in enumerate(result.linted.findings):
        f = p.finding
        href = rule_href(ruleset.get(f.rule), docs_url)
        out.append(types.Diagnostic(
            range=to_range(result.index, p.start, p.end), message=f.message, severity=SEVERITIES[f.severity],
            code=f.rule, code_description=types.CodeDescription(href=href) if href else None, source=SOURCE,
            data={"index": i, "version": result.version}))
    for problem in result.linted.problems:
        out.append(types.Diagnostic(
            range=to_range(result.index, problem.start, problem.end), message=problem.message, source=SOURCE,
            severity=types.DiagnosticSeverity.Error if problem.severity == "error" else types.DiagnosticSeverity.Warning,
            code=INPUT_CODE))
    return out


def load_problem_diagnostic(line: int, message: str) -> types.Diagnostic:
    """A config or pack that does not load: the whole line it names (line 1-based; 0: the start)."""
    row = max(line - 1, 0)
    return types.Diagnostic(range=types.Range(types.Position(row, 0), types.Position(row + 1, 0)), message=message,
                            severity=types.DiagnosticSeverity.Error, source=SOURCE, code="scriptlint.config")


# -- code actions ------------------------------------------------------------------------------

def _edit(uri: str, version: int | None, edits: list[types.TextEdit], versioned: bool) -> types.WorkspaceEdit:
    if versioned:
        doc = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=doc, edits=edits)])
    return types.WorkspaceEdit(changes={uri: edits})


def _wanted(kind: str, only) -> bool:
    return not only or any(kind == k or kind.startswith(k + ".") for k in only)


def code_actions(uri: str, result: Result, rng: types.Range, only, versioned: bool) -> list[types.CodeAction]:
    """Quick fixes for the findings touching `rng`, and fix-all for the document."""
    index = result.index
    a, b = index.offset(rng.start.line, rng.start.character), index.offset(rng.end.line, rng.end.character)
    out: list[types.CodeAction] = []
    if _wanted(types.CodeActionKind.QuickFix, only):
        for p in result.linted.findings:
            if p.start <= b and a <= p.end:
                out += _quick_fixes(uri, result, p, versioned)
    fixes = [p.finding for p in result.linted.findings if p.finding.fix]
    if fixes and _wanted(FIX_ALL, only):
        edits = [types.TextEdit(to_range(index, s, e), r) for s, e, r in chosen_fixes(result.linted.text, fixes)]
        if edits:
            out.append(types.CodeAction(title=f"scriptlint: apply all safe rewrites ({len(edits)})", kind=FIX_ALL,
                                        edit=_edit(uri, result.version, edits, versioned)))
    return out


def _quick_fixes(uri: str, result: Result, p: Placed, versioned: bool) -> list[types.CodeAction]:
    f, index = p.finding, result.index
    diag = [types.Diagnostic(range=to_range(index, p.start, p.end), message=f.message, code=f.rule, source=SOURCE,
                             severity=SEVERITIES[f.severity])]
    out = []
    if f.fix:
        edit = types.TextEdit(to_range(index, f.fix.start, f.fix.end), f.fix.replacement)
        old = result.linted.text[f.fix.start:f.fix.end]
        out.append(types.CodeAction(title=f"Rewrite “{old}” → “{f.fix.replacement}” ({f.rule})", kind=types.CodeActionKind.QuickFix,
                                    diagnostics=diag, is_preferred=True, edit=_edit(uri, result.version, [edit], versioned)))
    comment = COMMENT.get(result.linted.kind or "")
    if comment and not f.rule.startswith("scriptlint."):
        edit = suppress_edit(result, p, comment)
        out.append(types.CodeAction(title=f"Suppress {f.rule} on this line", kind=types.CodeActionKind.QuickFix,
                                    diagnostics=diag, edit=_edit(uri, result.version, [edit], versioned)))
    if not f.rule.startswith("scriptlint."):
        out.append(types.CodeAction(title=f"Explain rule {f.rule}", kind=types.CodeActionKind.QuickFix, diagnostics=diag,
                                    command=types.Command(title=f"Explain {f.rule}", command=EXPLAIN, arguments=[uri, f.rule])))
    return out


def suppress_edit(result: Result, p: Placed, comment: str) -> types.TextEdit:
    """`scriptlint-disable-line RULE` at the end of the finding's line, in the file type's comment
    form; a disable-line directive already there gets the rule added to its ids."""
    text, index, rule = result.linted.text, result.index, p.finding.rule
    start = text.rfind("\n", 0, p.start) + 1
    end = index.line_end(p.start)
    for m in DIRECTIVE.finditer(text[start:end]):
        if m.group("kind") == "disable-line" and m.group("ids").strip():
            at = start + m.end("ids")
            return types.TextEdit(to_range(index, at, at), f",{rule}")
    return types.TextEdit(to_range(index, end, end), comment.format(f"scriptlint-disable-line {rule}"))


# -- hover -------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>&])")


def md(text: str) -> str:
    """Text from a pack or a document, inert in Markdown: no markup, links, HTML or control characters."""
    text = "".join(ch if ch.isprintable() or ch == "\n" else f"\\u{ord(ch):04x}" for ch in text)
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def hover(result: Result, line: int, character: int, ruleset) -> types.Hover | None:
    offset = result.index.offset(line, character)
    hits = [p for p in result.linted.findings if p.start <= offset <= p.end]
    if not hits:
        return None
    parts = [_hover_text(p, ruleset, result.linted.text) for p in hits]
    first = hits[0]
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
                       range=to_range(result.index, first.start, first.end))


def _hover_text(p: Placed, ruleset, text: str) -> str:
    f = p.finding
    rule = ruleset.get(f.rule)
    category = CATEGORIES.get(f.category)
    head = f"**{md(f.rule)}** · {f.severity.label}" + (f" · {md(category.zh)}" if category else "")
    lines = [head, "", md(f.message)]
    if rule is not None and rule.rationale:
        lines += ["", f"*说明*: {md(rule.rationale)}"]
    if rule is not None and rule.source:
        lines += ["", f"*依据*: {md(rule.source)}"]
    if f.fix:
        lines += ["", f"*改写*: {md(text[f.fix.start:f.fix.end])} → {md(f.fix.replacement)}"]
    suggestion = f.suggestion or (rule.suggest if rule is not None else "")
    if suggestion:
        lines += ["", f"*建议说法*: {md(suggestion)}"]
    return "\n".join(lines)
