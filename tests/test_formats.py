"""Output formats: SARIF validates against the official schema; github, junit, codequality shapes."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from .conftest import run_cli

BAD = "你这个老赖，再不还钱就让你坐牢！\n"
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def bad_file(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_text(BAD, encoding="utf-8")
    return p


def test_sarif_is_valid_and_complete(bad_file):
    code, out, _ = run_cli("check", "--format", "sarif", bad_file)
    assert code == 1
    sarif = json.loads(out)
    jsonschema.validate(sarif, SCHEMA, cls=jsonschema.Draft7Validator)
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    laolai = rules["insult.laolai"]
    assert laolai["shortDescription"]["text"] and laolai["fullDescription"]["text"] and laolai["help"]["text"]
    assert laolai["defaultConfiguration"]["level"] == "error" and laolai["name"]
    result = next(r for r in run["results"] if r["ruleId"] == "insult.laolai")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, 4, 6)
    assert result["level"] == "error" and result["partialFingerprints"]
    assert "fixes" not in result  # 你这个客户…坐牢 is not compliant: no fix offered (issue 14)
    bad_file.write_text("请问老赖什么时候还款？\n", encoding="utf-8")
    sarif = json.loads(run_cli("check", "--format", "sarif", bad_file)[1])
    jsonschema.validate(sarif, SCHEMA, cls=jsonschema.Draft7Validator)
    result = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "insult.laolai")
    change = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert change["insertedContent"]["text"] == "客户"


def test_github_annotations(bad_file, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = run_cli("check", bad_file)  # no --format: picked automatically
    assert code == 1
    line = next(ln for ln in out.splitlines() if "insult.laolai" in ln)
    assert line.startswith(f"::error file={bad_file},line=1,col=4,")


def test_junit(bad_file, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("您好，我是XX公司专员，工号1。\n您本期应还200元，请于15号前还款，谢谢，再见。\n", encoding="utf-8")
    code, out, _ = run_cli("check", "--format", "junit", bad_file, clean)
    root = ET.fromstring(out)
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert set(cases) == {str(bad_file), str(clean)}
    assert cases[str(bad_file)].findall("failure") and not cases[str(clean)].findall("failure")


def test_codequality(bad_file):
    code, out, _ = run_cli("check", "--format", "codequality", bad_file)
    issues = json.loads(out)
    issue = next(i for i in issues if i["check_name"] == "insult.laolai")
    assert issue["severity"] == "major" and issue["location"] == {"path": str(bad_file), "lines": {"begin": 1, "end": 1}}
    assert issue["description"] and len({i["fingerprint"] for i in issues}) == len(issues)


def test_output_file(bad_file, tmp_path):
    target = tmp_path / "report.json"
    code, out, _ = run_cli("check", "--format", "json", "--output", target, bad_file)
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["files"] == 1


def test_streamed_json_equals_the_in_memory_report():
    from scriptlint.api import lint_paths
    from scriptlint.reporters.json_report import as_dict

    code, out, _ = run_cli("check", "--format", "json", "corpora/samples/")
    assert json.loads(out) == as_dict(lint_paths(["corpora/samples/"]))
