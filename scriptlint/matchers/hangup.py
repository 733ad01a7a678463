"""`hangup` — the call ends with the agent hanging up (尽量不主动挂电话).

```yaml
hangup:
  events: [坐席挂断, 坐席挂机, 催收员挂断]     # a bracketed event after the last turn
  words: [不跟你说了, 挂了, 懒得跟你说]        # or the agent's last turn ends the call in words
```
Points at the event line, or at the agent's words. A call whose `ended_by` metadata names the
agent is an agent hang-up (pointing at the agent's last turn); one the other side ended
(`CallView.ended_by`) is not."""

from __future__ import annotations

from ..model import Speaker
from ..views import ended_by_meta
from . import MatchSpec


def parse(body, line, ctx) -> MatchSpec:
    from ..text.normalize import Normalizer

    if not isinstance(body, dict) or set(body) - {"events", "words"} or not body:
        raise ctx.error(line, "`hangup` takes `events` and/or `words` phrase lists")
    norm = Normalizer()
    data = {k: sorted({norm(p).text for p in ctx.expand(body[k], body.line_of(k), f"hangup.{k}")}) if k in body else []
            for k in ("events", "words")}
    return MatchSpec("hangup", data, line, document_level=True)


def check(spec: MatchSpec, view) -> list[tuple[int, int]]:
    data = spec.data
    last_turn = view.turns[-1] if view.turns else None
    if view.ended_by == "other":  # the metadata, an event or the other side's last words say so
        return []
    if ended_by_meta(view.doc.meta) == "agent":  # point at the agent's last words
        return [view.span_of(view.agent_turns[-1])] if view.agent_turns else []
    events = [e for e in view.doc.events if last_turn is None or e.offset > last_turn.offset]
    for event in events:
        text = view.engine.normalizer(event.text).text
        if any(p in text for p in data["events"]):
            return [(event.offset, event.offset + len(event.text))]
    if last_turn is not None and last_turn.speaker is Speaker.AGENT and not events:
        norm = view.norm(last_turn)
        for phrase in data["words"]:
            i = norm.text.find(phrase)
            if i >= 0 and view.has_other_party and not _negated(view, norm.text[:i]):
                a, b = norm.span(i, i + len(phrase))
                return [(last_turn.offset + a, last_turn.offset + b)]
    return []


def _negated(view, before: str) -> bool:
    """电话先不要挂 / 别挂了: a hang-up word right after a negator asks to stay on the line."""
    return view.engine.ruleset.language.hangup_negator_re.search(before) is not None
