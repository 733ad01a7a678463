"""Issue 15: inputs that hung, crashed the run or gave wrong call-level results."""

from __future__ import annotations

import json
import time

import pytest

from scriptlint import lint_text

from .conftest import run_json

VIOLATION = "你这个老赖\n"
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n" \
       "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"


# -- 7. front matter: alias bombs and deep nesting are an error for that document -------------------

@pytest.mark.parametrize(("front", "needle"), [
    (BOMB, "aliases"),
    ("x: " + "[" * 5000 + "]" * 5000, "nested"),
    ("x:\n" + "".join(" " * i + "- \n" for i in range(1, 300)), "nested"),
])
def test_front_matter_bombs_are_one_documents_error(tmp_path, front, needle):
    bad = tmp_path / "bad.txt"
    bad.write_text(f"---\n{front}\n---\n你这个老赖\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(VIOLATION, encoding="utf-8")
    started = time.monotonic()
    code, report, err = run_json(bad, good)
    assert time.monotonic() - started < 30
    assert code == 2 and "front matter refused" in err and needle in err and "Traceback" not in err
    assert {v["path"] for v in report["violations"]} == {str(good)}


def test_large_front_matter_is_parsed_at_most_once_and_bounded(tmp_path, monkeypatch):
    from scriptlint import yamlsafe
    from scriptlint.api import get_engine

    get_engine()  # the rule packs are YAML too: load them before counting front-matter parses
    calls = []
    real = yamlsafe.load
    monkeypatch.setattr(yamlsafe, "load", lambda text: calls.append(len(text)) or real(text))
    p = tmp_path / "t.txt"
    p.write_text("---\nstage: first-contact\n---\n坐席：你这个老赖\n客户：我没钱\n", encoding="utf-8")
    code, report, _ = run_json(p)
    assert code == 1 and len(calls) == 1  # sniffing the kind does not parse it
    calls.clear()
    big = tmp_path / "big.txt"  # 5 MB between the `---` lines: not metadata, read as text
    # (Chinese inside, so the content check does not skip it as "not collection material")
    big.write_text("---\n" + "备注: 您好\n" * 600_000 + "---\n你这个老赖\n", encoding="utf-8")
    started = time.monotonic()
    code, report, err = run_json(big)
    assert time.monotonic() - started < 60 and not calls
    assert code == 1 and "front matter over 64 KB" in err


# -- 14. meta.records of the wrong shape: one error for that call, the batch goes on ---------------

@pytest.mark.parametrize("records", [5, "x", [1, 2], [{"contact": "A"}], {"time": "2026-03-01 23:00"}, [{"time": "soon"}]])
def test_meta_records_of_the_wrong_shape_lose_only_that_call(tmp_path, records):
    good = {"id": "ok", "turns": [{"speaker": "agent", "text": "你这个老赖"}]}
    bad = {"id": "bad", "meta": {"records": records}, "turns": [{"speaker": "agent", "text": "你这个老赖"}]}
    p = tmp_path / "calls.jsonl"
    p.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in (good, bad, dict(good, id="ok2"))) + "\n", encoding="utf-8")
    code, report, err = run_json(p)
    assert code == 2 and f"{p}:2: `meta.records" in err and "Traceback" not in err
    assert {v["call_id"] for v in report["violations"]} == {"ok", "ok2"}


def test_meta_records_in_front_matter(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("---\nrecords: 5\n---\n你这个老赖\n", encoding="utf-8")
    code, _, err = run_json(p)
    assert code == 2 and "`meta.records` must be a list" in err
    p.write_text("---\nrecords:\n  - {time: '2026-03-01 23:30:00', contact: A}\n---\n你这个老赖\n", encoding="utf-8")
    code, report, err = run_json(p)
    assert code == 1 and any(v["category"] == "call-time" for v in report["violations"]), err


# -- 17. a date without a time is never a night call; epoch timestamps are read --------------------

def _call_time(started_at) -> bool:
    meta = json.dumps({"stage": "first-contact", "started_at": started_at})
    text = f"---\n{meta}\n---\n您好，我是XX公司专员，工号1。\n"
    return any(f.category == "call-time" for f in lint_text(text, "script"))


@pytest.mark.parametrize(("started_at", "night"), [
    ("2026-03-01", False),
    ("2026/03/01", False),
    ("2026-03-01T23:10:00+08:00", True),
    ("2026-03-01T10:10:00+08:00", False),
    (1772377800, True),          # 2026-03-01 23:10 UTC+8, in seconds
    (1772377800000, True),       # … in milliseconds
    ("1772377800", True),
    (1772330000, False),         # 2026-03-01 09:53 UTC+8
])
def test_started_at_date_only_and_epoch(started_at, night):
    assert _call_time(started_at) is night


def test_call_log_date_only_rows_count_for_frequency_but_are_not_night_calls(tmp_path):
    rows = ["time,number,outcome"] + ["2026-03-01,A,未接"] * 8
    p = tmp_path / "log.csv"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, report, err = run_json(p)
    cats = [v["category"] for v in report["violations"]]
    assert "call-time" not in cats and cats.count("call-frequency") == 1, err


# -- 18. quoted newlines in a CSV call log ----------------------------------------------------------

def test_call_log_with_quoted_newlines(tmp_path):
    p = tmp_path / "log.csv"
    p.write_text('time,number,outcome,note\n2026-03-01 23:30:00,A,接通,"第一行\n第二行"\n2026-03-01 10:00:00,B,接通,ok\n'
                 '2026-03-01 23:40:00,C,接通,x\n', encoding="utf-8")
    code, report, err = run_json(p)
    assert code == 1 and not err.strip(), err
    assert [v["line"] for v in report["violations"] if v["category"] == "call-time"] == [2, 5]


# -- 16. suppression lines are the findings' lines; a directive only hides what it names -----------

@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\r"])
def test_directive_lines_are_counted_as_findings_count_them(tmp_path, sep):
    # the separator is not a line break for a finding: the directive must not shift onto another line
    p = tmp_path / "a.txt"
    p.write_text(f"您好{sep}请还款\n# scriptlint-disable-next-line insult\n你这个老赖\n老赖又来了\n", encoding="utf-8", newline="")
    code, report, err = run_json("--select", "insult", p)
    assert sorted({v["line"] for v in report["violations"]}) == [4], err


def test_directive_line_text_is_still_linted_and_ids_are_respected(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("<!-- scriptlint-disable-line insult --> 你这个老赖，再不还钱就让你坐牢！\n", encoding="utf-8")
    code, report, _ = run_json(p)
    cats = {v["category"] for v in report["violations"]}
    assert "insult" not in cats and "overstatement" in cats  # only the named category is hidden
    p.write_text("scriptlint-disable-line insult 你这个老赖，再不还钱就让你坐牢！\n", encoding="utf-8")
    code, report, _ = run_json(p)
    cats = {v["category"] for v in report["violations"]}
    assert "insult" not in cats and "overstatement" in cats
    p.write_text("请不要在话术里写 scriptlint-disable 这种注释。你这个老赖\n", encoding="utf-8")  # prose, not a directive
    code, report, _ = run_json("--select", "insult", p)
    assert report["violations"]
