"""docs/rules.md is generated from the packs and must not be stale."""

from __future__ import annotations

from pathlib import Path

from scriptlint.docs import rules_markdown
from scriptlint.pack import load_rules

ROOT = Path(__file__).resolve().parent.parent


def test_rules_doc_is_current():
    expected = rules_markdown(load_rules())
    actual = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/rules.md is stale: run `python -m scriptlint.docs docs/rules.md`"


def test_rules_doc_lists_every_rule_with_source_and_rewrite():
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in load_rules().rules:
        assert f"`{rule.id}`" in text


def test_the_worked_example_in_writing_rules_is_a_working_rule(tmp_path):
    """The trainer's example in docs/writing-rules.md loads, its examples pass test-rules, and
    it flags what it says it flags."""
    import re

    from scriptlint.api import lint_text
    from scriptlint.engine import Engine

    from .conftest import run_cli

    doc = (ROOT / "docs" / "writing-rules.md").read_text(encoding="utf-8")
    step = doc[doc.index("**2. Add a branch"):]
    block = re.search(r"```yaml\n(.*?)```", step, re.S).group(1)
    pack = tmp_path / "house"
    pack.mkdir()
    (pack / "letters.yaml").write_text("rules:\n" + block, encoding="utf-8")
    code, out, _ = run_cli("test-rules", "--rules", pack, "--select", "threat.letters-home")
    assert code == 0, out
    ruleset = load_rules([pack])
    engine = Engine(ruleset, [ruleset.get("threat.letters-home")])
    assert [f.match for f in lint_text("下周我们把催收函寄到你老家", "utterance", engine=engine)] == ["寄到你老家"]
    assert lint_text("账单会寄到您预留的地址", "utterance", engine=engine) == []
