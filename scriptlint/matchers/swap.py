"""`swap: {老赖: 客户, 欠债的: 客户}` — a phrase with a safe in-place rewrite that `fix` applies.

Matching is the same as `phrases`; each finding carries the replacement."""

from __future__ import annotations

from . import MatchSpec, phrases


def parse(body, line, ctx) -> MatchSpec:
    from ..text.normalize import Normalizer

    if not isinstance(body, dict) or not body:
        raise ctx.error(line, "`swap` must map each phrase to its replacement ({老赖: 客户})")
    norm = Normalizer()
    table: dict[str, str] = {}
    for old, new in body.items():
        if not isinstance(old, str) or not isinstance(new, str) or not old.strip():
            raise ctx.error(body.line_of(old), f"swap {old!r}: both sides must be strings")
        table[norm(old).text] = new
    words = {p for p in table if 1 < len(p) <= phrases.MAX_DICT_WORD}
    return MatchSpec("swap", table, line, words=words, anchors=sorted(table))


def find(spec: MatchSpec, sent) -> list[tuple[int, int, str | None]]:
    hits = []
    for start, end, phrase in sent.phrase_hits(spec.key):
        if sent.on_boundary(start) and sent.on_boundary(end):
            hits.append((start, end, spec.data[phrase]))
    return hits
