"""Human output: grouped by file, `line:col`, severity, rule, message, the source line
with the span underlined (CJK characters are two cells wide, so the caret column is measured in
cells, not characters), the suggestion, and a summary line."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

from rich.cells import cell_len
from rich.console import Console

from ..escapes import visible
from ..model import Severity

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


EXCERPT = 80  # columns of context shown either side of a finding in a long line


def _source_lines(path: str) -> list[str] | None:
    """The file's lines as findings number them (split at \\n only: U+2028 and friends are not
    line breaks to a finding), or None when the file cannot be read again."""
    try:
        from .. import safeio
        from ..inputs.decode import decode

        text = decode(safeio.read_capped(path, safeio.MAX_INPUT_BYTES), path).text
    except Exception:  # noqa: BLE001 - the source excerpt is a nicety; never fail the report on it
        return None
    return [ln[:-1] if ln.endswith("\r") else ln for ln in text.split("\n")]


def underline(line: str, col: int, end_col: int) -> tuple[str, str]:
    """The source line (tabs expanded; in a long line, an excerpt around the span) and a caret
    line under columns [col, end_col). Control characters are shown escaped."""
    end_col = max(end_col, col + 1)
    lead = ""
    if len(line) > 2 * EXCERPT + (end_col - col):
        a, b = max(0, col - 1 - EXCERPT), min(len(line), end_col - 1 + EXCERPT)
        lead = "…" if a else ""
        line = lead + line[a:b] + ("…" if b < len(line) else "")
        col, end_col = col - a + len(lead), end_col - a + len(lead)
    # columns count code points of the original line: slice first, expand tabs after
    before = visible(line[: col - 1].replace("\t", TAB))
    span = visible(line[col - 1 : max(end_col - 1, col)].replace("\t", TAB))
    return visible(line.replace("\t", TAB)), " " * cell_len(before) + "^" * max(1, cell_len(span))


TAB = "    "


def plural(n: int, word: str) -> str:
    """`1 file`, `2 files`; `info` does not take an s."""
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def is_call_export(f) -> bool:
    return f.call_id is not None or (f.turn is not None and f.path.lower().endswith((".json", ".jsonl")))


def _where(f) -> str:
    """`12:3` in a script; in a call export, which call, which turn and who spoke (`2:309` means
    nothing there)."""
    if not is_call_export(f):
        return f"{f.line}:{f.column}".ljust(7)
    call = f"call {visible(str(f.call_id))} · " if f.call_id is not None else ""
    turn = f"turns[{f.turn}]" + (f" {f.speaker}" if f.speaker else "") if f.turn is not None else "call"
    return f"line {f.line} · {call}{turn}  "


_SGR = {"bold red": "1;31", "yellow": "33", "cyan": "36", "dim": "2", "green": "32", "bold underline": "1;4",
        "bold green": "1;32", "bold yellow": "1;33"}


class _Writer:
    """Lines straight to the console's file, styled with SGR codes when the console would use
    colour: rich's per-call rendering cost ~1 ms a finding, minutes on 300,000 findings."""

    def __init__(self, console: Console):
        self.file = console.file
        self.color = console.color_system is not None and not console.no_color

    def line(self, *parts: tuple[str, str] | str) -> None:
        out = []
        for part in parts:
            text, style = (part, "") if isinstance(part, str) else part
            out.append(f"\x1b[{_SGR[style]}m{text}\x1b[0m" if style and self.color and text else text)
        out.append("\n")
        self.file.write("".join(out))


def render(report, console: Console, *, quiet: bool = False, statistics: bool = False, texts: dict | None = None,
           findings=None, **_):
    """`findings`: an iterable in report order (a Spool), read once per pass without holding
    it; by default the report's own findings, sorted. One file's lines are held at a time."""
    if findings is None:
        findings = sorted(report.findings, key=lambda f: f.sort_key())
    stream = (f for f in findings if f.severity is Severity.ERROR) if quiet else findings
    counts: Counter = Counter()
    w = _Writer(console)
    for path, group in groupby(stream, key=lambda f: f.path):
        w.line((visible(path), "bold underline"))
        lines = texts[path] if texts and path in texts else _source_lines(path)
        for f in group:
            counts[f.rule, f.severity.label] += 1
            _write_finding(w, f, lines)
        w.line()
    if statistics and counts:
        for (rule, sev), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            w.line(f"{n:>5}  {sev:<8} {rule}")
        w.line()
    _write_summary(w, report)


def _write_finding(w: _Writer, f, lines) -> None:
    """One finding: where, severity, rule, message; then its source line underlined (or the
    match, when the line cannot be shown) and the suggestion."""
    w.line("  ", _where(f), (f"{f.severity.label:<8}", STYLE[f.severity]), (f"{f.rule}  ", "dim"), visible(f.message))
    if lines and f.line <= len(lines) and f.end_line == f.line and not is_call_export(f):
        src, carets = underline(lines[f.line - 1], f.column, f.end_column)
        w.line("    " + src)
        w.line(("    " + carets, STYLE[f.severity]))
    elif f.match:
        w.line((f"    「{visible(f.match)}」", "dim"))
    if f.suggestion:
        w.line((f"    建议：{visible(f.suggestion)}", "green"))


def _write_summary(w: _Writer, report) -> None:
    """The last line: problem counts per severity, else the input errors, else "no problems"."""
    errors, warns, infos = (report.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
    total = errors + warns + infos
    files = len(report.files)
    summary = f"{plural(errors, 'error')}, {plural(warns, 'warning')}, {plural(infos, 'info')}"
    if total:
        w.line((f"✖ {plural(total, 'problem')} ({summary}) in {plural(files, 'file')}", "bold red" if errors else "bold yellow"))
    elif report.errors:  # a missing or unreadable input is never "no problems"
        w.line((f"✖ {plural(len(report.errors), 'error')} (see below: unreadable inputs or rules that could not run); "
                f"{plural(files, 'file')} checked", "bold red"))
    else:
        w.line((f"✔ no problems in {plural(files, 'file')}", "bold green"))
