"""Vocabularies: named word lists shared by every pack (`rules/vocab/*.yaml`), used as `$name`
in phrase lists, token-pattern IN lists, sequences, gates and regexes alike.

A vocabulary file is a mapping `vocab: {name: [words…]}`; a word may itself be `$other` (a
vocabulary defined earlier, in the same or an earlier file). A pack adds its own with a `vocab:`
(or the older `sets:`) key; those are visible in that pack only. Names are lower-case words joined
by hyphens or underscores: `family`, `debt-context`, `you_forms`."""

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

    def child(self) -> Vocabulary:
        """A pack's view: the shared vocabularies plus what the pack defines, sharing `used`."""
        out = Vocabulary(self.words, self.where)
        out.used, out.defined = self.used, self.defined
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

    def unused(self) -> list[tuple[str, str]]:
        """(name, "file:line") of definitions no rule or vocabulary has used."""
        return sorted((name, where) for where, name in self.defined.items() if where not in self.used)

    def known(self) -> str:
        return ", ".join(sorted(self.words)) or "none"

    def alternation(self, name: str) -> str:
        """The words of `name` as a regex alternation, longest first."""
        return "(?:" + "|".join(re.escape(w) for w in sorted(self[name], key=len, reverse=True)) + ")"
