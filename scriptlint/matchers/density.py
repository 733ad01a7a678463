"""`density: {phrases: [请, 您, 谢谢, 麻烦], per: 100, min: 1, min_length: 40}`

Counts courtesy markers in the agent's speech: fires when fewer than `min` occur per `per`
characters, for texts of at least `min_length` characters. Points at the first agent line."""

from __future__ import annotations

from . import MatchSpec


def parse(body, line, ctx) -> MatchSpec:
    from ..text.normalize import Normalizer

    if not isinstance(body, dict) or set(body) - {"phrases", "per", "min", "min_length"}:
        raise ctx.error(line, "`density` takes `phrases`, `per`, `min`, `min_length`")
    data = {k: body.get(k, d) for k, d in (("per", 100), ("min", 1), ("min_length", 40))}
    for k, v in data.items():
        if not isinstance(v, (int, float)) or v <= 0:
            raise ctx.error(body.line_of(k), f"`{k}` must be a positive number")
    norm = Normalizer()
    data["phrases"] = sorted({norm(p).text for p in ctx.expand(body.get("phrases"), body.line_of("phrases"), "density.phrases")})
    return MatchSpec("density", data, line, document_level=True)


def check(spec: MatchSpec, view) -> list[tuple[int, int]]:
    data = spec.data
    turns = view.agent_turns
    texts = [view.norm(t).text for t in turns]
    length = sum(len(t) - t.count(",") for t in texts)  # commas, written or spoken pauses (normalize.asr_pauses), are no speech
    if not turns or length < data["min_length"]:
        return []
    if any("\0" in p for p in data["phrases"]):
        count = sum(t.count(p) for t in texts for p in data["phrases"])
    else:  # one pass per phrase; no phrase holds the separator, so no count spans two turns
        joined = "\0".join(texts)
        count = sum(joined.count(p) for p in data["phrases"])
    if count * data["per"] >= data["min"] * length:
        return []
    return [view.span_of(turns[0])]
