"""Issue 15: the cost of a finding does not grow with its line, and reporters keep memory flat in
the number of findings. Counted in work done (characters looked at, bytes allocated), not in
seconds, so the tests do not flake on a busy machine. The timed must-show is
`benchmarks/long_line.py`."""

from __future__ import annotations

import io
import tracemalloc

import pytest
from rich.console import Console

from scriptlint import baseline
from scriptlint.model import Finding, Severity
from scriptlint.reporters import github, sarif, text
from scriptlint.reporters.spool import Spool

from .conftest import run_cli


def test_fingerprint_work_per_finding_does_not_grow_with_the_line(tmp_path, monkeypatch):
    from scriptlint.api import lint_paths

    seen: list[int] = []
    real = baseline._context
    monkeypatch.setattr(baseline, "_context", lambda t, s, e: seen.append(len(r := real(t, s, e))) or r)
    per_finding = {}
    for n in (4_000, 16_000):  # 20 k and 80 k characters
        seen.clear()
        p = tmp_path / f"l{n}.txt"
        p.write_text("你这个老赖" * n + "\n", encoding="utf-8")
        report = lint_paths([p], jobs=1)
        assert len(seen) == len(report.findings) >= n
        per_finding[n] = sum(seen) / len(seen)
    # quadratic: the context of every finding would be the whole line (20 k, then 80 k characters)
    assert max(per_finding.values()) <= 2 * baseline.WINDOW + 10
    assert per_finding[16_000] <= 1.1 * per_finding[4_000]


def test_short_lines_keep_their_whole_line_as_context():
    text = "第一行\n您好，你这个老赖，请还款。\n第三行\n"
    start = text.index("老赖")
    assert baseline._context(text, start, start + 2) == "您好，你这个老赖，请还款。"
    long = "好" * 2000 + "老赖" + "好" * 2000
    start = long.index("老赖")
    ctx = baseline._context(long, start, start + 2)
    assert "老赖" in ctx and len(ctx) <= 2 * baseline.WINDOW + 2


def _findings(n: int) -> list[Finding]:
    return [Finding("insult.laolai", "insult", Severity.ERROR, "侮辱性称呼", "客户", 5 * i + 3, 5 * i + 5, "老赖",
                    path="big.txt", line=1, column=5 * i + 4, end_line=1, end_column=5 * i + 6, fingerprint=f"{i:032x}")
            for i in range(n)]


class _Report:
    def __init__(self):
        self.findings, self.files, self.streamed = [], [], {}

    def count(self, severity):
        return self.streamed.get(severity, 0)


class _Null(io.TextIOBase):
    def write(self, s):
        return len(s)


def _render_peak(fmt: str, n: int) -> int:
    spool = Spool()
    for i in range(0, n, 5000):
        spool.add(_findings(n)[i : i + 5000] if i == 0 else _findings(min(5000, n - i)))
    report = _Report()
    report.streamed = {Severity.ERROR: n}
    tracemalloc.start()
    if fmt == "text":
        text.render(report, Console(file=_Null(), no_color=True), findings=spool, texts={"big.txt": ["老赖" * 10]})
    elif fmt == "sarif":
        sarif.render(report, _Null(), rules=(), findings=spool)
    else:
        github.render(report, _Null(), findings=spool)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    spool.close()
    return peak


@pytest.mark.parametrize("fmt", ["text", "sarif", "github"])
def test_reporters_memory_is_flat_in_the_number_of_findings(fmt):
    small, large = _render_peak(fmt, 5_000), _render_peak(fmt, 40_000)
    # holding the findings (or their dicts) would make this 8×; streaming keeps it about level
    assert large < 1.5 * small + 2_000_000, (small, large)


def test_json_stream_memory_is_flat_in_the_number_of_findings():
    from scriptlint.reporters.json_report import Stream

    def peak(n):
        s = Stream()
        tracemalloc.start()
        for _ in range(0, n, 5000):
            s.add(_findings(5000))
        p = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        s.spool.close()
        return p

    small, large = peak(20_000), peak(80_000)  # both past the spool's 8 MB in memory: the rest is on disk
    assert large < 1.5 * small, (small, large)


def test_long_line_text_report_shows_an_excerpt(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("你好" * 50_000 + "你这个老赖" + "你好" * 50_000 + "\n", encoding="utf-8")
    code, out, _ = run_cli("check", "--no-color", "--select", "insult.laolai", p)
    assert code == 1
    assert max(len(line) for line in out.splitlines()) < 400
    src = [line for line in out.splitlines() if "老赖" in line and "…" in line][0]
    assert src.startswith("    …") and src.endswith("…")


def test_streamed_sarif_is_the_same_text_as_the_whole_document(tmp_path):
    import json

    from scriptlint.api import build_engine, lint_paths

    (tmp_path / "odd.txt").write_text("你这个老赖\x1b[31m\n\u202e老赖 \"引号\" \\ 反斜杠\n", encoding="utf-8")
    for paths in (["corpora/samples/"], [tmp_path]):
        report = lint_paths(paths)
        rules = build_engine().rules
        out = io.StringIO()
        sarif.render(report, out, rules=rules)
        assert out.getvalue() == json.dumps(sarif.as_dict(report, rules), ensure_ascii=False, indent=2) + "\n"
        assert report.findings and any(f.call_id for f in report.findings) or paths != ["corpora/samples/"]
