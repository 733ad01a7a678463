"""`require: {phrases: [您好, 我是, 委托], where: opening, min: 1}` — phrases that must occur.

`regex:` (instead of or beside `phrases`) counts its matches too: spoken amounts and dates
(一千三百五十三块三毛二, 月底前, 下周三) are easier to say as a pattern than as a list.

`where`: opening (the first `turns` agent turns, default 2; in a script the first lines),
closing (the last `turns` agent turns), or anywhere. `min` is how many of the phrases must occur
(default 1). The finding points at the first (opening/anywhere) or last (closing) agent line."""

from __future__ import annotations

from . import MatchSpec

WHERE = ("opening", "anywhere", "closing")


def parse(body, line, ctx) -> MatchSpec:
    from ..text.normalize import Normalizer

    if not isinstance(body, dict) or set(body) - {"phrases", "regex", "where", "turns", "min"} or not {"phrases", "regex"} & set(body):
        raise ctx.error(line, "`require` takes `phrases` and/or `regex`, `where` (opening|anywhere|closing), `turns`, `min`")
    where = body.get("where", "anywhere")
    if where not in WHERE:
        raise ctx.error(body.line_of("where"), f"`where` must be one of {', '.join(WHERE)}")
    turns = body.get("turns", 2)
    need = body.get("min", 1)
    if not isinstance(turns, int) or turns < 1 or not isinstance(need, int) or need < 1:
        raise ctx.error(line, "`turns` and `min` must be positive integers")
    norm = Normalizer()
    phrases = sorted({norm(p).text for p in ctx.expand(body["phrases"], body.line_of("phrases"), "require.phrases")}) if "phrases" in body else []
    pattern = None
    if "regex" in body:
        from .regex import parse as parse_regex

        pattern = parse_regex(body["regex"], body.line_of("regex"), ctx).data
    return MatchSpec("require", {"phrases": phrases, "regex": pattern, "where": where, "turns": turns, "min": need}, line,
                     document_level=True)


def check(spec: MatchSpec, view) -> list[tuple[int, int]]:
    """Returns the span of the agent line to point at when the requirement fails."""
    data = spec.data
    turns = view.agent_turns
    if not turns:
        return []
    if data["where"] == "opening":
        region = turns[: data["turns"]]
    elif data["where"] == "closing":
        region = turns[-data["turns"] :]
    else:
        region = turns
    text = "".join(view.norm(t).text for t in region)
    found = sum(1 for p in data["phrases"] if p in text)
    if data["regex"] is not None:
        found += len(data["regex"].findall(text, timeout=1))
    if found >= data["min"]:
        return []
    if data["where"] == "closing" and view.ended_by == "other":
        return []  # the other side ended the call: no chance to close
    anchor = region[-1] if data["where"] == "closing" else region[0]
    return [view.span_of(anchor)]

