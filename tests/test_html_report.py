"""`--format html` and `scriptlint report`: the page's numbers equal the JSON report's (in the
embedded data and in the visible HTML), nothing is loaded from outside the file, input text
cannot break out of its place, the assets ship in the wheel, and (tests/test_html_browser.py) the
page renders in headless Chromium."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import zipfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from scriptlint.cli import main
from scriptlint.reporters import html_data

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"
HOSTILE = "</script><img src=x onerror=alert(1)>"
AGENTS = ["A01", "A02", "A03", "A04", "A05", "A06"]
TEAMS = ["东区", "西区", "north"]


def write_batch(path: Path, n: int = 300, seed: int = 7) -> Path:
    """`n` calls from the sample calls and labelled lines, with agents and teams (under every
    alias the readers accept), started_at across ten days and every hour, one hostile text."""
    rng = random.Random(seed)
    sample_calls = [json.loads(x) for x in (SAMPLES / "asr_calls.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = [json.loads(x)["text"] for f in sorted((ROOT / "corpora" / "labelled").glob("*.jsonl"))
             for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    agent_keys, team_keys = ("agent", "agent_id", "坐席"), ("team", "group")
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            if i % 4 == 0:
                call = dict(sample_calls[i % len(sample_calls)])
            else:
                turns = [{"speaker": "agent" if k % 2 == 0 else "debtor", "text": rng.choice(lines), "start": 3.0 * k} for k in range(6)]
                call = {"turns": turns}
            if i == 5:
                call = {"turns": [{"speaker": "agent", "text": f"你这个老赖{HOSTILE}", "start": 0}, {"speaker": "debtor", "text": "嗯"}]}
            meta = dict(call.get("meta", {}))
            meta.pop("started_at", None)
            if i % 17:  # a few calls carry no metadata at all
                meta[agent_keys[i % 3]] = AGENTS[i % len(AGENTS)]
                meta[team_keys[i % 2]] = TEAMS[i % len(TEAMS)]
                meta["started_at"] = f"2026-03-{1 + i % 10:02d}T{(i * 5) % 24:02d}:{i % 60:02d}:00+08:00"
            call = {**call, "id": f"g{i:04d}" + (HOSTILE if i == 5 else ""), "meta": meta}
            fh.write(json.dumps(call, ensure_ascii=False) + "\n")
    return path


def run_check(args: list[str]) -> None:
    result = CliRunner().invoke(main, ["check", *args, "--fail-on", "never"], catch_exceptions=False)
    assert result.exit_code == 0, result.output


class Page(HTMLParser):
    """The parts of a report page the tests read: embedded JSON, KPI numbers, table cells,
    every tag with its attributes, script and style bodies."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict, str]] = []
        self.styles: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.kpi: dict[str, str] = {}
        self.tables: dict[str, list[list[str]]] = {}
        self._in: tuple | None = None
        self._buf: list[str] = []
        self._table: str | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in ("script", "style") or "data-kpi" in a:
            self._in, self._buf = (tag, a), []
        elif tag == "table":
            self._table = a.get("id")
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if self._in and tag == self._in[0] and tag in ("script", "style"):
            (self.scripts.append((self._in[1], "".join(self._buf))) if tag == "script" else self.styles.append("".join(self._buf)))
            self._in = None
        elif self._in and tag == "div" and "data-kpi" in self._in[1]:
            self.kpi[self._in[1]["data-kpi"]] = "".join(self._buf)
            self._in = None
        elif tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[self._table].append(self._row)
            self._row = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._in:
            self._buf.append(data)
        if self._cell is not None:
            self._cell.append(data)

    def json(self, element_id: str):
        return json.loads(next(body for a, body in self.scripts if a.get("id") == element_id))


def expected(report: dict) -> dict:
    """The numbers the page must show, computed here from a JSON report alone."""
    v = report["violations"]
    calls = {(c["path"], c["line"]): c for c in report.get("calls", [])}

    def call_of(f):
        key = (f["path"], f["line"]) if (f["path"], f["line"]) in calls else (f["path"], None)
        return key if key in calls else None

    with_findings = {call_of(f) for f in v} - {None}
    agents: dict = {}
    for key, c in calls.items():
        if c["agent"] is not None:
            a = agents.setdefault(c["agent"], [0, 0, 0])
            a[0] += 1
            a[1] += key in with_findings
    for f in v:
        key = call_of(f)
        if key and calls[key]["agent"] is not None:
            agents[calls[key]["agent"]][2] += 1
    return {
        "files": report["summary"]["files"], "findings": len(v), "calls": len(calls),
        "calls_with_findings": len(with_findings),
        "severity": {s: report["summary"][s] for s in ("error", "warning", "info")},
        "category": Counter(f["category"] for f in v), "rule": Counter(f["rule"] for f in v),
        "problems": {c: len({call_of(f) for f in v if f["category"] == c} - {None}) for c in html_data.CALL_PROBLEMS},
        "agents": agents,
    }


def assert_same_numbers(page: Page, report: dict) -> None:
    want = expected(report)
    agg = page.json("data")["agg"]
    for k in ("files", "findings", "calls", "calls_with_findings", "severity"):
        assert agg[k] == want[k], k
    assert agg["category"] == dict(want["category"]) and agg["rule"] == dict(want["rule"])
    assert agg["problems"] == want["problems"]
    assert {a[0]: a[1:4] for a in agg["agents"]} == want["agents"]
    # what a reader sees without scripts: the server-rendered KPIs and tables
    for k in ("files", "findings", "calls", "calls_with_findings"):
        assert int(page.kpi[k]) == want[k], k
    for s, n in want["severity"].items():
        assert int(page.kpi[f"sev-{s}"]) == n
    assert {row[1]: int(row[2]) for row in page.tables["t-category"][1:]} == dict(want["category"])
    top_rules = sorted(want["rule"].items(), key=lambda kv: (-kv[1], kv[0]))[:15]
    assert [(row[0], int(row[1])) for row in page.tables["t-rule"][1:]] == top_rules
    assert {row[0]: [int(row[1]), int(row[2])] for row in page.tables["t-agent"][1:]} == {a: n[:2] for a, n in want["agents"].items()}
    rows = page.json("rows")
    assert len(rows["r"]) == want["findings"]  # all rows kept at this size: the CSV is complete
    data = page.json("data")
    shown = Counter((data["rules"][r[3]][0], rows["m"][r[5]]) for r in rows["r"])
    assert shown == Counter((f["rule"], f["match"]) for f in report["violations"])


@pytest.fixture(scope="module")
def batch_pages(tmp_path_factory):
    d = tmp_path_factory.mktemp("html")
    batch = write_batch(d / "calls.jsonl")
    run_check([str(batch), str(SAMPLES), "--format", "json", "-o", str(d / "r.json")])
    run_check([str(batch), str(SAMPLES), "--format", "html", "-o", str(d / "r.html")])
    return d


def test_samples_page_numbers_equal_the_json_report(tmp_path):
    run_check([str(SAMPLES), "--format", "json", "-o", str(tmp_path / "r.json")])
    run_check([str(SAMPLES), "--format", "html", "-o", str(tmp_path / "r.html")])
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["violations"] and report["calls"]
    assert_same_numbers(Page((tmp_path / "r.html").read_text(encoding="utf-8")), report)


def test_batch_page_numbers_equal_the_json_report(batch_pages):
    report = json.loads((batch_pages / "r.json").read_text(encoding="utf-8"))
    assert len(report["calls"]) == 300 + 4  # the batch and the samples' calls (3 in the JSONL, 1 transcript)
    page = Page((batch_pages / "r.html").read_text(encoding="utf-8"))
    assert_same_numbers(page, report)
    data = page.json("data")
    assert sorted(data["agents"]) == AGENTS and sorted(data["teams"]) == sorted(TEAMS)  # every alias read
    assert len(data["days"]) == 10 and sum(h[1] for h in data["agg"]["hours"]) == sum(d[1] for d in data["agg"]["days"])


def test_saved_json_renders_the_same_numbers(batch_pages, tmp_path):
    result = CliRunner().invoke(main, ["report", str(batch_pages / "r.json"), "-o", str(tmp_path / "again.html")])
    assert result.exit_code == 0, result.output
    live = Page((batch_pages / "r.html").read_text(encoding="utf-8")).json("data")
    saved = Page((tmp_path / "again.html").read_text(encoding="utf-8"))
    assert saved.json("data") == live
    assert_same_numbers(saved, json.loads((batch_pages / "r.json").read_text(encoding="utf-8")))


def test_report_refuses_what_is_not_a_json_report(tmp_path):
    (tmp_path / "x.json").write_text('{"name": "package"}', encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(tmp_path / "x.json")])
    assert result.exit_code == 2 and "not a scriptlint JSON report" in result.output


def test_drill_down_ranks_by_risk_and_shows_turns(batch_pages):
    text = (batch_pages / "r.html").read_text(encoding="utf-8")
    page = Page(text)
    ranking = page.tables["t-rank"][1:]
    risks = [int(r[7]) for r in ranking]
    assert risks == sorted(risks, reverse=True) and risks[0] > 0
    sections = re.findall(r'<section class="detail" id="item-(\d+)"', text)
    assert len(sections) == len(ranking)
    bodies = text[text.index('<div id="details">'):].split('<section class="detail"')[1:]
    call = next(b for b in bodies if "<h3>#" in b and "通话" in b.split("</h3>")[0])
    assert '<li class="turn spk-agent' in call and '<span class="s">客户</span>' in call
    assert '<mark class="sev-' in call and "建议改写：" in call and re.search(r'<span class="t">\d\d:\d\d:\d\d</span>', call)
    script = next(b for b in bodies if "script_bad.txt" in b.split("</p>")[0])
    assert "第 " in script and '<mark class="sev-' in script


def test_hostile_text_stays_text(batch_pages):
    """The hostile call text is escaped in the HTML and in the embedded JSON: no element is
    injected, no script is ended early."""
    text = (batch_pages / "r.html").read_text(encoding="utf-8")
    page = Page(text)
    assert not [a for t, a in page.tags if t == "img"]
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in text
    scripts = [a.get("id") or a.get("type", "js") for a, _ in page.scripts]
    assert scripts == ["data", "rows", "js", "js"]  # exactly the page's four scripts, none closed early
    assert HOSTILE not in text  # never raw: escaped in HTML, \u003c in the JSON
    assert "g0005" + HOSTILE in page.json("data")["items"]["id"]  # and read back intact


EXTERNAL = re.compile(r"""^\s*(?:[a-z][a-z0-9+.-]*:)?//""", re.I)  # http://, https://, ftp://, protocol-relative //
URL_IN_CSS = re.compile(r"""url\(\s*['"]?\s*(?:[a-z][a-z0-9+.-]*:)?//|@import""", re.I)
# fetch(url), import(url), new Worker(url), importScripts(url), xhr.open("GET", url) with an absolute URL literal
# (window.open(url) is a link the user clicks, not a load: plotly.js has one, to get.webgl.org, on its "no WebGL" notice)
FETCHING = re.compile(r"""(?:\bfetch|\bimportScripts|\bnew\s+Worker|\bimport)\s*\(\s*['"`](?:https?:)?//"""
                      r"""|\.open\s*\(\s*['"][A-Z]+['"]\s*,\s*['"`](?:https?:)?//""")


def test_no_external_resource_in_the_file(batch_pages):
    """Nothing in the page is loaded from outside it. Precisely:
    - no element has a src/href/srcset/poster/data/action/xlink:href to another origin;
    - no CSS (style elements or attributes) has url(//…) or @import;
    - no script fetches an absolute URL literal (fetch/XMLHttpRequest.open/import/Worker);
    - our own code (template, CSS, report.js) and the data contain no URL at all;
    - the one script we did not write is plotly.js byte for byte as the installed `plotly`
      package ships it. Its URL strings are not resources of this page: XML namespace names
      (http://www.w3.org/2000/svg is an identifier, never fetched), links of its map and geo
      traces (tile servers, topojson CDN), which the page does not use, licence comments, and a
      window.open link on its "no WebGL" notice;
    - the page's Content-Security-Policy forbids every fetch anyway (default-src 'none', no
      connect-src), and the browser test checks that no request leaves the file."""
    from scriptlint.reporters.html_report import plotly_js

    # the detectors themselves: they see loads, and only loads
    assert all(FETCHING.search(js) for js in ('fetch("https://cdn.x/a.js")', "import('//cdn.x/m.js')", 'x.open("GET", "http://a.b/c")'))
    assert not any(FETCHING.search(js) for js in ('window.open("https://get.webgl.org")', 'ns = "http://www.w3.org/2000/svg"'))
    assert EXTERNAL.match("https://a.b/x.png") and EXTERNAL.match("//a.b/x.css") and not EXTERNAL.match("#item-1")
    assert URL_IN_CSS.search("a{background:url('https://a.b/i.png')}") and URL_IN_CSS.search("@import 'x.css';")
    text = (batch_pages / "r.html").read_text(encoding="utf-8")
    page = Page(text)
    for tag, attrs in page.tags:
        for name in ("src", "href", "srcset", "poster", "data", "action", "xlink:href", "formaction", "background"):
            value = attrs.get(name)
            assert value is None or not EXTERNAL.match(value), (tag, name, value)
        assert not URL_IN_CSS.search(attrs.get("style") or "")
    assert all(not URL_IN_CSS.search(css) for css in page.styles)
    bodies = [body for _, body in page.scripts]
    assert not any(FETCHING.search(b) for b in bodies)
    library = [b for b in bodies if len(b) > 1_000_000]
    assert library == [plotly_js()]
    ours = text.replace(library[0], "")
    assert not re.search(r"(?:https?:)?//[a-z0-9-]+\.[a-z]", ours, re.I), re.search(r"(?:https?:)?//[a-z0-9-]+\.[a-z]", ours, re.I)
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp


def test_night_window_from_config(tmp_path):
    (tmp_path / ".scriptlint.yaml").write_text('options: {call_time_window: "21:30-07:00"}\n', encoding="utf-8")
    out = tmp_path / "r.html"
    run_check(["--config", str(tmp_path / ".scriptlint.yaml"), str(SAMPLES / "asr_calls.jsonl"), "--format", "html", "-o", str(out)])
    page = Page(out.read_text(encoding="utf-8"))
    assert page.json("data")["window"] == [21.5, 7.0]
    assert "21:30-07:00" in out.read_text(encoding="utf-8")


def test_caps_are_stated(tmp_path, monkeypatch):
    """Over the caps, the page details the riskiest items only and embeds the rows that fit under
    the size limit, and says so; the totals still count everything."""
    batch = write_batch(tmp_path / "calls.jsonl", n=120)
    run_check([str(batch), "--format", "json", "-o", str(tmp_path / "r.json")])
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))

    def render() -> tuple[str, Page]:
        result = CliRunner().invoke(main, ["report", str(tmp_path / "r.json"), "-o", str(tmp_path / "r.html")])
        assert result.exit_code == 0, result.output
        text = (tmp_path / "r.html").read_text(encoding="utf-8")
        return text, Page(text)

    monkeypatch.setattr(html_data, "DETAIL_CAP", 10)
    text, page = render()
    assert len(page.json("rows")["r"]) == len(report["violations"]) and "CSV 含全部" in text
    rows_bytes = len(next(b for a, b in page.scripts if a.get("id") == "rows").encode("utf-8"))
    monkeypatch.setattr(html_data, "PAGE_LIMIT", len(text.encode("utf-8")) - rows_bytes // 2)
    text, page = render()
    assert len(text.encode("utf-8")) <= html_data.PAGE_LIMIT
    assert len(page.tables["t-rank"]) - 1 == 10 and text.count('<section class="detail"') == 10
    assert "只列出前 10 个的逐轮明细" in text
    kept = len(page.json("rows")["r"])
    assert 0 < kept < len(report["violations"]) == page.json("data")["rows_total"]
    assert f"CSV 只含前 {kept} 条问题（共 {len(report['violations'])} 条）" in text
    assert page.json("data")["agg"]["findings"] == len(report["violations"])
    monkeypatch.setattr(html_data, "DETAILS_BUDGET", 1)  # one section always shows, however large
    text, page = render()
    assert text.count('<section class="detail"') == 1 and "只列出前 1 个的逐轮明细" in text


def test_page_is_chinese_and_printable(batch_pages):
    text = (batch_pages / "r.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in text and "@media print" in text
    for label in ("总览", "人员", "明细", "问题通话率", "每百通问题数", "下载筛选后的问题"):
        assert label in text


@pytest.mark.slow
def test_wheel_ships_the_assets(tmp_path):
    """A non-editable install gets the template, CSS and JS (package data)."""
    pytest.importorskip("hatchling")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(tmp_path.glob("scriptlint-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for asset in ("report.html", "report.css", "report.js"):
        assert f"scriptlint/reporters/html_assets/{asset}" in names


def test_hidden_findings_on_demand(tmp_path):
    """Counter-examples in training material and suppressed findings count nowhere, are listed
    under `hidden` in the JSON report, and sit in a closed <details> of their file in the page."""
    (tmp_path / "script.txt").write_text("# scriptlint-disable-next-line insult\n你这个老赖赶紧还钱。\n请您按时还款，谢谢。\n", encoding="utf-8")
    (tmp_path / "training.md").write_bytes((SAMPLES / "training_guide.md").read_bytes())
    run_check([str(tmp_path / "script.txt"), str(tmp_path / "training.md"), "--format", "json", "-o", str(tmp_path / "r.json")])
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    reasons = Counter((h["hidden"], Path(h["path"]).name) for h in report["hidden"])
    assert reasons[("suppressed", "script.txt")] >= 1 and reasons[("counter-example", "training.md")] >= 1
    assert not any(v["rule"].startswith("insult.") and v["path"].endswith("script.txt") for v in report["violations"])
    run_check([str(tmp_path / "script.txt"), str(tmp_path / "training.md"), "--format", "html", "-o", str(tmp_path / "r.html")])
    CliRunner().invoke(main, ["report", str(tmp_path / "r.json"), "-o", str(tmp_path / "saved.html")], catch_exceptions=False)
    for name in ("r.html", "saved.html"):
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert Page(text).json("data")["agg"]["findings"] == len(report["violations"])
        sections = text[text.index('<div id="details">'):].split('<section class="detail"')[1:]
        script = next(s for s in sections if "script.txt" in s.split("</p>")[0])
        hidden = script[script.index('<details class="hidden-fs">'):]
        assert "已抑制" in hidden and "insult." in hidden and "老赖" in hidden
        assert f"另有 {reasons[('counter-example', 'training.md')]} 条培训材料中的反例、1 条被" in text


def test_items_find_calls_in_any_order():
    """Calls of a JSONL batch in line order are found by a search over their range; calls out of
    order, interleaved files and whole-file calls are found too; other findings make file items."""
    from scriptlint.batch import CallInfo

    items = html_data.Items()
    calls = [("a.jsonl", 1), ("a.jsonl", 2), ("a.jsonl", 5), ("b.jsonl", 1), ("a.jsonl", 7), ("a.jsonl", 3), ("t.txt", None)]
    for path, line in calls:
        items.add_call(CallInfo(path, line, f"{path}:{line}", None, None, None, 2))

    def row(path, line):
        return html_data.Row(path, line, 1, line, 2, "r", "insult", "error", "m", "x", "s", None, 0, "agent")

    for n, (path, line) in enumerate(calls):
        assert items.of(row(path, line if line is not None else 4)) == n
    assert items.of(row("a.jsonl", 4)) == len(calls) == items.of(row("a.jsonl", 9))  # not a call: the file's item
    assert items.of(row("s.txt", 3)) == len(calls) + 1 and len(items) == len(calls) + 2
