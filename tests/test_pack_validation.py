"""A malformed rule pack fails with exit 2 naming file, line, rule id and the problem."""

from __future__ import annotations

import textwrap

import pytest

from .conftest import run_cli

GOOD_RULE = """\
rules:
  - id: threat.custom
    category: threat
    message: 测试
    suggest: 请您按时还款，谢谢。
    source: house rule
    match:
      phrases: [打断腿]
    examples:
      bad: [小心打断腿]
      good: [您好]
"""


def _pack(tmp_path, text):
    d = tmp_path / "pack"
    d.mkdir()
    (d / "custom.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return d


@pytest.mark.parametrize(
    ("mutation", "line", "needle"),
    [
        (("category: threat", "category: threats"), 3, "unknown category"),
        (("    source: house rule\n", "    source: house rule\n    colour: red\n"), 7, "unknown key 'colour'"),
        (("phrases: [打断腿]", "phrases: []"), 8, "non-empty list"),
        (("phrases: [打断腿]", 'regex: "打断(腿"'), 8, "regex does not compile"),
        (("phrases: [打断腿]", "pattern: [{LOWER: {INN: [x]}}]"), 8, "invalid spaCy Matcher pattern"),
        (("    message: 测试\n", ""), 2, "missing required key `message`"),
        (("id: threat.custom", "id: insult.custom"), 2, "must start with its category"),
        (("phrases: [打断腿]", "phrases: [$nope]"), 8, "unknown vocabulary"),
        (("      good: [您好]", "      good: [您好"), 12, "invalid YAML"),
        (("source: house rule", "source: !!python/object/apply:os.system [echo hi]"), 6, "invalid YAML"),
        (("phrases: [打断腿]", 'phrases: ["打断腿\\ud800"]'), 8, "lone surrogate"),
    ],
)
def test_malformed_pack(tmp_path, mutation, line, needle):
    text = GOOD_RULE.replace(*mutation)
    assert text != GOOD_RULE
    d = _pack(tmp_path, text)
    code, out, err = run_cli("check", "--rules", d, "-", input="您好".encode())
    assert code == 2
    assert f"custom.yaml:{line}:" in err, err
    assert needle in err, err
    assert "Traceback" not in err


def test_duplicate_id_names_both_places(tmp_path):
    d = _pack(tmp_path, GOOD_RULE + GOOD_RULE.replace("rules:\n", ""))
    code, _, err = run_cli("check", "--rules", d, "-", input="您好".encode())
    assert code == 2 and "duplicate rule id" in err and "threat.custom" in err


def test_valid_user_pack_is_used(tmp_path):
    d = _pack(tmp_path, GOOD_RULE)
    code, out, err = run_cli("check", "--rules", d, "--format", "json", "--select", "threat.custom", "-", input="小心打断腿".encode())
    assert code == 1 and "threat.custom" in out
    code, out, _ = run_cli("test-rules", "--rules", d, "--select", "threat.custom")
    assert code == 0, out
