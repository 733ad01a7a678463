"""An in-process matcher for the spaCy token patterns rule packs use, for the fast path.

It answers the question spaCy's `Matcher` answers — every token span [s, e) that the pattern
matches in full — on a plain list of token strings, without a `Doc`. It implements the attributes
ORTH, TEXT and LOWER (a string, or IN / NOT_IN lists of strings), the empty token `{}`, and the
operators `?`, `*`, `+`, `{n}`, `{n,m}`, `{n,}`, `{,m}`. `compile` returns None for anything else
(other attributes, `!`, REGEX, non-string values), and the engine then runs spaCy's `Matcher` for
that spec. `tests/test_fastpath.py` checks both give the same spans on every corpus sentence and on
generated patterns."""

from __future__ import annotations

import re

_OP_RANGE = re.compile(r"\{(\d*)(,?)(\d*)\}")
_UNBOUNDED = 1 << 30


def _predicate(tok: dict):
    """A function token → bool for one token spec, or None if it uses an unsupported feature."""
    tests = []
    for attr, cond in tok.items():
        if attr == "OP":
            continue
        if attr in ("ORTH", "TEXT"):
            lower = False
        elif attr == "LOWER":
            lower = True
        else:
            return None
        if isinstance(cond, str):
            tests.append((lower, "eq", cond))
        elif isinstance(cond, dict) and cond and set(cond) <= {"IN", "NOT_IN"}:
            for op, values in cond.items():
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    return None
                tests.append((lower, op, frozenset(values)))
        else:
            return None

    def pred(token: str) -> bool:
        low = token.lower()
        for lower, op, value in tests:
            t = low if lower else token
            if op == "eq":
                if t != value:
                    return False
            elif op == "IN":
                if t not in value:
                    return False
            elif t in value:  # NOT_IN
                return False
        return True

    return pred


def op_bounds(op) -> tuple[int, int] | None:
    """(min, max) repetitions of a token for a spaCy `OP`, or None for one we do not implement."""
    if op is None:
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, _UNBOUNDED
    if op == "+":
        return 1, _UNBOUNDED
    m = _OP_RANGE.fullmatch(str(op))
    if not m or not (m.group(1) or m.group(3)):
        return None
    lo = int(m.group(1) or 0)
    if not m.group(2):  # {n}
        return lo, lo
    hi = int(m.group(3)) if m.group(3) else _UNBOUNDED
    return (lo, hi) if lo <= hi else None


class TokenMatcher:
    def __init__(self, patterns: list[list[tuple]]):
        self.patterns = patterns  # each: [(predicate, min, max), …]

    @classmethod
    def compile(cls, patterns: list[list[dict]]) -> TokenMatcher | None:
        compiled = []
        for pat in patterns:
            steps = []
            for tok in pat:
                if not isinstance(tok, dict):
                    return None
                pred = _predicate(tok)
                bounds = op_bounds(tok.get("OP"))
                if pred is None or bounds is None:
                    return None
                steps.append((pred, *bounds))
            if not steps:
                return None
            compiled.append(steps)
        return cls(compiled)

    def spans(self, tokens: list[str]) -> list[tuple[int, int]]:
        """Every (start, end) token span some pattern matches in full, sorted, non-empty."""
        out: set[tuple[int, int]] = set()
        for steps in self.patterns:
            run = _Run(steps, tokens)
            for start in range(len(tokens)):
                for end in run.ends(0, start):
                    if end > start:
                        out.add((start, end))
        return sorted(out)


class _Run:
    """One pattern over one token list: the end positions reachable from (step, position),
    memoised, so a pattern costs O(steps × tokens²) at worst."""

    def __init__(self, steps: list[tuple], tokens: list[str]):
        self.steps = steps
        self.tokens = tokens
        self.memo: dict[tuple[int, int], frozenset[int]] = {}
        self.truth: dict[tuple[int, int], bool] = {}

    def ok(self, i: int, pos: int) -> bool:
        k = (i, pos)
        v = self.truth.get(k)
        if v is None:
            v = self.truth[k] = self.steps[i][0](self.tokens[pos])
        return v

    def ends(self, i: int, pos: int) -> frozenset[int]:
        k = (i, pos)
        got = self.memo.get(k)
        if got is not None:
            return got
        if i == len(self.steps):
            got = frozenset((pos,))
        else:
            _, lo, hi = self.steps[i]
            acc: set[int] = set()
            count, p, n = 0, pos, len(self.tokens)
            if lo == 0:
                acc |= self.ends(i + 1, p)
            while count < hi and p < n and self.ok(i, p):
                p += 1
                count += 1
                if count >= lo:
                    acc |= self.ends(i + 1, p)
            got = frozenset(acc)
        self.memo[k] = got
        return got
