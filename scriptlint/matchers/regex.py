"""`regex: "抓(你|您)(进去|去坐牢)"` — a regular expression over the normalised sentence.

Uses the `regex` module with a time bound per search, so a pathological pattern cannot hang a run:
when the bound trips, the rule is skipped for that sentence and a warning names it."""

from __future__ import annotations

import regex as re_mod

from . import MatchSpec

TIMEOUT_S = 0.25


def parse(body, line, ctx) -> MatchSpec:
    if not isinstance(body, str) or not body:
        raise ctx.error(line, "`regex` must be a non-empty string")
    try:
        compiled = re_mod.compile(body, re_mod.IGNORECASE)
    except re_mod.error as exc:
        raise ctx.error(line, f"regex does not compile: {exc}") from None
    if compiled.search("") is not None:
        raise ctx.error(line, "regex matches the empty string; it would fire everywhere")
    return MatchSpec("regex", compiled, line)


def find(spec: MatchSpec, sent) -> list[tuple[int, int, str | None]]:
    try:
        return [(m.start(), m.end(), None) for m in spec.data.finditer(sent.text, timeout=TIMEOUT_S) if m.end() > m.start()]
    except TimeoutError:
        sent.warn(f"regex of rule {sent.rule_id(spec)} timed out on a sentence and was skipped")
        return []
