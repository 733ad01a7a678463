"""`regex: "抓(你|您)(进去|去坐牢)"` — a regular expression over the normalised sentence.

Uses the `regex` module with a time bound per search, so a pathological pattern cannot hang a run:
when the bound trips, the rule is skipped for that sentence and a warning names it."""

from __future__ import annotations

import time

import regex as re_mod

from ..text.normalize import fold_dialect
from . import MatchSpec, bounds

TIMEOUT_S = 0.25
# The regex module's timeout is wall-clock time. On a busy machine (eight lint threads on two cores)
# a search can be starved of the processor and time out having done almost nothing: such a search is
# run again with STARVED_TIMEOUT_S, and a timeout counts against the rule's budget only when the
# search itself used the processor for it (this thread's CPU clock).
STARVED_TIMEOUT_S = 2.0


def expand_sets(pattern: str, line, ctx) -> str:
    """`$name` inside a regex stands for the named vocabulary, as an alternation of its words."""
    from ..vocab import REF_RE

    def repl(m):
        name = m.group(1)
        if name not in ctx.sets:
            raise ctx.error(line, f"unknown vocabulary ${name} in regex (defined: {ctx.sets.known()})")
        return ctx.sets.alternation(name)

    return REF_RE.sub(repl, pattern)


def parse(body, line, ctx) -> MatchSpec:
    if not isinstance(body, str) or not body:
        raise ctx.error(line, "`regex` must be a non-empty string")
    body = fold_dialect(expand_sets(body, line, ctx))  # the text it runs on has its pronouns folded
    if (too_costly := bounds.problem(body)) is not None:  # before compiling: compiling is the cost
        raise ctx.error(line, too_costly)
    try:
        compiled = re_mod.compile(body, re_mod.IGNORECASE)
    except re_mod.error as exc:
        raise ctx.error(line, f"regex does not compile: {exc}") from None
    if compiled.search("") is not None:
        raise ctx.error(line, "regex matches the empty string; it would fire everywhere")
    parsed = _top_branches(body)
    alternatives = required_alternatives(*parsed) if parsed else []
    if not (alternatives and all(alternatives)):
        alternatives = []  # some way to match needs no literal: no prefilter
    # The trigger: from each top-level alternative, its most selective literal set.
    anchors = sorted(set().union(*(min(alt, key=selectivity) for alt in alternatives))) if alternatives else None
    gate = class_gate(*parsed, weak_ok=not alternatives) if parsed else None
    return MatchSpec("regex", compiled, line, anchors=anchors, required=alternatives, gate=gate)


def _top_branches(pattern: str):
    """(sre parser module, the pattern's top-level alternatives as item lists), or None when the
    standard parser cannot read it (regex-module-only syntax): then there is no prefilter."""
    try:
        from re import _parser as sp  # Python ≥ 3.11
    except ImportError:  # pragma: no cover
        import sre_parse as sp  # type: ignore[no-redef]
    try:
        items = list(sp.parse(pattern, flags=0))
    except Exception:  # noqa: BLE001
        return None
    if len(items) == 1 and items[0][0] is sp.BRANCH:
        return sp, [list(b) for b in items[0][1][1]]
    if len(items) == 1 and items[0][0] is sp.SUBPATTERN and len(items[0][1][-1]) == 1 and items[0][1][-1][0][0] is sp.BRANCH:
        return sp, [list(b) for b in items[0][1][-1][0][1][1]]
    return sp, [items]


_CATEGORY_SOURCE = {
    "CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W", "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S",
}
GATE_MIN_RUN = 3


def class_gate(sp, branches, weak_ok: bool = False):
    """A cheap necessary condition, as a compiled regex, or None: every match holds a run of n
    characters of some class it requires (`[零一二三四五六七八九]{16}`, a digit run), so a sentence
    without such a run cannot match. Used when the run is long (≥ GATE_MIN_RUN) or, with
    `weak_ok`, for any required class when the regex has no required literal."""
    gates = []
    for branch in branches:
        best = _longest_class_run(branch, sp)
        if best is None or (best[0] < GATE_MIN_RUN and not weak_ok):
            return None
        gates.append(best[1] if best[0] == 1 else f"{best[1]}{{{best[0]}}}")
    try:
        return re_mod.compile("|".join(f"(?:{g})" for g in gates), re_mod.IGNORECASE)
    except re_mod.error:  # pragma: no cover - a class we rendered wrongly: no gate rather than a wrong one
        return None


def _longest_class_run(branch, sp) -> tuple[int, str] | None:
    """(run length, class source) of the longest required run of one character class in a
    branch's top-level items (the first of equal length), or None."""
    best = None
    for op, av in branch:
        if op is sp.IN:
            cand = (1, _class_source(av, sp))
        elif op in (sp.MAX_REPEAT, sp.MIN_REPEAT) and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] is sp.IN:
            cand = (av[0], _class_source(av[2][0][1], sp))
        else:
            continue
        if cand[1] is not None and (best is None or cand[0] > best[0]):
            best = cand
    return best


def _class_source(av, sp) -> str | None:
    parts, negate = [], False
    for op, v in av:
        if op is sp.NEGATE:
            negate = True
        elif op is sp.LITERAL:
            parts.append(re_mod.escape(chr(v)))
        elif op is sp.RANGE:
            parts.append(f"{re_mod.escape(chr(v[0]))}-{re_mod.escape(chr(v[1]))}")
        elif op is sp.CATEGORY and str(v) in _CATEGORY_SOURCE:
            parts.append(_CATEGORY_SOURCE[str(v)])
        else:
            return None
    return "[" + ("^" if negate else "") + "".join(parts) + "]" if parts else None


# The commonest characters of Chinese speech and of collection talk: a literal set made of them is
# present in most sentences, so it makes a poor trigger and is checked last.
_COMMON = set(
    "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天"
    "而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长把被给让吗呢吧啊您"
    "钱款欠期逾催收借贷电话联系处理今明再"
)


def selectivity(lits) -> float:
    """How likely a sentence is to contain some member of a literal set, roughly (lower is rarer):
    the sum of each literal's rough odds — a common character likely, another character less so,
    and every further character ten times less."""
    odds = 0.0
    for lit in lits:
        if len(lit) == 1:
            odds += 1.0 if lit in _COMMON or not lit.isalpha() else 0.1  # punctuation and digits are common too
        else:
            odds += 10.0 ** -len(lit) * (10 if lit[0] in _COMMON and lit[1] in _COMMON else 1)
    return odds


def required_alternatives(sp, branches) -> list[list[set[str]]]:
    """Every match satisfies one alternative: each of its sets has a member in the match. A
    top-level alternation gives one alternative per branch (so `A…B|C…D` needs A and B, or C and
    D); otherwise there is one."""
    out = []
    for branch in branches:
        sets = [{x.lower() for x in group} for group in _seq_required(branch, sp)]
        out.append([s for s in sets if s and "" not in s])
    return out


def _seq_required(items, sp) -> list[set[str]]:
    out: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is sp.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append({run})
            run = ""
        out.extend(_item_required(op, av, sp))
    if run:
        out.append({run})
    return out


def _item_required(op, av, sp) -> list[set[str]]:
    """The literal sets a non-literal item of a sequence requires (none for optional items)."""
    if op is sp.SUBPATTERN:
        return _seq_required(list(av[-1]), sp)
    if op is sp.BRANCH:
        best = [_seq_anchors(list(branch), sp) for branch in av[1]]
        return [set().union(*best)] if all(best) else []
    if _is_required_repeat(op, av, sp):
        return _seq_required(list(av[2]), sp)
    if op is sp.IN and len(av) <= 8 and all(o is sp.LITERAL for o, _ in av):
        return [{chr(v) for _, v in av}]
    if op is sp.ASSERT:  # a positive lookaround's literals are in the sentence too
        return _seq_required(list(av[1]), sp)
    return []


def _is_required_repeat(op, av, sp) -> bool:
    """A repeat of at least one occurrence: its body is required."""
    return op in (sp.MAX_REPEAT, sp.MIN_REPEAT, getattr(sp, "POSSESSIVE_REPEAT", None)) and av[0] >= 1


def _seq_anchors(items, sp) -> set[str] | None:
    """The best required-literal set of a sequence: a run of literals, or a required item's set."""
    best: set[str] | None = None
    run = ""
    for op, av in items:
        if op is sp.LITERAL:
            run += chr(av)
            continue
        best = _better(best, {run} if run else None)
        run = ""
        best = _better(best, _item_anchors(op, av, sp))
    return _better(best, {run} if run else None)


def _better(best: set[str] | None, candidate: set[str] | None) -> set[str] | None:
    """`candidate` if its shortest literal is longer than `best`'s (or there is no best), else `best`."""
    if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
        return candidate
    return best


def _item_anchors(op, av, sp) -> set[str] | None:
    """The best required-literal set of a non-literal item of a sequence, or None."""
    if op is sp.SUBPATTERN:
        return _seq_anchors(list(av[-1]), sp)
    if op is sp.BRANCH:
        sets = [_seq_anchors(list(branch), sp) for branch in av[1]]
        return set().union(*sets) if all(sets) else None
    if _is_required_repeat(op, av, sp):
        return _seq_anchors(list(av[2]), sp)
    if op is sp.IN and len(av) <= 4 and all(o is sp.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}
    return None


def find(spec: MatchSpec, sent) -> list[tuple[int, int, str | None]]:
    cpu = time.thread_time()
    try:
        return _spans(spec, sent.text, TIMEOUT_S)
    except TimeoutError:
        if time.thread_time() - cpu < TIMEOUT_S / 2:  # starved, not slow: try once more
            try:
                return _spans(spec, sent.text, STARVED_TIMEOUT_S)
            except TimeoutError:
                pass
        sent.timed_out(spec)
        return []


def _spans(spec: MatchSpec, text: str, timeout: float) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), None) for m in spec.data.finditer(text, timeout=timeout) if m.end() > m.start()]
