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
