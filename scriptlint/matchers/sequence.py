"""`sequence: [$go-to, $you, {optional: $family}, {gap: 4}, $debtor-places]` — slots in order.

A slot is a word, a `$vocabulary`, a list of those (any one of them), `{optional: slot}`, or a
bounded gap `{gap: N}`: up to N characters that do not end a clause and are not a negator
(不/没) — so 最后一次 [协商] 机会 and 不是跟你扯 match with a word inserted, but a comma or a
negation breaks the sequence (an A-not-A question, 你是不是去赌了, does not).
`{gap: N, negators: true}` lets a gap hold a negator.

A sequence compiles to one regular expression; its prefilter (the literal sets every match
needs) comes from the required slots' words, not from parsing regex syntax."""

from __future__ import annotations

import re

import regex as re_mod

from . import MatchSpec
from .regex import selectivity

GAP_STOPS = ",:;!?。"  # normalisation has already made ，：；！？ ASCII
NEGATORS = "不没别唔冇勿覅"  # Cantonese 唔/冇 and Shanghainese 勿/覅 negate too
# …but an A-not-A question (你是不是去赌了, 你有没有想过) asks, it does not negate: a gap may hold one
A_NOT_A = ("是不是", "会不会", "有没有", "能不能", "要不要", "敢不敢", "想不想", "肯不肯", "是唔是", "係唔係", "会唔会", "有冇")
MAX_GAP = 30


def _words(slot, line, ctx) -> list[str]:
    items = slot if isinstance(slot, list) else [slot]
    if not items or not all(isinstance(x, str) and x for x in items):
        raise ctx.error(line, f"a sequence slot must be a word, a $vocabulary or a list of them, got {slot!r}")
    from ..text.normalize import Normalizer

    norm = Normalizer()
    words = sorted({norm(w).text.lower() for w in ctx.expand(items, line, "sequence slot")} - {""}, key=len, reverse=True)
    if not words:
        raise ctx.error(line, "a sequence slot has no word left after normalisation")
    return words


def _slot(slot, line, ctx) -> tuple[str, list[str] | None]:
    """(regex source, required words or None) of one slot."""
    if isinstance(slot, dict):
        if set(slot) == {"optional"}:
            source, _ = _slot(slot["optional"], line, ctx)
            return f"(?:{source})?", None
        if "gap" in slot and set(slot) <= {"gap", "negators"}:
            n = slot["gap"]
            if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= MAX_GAP:
                raise ctx.error(line, f"`gap` must be a number of characters from 1 to {MAX_GAP}")
            if slot.get("negators"):
                return f"[^{re.escape(GAP_STOPS)}]{{0,{n}}}?", None
            return f"(?:{'|'.join(A_NOT_A)}|[^{re.escape(GAP_STOPS + NEGATORS)}]){{0,{n}}}?", None
        raise ctx.error(line, f"a sequence slot mapping is {{optional: …}} or {{gap: N}}, got {dict(slot)!r}")
    words = _words(slot, line, ctx)
    return "(?:" + "|".join(map(re.escape, words)) + ")", words


def parse(body, line, ctx) -> MatchSpec:
    if not isinstance(body, list) or not body:
        raise ctx.error(line, "`sequence` must be a list of slots")
    parts = [_slot(s, getattr(body, "line", line), ctx) for s in body]
    required = [set(words) for _, words in parts if words]
    if not required:
        raise ctx.error(line, "a sequence needs at least one slot that is not optional or a gap")
    source = "".join(src for src, _ in parts)
    # A gap at either end adds nothing to a match but width: trim it.
    compiled = re_mod.compile(source.strip(), re_mod.IGNORECASE)
    if compiled.search("") is not None:
        raise ctx.error(line, "sequence matches the empty string")
    return MatchSpec("sequence", compiled, line, anchors=sorted(min(required, key=selectivity)), required=[required])


def find(spec: MatchSpec, sent) -> list[tuple[int, int, str | None]]:
    from .regex import find as regex_find

    return regex_find(spec, sent)
