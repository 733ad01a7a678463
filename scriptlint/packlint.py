"""`scriptlint check-rules`: a linter for rule packs, so a trainer or a programmer can change a
pack without fear. It reports

- `unseen-char`: a regex character that normalisation has already folded away (full-width
  ，：！？, Traditional forms), which can therefore never match;
- `redundant-class`: a negated class holding a sentence end (。!?;) — a sentence never contains
  one before its last character, so the class says nothing;
- `inline-vocabulary`: an alternation of 6+ words that repeats (most of) a vocabulary — use `$name`;
- `repeated-alternation`: an alternation or word list of 6+ items written out verbatim more than once;
- `long-regex`: a regex over 200 characters as written;
- `unused-vocabulary`: a vocabulary no pack uses;
- `unused-condition`: a named condition (`conditions:`) no rule uses;
- `untested-branch`: a branch of a rule's `match:` that none of its bad examples triggers alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .pack import PackError, RuleSet, builtin_rules_dir, data_files, pack_files, read_yaml
from .text.normalize import DIALECT_PRONOUNS

MAX_REGEX = 200
MIN_ALTERNATION = 6
_ALTERNATION = re.compile(r"\((?:\?:)?([^()\[\]]+)\)")
_NEGATED_CLASS = re.compile(r"\[\^((?:\\.|[^\]])*)\]")
_SENTENCE_ENDS = set("。!?;！？；")
_PLAIN = re.compile(r"^[\w\u3400-\u9fff\uf900-\ufaff]+$")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.code}: {self.message}"


def _regexes(node, out: list[tuple[str, int]]):
    """Every `regex:` string in a YAML tree, with its line."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "regex" and isinstance(value, str):
                out.append((value, node.line_of(key)))
            else:
                _regexes(value, out)
    elif isinstance(node, list):
        for item in node:
            _regexes(item, out)
    return out


def _lists(node, out: list[tuple[tuple[str, ...], int]]):
    """Every YAML list of 6+ plain strings (word lists), with its line."""
    if isinstance(node, dict):
        for value in node.values():
            _lists(value, out)
    elif isinstance(node, list):
        if len(node) >= MIN_ALTERNATION and all(isinstance(x, str) and not x.startswith("$") for x in node):
            out.append((tuple(node), getattr(node, "line", 0)))
        for item in node:
            _lists(item, out)
    return out


def _alternations(source: str) -> list[list[str]]:
    """Groups of plain-word alternatives, `(a|b|c)`, of 6+ items."""
    out = []
    for m in _ALTERNATION.finditer(source):
        items = m.group(1).split("|")
        if len(items) >= MIN_ALTERNATION and all(_PLAIN.match(i) for i in items):
            out.append(items)
    return out


class PackLinter:
    def __init__(self, ruleset: RuleSet, dirs: list[Path]):
        self.ruleset = ruleset
        self.dirs = dirs
        self.problems: list[Problem] = []
        from .text.normalize import Normalizer

        self.normalize = Normalizer()

    def report(self, path, line, code, message) -> None:
        self.problems.append(Problem(str(path), line, code, message))

    def run(self, branches: bool = True) -> list[Problem]:
        seen_alternations: dict[tuple[str, ...], tuple[str, int]] = {}
        for path in [p for d in self.dirs for p in pack_files(d)] + [p for d in self.dirs for p in data_files(d, "vocab")]:
            try:
                tree = read_yaml(path)  # the same capped, guarded read the loader does
            except PackError:
                continue  # load_rules has already reported it
            for source, line in _regexes(tree, []):
                self.check_regex(path, line, source, seen_alternations)
            for items, line in _lists(tree, []):
                self.check_repeat(path, line, items, seen_alternations, "word list")
        self.check_vocab_use()
        if branches:
            self.check_branches()
        return sorted(set(self.problems), key=lambda p: (p.path, p.line, p.code))

    def check_regex(self, path, line, source: str, seen) -> None:
        if len(source) > MAX_REGEX:
            self.report(path, line, "long-regex", f"regex of {len(source)} characters (at most {MAX_REGEX}); split it into branches, "
                        "move word lists to vocabularies and context to `when:`")
        # (regional pronouns are folded in the regex too, so 恁/侬/佢 in a pattern still match: normalize.fold_dialect)
        unseen = sorted({c for c in source if ord(c) > 127 and c not in DIALECT_PRONOUNS and self.normalize(c).text not in (c, "")})
        if unseen:
            shown = ", ".join(f"{c}→{self.normalize(c).text}" for c in unseen)
            self.report(path, line, "unseen-char", f"normalisation folds {shown} before matching: these can never match")
        for m in _NEGATED_CLASS.finditer(source):
            ends = sorted(set(m.group(1)) & _SENTENCE_ENDS)
            if ends:
                self.report(path, line, "redundant-class", f"[^{m.group(1)}] excludes {''.join(ends)}, which a sentence never holds "
                            "before its end; drop them (or use a `{gap: N}` slot in a sequence)")
        for items in _alternations(source):
            self.check_repeat(path, line, tuple(items), seen, "alternation")
            self.check_inline_vocab(path, line, items)

    def check_repeat(self, path, line, items: tuple[str, ...], seen, what: str) -> None:
        first = seen.setdefault(items, (str(path), line))
        if first != (str(path), line):
            self.report(path, line, "repeated-alternation",
                        f"this {what} of {len(items)} items is also written at {first[0]}:{first[1]}; define a vocabulary")

    def check_inline_vocab(self, path, line, items: list[str]) -> None:
        words = set(items)
        for name, vocab in self.ruleset.vocab.words.items():
            common = words & set(vocab)
            if len(common) >= MIN_ALTERNATION and len(common) >= 0.8 * len(vocab):
                self.report(path, line, "inline-vocabulary", f"alternation repeats {len(common)} words of ${name}; write ${name}")
                return

    def check_vocab_use(self) -> None:
        for name, where in self.ruleset.vocab.unused():
            path, _, line = where.rpartition(":")
            self.report(path, int(line) if line.isdigit() else 0, "unused-vocabulary", f"${name} is defined but nothing uses it")
        for name, where in self.ruleset.vocab.unused_conditions():
            path, _, line = where.rpartition(":")
            self.report(path, int(line) if line.isdigit() else 0, "unused-condition", f"condition {name!r} is defined but no rule uses it")

    def check_branches(self) -> None:
        from .selfcheck import untested_branches

        for rule in self.ruleset.rules:
            for spec in untested_branches(self.ruleset, rule):
                self.report(rule.path, spec.line, "untested-branch",
                            f"[{rule.id}] no bad example triggers this branch alone; add `examples:` to it")


def lint_packs(ruleset: RuleSet, extra_dirs=(), builtin: bool = True, branches: bool = True) -> list[Problem]:
    dirs = ([builtin_rules_dir()] if builtin else []) + [Path(d) for d in extra_dirs]
    return PackLinter(ruleset, dirs).run(branches)


def counts(problems: list[Problem]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for p in problems:
        out[p.code] += 1
    return dict(sorted(out.items()))
