"""`pattern: [{LOWER: {IN: [让, 叫, 送]}}, {OP: "{0,3}"}, {LOWER: {IN: [坐牢, 进去]}}]`

spaCy `Matcher` token patterns over jieba tokens of the normalised text. A list of patterns is
also accepted. "$set" items inside IN / NOT_IN lists expand to a pack's named set. Literal strings
of the first required token become the prefilter anchors."""

from __future__ import annotations

from . import MatchSpec
from .regex import selectivity
from .tokens import op_bounds

_LITERAL_ATTRS = ("ORTH", "TEXT", "LOWER", "NORM")


def _expand_token(tok, line, ctx):
    if not isinstance(tok, dict):
        raise ctx.error(line, f"each pattern token must be a mapping, got {tok!r}")
    out = {}
    for attr, cond in tok.items():
        if isinstance(cond, dict):
            cond2 = {}
            for op, val in cond.items():
                if op in ("IN", "NOT_IN"):
                    val = ctx.expand(val, line, f"{attr}.{op}")
                cond2[op] = val
            cond = cond2
        out[attr] = cond
    return out


def _literals(tok: dict) -> list[str] | None:
    for attr in _LITERAL_ATTRS:
        cond = tok.get(attr)
        if isinstance(cond, str):
            return [cond.lower()]
        if isinstance(cond, dict) and "IN" in cond:
            return [str(v).lower() for v in cond["IN"]]
    return None


def _required(tok: dict) -> bool:
    bounds = op_bounds(tok.get("OP"))
    return bounds is not None and bounds[0] > 0


def parse(body, line, ctx) -> MatchSpec:
    if not isinstance(body, list) or not body:
        raise ctx.error(line, "`pattern` must be a list of token specs (or a list of such lists)")
    patterns = body if isinstance(body[0], list) else [body]
    expanded = [[_expand_token(t, getattr(p, "line", line), ctx) for t in p] for p in patterns]
    _validate(expanded, line, ctx)
    anchors, required = _anchors_and_required(expanded)
    return MatchSpec("pattern", expanded, line, words=_words(expanded), anchors=sorted(anchors) if anchors is not None else None,
                     required=required)


def _anchors_and_required(expanded) -> tuple[set[str] | None, list[list[list[str]]]]:
    """The prefilter anchors (each pattern's most selective required literal set; None when a
    pattern has no literal token) and, per pattern, the literal sets of its required tokens."""
    anchors: set[str] | None = set()
    required: list[list[list[str]]] = []
    for pat in expanded:
        sets = [_literals(t) for t in pat if _required(t) and _literals(t)]
        required.append(sets)
        if not sets:
            anchors = None  # a pattern with no literal token cannot be prefiltered
            continue
        if anchors is not None:
            anchors.update(min(sets, key=selectivity))
    return anchors, required


def _words(expanded) -> set[str]:
    """The literal words of 2 to 4 characters anywhere in the patterns."""
    words: set[str] = set()
    for pat in expanded:
        for t in pat:
            words.update(w for w in (_literals(t) or []) if 1 < len(w) <= 4)
    return words


def _validate(patterns, line, ctx) -> None:
    from spacy.matcher import Matcher

    try:
        Matcher(_vocab()).add("check", patterns)
    except (ValueError, KeyError, TypeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ctx.error(line, f"invalid spaCy Matcher pattern: {first}") from None


_VOCAB = None


def _vocab():
    global _VOCAB
    if _VOCAB is None:
        import spacy

        _VOCAB = spacy.blank("zh").vocab
    return _VOCAB


def find(spec: MatchSpec, sent) -> list[tuple[int, int, str | None]]:
    return [(s, e, None) for s, e in sent.pattern_hits(spec.key)]
