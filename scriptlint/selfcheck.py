"""`scriptlint test-rules`: every rule's own examples, and the suggestion self-check."""

from __future__ import annotations

from dataclasses import dataclass

from .api import lint_text
from .engine import Engine
from .model import CATEGORIES, Level
from .pack import Rule, RuleSet


@dataclass
class ExampleFailure:
    rule: str
    kind: str  # bad | good | suggest
    text: str
    detail: str


def engine_for_rule(ruleset: RuleSet, rule: Rule) -> Engine:
    """An engine with this rule alone, plus the rules whose findings it builds on (context kind)."""
    needs = set()
    for spec in rule.matchers:
        if spec.kind == "context":
            needs |= spec.data.get("categories", set())
    return Engine(ruleset, [rule] + [r for r in ruleset.rules if r.category in needs and r is not rule])


def check_rule(ruleset: RuleSet, rule: Rule, engine: Engine | None = None) -> list[ExampleFailure]:
    engine = engine or engine_for_rule(ruleset, rule)
    failures = []
    for text in rule.bad:
        if not any(f.rule == rule.id for f in lint_text(text, "auto", engine=engine)):
            failures.append(ExampleFailure(rule.id, "bad", text, "does not fire"))
    for text in rule.good:
        hits = [f for f in lint_text(text, "auto", engine=engine) if f.rule == rule.id]
        if hits:
            failures.append(ExampleFailure(rule.id, "good", text, f"fires on 「{hits[0].match}」"))
    return failures


def check_suggestions(ruleset: RuleSet, engine: Engine | None = None) -> list[ExampleFailure]:
    """A suggestion, linted on its own, must raise no utterance-level finding."""
    engine = engine or Engine(ruleset)
    failures = []
    for rule in ruleset.rules:
        if not rule.suggest or CATEGORIES[rule.category].level is not Level.UTTERANCE:
            continue
        hits = lint_text(rule.suggest, "utterance", engine=engine)
        if hits:
            h = hits[0]
            failures.append(ExampleFailure(rule.id, "suggest", rule.suggest, f"raises {h.rule} on 「{h.match}」"))
    return failures


def check_all(ruleset: RuleSet, rules: list[Rule] | None = None) -> list[ExampleFailure]:
    failures: list[ExampleFailure] = []
    for rule in rules if rules is not None else ruleset.rules:
        failures.extend(check_rule(ruleset, rule))
    failures.extend(check_suggestions(ruleset))
    return failures
