"""The language server's pure parts (no pygls): what a buffer lints to, the per-turn memo, and a
workspace folder's config/engine state."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from scriptlint.api import lint_text
from scriptlint.config import Config
from scriptlint.engine import Engine
from scriptlint.factory import build_engine
from scriptlint.lsp.linting import lint
from scriptlint.lsp.workspace import Folder, Settings

ROOT = Path(__file__).resolve().parent.parent


def sample_lines(n: int, seed: int) -> list[str]:
    lines = []
    for f in sorted((ROOT / "corpora" / "labelled").glob("*.jsonl")):
        lines += [json.loads(x)["text"] for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    rng = random.Random(seed)
    return [rng.choice(lines) for _ in range(n)]


def test_the_turn_memo_changes_no_finding():
    """Linting through the memo — first run, unchanged re-run, after edits — gives the findings
    of an engine without it, field for field."""
    cached = Engine(build_engine().ruleset)
    cached.turn_memo = {}
    plain = Engine(build_engine().ruleset)
    lines = sample_lines(300, 3)
    for round_ in range(3):
        text = "\n".join(lines) + "\n"
        for kind in ("script", "transcript"):
            body = text if kind == "script" else "".join(f"{'坐席' if i % 2 else '客户'}：{x}\n" for i, x in enumerate(lines))
            got = [f.to_dict() for f in lint_text(body, kind, engine=cached)]
            assert got == [f.to_dict() for f in lint_text(body, kind, engine=plain)]
            assert got
        lines[round_ * 7] = lines[round_ * 11] + "你这个老赖"


def test_a_buffer_lints_as_check_does_and_is_placed_by_offsets():
    engine, cfg = build_engine(), Config()
    text = "\ufeff您好\r\n\U0001F600你这个老赖赶紧还钱\r\n"
    out = lint(engine, cfg, "/w/a.txt", text)
    (p,) = out.findings
    assert (p.finding.rule, text[p.start:p.end]) == ("insult.laolai", "老赖")
    assert p.finding.fix is not None and text[p.finding.fix.start:p.finding.fix.end] == "你这个老赖"


@pytest.mark.parametrize("name, text, skipped", [
    ("package.json", '{"name": "x"}', "JSON that is not a call export (no `turns` list)"),
    ("README.md", "# Readme\n\nEnglish only.\n", "no Chinese speech"),
    ("notes.txt", "", "no Chinese speech"),
])
def test_what_is_not_collection_material_is_not_linted(name, text, skipped):
    assert lint(build_engine(), Config(), f"/w/{name}", text).skipped == skipped


def test_call_exports_are_placed_by_line_and_column_and_carry_no_fix():
    engine = build_engine()
    call = {"turns": [{"speaker": "agent", "text": "\U0001F600你这个老赖"}]}
    raw = json.dumps(call, ensure_ascii=False, indent=2)
    out = lint(engine, Config(), "/w/c.json", raw)
    p = next(p for p in out.findings if p.finding.rule == "insult.laolai")
    assert raw[p.start:p.end] == "老赖" and p.finding.fix is None
    broken = lint(engine, Config(), "/w/b.jsonl", json.dumps(call) + "\n{oops\n")
    (problem,) = broken.problems
    assert problem.severity == "error" and broken.text[problem.start:problem.end] == "{oops"


def test_an_unsaved_buffer_takes_its_kind_from_the_language_id():
    out = lint(build_engine(), Config(), "untitled:Untitled-1", "# 培训\n\n你这个老赖\n", "markdown")
    assert out.kind == "training"


def test_settings_parse():
    assert Settings.parse({"select": "insult,threat", "ignore": ["rude"]}) == (Settings(("insult", "threat"), ("rude",)), None)
    assert Settings.parse({"scriptlint": {"ignore": "rude"}}) == (Settings((), ("rude",)), None)
    assert Settings.parse(None) == (Settings(), None)
    assert Settings.parse({"select": 3})[1] == "scriptlint setting `select` must be a list of rule ids, prefixes or categories"


def test_a_folder_keeps_its_last_good_engine_and_names_the_problem(tmp_path):
    config = tmp_path / ".scriptlint.yaml"
    config.write_text("ignore: [insult]\n", encoding="utf-8")
    folder = Folder(str(tmp_path))
    assert folder.refresh() and folder.problems == []
    good = folder.engine
    assert not folder.refresh()  # nothing changed: nothing reloaded
    config.write_text("ignore: [insult]\nselect: [no-such-rule]\n", encoding="utf-8")
    assert folder.refresh()
    (problem,) = folder.problems
    assert (problem.path, problem.line) == (str(config), 2) and "no-such-rule" in problem.message
    assert folder.engine is good and folder.cfg.ignore == ["insult"]
    config.write_text("ignore: [threat]\n", encoding="utf-8")
    assert folder.refresh() and folder.problems == [] and folder.cfg.ignore == ["threat"]


def test_settings_naming_no_rule_are_reported_and_dropped(tmp_path):
    folder = Folder(str(tmp_path), Settings(select=("no-such-rule",)))
    folder.refresh()
    (problem,) = folder.problems
    assert problem.path is None and "no-such-rule" in problem.message
    assert folder.engine is not None and len(folder.engine.rules) > 100


def test_the_core_package_does_not_import_pygls_and_lsp_says_what_is_missing():
    import subprocess
    import sys

    code = ("import sys, scriptlint.cli, scriptlint.api, scriptlint.lsp.linting, scriptlint.lsp.workspace; "
            "assert not {'pygls', 'lsprotocol'} & set(sys.modules), sorted(m for m in sys.modules if 'pygls' in m)")
    subprocess.run([sys.executable, "-c", code], check=True)
    without = ("import sys; sys.modules['pygls'] = None; sys.modules['lsprotocol'] = None; "
               "from scriptlint.cli import main; main(['lsp'])")
    res = subprocess.run([sys.executable, "-c", without], capture_output=True, text=True)
    assert res.returncode == 2 and "pip install 'scriptlint[lsp]'" in res.stderr


def test_a_call_log_is_placed_on_its_row():
    rows = ["time,number,outcome"] + [f"2026-03-01 10:0{m}:00,B,未接" for m in range(7)] + ["2026-03-01 23:30:00,C,接通"]
    text = "\r\n".join(rows) + "\r\n"
    out = lint(build_engine(), Config(), "/w/log.csv", text)
    assert [(p.finding.rule, text[p.start:p.end]) for p in out.findings] == [
        ("call-frequency.unanswered-attempts", "2026-03-01 10:06:00,B,未接"), ("call-time.night-window", "2026-03-01 23:30:00,C,接通")]
