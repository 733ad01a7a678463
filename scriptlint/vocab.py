"""Vocabularies: named word lists shared by every pack (`rules/vocab/*.yaml`), used as `$name`
in phrase lists, token-pattern IN lists, sequences, gates and regexes alike.

A vocabulary file is a mapping `vocab: {name: [words…]}`; a word may itself be `$other` (a
vocabulary defined earlier, in the same or an earlier file). A pack adds its own with a `vocab:`
(or the older `sets:`) key; those are visible in that pack only. Names are lower-case words joined
by hyphens or underscores: `family`, `debt-context`, `you_forms`.

The same files (and packs) may also name a `when`/`unless` condition under `conditions:`
(`guarantor-listener: {regex: …, scope: turn}`); a rule then writes the bare name in its `unless:`
or `when:` list, as it writes a built-in scope such as `negated`. A name stands for one condition,
parsed and checked where it is defined."""

from __future__ import annotations

import re

NAME = r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*"
NAME_RE = re.compile(rf"^{NAME}$", re.IGNORECASE)
REF_RE = re.compile(rf"\$({NAME})", re.IGNORECASE)


class Vocabulary:
    """Name → words, with the names that packs have used (for the pack linter)."""

    def __init__(self, words: dict[str, list[str]] | None = None, where: dict[str, str] | None = None):
        self.words: dict[str, list[str]] = dict(words or {})
        self.where: dict[str, str] = dict(where or {})  # name → "file:line" of its definition
        self.used: set[str] = set()  # "file:line" of every definition a rule has used
        self.defined: dict[str, str] = {}  # "file:line" → name, over the shared and every pack's own
        self.conditions: dict[str, object] = {}  # name → the parsed condition (a scopes.Unless)
        self.condition_where: dict[str, str] = {}  # name → "file:line"
        self.defined_conditions: dict[str, str] = {}  # "file:line" → name, over every file

    def child(self) -> Vocabulary:
        """A pack's view: the shared vocabularies plus what the pack defines, sharing `used`."""
        out = Vocabulary(self.words, self.where)
        out.used, out.defined = self.used, self.defined
        out.conditions, out.condition_where = dict(self.conditions), dict(self.condition_where)
        out.defined_conditions = self.defined_conditions
        return out

    def __contains__(self, name: str) -> bool:
        return name in self.words

    def __getitem__(self, name: str) -> list[str]:
        self.used.add(self.where.get(name, name))
        return self.words[name]

    def define(self, name: str, words: list[str], where: str) -> None:
        self.words[name] = words
        self.where[name] = where
        self.defined[where] = name

    def define_condition(self, name: str, condition, where: str) -> None:
        self.conditions[name] = condition
        self.condition_where[name] = where
        self.defined_conditions[where] = name

    def condition(self, name: str):
        """The condition named `name` (marking it used), or None."""
        if name not in self.conditions:
            return None
        self.used.add(self.condition_where[name])
        return self.conditions[name]

    def unused_conditions(self) -> list[tuple[str, str]]:
        """(name, "file:line") of named conditions no rule uses."""
        return sorted((name, where) for where, name in self.defined_conditions.items() if where not in self.used)

    def unused(self) -> list[tuple[str, str]]:
        """(name, "file:line") of definitions no rule or vocabulary has used."""
        return sorted((name, where) for where, name in self.defined.items() if where not in self.used)

    def known(self) -> str:
        return ", ".join(sorted(self.words)) or "none"

    def alternation(self, name: str) -> str:
        """The words of `name` as a regex alternation, longest first."""
        return "(?:" + "|".join(re.escape(w) for w in sorted(self[name], key=len, reverse=True)) + ")"
