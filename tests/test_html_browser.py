"""The HTML report in a real browser: headless Chromium (Debian's `chromium`, driven by
playwright through its executable path — no browser download) opens the page from disk with
networking off, and the charts, filters, sorting and CSV download work with no console error and
no request leaving the file.

Skipped when chromium or playwright is missing, except under SCRIPTLINT_REQUIRE_BROWSER=1 (set by
.ci/run), where that is a failure. SCRIPTLINT_SCREENSHOT=FILE keeps the screenshot (docs/qa-report.png)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

from .test_html_report import AGENTS, HOSTILE, SAMPLES, run_check, write_batch

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    """The browser's path, or skip (fail when SCRIPTLINT_REQUIRE_BROWSER=1) saying what is missing."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    missing = None if path else "no chromium on PATH (Debian: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = missing or "the playwright package is not installed (pip install '.[test]')"
    if missing:
        if os.environ.get("SCRIPTLINT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"SCRIPTLINT_REQUIRE_BROWSER=1 but {missing}")
        pytest.skip(missing)
    return path


@pytest.fixture(scope="module")
def opened(tmp_path_factory):
    """(page, report JSON, console problems, requests) for the batch report, open in Chromium."""
    exe = chromium()
    from playwright.sync_api import sync_playwright

    d = tmp_path_factory.mktemp("browser")
    batch = write_batch(d / "calls.jsonl")
    run_check([str(batch), str(SAMPLES), "--format", "json", "-o", str(d / "r.json")])
    run_check([str(batch), str(SAMPLES), "--format", "html", "-o", str(d / "r.html")])
    problems, requests = [], []
    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(str(d / "profile"), executable_path=exe, headless=True, args=CHROMIUM_FLAGS,
                                                    offline=True, accept_downloads=True, viewport={"width": 1366, "height": 900})
        page = ctx.new_page()
        page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
        page.on("request", lambda r: requests.append(r.url))
        page.goto((d / "r.html").as_uri(), wait_until="load")
        page.wait_for_function("document.querySelectorAll('.chart .main-svg').length >= 5", timeout=20_000)
        page.screenshot(path=str(d / "shot.png"))
        keep = os.environ.get("SCRIPTLINT_SCREENSHOT")
        if keep:
            shutil.copy(d / "shot.png", keep)
        yield page, json.loads((d / "r.json").read_text(encoding="utf-8")), problems, requests, d
        ctx.close()


def test_charts_render_offline_without_errors(opened):
    page, _, problems, requests, d = opened
    assert problems == []
    assert [u for u in requests if not u.startswith(("file://", "data:", "blob:"))] == []
    marks = page.evaluate("""() => Array.from(document.querySelectorAll('.chart')).map(c =>
        [c.id, c.querySelectorAll('.main-svg').length, c.querySelectorAll('.trace .point path, .trace path.point, .scatterlayer .trace path').length])""")
    assert len(marks) == 5
    for cid, svgs, drawn in marks:
        assert svgs >= 1 and drawn > 0, (cid, svgs, drawn)
    assert page.evaluate("document.querySelectorAll('#c-hour .shapelayer path').length") >= 1  # the night window, shaded
    assert (d / "shot.png").stat().st_size > 20_000


def test_visible_numbers_after_scripts_equal_the_json_report(opened):
    page, report, *_ = opened
    kpi = page.evaluate("Object.fromEntries(Array.from(document.querySelectorAll('[data-kpi]')).map(e => [e.dataset.kpi, e.textContent]))")
    assert int(kpi["findings"]) == len(report["violations"]) and int(kpi["calls"]) == len(report["calls"])
    assert int(kpi["files"]) == report["summary"]["files"]
    for s in ("error", "warning", "info"):
        assert int(kpi[f"sev-{s}"]) == report["summary"][s]


def _calls_by(report, agent):
    return {(c["path"], c["line"]) for c in report["calls"] if c["agent"] == agent}


def test_filter_and_csv_download(opened):
    page, report, problems, *_ = opened
    mine = _calls_by(report, "A01")
    page.select_option("#f-agent", label="A01")
    assert int(page.text_content('[data-kpi="calls"]')) == len(mine)
    found = [v for v in report["violations"] if (v["path"], v["line"]) in mine]
    assert int(page.text_content('[data-kpi="findings"]')) == len(found)
    with page.expect_download() as dl:
        page.click("#csv")
    rows = list(csv.reader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["文件", "行", "通话ID"] and len(rows) - 1 == len(found)
    assert {r[4] for r in rows[1:]} == {"A01"}
    assert Counter((r[7], r[10], int(r[1])) for r in rows[1:]) == Counter((v["rule"], v["match"], v["line"]) for v in found)
    hidden = page.evaluate("document.querySelectorAll('#t-rank tbody tr.hidden').length")
    assert hidden > 0  # the ranking shows A01's calls only
    page.click("#f-reset")
    assert int(page.text_content('[data-kpi="findings"]')) == len(report["violations"])
    assert problems == []


def test_people_table_sorts(opened):
    page, *_ = opened
    page.click("#t-agent thead th:nth-child(2)")
    calls = page.evaluate("Array.from(document.querySelectorAll('#t-agent tbody tr')).map(r => +r.children[1].textContent)")
    assert calls == sorted(calls, reverse=True) and len(calls) == len(AGENTS)
    page.click("#t-agent thead th:nth-child(2)")
    calls = page.evaluate("Array.from(document.querySelectorAll('#t-agent tbody tr')).map(r => +r.children[1].textContent)")
    assert calls == sorted(calls)


def test_hostile_text_is_text_in_the_browser(opened):
    page, *_ = opened
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert HOSTILE in page.evaluate("document.body.textContent")
