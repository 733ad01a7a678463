"""`scriptlint test-rules`: every rule's own examples, and the suggestion self-check."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .api import lint_text
from .engine import Engine
from .model import CATEGORIES, Level
from .pack import Rule, RuleSet
from .rewrite import SLOT_RE, SLOTS, SURNAMES, defaults


@dataclass
class ExampleFailure:
    rule: str
    kind: str  # bad | branch | good | suggest
    text: str
    detail: str


def engine_for_rule(ruleset: RuleSet, rule: Rule) -> Engine:
    """An engine with this rule alone, plus the rules whose findings it builds on (context kind)."""
    needs = set()
    for spec in rule.matchers:
        if spec.kind == "context":
            needs |= spec.data.get("categories", set())
    return Engine(ruleset, [rule] + [r for r in ruleset.rules if r.category in needs and r is not rule])


def branch_engine(ruleset: RuleSet, rule: Rule, spec) -> Engine:
    """An engine with one branch of `rule` alone (and the rule's exceptions)."""
    return engine_for_rule(ruleset, dataclasses.replace(rule, matchers=[spec]))


def _fires(engine: Engine, rule: Rule, text: str, span: str | None = None) -> bool:
    hits = [f for f in lint_text(text, "auto", engine=engine) if f.rule == rule.id]
    return bool(hits) and (span is None or any(f.match == span for f in hits))


def untested_branches(ruleset: RuleSet, rule: Rule) -> list:
    """Sentence-level branches that neither their own examples nor the rule's bad examples
    trigger alone."""
    if len(rule.matchers) == 1 and not rule.matchers[0].document_level:
        return []  # the rule's own examples test its one branch
    if rule.same_as:
        return []  # a copy's branches are tested under the rule they come from
    out = []
    for spec in rule.matchers:
        if spec.document_level:
            continue
        engine = branch_engine(ruleset, rule, spec)
        texts = [t for t, _ in spec.bad] + list(rule.bad)
        if not any(_fires(engine, rule, t) for t in texts):
            out.append(spec)
    return out


def check_rule(ruleset: RuleSet, rule: Rule, engine: Engine | None = None) -> list[ExampleFailure]:
    engine = engine or engine_for_rule(ruleset, rule)
    return _bad_failures(engine, rule) + _branch_failures(ruleset, engine, rule) + _good_failures(engine, rule)


def _bad_failures(engine: Engine, rule: Rule) -> list[ExampleFailure]:
    """The rule's bad examples that do not fire, or not on their expected span."""
    failures = []
    for text in rule.bad:
        span = rule.spans.get(text)
        if not _fires(engine, rule, text):
            failures.append(ExampleFailure(rule.id, "bad", text, "does not fire"))
        elif span is not None and not _fires(engine, rule, text, span):
            failures.append(ExampleFailure(rule.id, "bad", text, f"fires, but not on the span 「{span}」"))
    return failures


def _branch_failures(ruleset: RuleSet, engine: Engine, rule: Rule) -> list[ExampleFailure]:
    """Branch examples that their branch alone does not flag, or that the whole rule does not. A
    copy's branches are checked under the rule they come from: its own `when` may rightly drop them."""
    failures = []
    if rule.same_as:
        return failures
    for spec in rule.matchers:
        if not spec.bad:
            continue
        alone = branch_engine(ruleset, rule, spec)
        for text, span in spec.bad:
            if not _fires(alone, rule, text, span):
                where = f" on the span 「{span}」" if span else ""
                failures.append(ExampleFailure(rule.id, "branch", text, f"the branch at line {spec.line} does not fire alone{where}"))
            elif not _fires(engine, rule, text):
                failures.append(ExampleFailure(rule.id, "branch", text, "fires alone but the whole rule does not (an exception?)"))
    return failures


def _good_failures(engine: Engine, rule: Rule) -> list[ExampleFailure]:
    """The rule's good examples (traps) that it fires on."""
    failures = []
    for text in rule.good:
        hits = [f for f in lint_text(text, "auto", engine=engine) if f.rule == rule.id]
        if hits:
            failures.append(ExampleFailure(rule.id, "good", text, f"fires on 「{hits[0].match}」"))
    return failures


GREETING_CATEGORIES = {"missing-identity", "disclosure-before-verification"}  # rules about how a call opens
_NAMED = re.compile(f"[{SURNAMES}](?:先生|女士|小姐)")


def suggestion_problem(rule: Rule, text: str) -> str | None:
    """Why a suggestion is not one a trainer would accept, or None: it names a person, greets in
    the middle of a call (unless the rule is about the opening) or leaves a slot unknown."""
    if _NAMED.search(text):
        return "names a person: use {salutation|您} or {debtor|他}"
    if text.startswith("您好") and rule.category not in GREETING_CATEGORIES:
        return "starts with a greeting, which mid-call is out of place"
    for m in SLOT_RE.finditer(text):
        if m.group(1) not in SLOTS:
            return f"unknown slot {{{m.group(1)}}} (known: {', '.join(SLOTS)})"
    if "{" in SLOT_RE.sub("", text):
        return "a slot must be written {name|default}"
    return None


def check_suggestions(ruleset: RuleSet, engine: Engine | None = None) -> list[ExampleFailure]:
    """Every suggestion (a rule's and a branch's), with its slots at their defaults and linted on
    its own, raises no utterance-level finding; and it passes `suggestion_problem`."""
    engine = engine or Engine(ruleset)
    failures = []
    for rule in ruleset.rules:
        for text in dict.fromkeys([rule.suggest] + [m.suggest for m in rule.matchers if m.suggest]):
            if not text:
                continue
            problem = suggestion_problem(rule, text)
            if problem:
                failures.append(ExampleFailure(rule.id, "suggest", text, problem))
            if CATEGORIES[rule.category].level is not Level.UTTERANCE:
                continue
            hits = lint_text(defaults(text), "utterance", engine=engine)
            if hits:
                h = hits[0]
                failures.append(ExampleFailure(rule.id, "suggest", text, f"raises {h.rule} on 「{h.match}」"))
    return failures


def check_all(ruleset: RuleSet, rules: list[Rule] | None = None) -> list[ExampleFailure]:
    failures: list[ExampleFailure] = []
    for rule in rules if rules is not None else ruleset.rules:
        failures.extend(check_rule(ruleset, rule))
    failures.extend(check_suggestions(ruleset))
    return failures
