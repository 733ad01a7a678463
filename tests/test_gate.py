"""Issue 14, "a gate you can trust": each problem the issue lists, reproduced as a user meets it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import run_cli, run_json

BAD = "你这个老赖，再不还钱就让你坐牢！\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "f.txt").write_text(BAD, encoding="utf-8")
    return tmp_path


# 1. Typos never pass silently -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("args", "where", "close"),
    [
        (["--select", "thraet"], "--select", "'threat'"),
        (["--select", "insult.laolia"], "--select", "'insult.laolai'"),
        (["--select", "threat,insult.laolia"], "--select", "'insult.laolai'"),
        (["--ignore", "rdue"], "--ignore", "'rude'"),
        (["--select", "insult.lao"], "--select", "'insult.laolai'"),  # a prefix must end at a dot
    ],
)
def test_unknown_ids_on_the_command_line_exit_2_with_did_you_mean(project, args, where, close):
    code, out, err = run_cli("check", "f.txt", *args)
    assert code == 2, out
    assert where in err and "unknown rule id, prefix or category" in err and "did you mean" in err and close in err, err


@pytest.mark.parametrize("args", [["--select", "overstatement"], ["--select", "insult."], ["--select", "insult.laolai"],
                                  ["--ignore", "missing-identity"], ["--select", "threat,overstatement"]])
def test_known_ids_prefixes_and_categories_still_work(project, args):
    assert run_cli("check", "f.txt", *args)[0] == 1


@pytest.mark.parametrize(
    ("config", "line", "key", "close"),
    [
        ("ignore: [rdue]\n", 1, "`ignore`", "rude"),
        ("select: [threat, insult.laolia]\n", 1, "`select`", "insult.laolai"),
        ("severity:\n  rdue: off\n", 2, "`severity`", "rude"),
        ("severity:\n  insult.laolia: warning\n", 2, "`severity`", "insult.laolai"),
        ("overrides:\n  - files: '*.txt'\n    ignore: [thraet]\n", 3, "`overrides.ignore`", "threat"),
        ("overrides:\n  - files: '*.txt'\n    severity: {thraet: off}\n", 3, "`overrides.severity`", "threat"),
    ],
)
def test_unknown_ids_in_the_config_exit_2_naming_file_line_key(project, config, line, key, close):
    (project / ".scriptlint.yaml").write_text(config, encoding="utf-8")
    for command in (["check", "f.txt"], ["fix", "--diff", "f.txt"]):
        code, _, err = run_cli(*command)
        assert code == 2, err
        assert f".scriptlint.yaml:{line}: {key}" in err and repr(close) in err, err


def test_unknown_id_in_the_config_is_an_error_for_eval_too(project):
    (project / ".scriptlint.yaml").write_text("ignore: [rdue]\n", encoding="utf-8")
    (project / "c.jsonl").write_text(json.dumps({"text": "你好", "labels": []}) + "\n", encoding="utf-8")
    code, _, err = run_cli("eval", "c.jsonl")
    assert code == 2 and "'rude'" in err


def test_a_rule_from_an_extra_pack_is_known(project):
    from scriptlint.api import build_engine
    from scriptlint.config import Config
    from scriptlint.model import ScriptlintError

    with pytest.raises(ScriptlintError, match="did you mean 'threat'"):
        build_engine(Config(), select=["thraet"])
    assert build_engine(Config(), select=["threat."]).rules


def test_misspelled_id_in_a_suppression_comment_is_an_error_finding(project):
    (project / "s.txt").write_text("# scriptlint-disable-next-line insult.laolia\n你这个老赖\n", encoding="utf-8")
    code, report, _ = run_json("s.txt")
    assert code == 1
    unknown = [v for v in report["violations"] if v["rule"] == "scriptlint.unknown-rule"]
    assert len(unknown) == 1
    u = unknown[0]
    assert (u["line"], u["column"], u["match"], u["severity"]) == (1, 32, "insult.laolia", "error")
    assert "insult.laolai" in u["message"] and u["suggestion"] == "scriptlint-disable-next-line insult.laolai"
    assert any(v["rule"] == "insult.laolai" for v in report["violations"])  # and the typo suppressed nothing
    # --fail-on sees it: the finding alone (insult ignored) still fails the gate
    assert run_cli("check", "s.txt", "--ignore", "insult,missing-identity,missing-amount-or-date")[0] == 1
    # not also called "unused"
    _, report, _ = run_json("s.txt", "--report-unused-disables")
    assert not [v for v in report["violations"] if v["rule"] == "scriptlint.unused-disable"]


# 2. Baselines independent of path spelling -------------------------------------------------------

def _repo(tmp_path):
    (tmp_path / "f.txt").unlink()
    (tmp_path / ".git").mkdir()
    for d in ("scripts", "calls"):
        (tmp_path / d).mkdir()
    (tmp_path / "scripts" / "a.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "scripts" / "b.txt").write_text("你这个老赖\n", encoding="utf-8")
    (tmp_path / "calls" / "c.txt").write_text("坐席：你这个老赖\n客户：老赖怎么了\n", encoding="utf-8")


@pytest.mark.parametrize("written_with", [["scripts", "calls"], ["."], ["./scripts", "./calls"], ["ABS"]])
@pytest.mark.parametrize("checked_with", [["scripts/a.txt"], ["./scripts"], ["ABS/scripts"], ["."], ["scripts/../scripts/b.txt"]])
def test_baseline_keys_do_not_depend_on_path_spelling(project, written_with, checked_with):
    _repo(project)
    absolute = str(project)
    written = [p.replace("ABS", absolute) for p in written_with]
    code, out, err = run_cli("check", *written, "--write-baseline", "bl.json")
    assert code == 0, err
    checked = [p.replace("ABS", absolute) for p in checked_with]
    code, report, err = run_json(*checked, "--baseline", "bl.json")
    assert report["violations"] == [] and code == 0, (written, checked, report["violations"][:2])


def test_baseline_keys_from_a_subdirectory_use_the_git_root(project):
    _repo(project)
    assert run_cli("check", ".", "--write-baseline", "bl.json")[0] == 0
    os.chdir(project / "scripts")
    code, report, _ = run_json("a.txt", "--baseline", "../bl.json")
    assert code == 0 and report["violations"] == []


def test_write_baseline_reports_what_it_recorded(project):
    _repo(project)
    code, out, err = run_cli("check", "scripts", "calls", "--write-baseline", "bl.json")
    assert code == 0
    assert "no problems" not in out
    n = sum(json.loads((project / "bl.json").read_text())["fingerprints"].values())
    assert f"recorded {n} findings in bl.json from 3 files" in out
    assert "scripts/a.txt" in out and "calls/c.txt" in out


def test_a_version_1_baseline_is_still_read(project):
    from scriptlint import baseline

    _repo(project)
    _, report, _ = run_json("scripts/a.txt")
    from scriptlint.api import lint_paths

    findings = list(lint_paths(["scripts/a.txt"]))
    text = (project / "scripts" / "a.txt").read_text(encoding="utf-8")
    old = [baseline.fingerprint(f, text) for f in findings]  # version 1: the path as typed
    (project / "old.json").write_text(json.dumps({"version": 1, "tool": "scriptlint",
                                                  "fingerprints": {k: old.count(k) for k in old}}), encoding="utf-8")
    code, report, _ = run_json("scripts/a.txt", "--baseline", "old.json")
    assert report["violations"] == [] and code == 0


# 7. The smaller items ----------------------------------------------------------------------------

def test_unused_disables_not_for_deselected_rules_respect_fail_on_and_reach_json(project):
    (project / "u.txt").write_text("# scriptlint-disable-next-line threat\n您好，请问您方便吗？\n"
                                   "# scriptlint-disable-next-line insult\n谢谢\n", encoding="utf-8")
    code, report, _ = run_json("u.txt", "--select", "insult", "--report-unused-disables")
    unused = [v for v in report["violations"] if v["rule"] == "scriptlint.unused-disable"]
    assert [v["line"] for v in unused] == [3]  # the threat directive is for a deselected rule
    assert code == 1
    assert run_cli("check", "u.txt", "--select", "insult", "--report-unused-disables", "--fail-on", "never")[0] == 0
    code, out, _ = run_cli("check", "u.txt", "--select", "insult", "--report-unused-disables", "--format", "sarif")
    import jsonschema

    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    sarif = json.loads(out)
    jsonschema.validate(sarif, schema, cls=jsonschema.Draft7Validator)
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["scriptlint.unused-disable"]


def test_pluralisation(project):
    (project / "one.txt").write_text("您好，我是XX银行信用卡中心的专员，工号1024。您本期应还3200元，请您在15号前还款，谢谢，再见。你闭嘴\n",
                                     encoding="utf-8")
    _, out, _ = run_cli("check", "one.txt", "--no-color")
    assert "1 file" in out and "1 files" not in out
    assert "1 problem (" in out and "1 warning," in out and "0 errors" in out


def test_missing_path_is_an_error_not_no_problems(project):
    code, out, err = run_cli("check", "nope.txt")
    assert code == 2
    assert "no problems" not in out and "nope.txt: no such file or directory" in err


def test_carets_after_a_tab(project):
    from scriptlint.reporters.text import underline

    src, carets = underline("\t你这个老赖", 5, 7)
    assert src == "    你这个老赖"
    assert carets == " " * 10 + "^^^^"
    (project / "t.txt").write_text("\t他说的老赖\n", encoding="utf-8")
    _, out, _ = run_cli("check", "t.txt", "--select", "insult", "--no-color")
    lines = out.splitlines()
    i = next(n for n, line in enumerate(lines) if line.strip() == "他说的老赖")
    assert lines[i + 1].rstrip() == "    " + " " * 10 + "^^^^"  # tab = 4 cells, 他说的 = 6


# 3. fix never launders an insult ------------------------------------------------------------------

INSULT_LINES = [
    "你这个老赖",
    "你这个老赖，赶紧还钱。",
    "你们全家都是老赖吧",
    "你个老赖还有脸骂人",
    "你就是个老赖",
    "你个欠债的",
    "您这个赖子什么时候还？",
    "请问老赖什么时候还款？",
    "外卖的都是老赖。",
    "老赖的事我们再谈。",
]


@pytest.mark.parametrize(
    ("text", "found"),
    [("你这个客户", "你这个客户"), ("你个客户还有脸", "你个客户"), ("你们全家都是客户吧", "你们全家都是客户"),
     ("你就是个客户", "你就是个客户"), ("您这个人怎么这样", "您这个人"), ("你这个东西", "你这个东西"),
     ("你这个月的账单已出", None), ("你这个情况我们登记一下", None), ("您这个号码是本人的吗", None),
     ("请问客户什么时候还款", None), ("你们全家都是好样的", None)],
)
def test_contempt_construction_check(text, found):
    from scriptlint.fix import contempt

    assert contempt(text) == found


def test_fix_on_insult_lines_leaves_no_contempt_and_no_flagged_fixed_line(project):
    from scriptlint import lint_text
    from scriptlint.fix import contempt

    p = project / "insults.txt"
    p.write_text("\n".join(INSULT_LINES) + "\n", encoding="utf-8")
    run_cli("fix", "insults.txt")
    after = p.read_text(encoding="utf-8").splitlines()
    assert len(after) == len(INSULT_LINES)
    changed = [(old, new) for old, new in zip(INSULT_LINES, after, strict=True) if old != new]
    assert changed, "the safe lines are fixed"
    for _old, new in changed:
        assert contempt(new) is None, new
        assert lint_text(new, "utterance") == [], new  # every rule, selected or not
    # no line fix produced is a relabelled insult; refused lines are left as written, still reported
    for old, new in zip(INSULT_LINES, after, strict=True):
        assert contempt(new) is None or new == old
    code, report, _ = run_json("insults.txt", "--select", "insult")
    refused = [v for v in report["violations"] if v["fix"] is None]
    assert code == 1 and refused and all(v["suggestion"] for v in refused)


def test_unsafe_fix_is_not_offered_in_reports(project):
    _, report, _ = run_json("f.txt", "--select", "insult")
    v = next(v for v in report["violations"] if v["rule"] == "insult.laolai")
    assert v["fix"] is None and v["suggestion"]
    code, out, _ = run_cli("fix", "--diff", "f.txt")
    assert code == 0 and out == ""


def test_overlapping_findings_merge_into_the_more_specific_rule_and_fix_applies(project):
    (project / "o.txt").write_text("外卖的都是老赖。\n你个老赖还有脸骂人\n", encoding="utf-8")
    _, report, _ = run_json("o.txt", "--select", "insult")
    by_line = {v["line"]: v for v in report["violations"]}
    assert by_line[1]["rule"] == "insult.laolai" and by_line[1]["match"] == "外卖的都是老赖"
    assert by_line[1]["fix"] == {"start": 5, "end": 7, "replacement": "客户"}
    assert by_line[2]["rule"] == "insult.laolai" and by_line[2]["fix"] is None  # 你个客户 is contempt
    assert len(report["violations"]) == 2
    run_cli("fix", "o.txt")
    assert (project / "o.txt").read_text(encoding="utf-8") == "外卖的都是客户。\n你个老赖还有脸骂人\n"


def test_fix_stdin_prints_the_fixed_text(project):
    code, out, _ = run_cli("fix", "-", input="请问老赖什么时候还款？\n你这个老赖\n你们全家都是老赖吧\n")
    # the form of address goes as a whole; a line with no safe fix is left as it was
    assert code == 0 and out == "请问客户什么时候还款？\n您\n你们全家都是老赖吧\n"
    code, out, _ = run_cli("fix", "-", input="您好。\n")
    assert code == 0 and out == "您好。\n"


# 5. `check .` on an ordinary repository ------------------------------------------------------------

def _ordinary_repo(root):
    (root / "f.txt").unlink()
    (root / "package.json").write_text('{"name": "site", "version": "1.0.0"}\n', encoding="utf-8")
    (root / "tsconfig.json").write_text('{"compilerOptions": {"strict": true}}\n', encoding="utf-8")
    (root / "requirements.txt").write_text("click>=8\nrich\n", encoding="utf-8")
    (root / "README.md").write_text("# Site\n\nHow to build the site.\n", encoding="utf-8")
    (root / "events.jsonl").write_text('{"event": "click", "ts": 1}\n', encoding="utf-8")
    (root / "prices.csv").write_text("sku,price\nA1,3\n", encoding="utf-8")
    (root / "scripts").mkdir()
    (root / "scripts" / "a.txt").write_text(BAD, encoding="utf-8")


def test_check_dot_on_an_ordinary_repository_skips_what_is_not_collection_material(project):
    _ordinary_repo(project)
    code, report, err = run_json(".")
    assert code == 1, err  # the one real script's findings, no input errors
    assert [f["path"] for f in report["files"]] == ["./scripts/a.txt"]
    assert {v["path"] for v in report["violations"]} == {"./scripts/a.txt"}
    assert "error" not in err
    code, _, err = run_cli("check", ".", "--verbose")
    for name in ("package.json", "tsconfig.json", "requirements.txt", "README.md", "events.jsonl", "prices.csv"):
        assert f"skipped ./{name}:" in err, err


def test_a_named_json_that_is_not_a_call_export_is_a_clear_error(project):
    _ordinary_repo(project)
    code, _, err = run_cli("check", "package.json")
    assert code == 2 and "package.json: not a call export" in err and "`turns`" in err


def test_config_include_narrows_what_a_walk_picks_up(project):
    _ordinary_repo(project)
    (project / "calls").mkdir()
    (project / "calls" / "c.txt").write_text("坐席：你这个老赖\n客户：嗯\n", encoding="utf-8")
    (project / ".scriptlint.yaml").write_text('include: ["scripts/**"]\n', encoding="utf-8")
    _, report, _ = run_json(".")
    assert [f["path"] for f in report["files"]] == ["./scripts/a.txt"]
    _, report, _ = run_json("calls/c.txt")  # a file named on the command line is always considered
    assert [f["path"] for f in report["files"]] == ["calls/c.txt"]


def test_pre_commit_hooks_match_only_collection_material():
    import re
    from pathlib import Path

    import yaml

    hooks = {h["id"]: h for h in yaml.safe_load((Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    check = re.compile(hooks["scriptlint"]["files"])
    for path in ("scripts/x.txt", "话术/开场.md", "calls/2026-03.jsonl", "transcripts/a.txt", "training/guide.md",
                 "call_log.csv", "script.txt", "docs/collection_script.md"):
        assert check.search(path), path
    for path in ("package.json", "tsconfig.json", "requirements.txt", "README.md", "docs/README.md", "src/data.json",
                 "data/prices.csv"):
        assert not check.search(path), path
    fix = re.compile(hooks["scriptlint-fix"]["files"])
    assert fix.search("scripts/x.txt") and not fix.search("calls/c.jsonl") and not fix.search("requirements.txt")


# 6. ASR exports ----------------------------------------------------------------------------------

NIGHT_CALL = {"id": "c7", "meta": {"started_at": "2026-03-01T23:10:00+08:00", "called_party": "debtor"},
              "turns": [{"speaker": "agent", "text": "您好，我是XX公司专员"}, {"speaker": "debtor", "text": "干嘛"},
                        {"speaker": "agent", "text": "你个老赖还有脸骂人，\n再不还钱就让你坐牢"}]}


def test_role_is_an_accepted_alias_of_speaker(project):
    call = dict(NIGHT_CALL, turns=[{"role": t["speaker"], "text": t["text"]} for t in NIGHT_CALL["turns"]])
    (project / "c.jsonl").write_text(json.dumps(call, ensure_ascii=False) + "\n", encoding="utf-8")
    code, report, err = run_json("c.jsonl")
    assert code == 1 and any(v["rule"] == "overstatement.jail" and v["turn"] == 2 for v in report["violations"]), err


@pytest.mark.parametrize(("turn", "needle"), [({"who": "agent", "text": "你好"}, "turn 0 has no speaker"),
                                              ({"speaker": "bot", "text": "你好"}, "turn 0: unknown speaker 'bot'")])
def test_unknown_speaker_key_or_value_is_an_error_naming_the_line(project, turn, needle):
    good = json.dumps(NIGHT_CALL, ensure_ascii=False)
    (project / "c.jsonl").write_text(good + "\n" + json.dumps({"id": "x", "turns": [turn]}) + "\n", encoding="utf-8")
    code, report, err = run_json("c.jsonl")
    assert code == 2 and f"c.jsonl:2: {needle}" in err, err
    assert report["violations"]  # the good line is still checked


@pytest.mark.parametrize("ascii_escaped", [True, False])
def test_call_positions_are_turn_based_and_point_into_the_file(project, ascii_escaped):
    line = json.dumps(NIGHT_CALL, ensure_ascii=ascii_escaped)
    (project / "c.jsonl").write_text("\n" + line + "\n", encoding="utf-8")
    _, report, _ = run_json("c.jsonl")
    raw = (project / "c.jsonl").read_text(encoding="utf-8").splitlines()
    turns = [v["turn"] for v in report["violations"]]
    assert turns == sorted(turns)  # in turn order
    for v in report["violations"]:
        assert v["line"] == 2 and v["call_id"] == "c7" and v["turn"] is not None
        assert "started_at" not in v["match"] and "{" not in v["match"]  # never a raw JSON fragment
        piece = raw[1][v["column"] - 1 : v["end_column"] - 1]
        assert json.loads(f'"{piece}"').replace("\n", " ") == v["match"], v
    jail = next(v for v in report["violations"] if v["rule"] == "overstatement.jail")
    assert (jail["turn"], jail["match"]) == (2, "让你坐牢")
    night = next(v for v in report["violations"] if v["category"] == "call-time")
    assert night["turn"] == 0 and night["speaker"] == "agent"


def test_escaped_and_unescaped_exports_give_the_same_findings(project):
    (project / "a.jsonl").write_text(json.dumps(NIGHT_CALL) + "\n", encoding="utf-8")
    (project / "b.jsonl").write_text(json.dumps(NIGHT_CALL, ensure_ascii=False) + "\n", encoding="utf-8")
    _, a, _ = run_json("a.jsonl")
    _, b, _ = run_json("b.jsonl")
    key = lambda v: (v["rule"], v["turn"], v["match"])  # noqa: E731
    assert [key(v) for v in a["violations"]] == [key(v) for v in b["violations"]]


def test_text_report_names_call_turn_and_speaker(project):
    (project / "c.jsonl").write_text("\n" + json.dumps(NIGHT_CALL) + "\n", encoding="utf-8")
    _, out, _ = run_cli("check", "c.jsonl", "--no-color")
    assert "line 2 · call c7 · turns[2] agent" in out
    assert "\\u" not in out and not [ln for ln in out.splitlines() if ln.strip().startswith("2:")]


def test_readme_documents_the_call_export_fields_and_its_example_lints():
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Call exports"):]
    section = section[: section.index("\n## ")]
    for word in ("`id`", "`meta`", "`turns`", "`turns[].speaker`", "`role`", "`turns[].text`", "`turns[].start`", "`stage`",
                 "`called_party`", "`started_at`", "`agent`", "`team`", "agent", "debtor", "contact", "time", "contact"):
        assert word in section, word
    example = section[section.index("```jsonl") + len("```jsonl"):]
    example = example[: example.index("```")].strip()
    from scriptlint import inputs

    for n, line in enumerate(example.splitlines(), 1):
        doc = inputs.jsoncall.line_document(line, "README", n)
        assert not isinstance(doc, Exception), doc


# 7 (more). `check -` is documented; README's pre-commit rev is not a made-up tag ------------------

def test_readme_documents_stdin_and_pins_pre_commit_honestly():
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "scriptlint check -" in readme and "scriptlint fix -" in readme
    assert "rev: v0.1.0" not in readme and "commit SHA" in readme
    assert "~/.cache/scriptlint" in readme or "XDG_CACHE_HOME" in readme
    workflow = (Path(__file__).parent.parent / "docs" / "examples" / "github-workflow.yml").read_text(encoding="utf-8")
    assert "@v0.1.0" not in workflow


@pytest.mark.parametrize("columns", ["80", "120"])
def test_rules_table_columns_do_not_overflow(monkeypatch, columns):
    from rich.cells import cell_len

    monkeypatch.setenv("COLUMNS", columns)
    code, out, _ = run_cli("rules")
    assert code == 0 and "insult.laolai" in out and out.rstrip().endswith("categories")
    assert max(cell_len(line.rstrip()) for line in out.splitlines()) <= int(columns)


def test_a_named_text_file_without_chinese_speech_is_skipped_with_a_word(project):
    (project / "notes.txt").write_text("just some English notes\n", encoding="utf-8")
    code, out, err = run_cli("check", "notes.txt")
    assert code == 0 and "skipped notes.txt: no Chinese speech" in err
    assert "missing-identity" not in out


def test_explain_suggests_the_closest_rule():
    code, _, err = run_cli("explain", "insult.laolia")
    assert code == 2 and "insult.laolai" in err


def test_a_reason_after_double_dash_is_not_an_id(project):
    (project / "r.txt").write_text("你这个老赖  # scriptlint-disable-line insult -- 培训反例，保留原文\n", encoding="utf-8")
    _, report, _ = run_json("r.txt", "--select", "insult,scriptlint")
    assert report["violations"] == []


def test_unknown_speaker_in_a_json_file_names_the_turn_line(project):
    call = {"id": "c1", "turns": [{"speaker": "agent", "text": "您好"}, {"who": "debtor", "text": "嗯"}]}
    (project / "c.json").write_text(json.dumps(call, ensure_ascii=False, indent=2), encoding="utf-8")
    code, _, err = run_cli("check", "c.json")
    raw = (project / "c.json").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(raw, 1) if '"嗯"' in text)
    assert code == 2 and f"c.json:{line}: turn 1 has no speaker" in err, err
