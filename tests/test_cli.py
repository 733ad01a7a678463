"""CLI contract: JSON shape (SPEC §6), exit codes (SPEC §5), selection, bad inputs."""

from __future__ import annotations

import codecs

import pytest

from .conftest import run_cli, run_json

BAD = "你这个老赖，再不还钱就让你坐牢！\n"
CLEAN = "您好，我是XX银行信用卡中心的专员，工号1024。\n您本期应还3200元，请您在15号前还款，谢谢，再见。\n"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_json_report_shape(files):
    code, report, _ = run_json(files / "bad.txt")
    assert code == 1
    assert report["version"] == 1 and report["tool"]["name"] == "scriptlint"
    assert report["files"] == [{"path": str(files / "bad.txt"), "kind": "script", "encoding": "utf-8"}]
    v = next(v for v in report["violations"] if v["category"] == "insult")
    assert set(v) == {"path", "line", "column", "end_line", "end_column", "rule", "category", "severity", "message",
                      "match", "suggestion", "fix", "speaker", "call_id", "turn"}
    assert (v["line"], v["column"], v["end_line"], v["end_column"], v["match"]) == (1, 4, 1, 6, "老赖")
    assert v["fix"] is None  # 你这个客户，…坐牢 would not be compliant: no fix is offered (issue 14)
    assert v["severity"] == "error" and v["suggestion"] and v["speaker"] == "agent"
    s = report["summary"]
    assert s["files"] == 1 and s["error"] == sum(1 for x in report["violations"] if x["severity"] == "error")


def test_exit_codes(files):
    assert run_cli("check", files / "clean.txt")[0] == 0
    assert run_cli("check", files / "bad.txt")[0] == 1
    assert run_cli("check", files / "bad.txt", "--fail-on", "never")[0] == 0
    assert run_cli("check", files / "nope.txt")[0] == 2
    assert run_cli("check")[0] == 2


def test_negated_sentence_exits_zero(tmp_path):
    p = tmp_path / "ok.txt"
    p.write_text("我们不会让您坐牢，请您放心。\n", encoding="utf-8")
    code, report, _ = run_json(p)
    assert code == 0
    assert [v for v in report["violations"] if v["severity"] == "error"] == []


def test_max_warnings_and_fail_on_warning(tmp_path):
    p = tmp_path / "w.txt"
    # a whole call (a transcript) without the agent's identity: a warning
    p.write_text("坐席：请您在15号前处理一下。\n客户：好的。\n坐席：谢谢，再见。\n", encoding="utf-8")
    code, report, _ = run_json(p)
    assert code == 0 and any(v["severity"] == "warning" for v in report["violations"])
    assert run_cli("check", p, "--max-warnings", "0")[0] == 1
    assert run_cli("check", p, "--fail-on", "warning")[0] == 1


def test_select_and_ignore_by_id_prefix_and_category(files):
    _, report, _ = run_json(files / "bad.txt", "--select", "insult")
    assert {v["category"] for v in report["violations"]} == {"insult"}
    _, report, _ = run_json(files / "bad.txt", "--ignore", "insult.,overstatement")
    assert not {v["category"] for v in report["violations"]} & {"insult", "overstatement"}
    _, report, _ = run_json(files / "bad.txt", "--select", "insult.laolai")
    assert [v["rule"] for v in report["violations"]] == ["insult.laolai"]


def test_bad_files_reported_and_skipped_rest_checked(tmp_path):
    (tmp_path / "a.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe\x00")
    (tmp_path / "latin.txt").write_bytes(bytes(range(0x80, 0x100)) * 3)
    (tmp_path / "empty.txt").write_bytes(b"")
    code, report, err = run_json(tmp_path)
    assert code == 2
    assert "bin.txt" in err and "binary" in err
    assert "latin.txt" in err and "cannot decode" in err
    paths = {f["path"] for f in report["files"]}
    assert str(tmp_path / "a.txt") in paths
    assert str(tmp_path / "empty.txt") not in paths  # no Chinese speech: skipped, not an error (issue 14)
    assert any(v["category"] == "insult" for v in report["violations"])
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("encoding", "data", "label"),
    [
        ("utf-8-sig", codecs.BOM_UTF8 + BAD.encode("utf-8"), "utf-8-bom"),
        ("utf-16", BAD.encode("utf-16"), "utf-16"),
        ("gb18030", BAD.encode("gb18030"), "gb18030"),
        ("crlf", BAD.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ],
)
def test_encodings(tmp_path, encoding, data, label):
    p = tmp_path / f"{encoding}.txt"
    p.write_bytes(data)
    code, report, _ = run_json(p)
    assert code == 1
    assert report["files"][0]["encoding"] == label
    v = next(v for v in report["violations"] if v["category"] == "insult")
    assert (v["line"], v["column"], v["match"]) == (1, 4, "老赖")


def test_stdin(tmp_path):
    code, out, _ = run_cli("check", "--format", "json", "-", input=BAD.encode("utf-8"))
    assert code == 1 and "老赖" in out


def test_text_output_underlines_cjk_span(files):
    code, out, _ = run_cli("check", "--no-color", "--select", "insult", files / "bad.txt")
    lines = out.splitlines()
    src = next(i for i, line in enumerate(lines) if line.strip().startswith("你这个老赖"))
    carets = lines[src + 1]
    # 你这个 is three CJK characters = six cells before the span; the span 老赖 is four cells.
    assert carets == " " * 4 + " " * 6 + "^^^^"
    assert "1:4" in out and "insult.laolai" in out and "建议" in out
    assert "1 problem (1 error," in out and "in 1 file\n" in out


def test_rules_explain_and_test_rules():
    code, out, _ = run_cli("rules")
    assert code == 0 and "insult.laolai" in out
    code, out, _ = run_cli("explain", "insult.laolai")
    assert code == 0 and "依据" in out and "老赖" in out
    assert run_cli("explain", "no.such-rule")[0] == 2
    code, out, _ = run_cli("test-rules")
    assert code == 0, out


def test_statistics_and_quiet(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("你这个老赖，老赖！少废话。\n", encoding="utf-8")
    code, out, _ = run_cli("check", "--no-color", "--statistics", p)
    assert code == 1
    stats = [ln for ln in out.splitlines() if ln.strip().endswith("insult.laolai") and ln.strip()[0].isdigit()]
    assert stats and stats[0].split()[0] == "2"
    _, report, _ = run_json(p, "--quiet")
    assert report["violations"] and all(v["severity"] == "error" for v in report["violations"])


def test_parallel_jobs_give_the_same_report(tmp_path):
    for i in range(10):
        (tmp_path / f"s{i}.txt").write_text(BAD if i % 2 else CLEAN, encoding="utf-8")
    _, serial, _ = run_cli("check", "--format", "json", "--jobs", "1", tmp_path)
    _, parallel, _ = run_cli("check", "--format", "json", "--jobs", "2", tmp_path)
    assert serial == parallel and '"insult"' in serial


def test_parallel_jsonl_batch_gives_the_same_report(tmp_path):
    import json as _json

    p = tmp_path / "calls.jsonl"
    lines = []
    for i in range(700):
        text = "你这个老赖" if i % 3 == 0 else "您好，我是XX公司专员，请您按时还款，谢谢。"
        lines.append(_json.dumps({"id": f"c{i}", "turns": [{"speaker": "agent", "text": text}]}, ensure_ascii=False))
    lines.insert(350, "{broken")
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code1, serial, err1 = run_cli("check", "--format", "json", "--jobs", "1", p)
    code2, parallel, err2 = run_cli("check", "--format", "json", "--jobs", "2", p)
    assert serial == parallel and code1 == code2 == 2 and err1 == err2
    assert _json.loads(serial)["summary"]["files"] == 1
