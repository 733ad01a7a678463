"""Which names a run knows: rule ids, id prefixes (at dot boundaries) and categories.

Every place that takes such a name — `--select`, `--ignore`, config `select`/`ignore`/`severity`/
`overrides`, suppression comments — checks it here, so a typo is never a silent no-op (a CI gate
with `--select thraet` would check nothing and stay green). Unknown names get the closest known
ones (difflib)."""

from __future__ import annotations

import difflib

from .model import CATEGORIES, ScriptlintError

# Meta-rules: findings about scriptlint's own directives rather than about the text.
UNKNOWN_RULE = "scriptlint.unknown-rule"  # a misspelled id in a suppression comment
UNUSED_DISABLE = "scriptlint.unused-disable"  # --report-unused-disables
META_CATEGORY = "scriptlint"
META_IDS = (UNKNOWN_RULE, UNUSED_DISABLE)


class RuleNames:
    """The vocabulary of a rule set. `known(name)` is True for an exact id, a category, or an id
    prefix ending at a dot (`insult`, `insult.`, `threat.violence`), with or without a trailing dot."""

    def __init__(self, rules):
        self.ids = {r.id for r in rules} | set(META_IDS)
        self.categories = set(CATEGORIES) | {r.category for r in rules} | {META_CATEGORY}
        self.prefixes: set[str] = set()
        for rid in self.ids:
            parts = rid.split(".")
            for i in range(1, len(parts)):
                self.prefixes.add(".".join(parts[:i]))

    def known(self, name: str) -> bool:
        name = name.strip()
        bare = name[:-1] if name.endswith(".") else name
        return bool(bare) and (bare in self.ids or bare in self.categories or bare in self.prefixes)

    def closest(self, name: str, n: int = 3) -> list[str]:
        bare = name.strip().rstrip(".")
        pool = sorted(self.ids | self.categories | self.prefixes)
        return difflib.get_close_matches(bare, pool, n=n, cutoff=0.6)

    def describe(self, name: str) -> str:
        """`unknown rule id, prefix or category 'thraet' (did you mean 'threat'?)`."""
        close = self.closest(name)
        hint = f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else "; `scriptlint rules` lists them"
        return f"unknown rule id, prefix or category {name.strip()!r}{hint}"

    def check(self, names, where: str) -> None:
        """Raise a ScriptlintError (exit 2) naming the first unknown name and where it was given."""
        for name in names:
            if not self.known(name):
                raise ScriptlintError(f"{where}: {self.describe(name)}")
