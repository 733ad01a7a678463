"""Human output with rich: grouped by file, `line:col`, severity, rule, message, the source line
with the span underlined (CJK characters are two cells wide, so the caret column is measured in
cells, not characters), the suggestion, and a summary line."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from ..model import Severity

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _source_lines(path: str, cache: dict) -> list[str] | None:
    if path not in cache:
        try:
            from ..inputs.decode import decode

            with open(path, "rb") as fh:
                cache[path] = decode(fh.read(), path).text.splitlines()
        except Exception:  # noqa: BLE001 - the source excerpt is a nicety; never fail the report on it
            cache[path] = None
    return cache[path]


def underline(line: str, col: int, end_col: int) -> tuple[str, str]:
    """The source line (tabs expanded) and a caret line under columns [col, end_col)."""
    # columns count code points of the original line: slice first, expand tabs after
    before = line[: col - 1].replace("\t", TAB)
    span = line[col - 1 : max(end_col - 1, col)].replace("\t", TAB)
    return line.replace("\t", TAB), " " * cell_len(before) + "^" * max(1, cell_len(span))


TAB = "    "


def plural(n: int, word: str) -> str:
    """`1 file`, `2 files`; `info` does not take an s."""
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def is_call_export(f) -> bool:
    return f.call_id is not None or (f.turn is not None and f.path.lower().endswith((".json", ".jsonl")))


def render(report, console: Console, *, quiet: bool = False, statistics: bool = False, texts: dict | None = None, **_):
    findings = sorted(report.findings, key=lambda f: f.sort_key())
    if quiet:
        findings = [f for f in findings if f.severity is Severity.ERROR]
    cache: dict = dict(texts or {})
    for path, group in groupby(findings, key=lambda f: f.path):
        console.print(Text(path, style="bold underline"))
        lines = _source_lines(path, cache) if path not in cache else cache[path]
        for f in group:
            head = Text("  ")
            if is_call_export(f):
                # `2:309` means nothing in a call export: say which call, which turn, who spoke
                call = f"call {f.call_id} · " if f.call_id is not None else ""
                turn = f"turns[{f.turn}]" + (f" {f.speaker}" if f.speaker else "") if f.turn is not None else "call"
                head.append(f"line {f.line} · {call}{turn}  ")
            else:
                head.append(f"{f.line}:{f.column}".ljust(7))
            head.append(f"{f.severity.label:<8}", style=STYLE[f.severity])
            head.append(f"{f.rule}  ", style="dim")
            head.append(f.message)
            console.print(head, soft_wrap=True)
            if lines and f.line <= len(lines) and f.end_line == f.line and not is_call_export(f):
                src, carets = underline(lines[f.line - 1], f.column, f.end_column)
                console.print(Text("    " + src), soft_wrap=True)
                console.print(Text("    " + carets, style=STYLE[f.severity]), soft_wrap=True)
            elif f.match:
                console.print(Text(f"    「{f.match}」", style="dim"), soft_wrap=True)
            if f.suggestion:
                console.print(Text(f"    建议：{f.suggestion}", style="green"), soft_wrap=True)
        console.print()
    if statistics and report.findings:
        counts = Counter((f.rule, f.severity.label) for f in report.findings)
        for (rule, sev), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            console.print(f"{n:>5}  {sev:<8} {rule}")
        console.print()
    errors, warns, infos = (report.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
    total = errors + warns + infos
    files = len(report.files)
    counts = f"{plural(errors, 'error')}, {plural(warns, 'warning')}, {plural(infos, 'info')}"
    if total:
        console.print(
            Text(f"✖ {plural(total, 'problem')} ({counts}) in {plural(files, 'file')}", style="bold red" if errors else "bold yellow")
        )
    elif report.errors:  # a missing or unreadable input is never "no problems"
        console.print(Text(f"✖ {plural(len(report.errors), 'error')} (see below: unreadable inputs or rules that could not run); "
                           f"{plural(files, 'file')} checked", style="bold red"))
    else:
        console.print(Text(f"✔ no problems in {plural(files, 'file')}", style="bold green"))
