"""Config, suppression comments, baselines and `fix` (SPEC §5, §7)."""

from __future__ import annotations

import json
import os
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scriptlint.fix import apply_fixes

from .conftest import run_cli, run_json

BAD = "你这个老赖，再不还钱就让你坐牢！\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _categories(report):
    return {v["category"] for v in report["violations"]}


def test_config_discovered_upward_select_ignore_severity(project):
    (project / ".scriptlint.yaml").write_text("ignore: [overstatement]\nseverity: {insult: warning}\n", encoding="utf-8")
    sub = project / "scripts" / "deep"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_text(BAD, encoding="utf-8")
    os.chdir(sub)
    code, report, _ = run_json("a.txt")
    assert "overstatement" not in _categories(report)
    insult = next(v for v in report["violations"] if v["category"] == "insult")
    assert insult["severity"] == "warning"
    assert code == 0


def test_config_overrides_exclude_and_kind(project):
    (project / ".scriptlint.yaml").write_text(
        'exclude: ["archive/**"]\nkind: {"calls/*.txt": transcript}\n'
        'overrides:\n  - files: "training/**"\n    severity: {insult: off}\n', encoding="utf-8")
    for d in ("archive", "training", "calls"):
        (project / d).mkdir()
    (project / "archive" / "old.txt").write_text(BAD, encoding="utf-8")
    (project / "training" / "t.txt").write_text(BAD, encoding="utf-8")
    (project / "calls" / "c.txt").write_text("坐席：你这个老赖\n客户：老赖怎么了\n", encoding="utf-8")
    _, report, _ = run_json(".")
    paths = {f["path"] for f in report["files"]}
    assert not any("archive" in p for p in paths)
    assert not [v for v in report["violations"] if "training" in v["path"] and v["category"] == "insult"]
    assert next(f for f in report["files"] if "calls" in f["path"])["kind"] == "transcript"
    assert [v["line"] for v in report["violations"] if "calls" in v["path"] and v["category"] == "insult"] == [1]


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ("colour: red\n", 1, "`colour`: unknown key"),
        ("select: [threat]\nseverity: {insult: loud}\n", 2, "`severity.insult`"),
        ("options:\n  call_time_window: 25:00-08:00\n", 2, "options.call_time_window"),
        ("overrides:\n  - files: x\n    colour: red\n", 3, "overrides.colour"),
        ("kind: [x]\n", 1, "`kind`"),
    ],
)
def test_config_errors_name_file_line_key(project, text, line, needle):
    (project / ".scriptlint.yaml").write_text(text, encoding="utf-8")
    (project / "a.txt").write_text("您好", encoding="utf-8")
    code, _, err = run_cli("check", "a.txt")
    assert code == 2
    assert f".scriptlint.yaml:{line}:" in err and needle in err, err


def test_init_writes_a_valid_starter(project):
    code, _, _ = run_cli("init")
    assert code == 0 and (project / ".scriptlint.yaml").exists()
    assert run_cli("init")[0] == 2  # refuses to overwrite
    (project / "a.txt").write_text("您好", encoding="utf-8")
    assert run_cli("check", "a.txt")[0] in (0, 1)


@pytest.mark.parametrize(
    "text",
    [
        "# scriptlint-disable-next-line insult\n你这个老赖\n",
        "你这个老赖  // scriptlint-disable-line insult.laolai\n",
        "<!-- scriptlint-disable insult -->\n你这个老赖\n老赖\n<!-- scriptlint-enable insult -->\n",
        "scriptlint-disable-next-line\n你这个老赖\n",
    ],
)
def test_suppression_comments(project, text):
    (project / "a.txt").write_text(text, encoding="utf-8")
    _, report, _ = run_json("a.txt", "--select", "insult")
    assert report["violations"] == []


def test_suppression_is_scoped(project):
    (project / "a.txt").write_text("# scriptlint-disable-next-line threat\n你这个老赖\n老赖\n", encoding="utf-8")
    _, report, _ = run_json("a.txt", "--select", "insult")
    assert sorted(v["line"] for v in report["violations"]) == [2, 3]
    (project / "b.txt").write_text("<!-- scriptlint-disable insult -->\n老赖\n<!-- scriptlint-enable insult -->\n老赖\n", encoding="utf-8")
    _, report, _ = run_json("b.txt", "--select", "insult")
    assert [v["line"] for v in report["violations"]] == [4]


def test_report_unused_disables(project):
    (project / "a.txt").write_text("# scriptlint-disable-next-line insult\n您好\n", encoding="utf-8")
    assert run_cli("check", "a.txt", "--select", "insult")[0] == 0
    code, out, _ = run_cli("check", "a.txt", "--select", "insult", "--report-unused-disables")
    assert code == 1 and "scriptlint.unused-disable" in out and "unused scriptlint-disable-next-line" in out


def test_baseline_survives_moved_lines_and_reports_new(project):
    p = project / "a.txt"
    p.write_text("您好。\n你这个老赖\n", encoding="utf-8")
    code, _, _ = run_cli("check", "a.txt", "--select", "insult", "--write-baseline", "base.json")
    assert code == 0 and json.loads((project / "base.json").read_text())["fingerprints"]
    p.write_text("新加的一行。\n您好。\n\n你这个老赖\n", encoding="utf-8")  # moved down
    code, report, _ = run_json("a.txt", "--select", "insult", "--baseline", "base.json")
    assert code == 0 and report["violations"] == []
    p.write_text("您好。\n你这个老赖\n又一个老赖出现了\n", encoding="utf-8")
    code, report, _ = run_json("a.txt", "--select", "insult", "--baseline", "base.json")
    assert code == 1 and [v["line"] for v in report["violations"]] == [3]
    assert run_cli("check", "a.txt", "--baseline", "missing.json")[0] == 2


def test_fix_rewrites_in_place_preserving_encoding_bom_crlf_and_mode(project):
    p = project / "a.txt"
    original = "\ufeff请问老赖什么时候还款？\r\n第二行 老赖\r\n".encode("utf-8")
    p.write_bytes(original)
    os.chmod(p, 0o640)
    code, _, err = run_cli("fix", "a.txt")
    assert code == 1 and "fixed" in err
    assert p.read_bytes() == "\ufeff请问客户什么时候还款？\r\n第二行 客户\r\n".encode("utf-8")
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o640
    assert run_cli("fix", "a.txt")[0] == 0  # idempotent
    assert not [f for f in os.listdir(project) if f.startswith(".scriptlint-")]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_fix_keeps_other_encodings(project, encoding):
    p = project / "a.txt"
    p.write_bytes("请问老赖什么时候还款？\n".encode(encoding))
    run_cli("fix", "a.txt")
    assert p.read_bytes() == "请问客户什么时候还款？\n".encode(encoding)


def test_fix_diff_writes_nothing(project):
    p = project / "a.txt"
    p.write_text("请问老赖什么时候还款？\n", encoding="utf-8")
    code, out, _ = run_cli("fix", "--diff", "a.txt")
    assert code == 1 and "-请问老赖什么时候还款？" in out and "+请问客户什么时候还款？" in out
    assert p.read_text(encoding="utf-8") == "请问老赖什么时候还款？\n"


def test_fix_respects_suppression(project):
    p = project / "a.txt"
    text = "# scriptlint-disable-next-line insult\n你这个老赖\n"
    p.write_text(text, encoding="utf-8")
    assert run_cli("fix", "a.txt")[0] == 0 and p.read_text(encoding="utf-8") == text


SAFE_CHARS = st.sampled_from(list("你您这个老赖客户，。！\n\r 欠钱请还款a1") + ["老-赖", "老赖", "laolai"])


@given(st.lists(SAFE_CHARS, max_size=40).map("".join))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_fix_changes_only_fix_spans_and_is_idempotent(text):
    from scriptlint import lint_text

    findings = [f for f in lint_text(text, "script") if f.fix]
    fixed, applied = apply_fixes(text, findings)
    # Outside the fix spans, the text is untouched.
    pos = 0
    rebuilt = []
    # (a fix's own span may be wider than its finding's: 你个老赖 → 您 rewrites the construction)
    for f in sorted(findings, key=lambda f: (f.fix.start, f.fix.end)):
        if f.fix.start < pos or text[f.fix.start : f.fix.end] == f.fix.replacement:
            continue
        rebuilt.append(text[pos : f.fix.start])
        rebuilt.append(f.fix.replacement)
        pos = f.fix.end
    rebuilt.append(text[pos:])
    assert fixed == "".join(rebuilt)
    again, applied_again = apply_fixes(fixed, [f for f in lint_text(fixed, "script") if f.fix])
    assert applied_again == 0 and again == fixed
