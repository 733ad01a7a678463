"""`--format html`: one self-contained QA report page (overview, people, drill-down), readable
offline. The numbers and tables are rendered here as plain HTML (the page is printable and usable
without scripts); the embedded data lets `html_assets/report.js` draw the charts with Plotly
(inlined from the `plotly` package), filter, sort and download the filtered findings as CSV.

`Stream` is the lint sink of `scriptlint check --format html`: findings and calls are spooled to
disk as they come, and the page is built in passes over the spools at the end (html_data.py), so
memory stays flat as with `--format json`. `render_saved` renders a saved JSON report."""

from __future__ import annotations

from html import escape
from importlib import resources

from ..batch import CallInfo
from . import html_data, html_page, html_sources
from .html_data import SEVERITIES, Items, Row, Tally
from .spool import Spool

DEFAULT_WINDOW = "22:00-08:00"


def asset(name: str) -> str:
    return resources.files("scriptlint.reporters").joinpath("html_assets", name).read_text(encoding="utf-8")


def plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def _plotly_file():
    """plotly.min.js as the `plotly` package ships it (what `get_plotlyjs()` reads), to be copied
    into the page without holding its 4.8 MB as a string; None when the package lays it out
    otherwise (then `plotly_js()` is used)."""
    path = resources.files("plotly").joinpath("package_data", "plotly.min.js")
    return path if path.is_file() else None


def write_plotly(out) -> None:
    path = _plotly_file()
    if path is None:
        out.write(plotly_js())
        return
    with path.open("r", encoding="utf-8") as fh:
        while chunk := fh.read(1 << 16):
            out.write(chunk)


def plotly_size() -> int:
    path = _plotly_file()
    return path.stat().st_size if path is not None else _size(plotly_js())


class Stream:
    """The sink of `check --format html`: `add` (findings) and `add_calls` (calls checked) spool
    to disk; `finish` writes the page."""

    def __init__(self, keep=lambda f: True, window: str | None = None):
        self.keep = keep
        self.window = window
        self.rows = Spool()
        self.calls = Spool()
        self.hidden = Spool()

    def add(self, findings) -> None:
        self.rows.add([Row.of(f) for f in findings if self.keep(f)])

    def add_calls(self, calls) -> None:
        self.calls.add(calls)

    def add_hidden(self, hidden) -> None:
        self.hidden.add([(reason, Row.of(f)) for reason, f in hidden])

    def finish(self, report, out) -> None:
        try:
            write_page(out, files=len(report.files), calls=self.calls, rows=self.rows, hidden=self.hidden, window=self.window)
        finally:
            for spool in (self.rows, self.calls, self.hidden):
                spool.close()


def render(report, out, window: str | None = None, **_) -> None:
    """The page for a report that holds its findings (e.g. with --write-baseline)."""
    rows = [Row.of(f) for f in sorted(report.findings, key=lambda f: f.sort_key())]
    hidden = [(reason, Row.of(f)) for reason, f in report.hidden]
    write_page(out, files=len(report.files), calls=report.calls, rows=rows, hidden=hidden, window=window)


def render_saved(data: dict, out, window: str | None = None) -> None:
    """The page for a saved JSON report (`scriptlint report findings.json`): the same numbers as
    the run that wrote it, from its `files`, `violations` and `calls`."""
    calls = [CallInfo(**{k: c.get(k) for k in CallInfo.__slots__}) for c in data.get("calls", [])]
    rows = [Row.from_dict(v) for v in data.get("violations", [])]
    hidden = [(h.get("hidden"), Row.from_dict(h)) for h in data.get("hidden", [])]
    write_page(out, files=len(data.get("files", [])), calls=calls, rows=rows, hidden=hidden, window=window)


def write_page(out, *, files: int, calls, rows, hidden, window: str | None) -> None:
    """`calls`, `rows` (Rows) and `hidden` ((reason, Row) pairs) are iterated more than once
    (spools, or lists)."""
    items = Items()
    for c in calls:
        items.add_call(c)
    tally = Tally(items)
    for r in rows:
        tally.add(r)
    for reason, r in hidden:
        tally.add_hidden(reason, r)
    agg = html_data.aggregates(items, tally, files)
    top = tally.top_items()
    found = html_data.details(rows, items, top)
    hidden_found = html_data.details(hidden, items, top, row_of=lambda pair: pair[1])
    page = Page(items, tally, agg, top, (found, hidden_found), window or DEFAULT_WINDOW)
    parts = list(_slots(asset("report.html")))
    late = ("<!--slot:rows-->", "<!--slot:csvnote-->", "<!--slot:plotly-->")  # sized by what the rest leaves; copied
    done = {p: page.render(p[9:-3]) for p in parts if p.startswith("<!--slot:") and p not in late}
    used = sum(_size(done.get(p, p)) for p in parts if p not in late) + plotly_size()
    page.rows_kept = tally.rows_within(html_data.PAGE_LIMIT - used - 1024)
    for part in parts:
        if part == "<!--slot:rows-->":
            tally.write_rows(out, page.rows_kept)
        elif part == "<!--slot:plotly-->":
            write_plotly(out)
        else:
            out.write(done[part] if part in done else page.render(part[9:-3]) if part in late else part)
    tally.close()


def _size(text: str) -> int:
    """UTF-8 bytes of `text`, without encoding a copy of an ASCII-only text."""
    return len(text) if text.isascii() else len(text.encode("utf-8"))


def _slots(template: str):
    """The template split into text and `<!--slot:NAME-->` markers, in order."""
    pos = 0
    while (a := template.find("<!--slot:", pos)) >= 0:
        b = template.index("-->", a) + 3
        yield template[pos:a]
        yield template[a:b]
        pos = b
    yield template[pos:]


class Page:
    """Writes the template's slots."""

    def __init__(self, items: Items, tally: Tally, agg: dict, top: list[int], found: tuple[dict, dict], window: str):
        self.items, self.tally, self.agg, self.window = items, tally, agg, window
        self.found, self.hidden = found
        self.details, self.top = self._details(top)
        self.rows_kept = len(tally.row_ends)

    def _details(self, top: list[int]) -> tuple[list[str], list[int]]:
        """The detail sections of the riskiest items, as many as DETAILS_BUDGET holds, and those items."""
        turns = html_sources.call_turns(self.items, top)
        lines = html_sources.file_lines(self.items, top, self.found)
        out, size = [], 0
        for rank, i in enumerate(top, 1):
            section = detail(rank, i, self.items, self.tally, (self.found.get(i, []), self.hidden.get(i, [])), turns, lines)
            size += len(section.encode("utf-8"))
            if size > html_data.DETAILS_BUDGET and out:
                break
            out.append(section)
        return out, top[: len(out)]

    def render(self, name: str) -> str:
        return getattr(self, "slot_" + name)()

    def slot_csp(self) -> str:
        return escape(html_page.CSP)

    def slot_generated(self) -> str:
        return html_page.generated_note()

    def slot_css(self) -> str:
        return asset("report.css")

    def slot_js(self) -> str:
        return asset("report.js")

    def slot_kpis(self) -> str:
        return html_page.kpis(self.agg)

    def slot_categories(self) -> str:
        return html_page._table("t-category", ["类别", "代码", "问题数"], html_page.category_rows(self.agg), sortable=True)

    def slot_rules(self) -> str:
        return html_page._table("t-rule", ["规则", "问题数"], html_page.rule_rows(self.agg), sortable=True)

    def slot_problems(self) -> str:
        return html_page._table("t-problem", ["通话级问题", "涉及通话数", "占通话比例"], html_page.problem_rows(self.agg))

    def slot_window(self) -> str:
        return escape(self.window)

    def slot_agents(self) -> str:
        return html_page.people_table("t-agent", "坐席", self.agg["agents"])

    def slot_teams(self) -> str:
        return html_page.people_table("t-team", "团队", self.agg["teams"])

    def slot_data(self) -> str:
        return html_page.data_json(self.data())

    def slot_hiddennote(self) -> str:
        n = self.tally.hidden_reasons
        if not n:
            return ""
        return escape(f"另有 {n['counter-example']} 条培训材料中的反例、{n['suppressed']} 条被 scriptlint-disable 注释抑制的问题，"
                      "不计入以上统计；可在明细中展开查看。")

    def slot_capnote(self) -> str:
        with_findings = sum(1 for n in self.tally.per_item if n)
        return escape(html_page.cap_note(len(self.top), with_findings))

    def slot_csvnote(self) -> str:
        kept, total = self.rows_kept, self.tally.total
        if kept == total:
            return f"CSV 含全部 {total} 条问题。"
        return f"报告体积所限，CSV 只含前 {kept} 条问题（共 {total} 条）；完整数据请用 --format json。"

    def slot_ranking(self) -> str:
        return ranking(self.items, self.tally, self.top)

    def slot_details(self) -> str:
        return "".join(self.details)

    def data(self) -> dict:
        items, cols = self.items, self.items.cols
        start, end = self.window.split("-")
        return {
            "agg": self.agg,
            "severities": list(SEVERITIES),
            "categories": html_data.category_names(),
            "rules": [[r, *info] for r, info in zip(self.tally.rules.names, self.tally.rule_info, strict=True)],
            "paths": items.paths.names, "agents": items.agents.names, "teams": items.teams.names, "days": items.days.names,
            "items": {"id": items.ids, **{k: list(cols[k]) for k in ("path", "line", "agent", "team", "day", "hour")}},
            "calls": items.calls,
            "window": [_hours(start), _hours(end)],
            "rows_total": self.tally.total,
        }


def _hours(hhmm: str) -> float:
    h, m = hhmm.strip().split(":")
    return int(h) + int(m) / 60


def _where(i: int, items: Items) -> str:
    path = items.paths.names[items.cols["path"][i]]
    if i >= items.calls:
        return path
    line = items.cols["line"][i]
    return f"{path}:{line}" if line >= 0 else path


def _name(names, v: int) -> str:
    return names.names[v] if v >= 0 else "—"


def ranking(items: Items, tally: Tally, top: list[int]) -> str:
    rows = []
    for rank, i in enumerate(top, 1):
        cols = items.cols
        what = f"通话 {items.ids[i]}" if i < items.calls and items.ids[i] is not None else ("通话" if i < items.calls else "文件")
        rows.append(f'<tr data-i="{i}"><td class="num">{rank}</td><td><a href="#item-{rank}">{escape(what)}</a></td>'
                    f'<td class="mono">{escape(_where(i, items))}</td><td>{escape(_name(items.agents, cols["agent"][i]))}</td>'
                    f'<td>{escape(_name(items.teams, cols["team"][i]))}</td><td>{escape(_name(items.days, cols["day"][i]))}</td>'
                    f'<td class="num">{tally.per_item[i]}</td><td class="num">{tally.risk[i]}</td></tr>')
    return html_page._table("t-rank", ["排名", "对象", "位置", "坐席", "团队", "日期", "问题数", "风险分"], rows, sortable=True)


def detail(rank: int, i: int, items: Items, tally: Tally, found: tuple[list, list], turns: dict, lines: dict) -> str:
    """One item's section: its turns (or lines) with the findings under each, then its hidden
    findings in a closed <details>."""
    rows, hidden = found
    cols = items.cols
    is_call = i < items.calls
    title = (f"通话 {items.ids[i]}" if items.ids[i] is not None else "通话") if is_call else "文件"
    meta = [f"位置 {_where(i, items)}", f"问题 {tally.per_item[i]} 个", f"风险分 {tally.risk[i]}"]
    if is_call:
        meta[1:1] = [f"坐席 {_name(items.agents, cols['agent'][i])}", f"团队 {_name(items.teams, cols['team'][i])}",
                     f"日期 {_name(items.days, cols['day'][i])}", f"{cols['turns'][i]} 轮"]
    if tally.hidden[i]:
        meta.append(f"隐藏 {tally.hidden[i]} 个（反例或已抑制）")
    body = html_page.call_body(turns.get(i), rows) if is_call else html_page.file_body(lines.get(i), rows)
    return (f'<section class="detail" id="item-{rank}" data-i="{i}"><h3>#{rank} {escape(title)}</h3>'
            f'<p class="meta">{escape(" · ".join(meta))}</p>{body}{html_page.hidden_list(hidden)}'
            f'<p class="back"><a href="#drill">返回排名</a></p></section>')
