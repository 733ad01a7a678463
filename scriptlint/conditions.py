"""Whether a hit survives its branch's `when:` and its branch's and rule's `unless:` — scope
tests (negated, mention, past, hedged, conditional, question) and phrase/pattern/regex/sequence
conditions looked up in the hit's clause, sentence or turn."""

from __future__ import annotations

import bisect
import re

from .matchers import KINDS, MatchSpec
from .scopes import SCOPE_TESTS, Unless, near, region


class Conditions:
    def __init__(self, plan):
        self.plan = plan
        self._set_checks: dict[int, re.Pattern] = {}

    def excepted(self, rule, key: int, view, a: int, b: int, turn_text: str) -> bool:
        """Whether a hit of spec `key` is dropped: a `when` of its branch or its rule fails, or an
        `unless` of its branch or its rule holds."""
        if not all(self.holds(c, view, a, b, turn_text) for c in self.plan.when[rule.id]):
            return True
        branch = self.plan.branch.get(key)
        if branch is not None:
            when, unless = branch
            if not all(self.holds(c, view, a, b, turn_text) for c in when):
                return True
            if any(self.holds(c, view, a, b, turn_text, excepting=True) for c in unless):
                return True
        return any(self.holds(c, view, a, b, turn_text, excepting=True) for c in self.plan.unless[rule.id])

    def holds(self, cond: Unless, view, a: int, b: int, turn_text: str, excepting: bool = False) -> bool:
        """Whether condition `cond` holds for the hit a..b. An exception (`excepting`) looked up in
        a run-on sentence (unpunctuated ASR) looks only near the hit: see `scopes.region`."""
        test = SCOPE_TESTS.get(cond.kind)
        if test is not None:
            return test(view.scope, a, b)
        if cond.scope == "turn":
            return self._in_turn(cond.data, view, turn_text)
        spans = self._spans(cond.data, view)
        lo, hi = region(view.scope, a, b, cond.scope, cond.position, excepting)
        i = bisect.bisect_left(spans, (lo, -1))
        while i < len(spans) and spans[i][0] < hi:
            if spans[i][1] <= hi and near(spans[i], a, b, cond.within):
                return True
            i += 1
        return False

    @staticmethod
    def _in_turn(spec: MatchSpec, view, turn_text: str) -> bool:
        cache = view.exception_cache
        key = ("turn", spec.key)
        if key not in cache:
            if spec.kind in ("regex", "sequence"):
                try:
                    cache[key] = spec.data.search(turn_text, timeout=1) is not None
                except TimeoutError:
                    view.warn(f"a turn-scope condition of rule {view.rule_id(spec)} timed out and was treated as absent")
                    cache[key] = False
            else:  # phrases (a pattern at turn scope is refused when the pack loads)
                cache[key] = any(p in turn_text for p in spec.data)
        return cache[key]

    def _spans(self, spec: MatchSpec, view) -> list[tuple[int, int]]:
        """Sorted spans of a condition spec in the sentence (computed once per sentence)."""
        cache = view.exception_cache
        if spec.key not in cache:
            if spec.kind == "phrases":
                spans = [(s, e) for s, e, _ in view.phrase_hits(spec.key)]
            elif spec.kind == "pattern":
                spans = view.pattern_hits(spec.key)
            elif spec.kind == "regex" and not self._may_match(spec, view.text):
                spans = []
            else:
                spans = [(s, e) for s, e, _ in KINDS[spec.kind].find(spec, view)]
            cache[spec.key] = sorted(spans)
        return cache[spec.key]

    def _may_match(self, spec: MatchSpec, text: str) -> bool:
        """The necessary conditions of a regex spec: one alternative's literal sets all present,
        its gate passed. Sentence specs get them from the shared literal scan; condition specs,
        which run only beside a hit, check them here, in one lookahead match per spec."""
        if spec.required:
            check = self._set_checks.get(spec.key)
            if check is None:
                check = self._set_checks[spec.key] = re.compile("(?s)(?:" + "|".join(
                    "".join("(?=.*?(?:" + "|".join(map(re.escape, sorted(lits))) + "))" for lits in alt)
                    for alt in spec.required) + ")")
            if check.match(text) is None:
                return False
        return spec.gate is None or spec.gate.search(text) is not None
