"""Hostile inputs, unsafe rule packs, time-bounded regexes (issue: reliability and security)."""

from __future__ import annotations

import builtins
import json
import os
from pathlib import Path

import pytest

from . import hostile_cases
from .conftest import run_cli
from .hostile_cases import CASES, VIOLATION

ROOT = Path(__file__).resolve().parent.parent


def _unreadable(monkeypatch, path: str) -> None:
    os.chmod(path, 0)
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for a user
        monkeypatch.setattr(builtins, "open", _refusing(builtins.open, path))
        monkeypatch.setattr(os, "open", _refusing(os.open, path))


def _refusing(real, path: str):
    """`real` (an open function) that refuses `path` as a user without permission would be."""

    def fake(file, *args, **kwargs):
        if os.fspath(file) == path:
            raise PermissionError(13, "Permission denied", path)
        return real(file, *args, **kwargs)

    return fake


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case, tmp_path, monkeypatch):
    arg = case.build(tmp_path)
    if case.unreadable:
        _unreadable(monkeypatch, arg)
    code, out, err = run_cli("check", "--format", "json", "--select", "insult", arg, input=case.stdin)
    assert code == case.exit_code, err
    assert case.message in err
    assert "Traceback" not in err
    json.loads(out)  # the report is still valid JSON

    # The same input beside a normal file: the normal file is still checked.
    good = tmp_path / "companion.txt"
    good.write_text(VIOLATION, encoding="utf-8")
    code, out, err = run_cli("check", "--format", "json", "--select", "insult", arg, str(good), input=case.stdin)
    report = json.loads(out)
    assert any(v["path"] == str(good) for v in report["violations"])
    assert code == max(case.exit_code, 1)


def test_huge_line_finding_column(tmp_path):
    arg = CASES[[c.name for c in CASES].index("huge-line")].build(tmp_path)
    _, out, _ = run_cli("check", "--format", "json", "--select", "insult", arg)
    (v,) = json.loads(out)["violations"]
    assert (v["line"], v["column"], v["match"]) == (1, 5_000_004, "老赖")


def test_reliability_doc_is_current():
    assert (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8") == hostile_cases.render(), \
        "docs/reliability.md is stale: run `python -m tests.hostile_cases`"


# -- rule packs ----------------------------------------------------------------------------------

def _pack(tmp_path, text: str) -> Path:
    d = tmp_path / "pack"
    d.mkdir(exist_ok=True)
    (d / "p.yaml").write_text(text, encoding="utf-8")
    return d


RULE = """\
rules:
  - id: threat.custom
    category: threat
    message: m
    suggest: 您好，谢谢。
    source: s
    match:
      {match}
    examples:
      bad: [x]
      good: [y]
"""


@pytest.mark.parametrize(("text", "needle"), [
    ("!!python/object/apply:os.system ['touch /tmp/pwned']\n", "could not determine a constructor"),
    ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b]\n", "aliases"),
    ("rules: " + "[" * 5000 + "]" * 5000 + "\n", "invalid YAML"),
])
def test_unsafe_packs_are_refused(tmp_path, text, needle):
    d = _pack(tmp_path, text)
    code, _, err = run_cli("check", "--rules", d, "-", input="您好".encode())
    assert code == 2 and needle in err and "Traceback" not in err
    assert not Path("/tmp/pwned").exists()


def test_pack_size_and_rule_count_limits(tmp_path, monkeypatch):
    from scriptlint import pack

    monkeypatch.setattr(pack, "MAX_PACK_BYTES", 1000)
    d = _pack(tmp_path, RULE.format(match="phrases: [打断腿]") + "#" * 2000 + "\n")
    code, _, err = run_cli("check", "--rules", d, "-", input="您好".encode())
    assert code == 2 and "larger than 1000 bytes" in err


def test_pathological_regex_times_out_with_an_error_naming_the_rule(tmp_path):
    """A timed-out rule is never a quiet skip: the run reports it and exits 2 (issue 15, item 9)."""
    d = _pack(tmp_path, RULE.format(match='regex: "(.+)(.+)(.+)\\\\3\\\\2\\\\1!"'))
    code, out, err = run_cli("check", "--rules", d, "--select", "threat.custom", "-", input=("ab" * 300 + "!").encode())
    assert code == 2
    assert "threat.custom" in err and "timed out" in err


def test_nested_counted_repetition_is_refused_before_compiling(tmp_path, monkeypatch):
    import regex

    compiled = []
    real = regex.compile
    monkeypatch.setattr(regex, "compile", lambda p, *a, **k: compiled.append(p) or real(p, *a, **k))
    d = _pack(tmp_path, RULE.format(match='regex: "((((a{100}){100}){100}){100})"'))
    code, _, err = run_cli("check", "--rules", d, "-", input="您好".encode())
    assert code == 2 and "Traceback" not in err
    assert f"{d / 'p.yaml'}:8: [threat.custom]" in err and "too complex" in err
    assert not any("{100}){100}" in str(p) for p in compiled)  # refused before the regex engine saw it
