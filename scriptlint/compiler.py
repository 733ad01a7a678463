"""The compiler: turns a rule set (packs, vocabularies, language) into an immutable `Plan` that
the runner (`engine.Engine`) executes. Speed tricks live here, not in the domain model:

- every sentence-level spec gets a key; its trigger literals (phrases, a sequence's rarest slot,
  a pattern's rarest required token, a regex's literals) index it in one Aho–Corasick automaton;
- the literal *sets* a match needs become bits; a spec is a candidate for a sentence only when
  the bits of all its sets are present (one mask per alternative). Sets come from phrase lists,
  sequence slots, pattern tokens and a branch's `when:` vocabularies; parsing regex syntax is the
  fallback for hand-written regexes;
- per key, one step tuple holds what the hot loop needs in one lookup.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from .matchers import KINDS, MatchSpec
from .pack import Rule, RuleSet
from .scopes import Unless
from .text.scan import Scanner


@dataclass(frozen=True)
class Plan:
    rules: tuple[Rule, ...]
    owner: dict[int, Rule]  # spec key → its rule
    sentence_specs: tuple[tuple[Rule, MatchSpec], ...]
    document_specs: tuple[tuple[Rule, MatchSpec], ...]
    spec_by_key: dict[int, tuple[Rule, MatchSpec]]
    always: tuple[int, ...]  # spec keys that cannot be prefiltered
    patterns: dict[int, list]  # pattern spec key → token patterns
    unless: dict[str, list[Unless]]  # rule id → its exceptions
    when: dict[str, list[Unless]]  # rule id → the conditions every hit needs
    branch: dict[int, tuple[list[Unless], list[Unless]]]  # spec key → its branch's when / unless
    literal: list[str]  # literal id → literal; multi-character ones first (the scanner's indexes)
    char_id: dict[str, int]
    chars: frozenset[str]
    scanner: Scanner | None
    literal_mask: list[int]  # literal id → bits of the literal sets it belongs to
    literal_keys: list[tuple[int, ...]]  # literal id → spec keys it triggers
    triggers: frozenset[int]  # literal ids that trigger a spec
    phrases_of: dict[int, frozenset[int]]  # phrases/swap spec → its multi-character literal ids
    chars_of: dict[int, frozenset[int]]  # … and its single-character ones
    mask: dict[int, int]  # spec key → bits it needs (single-alternative specs; else 0)
    steps: dict[int, tuple]  # spec key → (rule, spec, find, masks of alternatives, gate, has exceptions)


@dataclass
class _Tables:
    """What compiling collects before it is frozen into a Plan."""

    owner: dict[int, Rule] = field(default_factory=dict)
    anchor_index: dict[str, list[int]] = field(default_factory=dict)
    literals: set[str] = field(default_factory=set)
    set_bits: dict[frozenset[str], int] = field(default_factory=dict)
    phrase_sets: dict[int, list[str]] = field(default_factory=dict)
    required: dict[int, tuple[int, ...]] = field(default_factory=dict)
    patterns: dict[int, list] = field(default_factory=dict)
    always: list[int] = field(default_factory=list)
    key: int = 0

    def bits(self, sets) -> int:
        mask = 0
        for lits in sets:
            lits = frozenset(lits)
            mask |= 1 << self.set_bits.setdefault(lits, len(self.set_bits))
            self.literals.update(lits)
        return mask

    def register(self, shared: MatchSpec, rule: Rule, trigger: bool, extra_sets=()) -> MatchSpec:
        """A numbered copy of a (cached, shared) spec. `trigger`: a sentence spec, indexed by its
        literals; exception and condition specs run only beside a hit and are not."""
        spec = dataclasses.replace(shared, key=self.key)
        self.owner[self.key] = rule
        self.key += 1
        if spec.kind == "pattern":
            self.patterns[spec.key] = spec.data
        if spec.kind in ("phrases", "swap"):
            self.phrase_sets[spec.key] = spec.anchors
            self.literals.update(spec.anchors)
        if trigger:
            self._index(spec, extra_sets)
        return spec

    def _index(self, spec: MatchSpec, extra_sets) -> None:
        if spec.anchors is not None:
            for anchor in spec.anchors:
                self.anchor_index.setdefault(anchor, []).append(spec.key)
        elif spec.kind in ("pattern", "regex", "sequence"):
            self.always.append(spec.key)
        alternatives = [list(alt) + list(extra_sets) for alt in spec.required] or ([list(extra_sets)] if extra_sets else [])
        if alternatives:
            self.required[spec.key] = tuple(self.bits(alt) for alt in alternatives)


def _when_sets(spec: MatchSpec, rule: Rule) -> list[list[str]]:
    """Literal sets the `when:` conditions of a branch and of its rule require in the sentence: a
    phrase condition in the clause or sentence needs one of its phrases there."""
    return [c.data.anchors for c in (*spec.when, *rule.when)
            if isinstance(c.data, MatchSpec) and c.data.kind == "phrases" and c.scope in ("clause", "sentence")]


def _conditions(tables: _Tables, items, rule: Rule) -> list[Unless]:
    return [dataclasses.replace(u, data=tables.register(u.data, rule, False)) if isinstance(u.data, MatchSpec) else u
            for u in items]


def compile_plan(ruleset: RuleSet, rules: list[Rule]) -> Plan:
    t = _Tables()
    sentence, document, unless, when, branch = [], [], {}, {}, {}
    for rule in rules:
        for shared in rule.matchers:
            if shared.document_level:
                document.append((rule, shared))
                continue
            spec = t.register(shared, rule, True, _when_sets(shared, rule))
            sentence.append((rule, spec))
            if spec.when or spec.unless:
                branch[spec.key] = (_conditions(t, spec.when, rule), _conditions(t, spec.unless, rule))
        unless[rule.id] = _conditions(t, rule.unless, rule)
        when[rule.id] = _conditions(t, rule.when, rule)
    return _freeze(t, rules, sentence, document, unless, when, branch)


def _freeze(t: _Tables, rules, sentence, document, unless, when, branch) -> Plan:
    literals = (t.literals | set(t.anchor_index)) - {""}
    literal = sorted(literals, key=lambda lit: (len(lit) == 1, lit))
    ids = {lit: i for i, lit in enumerate(literal)}
    char_id = {lit: i for lit, i in ids.items() if len(lit) == 1}
    multi = literal[: len(literal) - len(char_id)]
    spec_by_key = {spec.key: (rule, spec) for rule, spec in sentence}
    literal_keys = _literal_keys(t, ids, spec_by_key)
    mask, steps = _steps(t, spec_by_key, unless, when, branch)
    phrases_of, chars_of = _phrase_literal_ids(t, ids)
    return Plan(
        rules=tuple(rules), owner=t.owner, sentence_specs=tuple(sentence), document_specs=tuple(document),
        spec_by_key=spec_by_key, always=tuple(t.always), patterns=t.patterns, unless=unless, when=when, branch=branch,
        literal=literal, char_id=char_id, chars=frozenset(char_id), scanner=Scanner(multi) if multi else None,
        literal_mask=_literal_masks(t, ids), literal_keys=literal_keys,
        triggers=frozenset(i for i, keys in enumerate(literal_keys) if keys),
        phrases_of=phrases_of, chars_of=chars_of, mask=mask, steps=steps,
    )


def _literal_masks(t: _Tables, ids: dict[str, int]) -> list[int]:
    """Literal id → bits of the literal sets it belongs to."""
    literal_mask = [0] * len(ids)
    for lits, bit in t.set_bits.items():
        for lit in lits:
            if lit in ids:
                literal_mask[ids[lit]] |= 1 << bit
    return literal_mask


def _literal_keys(t: _Tables, ids: dict[str, int], spec_by_key: dict) -> list[tuple[int, ...]]:
    """Literal id → the sentence spec keys it triggers."""
    literal_keys: list[tuple[int, ...]] = [()] * len(ids)
    for lit, keys in t.anchor_index.items():
        if lit in ids:
            literal_keys[ids[lit]] = tuple(k for k in keys if k in spec_by_key)
    return literal_keys


def _steps(t: _Tables, spec_by_key: dict, unless: dict, when: dict, branch: dict) -> tuple[dict[int, int], dict[int, tuple]]:
    """Per spec key: the single mask it needs (0 if it has several alternatives) and its step tuple."""
    mask, steps = {}, {}
    for k, (rule, spec) in spec_by_key.items():
        masks = t.required.get(k, ())
        mask[k] = masks[0] if len(masks) == 1 else 0
        steps[k] = (rule, spec, KINDS[spec.kind].find, masks if len(masks) > 1 else None, spec.gate,
                    bool(unless[rule.id]) or bool(when[rule.id]) or k in branch)
    return mask, steps


def _phrase_literal_ids(t: _Tables, ids: dict[str, int]) -> tuple[dict[int, frozenset[int]], dict[int, frozenset[int]]]:
    """Per phrases/swap spec: the ids of its multi-character literals, and of its single-character ones."""
    phrases_of = {k: frozenset(ids[p] for p in ps if len(p) > 1) for k, ps in t.phrase_sets.items()}
    chars_of = {k: frozenset(ids[p] for p in ps if len(p) == 1) for k, ps in t.phrase_sets.items()}
    return phrases_of, chars_of
