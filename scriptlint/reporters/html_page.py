"""The server-side HTML of the report page: KPI numbers, tables, the ranking and each detailed
call's turns with the offending spans marked. Every piece of input text goes through `escape`."""

from __future__ import annotations

import datetime
import json
from html import escape

from .. import __version__
from . import html_sources
from .html_data import CALL_PROBLEMS, SEVERITIES, category_names

SEV_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
       "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "—"


def per100(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}" if d else "—"


def script_text(text: str) -> str:
    """JSON safe inside a <script> element: `<` only ever occurs inside JSON strings, where
    `\\u003c` reads back as the same character, so no `</script>` or `<!--` can end or confuse
    the element."""
    return text.replace("<", "\\u003c")


def cat_zh(cat: str) -> str:
    return category_names().get(cat, cat)


def _cell(value, cls: str = "", sort=None) -> str:
    attrs = (f' class="{cls}"' if cls else "") + (f' data-sort="{escape(str(sort))}"' if sort is not None else "")
    return f"<td{attrs}>{escape(str(value))}</td>"


def _table(tid: str, heads: list[str], rows: list[str], sortable: bool = False) -> str:
    cls = ' class="sortable"' if sortable else ""
    th = "".join(f"<th>{escape(h)}</th>" for h in heads)
    return f'<table id="{tid}"{cls}><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def kpis(agg: dict) -> str:
    cards = [("files", "文件数", agg["files"]), ("calls", "通话数", agg["calls"]),
             ("calls_with_findings", "有问题的通话", agg["calls_with_findings"]),
             ("rate", "问题通话率", pct(agg["calls_with_findings"], agg["calls"])),
             ("findings", "问题总数", agg["findings"])]
    cards += [(f"sev-{s}", f"{SEV_ZH[s]}", agg["severity"][s]) for s in SEVERITIES]
    return "".join(f'<div class="kpi"><div class="kpi-v" data-kpi="{k}">{escape(str(v))}</div><div class="kpi-l">{escape(label)}</div></div>'
                   for k, label, v in cards)


def category_rows(agg: dict) -> list[str]:
    return [f"<tr>{_cell(cat_zh(c))}{_cell(c, 'mono')}{_cell(n, 'num')}</tr>" for c, n in agg["category"].items()]


def rule_rows(agg: dict, limit: int = 15) -> list[str]:
    return [f"<tr>{_cell(r, 'mono')}{_cell(n, 'num')}</tr>" for r, n in list(agg["rule"].items())[:limit]]


def problem_rows(agg: dict) -> list[str]:
    return [f"<tr>{_cell(cat_zh(c))}{_cell(agg['problems'][c], 'num')}{_cell(pct(agg['problems'][c], agg['calls']), 'num')}</tr>"
            for c in CALL_PROBLEMS]


def people_rows(people: list[list]) -> list[str]:
    """name, calls, calls with findings, rate, findings per 100 calls, top categories."""
    out = []
    for name, calls, with_f, found, top in people:
        tops = "、".join(f"{cat_zh(c)}({n})" for c, n in top)
        out.append(f"<tr>{_cell(name)}{_cell(calls, 'num')}{_cell(with_f, 'num')}"
                   f"{_cell(pct(with_f, calls), 'num', with_f / calls if calls else 0)}"
                   f"{_cell(per100(found, calls), 'num', found / calls if calls else 0)}{_cell(tops)}</tr>")
    return out


PEOPLE_HEADS = ["{who}", "通话数", "有问题通话", "问题通话率", "每百通问题数", "主要问题类别"]


def people_table(tid: str, who: str, people: list[list]) -> str:
    heads = [h.format(who=who) for h in PEOPLE_HEADS]
    return _table(tid, heads, people_rows(people), sortable=True)


def generated_note() -> str:
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
    return f"scriptlint {escape(__version__)} · 生成于 {now}"


def data_json(data: dict) -> str:
    return script_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def marked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` escaped, with each (start, end, severity) span in <mark>; overlapping spans merge
    into the first."""
    out, pos = [], 0
    for a, b, sev in sorted(spans):
        if a < pos:
            continue
        out.append(escape(text[pos:a]))
        out.append(f'<mark class="sev-{sev}">{escape(text[a:b])}</mark>')
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


def finding_list(rows) -> str:
    items = []
    for r in rows:
        sug = f'<div class="sug">建议改写：{escape(r.suggestion)}</div>' if r.suggestion else ""
        items.append(f'<li class="f sev-{r.severity}" data-cat="{escape(r.category)}"><span class="badge sev-{r.severity}">'
                     f'{SEV_ZH.get(r.severity, r.severity)}</span> <code>{escape(r.rule)}</code> {escape(r.message)}'
                     f'{"「" + escape(r.match) + "」" if r.match else ""}{sug}</li>')
    return f'<ul class="fs">{"".join(items)}</ul>' if items else ""


HIDDEN_ZH = {"counter-example": "反例（培训材料中作为错误示范，不计入）", "suppressed": "已抑制（scriptlint-disable 注释）"}


def hidden_list(hidden: list) -> str:
    """The item's findings not reported, grouped by reason, closed until asked for."""
    if not hidden:
        return ""
    groups = []
    for reason in HIDDEN_ZH:
        rows = [r for why, r in hidden if why == reason]
        if rows:
            where = [f"第 {r.line} 行" if r.turn is None else f"第 {r.turn} 轮" for r in rows]
            items = finding_list(rows).replace('<li class="f', '<li class="f hidden-f')
            groups.append(f'<h4>{escape(HIDDEN_ZH[reason])} · {len(rows)} 个（{escape("、".join(dict.fromkeys(where)))}）</h4>{items}')
    return f'<details class="hidden-fs"><summary>显示隐藏的问题（{len(hidden)} 个）</summary>{"".join(groups)}</details>'


def turn_html(turn: dict, rows) -> str:
    spans = []
    for r in rows:
        at = turn["text"].find(r.match) if r.match else -1
        if at >= 0:
            spans.append((at, at + len(r.match), r.severity))
    who = {"坐席": "agent", "客户": "debtor"}.get(turn["speaker"], "other")
    time = f'<span class="t">{escape(turn["time"])}</span>' if turn["time"] else '<span class="t"></span>'
    return (f'<li class="turn spk-{who}{" has-f" if rows else ""}">{time}<span class="s">{escape(turn["speaker"])}</span>'
            f'<div class="x">{marked(turn["text"], spans)}</div>{finding_list(rows)}</li>')


def call_body(turns: list[dict] | None, rows) -> str:
    if turns is None:
        return f'<p class="note">原始通话无法重新读取（标准输入或文件已移动），仅列出问题。</p>{finding_list(rows)}'
    by_turn: dict = {}
    for r in rows:
        by_turn.setdefault(r.turn, []).append(r)
    lis = "".join(turn_html(t, by_turn.pop(t["index"], [])) for t in turns)
    rest = [r for rs in by_turn.values() for r in rs]
    extra = f'<div class="call-level"><h4>通话级问题</h4>{finding_list(rest)}</div>' if rest else ""
    return f'<ol class="turns">{lis}</ol>{extra}'


def file_body(lines: dict[int, str] | None, rows) -> str:
    if lines is None:
        return f'<p class="note">文件无法重新读取，仅列出问题。</p>{finding_list(rows)}'
    by_line: dict = {}
    for r in rows:
        by_line.setdefault(r.line, []).append(r)
    out = []
    for n, rs in sorted(by_line.items()):
        text = lines.get(n)
        spans = [(r.column - 1, r.end_column - 1, r.severity) for r in rs if r.end_line == r.line and r.end_column > r.column]
        src = f'<div class="x">{marked(text, spans)}</div>' if text is not None else ""
        out.append(f'<li class="turn"><span class="t">第 {n} 行</span>{src}{finding_list(rs)}</li>')
    return f'<ol class="turns lines">{"".join(out)}</ol>'


def cap_note(shown: int, with_findings: int) -> str:
    if with_findings <= shown:
        return f"共 {with_findings} 个有问题的通话或文件，全部列出明细。"
    return (f"共 {with_findings} 个有问题的通话或文件；按风险分只列出前 {shown} 个的逐轮明细，"
            f"其余问题见 CSV 下载。")


SPEAKER_OF = html_sources.SPEAKER_ZH
