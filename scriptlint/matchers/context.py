"""`context` — agent speech judged by what the other side just said (SPEC §2 call-level rows).

```yaml
context:
  after: {speakers: [debtor, third_party], phrases: [骗子, 他妈, 滚]}   # the trigger turn
  within: 2                     # how many following agent turns are in scope
  then: {categories: [insult, threat]}   # or {phrases: [投了也没用, 先还钱再说]}
  unless: [登记, 记录, 核实]      # an agent turn that acknowledges is not a dismissal
```
Without `after` (and `within`) every agent turn of the call is in scope: `then: {categories: […]}`
alone reads "any agent turn found doing this", for a rule whose `stages` or `listeners` say which
calls it judges (pressure of any kind on a first contact).
Points at the offending agent span (the finding's span, or the agent turn)."""

from __future__ import annotations

from ..model import Speaker
from . import MatchSpec

_SPEAKERS = {s.value for s in Speaker}


def parse(body, line, ctx) -> MatchSpec:
    from ..text.normalize import Normalizer

    if not isinstance(body, dict) or set(body) - {"after", "within", "then", "unless"} or "then" not in body:
        raise ctx.error(line, "`context` takes `then` ({categories} or {phrases}), optional `after` ({speakers, phrases}), `within`, `unless`")
    if "within" in body and "after" not in body:
        raise ctx.error(body.line_of("within"), "`within` counts agent turns after an `after` turn; give `after` too")
    norm = Normalizer()
    after, speakers = _after(body, ctx) if "after" in body else (None, [])
    then = body["then"]
    if not isinstance(then, dict) or len(then) != 1 or not set(then) <= {"categories", "phrases"}:
        raise ctx.error(body.line_of("then"), "`then` holds either `categories` or `phrases`")
    within = body.get("within", 2)
    if not isinstance(within, int) or within < 1:
        raise ctx.error(body.line_of("within"), "`within` must be a positive integer")
    data = {
        "after": _phrases(norm, after, "phrases", ctx, "after.phrases") if after is not None else None,
        "speakers": {Speaker(s) for s in speakers},
        "within": within,
        "unless": _phrases(norm, body, "unless", ctx, "unless") if "unless" in body else [],
    }
    data.update(_then(norm, then, ctx))
    return MatchSpec("context", data, line, document_level=True)


def _after(body, ctx) -> tuple[dict, list[str]]:
    """The `after:` mapping and its validated speakers (by default the debtor and third parties)."""
    after = body["after"]
    if not isinstance(after, dict) or "phrases" not in after:
        raise ctx.error(body.line_of("after"), "`after` needs `phrases` (and optional `speakers`)")
    speakers = after.get("speakers", ["debtor", "third_party"])
    if not isinstance(speakers, list) or any(s not in _SPEAKERS for s in speakers):
        raise ctx.error(after.line_of("speakers"), f"`speakers` must be a list of {', '.join(sorted(_SPEAKERS))}")
    return after, speakers


def _phrases(norm, mapping, key: str, ctx, what: str) -> list[str]:
    """A phrase list entry, sets expanded, normalised, deduplicated and sorted."""
    return sorted({norm(p).text for p in ctx.expand(mapping[key], mapping.line_of(key), what)})


def _then(norm, then, ctx) -> dict:
    """`then:` as data: `categories` (validated against the known ones) or normalised `phrases`."""
    if "categories" in then:
        from ..model import CATEGORIES

        cats = ctx.expand(then["categories"], then.line_of("categories"), "then.categories")
        bad = [c for c in cats if c not in CATEGORIES]
        if bad:
            raise ctx.error(then.line_of("categories"), f"unknown category {bad[0]!r}")
        return {"categories": set(cats)}
    return {"phrases": _phrases(norm, then, "phrases", ctx, "then.phrases")}


def check(spec: MatchSpec, view) -> list[tuple[int, int]]:
    data = spec.data
    out: list[tuple[int, int]] = []
    remaining = 0 if data["after"] is not None else len(view.turns)  # no `after`: every agent turn
    for turn in view.turns:
        if data["after"] is not None and turn.speaker in data["speakers"]:
            if view.contains(turn, data["after"]):
                remaining = data["within"]
            continue
        if turn.speaker is not Speaker.AGENT or remaining <= 0:
            continue
        remaining -= 1
        if data["unless"] and view.contains(turn, data["unless"]):
            continue
        if "categories" in data:
            end = turn.offset + len(turn.text)
            out.extend((f.start, f.end) for f in view.findings
                       if f.category in data["categories"] and turn.offset <= f.start < end)
        else:
            norm = view.norm(turn)
            for phrase in data["phrases"]:
                i = norm.text.find(phrase)
                if i >= 0:
                    a, b = norm.span(i, i + len(phrase))
                    out.append((turn.offset + a, turn.offset + b))
                    break
    return out
