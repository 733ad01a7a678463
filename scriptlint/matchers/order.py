"""`order` — debt details must not come before the agent has confirmed who is listening.

```yaml
order:
  detail: [欠款, 逾期, 应还, 借款]        # what must wait
  ask: [请问是, 本人吗, 是不是, 后四位]    # the agent's verification question
  confirm: [是我, 我就是, 本人, 是的, 对]  # the other side's confirmation
  deny: [不是, 打错, 不认识, 不在]         # …unless it is a denial
  ask_regex: "是[^,.!?]{1,8}(吗|吧)"      # optional: questions that are a name check too
  not_detail: [分期的, 分期公司]          # optional: a detail word inside these is a name, not a detail
```
A reply also confirms when it starts with one of the language's `confirmations` (a bare 是, 嗯,
对, 是我 — as real callers answer), never when it names a third party (我是他妈); 是我 / 我就是
confirms even when the name check was not recognised. So does a reply in which the other side
answers as the account holder (又是你们, 我说了没钱, 我在上班不方便接: the language's
`owner_replies`), unless it speaks of him or her; a reply that asks 你找谁 confirms nothing, and
on a call to a third party a bare 是 / 嗯 confirms only who picked up. Only calls with the other side's turns are
judged (a script has no answers), and voicemails: a debt detail left on a machine is premature.
Points at the first premature detail."""

from __future__ import annotations

import re

from ..model import Speaker
from . import MatchSpec

KEYS = ("detail", "ask", "confirm", "deny", "not_detail", "ask_regex")


def parse(body, line, ctx) -> MatchSpec:
    from ..text.normalize import Normalizer

    if not isinstance(body, dict) or set(body) - set(KEYS) or not {"detail", "ask", "confirm"} <= set(body):
        raise ctx.error(line, "`order` takes `detail`, `ask`, `confirm` and optional `deny` phrase lists")
    norm = Normalizer()
    data = {k: sorted({norm(p).text for p in ctx.expand(body[k], body.line_of(k), f"order.{k}")}) for k in KEYS[:5] if k in body}
    data.setdefault("deny", [])
    data.setdefault("not_detail", [])
    data["ask_regex"] = None
    if "ask_regex" in body:
        from .regex import expand_sets

        try:
            data["ask_regex"] = re.compile(expand_sets(str(body["ask_regex"]), body.line_of("ask_regex"), ctx))
        except re.error as exc:
            raise ctx.error(body.line_of("ask_regex"), f"ask_regex does not compile: {exc}") from None
    return MatchSpec("order", data, line, document_level=True)


def check(spec: MatchSpec, view) -> list[tuple[int, int]]:
    if not view.has_other_party and view.listener not in ("voicemail", "silent"):
        return []
    data = spec.data
    language = view.engine.ruleset.language
    # On a call to someone else (the metadata says so, or they say 我是他哥 early on), a bare 是 / 嗯
    # answered the name check for the person who picked up, not for the debtor.
    bare_confirms = view.listener not in ("third_party", "wrong_number")
    asked = False
    for turn in view.turns:
        norm = view.norm(turn)
        if turn.speaker is Speaker.AGENT:
            span = _detail_span(data["detail"], data["not_detail"], norm)
            if span is not None:
                a, b = span
                return [(turn.offset + a, turn.offset + b)]
            if _asks(data, norm.text):
                asked = True
        elif (language.third_party_re.search(norm.text) or language.wrong_number_re.search(norm.text)
              or language.not_confirming_re.search(norm.text)):
            continue
        elif ((asked and bare_confirms and _confirms(data, norm.text, language.confirm_re))
              or _self_identified(data, norm.text, language)
              or _owner_reply(norm.text, language)):
            return []
    return []


def _owner_reply(text: str, language) -> bool:
    """The other side answers as the account holder (又是你们 / 我上礼拜不是跟你们说好了吗), about no
    one else (the wrong-number and third-party cues were looked for first)."""
    return "他" not in text and "她" not in text and language.owner_reply_re.search(text) is not None


def _self_identified(data: dict, text: str, language) -> bool:
    """是我 / 我就是: the other side says who they are without being asked."""
    return not any(p in text for p in data["deny"]) and language.self_identified_re.search(text) is not None


def _detail_span(details: list[str], not_details: list[str], norm) -> tuple[int, int] | None:
    """Where the first of the detail phrases (in list order) occurs in an agent turn, outside
    every `not_detail` phrase, in the turn's original coordinates."""
    text = norm.text
    covered = [(m, m + len(p)) for p in not_details for m in _occurrences(text, p)]
    for phrase in details:
        for i in _occurrences(text, phrase):
            if not any(a <= i and i + len(phrase) <= b for a, b in covered):
                return norm.span(i, i + len(phrase))
    return None


def _occurrences(text: str, phrase: str):
    i = text.find(phrase)
    while i >= 0:
        yield i
        i = text.find(phrase, i + 1)


def _asks(data: dict, text: str) -> bool:
    """An agent turn asks who is listening: an `ask` phrase or an `ask_regex` match."""
    return any(p in text for p in data["ask"]) or bool(data["ask_regex"] and data["ask_regex"].search(text))


def _confirms(data: dict, text: str, confirm_start) -> bool:
    """A reply confirms: no denial, and a `confirm` phrase or a leading confirmation (是, 嗯, 对…)."""
    return not any(p in text for p in data["deny"]) and bool(
        any(p in text for p in data["confirm"]) or confirm_start.search(text))
