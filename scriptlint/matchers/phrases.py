"""`phrases: [坐牢, 蹲监狱, 吃牢饭]` — segmentation-aware phrase list.

A phrase matches only where both its ends fall on jieba token boundaries, so 他妈 does not match
inside 他妈妈 and 操 does not match inside 操作; a phrase may span several tokens (让你坐牢).
A phrase longer than MAX_DICT_WORD is not in jieba's dictionary, so jieba may glue its first or last
character to a neighbour (真让人|恶心 for 让人恶心): one end on a boundary is enough for it.
Phrases are normalised like the text (Traditional, full-width, case)."""

from __future__ import annotations

from . import MatchSpec

# Short phrases are added to jieba's dictionary so they segment as one token; longer ones are
# usually runs of ordinary words, and adding them would hide those words from token patterns.
MAX_DICT_WORD = 3


def parse(body, line, ctx) -> MatchSpec:
    from ..text.normalize import Normalizer

    norm = Normalizer()
    items = sorted({norm(p).text for p in ctx.expand(body, line, "phrases")} - {""})
    if not items:
        raise ctx.error(line, "`phrases` has no phrase left after normalisation")
    words = {p for p in items if 1 < len(p) <= MAX_DICT_WORD}
    return MatchSpec("phrases", items, line, words=words, anchors=items)


def find(spec: MatchSpec, sent) -> list[tuple[int, int, str | None]]:
    hits = []
    for start, end, _phrase in sent.phrase_hits(spec.key):
        on_start, on_end = sent.on_boundary(start), sent.on_boundary(end)
        if (on_start and on_end) or ((on_start or on_end) and end - start > MAX_DICT_WORD):
            hits.append((start, end, None))
    return hits
