"""Every rule's own examples: each `bad` fires the rule, no `good` raises it (one parametrised test)."""

from __future__ import annotations

import pytest

from scriptlint.api import lint_text
from scriptlint.engine import Engine
from scriptlint.pack import load_rules
from scriptlint.selfcheck import check_suggestions, engine_for_rule

RULESET = load_rules()
CASES = [(r.id, "bad", t) for r in RULESET.rules for t in r.bad] + [(r.id, "good", t) for r in RULESET.rules for t in r.good]
_ENGINES: dict[str, Engine] = {}


def _engine(rule_id: str) -> Engine:
    if rule_id not in _ENGINES:
        _ENGINES[rule_id] = engine_for_rule(RULESET, RULESET.get(rule_id))
    return _ENGINES[rule_id]


@pytest.mark.parametrize(("rule_id", "polarity", "text"), CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_rule_example(rule_id, polarity, text):
    hits = [f for f in lint_text(text, "auto", engine=_engine(rule_id)) if f.rule == rule_id]
    if polarity == "bad":
        assert hits, f"{rule_id} should fire on {text!r}"
    else:
        assert not hits, f"{rule_id} fired on good example {text!r}: {hits[0].match!r}"


def test_every_rule_has_enough_examples_and_metadata():
    for rule in RULESET.rules:
        # a branch's own `examples:` (rule.matchers[i].bad, (text, span) pairs) count as bad examples too
        n_bad = len(rule.bad) + sum(len(m.bad) for m in rule.matchers)
        assert n_bad >= 5 and len(rule.good) >= 5, rule.id
        assert rule.message and rule.source, rule.id


def test_suggestions_are_themselves_compliant():
    assert check_suggestions(RULESET) == []
