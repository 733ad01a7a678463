"""Matcher kinds. Each module parses its YAML form (`parse`) and finds hits (`find` for
sentence-level kinds, `check` for document-level kinds). The registry is explicit."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class MatchSpec:
    kind: str
    data: object
    line: int
    words: set[str] = field(default_factory=set)  # added to jieba's dictionary
    anchors: list[str] | None = None  # literal strings; a sentence without one cannot match
    document_level: bool = False
    key: int = -1  # the compiler numbers its own copies (dataclasses.replace); the shared spec keeps -1
    required: list = field(default_factory=list)  # alternatives, each the literal sets a match needs
    gate: object = None  # regex kind: a compiled necessary condition (a run of a required class)
    # A branch of a rule's `match:` may carry its own context and examples:
    when: tuple = ()  # Unless-shaped conditions that must all hold near the hit
    unless: tuple = ()  # exceptions for this branch alone (the rule's own apply too)
    bad: tuple = ()  # (text, expected span or None): examples that this branch alone must flag
    suggest: str = ""  # a rewrite for hits of this branch (else the rule's)


from . import calltime, context, density, frequency, hangup, order, pattern, phrases, regex, require, sequence, swap  # noqa: E402

KINDS = {
    "phrases": phrases,
    "pattern": pattern,
    "regex": regex,
    "sequence": sequence,
    "swap": swap,
    "require": require,
    "density": density,
    "context": context,
    "order": order,
    "hangup": hangup,
    "call_time": calltime,
    "frequency": frequency,
}
