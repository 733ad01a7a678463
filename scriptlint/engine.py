"""The engine: runs a rule set over a Document and returns findings in original-text offsets.

Flow per turn: normalise (with an offset map) → sentences → one Aho–Corasick pass finds every
literal any rule needs → candidate specs are those whose trigger literal is present and whose
required literal sets all are (bitmasks) → only sentences where a phrase or token pattern can match
are segmented (jieba-rs; Python jieba on the reference path) and token patterns run on the
in-process matcher (spaCy's `Matcher` on the reference path or for features it lacks) → hits are
filtered by each rule's exception scopes → mapped back to original offsets. A large document's
turns may be linted in worker processes (`lint`'s mapper); call-level rules then run once.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import os
import re
import warnings
from functools import cached_property, reduce
from operator import or_

from .matchers import KINDS, MatchSpec
from .matchers.tokens import TokenMatcher
from .model import Document, Finding, Fix, Speaker, Turn
from .pack import Rule, RuleSet
from .scopes import SCOPE_TESTS, SentenceScope, Unless, near, region
from .text.normalize import SENTENCE_END, Normalized, Normalizer, split_spans
from .text.scan import Scanner


class LintWarning(UserWarning):
    pass


PARALLEL_MIN_TURNS = 2000  # a document this long may be split over worker processes
TURN_CHUNK = 500
MAX_SENTENCE = 2000  # longer runs (unpunctuated ASR, hostile input) are cut, at a space if one is near


def _bounded(spans, text: str):
    for ss, se in spans:
        while se - ss > MAX_SENTENCE:
            cut = text.rfind(" ", ss + MAX_SENTENCE // 2, ss + MAX_SENTENCE)
            cut = cut + 1 if cut > 0 else ss + MAX_SENTENCE
            yield ss, cut
            ss = cut
        yield ss, se


def _applies(rule: Rule, speaker: Speaker, listener, stage) -> bool:
    return speaker in rule.speakers and listener in rule.listeners and (rule.stages is None or stage in rule.stages)


class LineIndex:
    """Offsets → (line, column), 1-based, columns in code points."""

    def __init__(self, text: str):
        self.starts = [0, *itertools.accumulate(len(line) + 1 for line in text.split("\n")[:-1])]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


class SentenceView:
    """One normalised sentence, with lazily computed tokens, boundaries and pattern matches.

    One Aho–Corasick pass finds every literal any rule needs; `found` is the set of the ids of
    the literals present, from which the engine picks candidate specs and checks their required
    literals."""

    def __init__(self, engine: Engine, text: str, literals: tuple[list, set[int]] | None = None):
        self.engine = engine
        self.text = text
        self.hits, self.found = literals or engine.literals(text)
        self._phrase_hits: dict[int, list[tuple[int, int, str]]] = {}
        self._pattern_hits: dict[int, list[tuple[int, int]]] = {}
        self.exception_cache: dict = {}

    def phrase_hits(self, key: int) -> list[tuple[int, int, str]]:
        """(start, end, phrase) of every occurrence of a phrase of spec `key`, overlapping ones too."""
        out = self._phrase_hits.get(key)
        if out is None:
            mine = self.engine.phrases_of[key]
            literal = self.engine.literal
            out = [(a, b, literal[i]) for i, a, b in self.hits if i in mine]
            for ch in self.engine.chars_of[key] & self.found:
                ch = literal[ch]
                out.extend((m.start(), m.end(), ch) for m in re.finditer(re.escape(ch), self.text))
            self._phrase_hits[key] = out
        return out

    @cached_property
    def scope(self) -> SentenceScope:
        return SentenceScope(self.text, self.engine.ruleset.language)

    @cached_property
    def tokens(self) -> list[str]:
        if self.engine.reference:
            return self.engine.segmenter.cut_reference(self.text)
        return self.engine.segmenter.cut(self.text)

    @cached_property
    def boundaries(self) -> set[int]:
        out = {0}
        pos = 0
        for tok in self.tokens:
            pos += len(tok)
            out.add(pos)
        return out

    def on_boundary(self, offset: int) -> bool:
        return offset in self.boundaries

    @cached_property
    def _starts(self) -> list[int]:
        out, pos = [], 0
        for tok in self.tokens:
            out.append(pos)
            pos += len(tok)
        out.append(pos)
        return out

    def pattern_hits(self, key: int) -> list[tuple[int, int]]:
        """Character spans where the token patterns of spec `key` match this sentence."""
        if key not in self._pattern_hits:
            fast = None if self.engine.reference else self.engine.token_matcher(key)
            if fast is not None:
                starts = self._starts
                self._pattern_hits[key] = [(starts[s], starts[e]) for s, e in fast.spans(self.tokens)]
            else:
                matcher = self.engine.matcher_for(key)
                doc = self.doc
                self._pattern_hits[key] = [(doc[s:e].start_char, doc[s:e].end_char) for _, s, e in matcher(doc)]
        return self._pattern_hits[key]

    @cached_property
    def doc(self):
        return self.engine.segmenter.doc(self.tokens)

    def warn(self, message: str) -> None:
        warnings.warn(message, LintWarning, stacklevel=2)

    def rule_id(self, spec: MatchSpec) -> str:
        return self.engine.owner[spec.key].id


class CallView:
    """What document-level kinds see: the whole call (turns, events, metadata) and the
    utterance-level findings already made. `agent_turns` excludes empty turns."""

    def __init__(self, engine: Engine, doc: Document, findings: list[Finding], norms: dict[int, Normalized] | None = None):
        self.engine = engine
        self.doc = doc
        self.findings = findings
        self.turns = [t for t in doc.turns if t.text.strip()]
        self.agent_turns = [t for t in self.turns if t.speaker is Speaker.AGENT]
        self._norm: dict[int, Normalized] = dict(norms or {})  # by id(turn), shared with the turn pass

    def norm(self, turn: Turn) -> Normalized:
        key = id(turn)
        if key not in self._norm:
            self._norm[key] = self.engine.normalizer(turn.text)
        return self._norm[key]

    @staticmethod
    def span_of(turn: Turn) -> tuple[int, int]:
        lead = len(turn.text) - len(turn.text.lstrip())
        return turn.offset + lead, turn.offset + len(turn.text.rstrip())

    def contains(self, turn: Turn, phrases) -> bool:
        text = self.norm(turn).text
        return any(p in text for p in phrases)

    @property
    def has_other_party(self) -> bool:
        return any(t.speaker is not Speaker.AGENT for t in self.turns)


class Engine:
    """`reference=True` runs the unoptimised path: Python jieba and spaCy's `Matcher`. The default
    fast path (jieba-rs, the in-process token matcher) gives identical findings — tested on every
    corpus. `SCRIPTLINT_REFERENCE=1` selects the reference path for a whole run."""

    def __init__(self, ruleset: RuleSet, rules: list[Rule] | None = None, options: dict | None = None,
                 reference: bool | None = None):
        self.ruleset = ruleset
        self.options = dict(options or {})  # house settings: call_time_window, max_unanswered_per_day
        self.reference = bool(os.environ.get("SCRIPTLINT_REFERENCE")) if reference is None else reference
        self.rules = list(ruleset.rules if rules is None else rules)
        self.normalizer = Normalizer(ruleset.evasions)
        self.segmenter = ruleset.segmenter
        self.owner: dict[int, Rule] = {}
        self.sentence_specs: list[tuple[Rule, MatchSpec]] = []
        self.document_specs: list[tuple[Rule, MatchSpec]] = []
        self.always: list[int] = []  # spec keys that cannot be prefiltered
        self._patterns: dict[int, list] = {}
        self._matchers: dict[int, object] = {}
        self._token_matchers: dict[int, object] = {}
        self._set_checks: dict[int, re.Pattern] = {}
        anchor_index: dict[str, list[int]] = {}
        literals: set[str] = set()
        set_bits: dict[frozenset[str], int] = {}
        phrase_sets: dict[int, list[str]] = {}  # phrases/swap specs: their phrases
        required: dict[int, tuple[int, ...]] = {}  # sentence specs: one bitmask of literal sets per alternative
        key = 0

        def register(shared: MatchSpec, rule: Rule, literal_keys: bool) -> MatchSpec:
            # Specs belong to the (cached, shared) rule set: each engine numbers its own copies.
            nonlocal key
            spec = dataclasses.replace(shared, key=key)
            self.owner[key] = rule
            key += 1
            if spec.kind == "pattern":
                self._patterns[spec.key] = spec.data
            if spec.kind in ("phrases", "swap"):
                phrase_sets[spec.key] = spec.anchors
                literals.update(spec.anchors)
                if literal_keys:
                    for phrase in spec.anchors:
                        anchor_index.setdefault(phrase, []).append(spec.key)
            elif spec.anchors is not None and literal_keys:
                for anchor in spec.anchors:
                    anchor_index.setdefault(anchor, []).append(spec.key)
            elif spec.kind in ("pattern", "regex") and literal_keys:
                self.always.append(spec.key)
            if spec.required and literal_keys:  # exception specs run only beside a hit: no prefilter
                # Each distinct literal set is a bit; an alternative is the mask of its sets.
                masks = []
                for sets in spec.required:
                    mask = 0
                    for lits in sets:
                        lits = frozenset(lits)
                        mask |= 1 << set_bits.setdefault(lits, len(set_bits))
                        literals.update(lits)
                    masks.append(mask)
                required[spec.key] = tuple(masks)
            return spec

        self.unless: dict[str, list[Unless]] = {}
        self.branch: dict[int, tuple[list[Unless], list[Unless]]] = {}  # spec key → its own when / unless

        def conditions(items, rule: Rule) -> list[Unless]:
            return [dataclasses.replace(u, data=register(u.data, rule, False)) if isinstance(u.data, MatchSpec) else u
                    for u in items]

        for rule in self.rules:
            for shared in rule.matchers:
                if shared.document_level:
                    self.document_specs.append((rule, shared))
                    continue
                spec = register(shared, rule, True)
                self.sentence_specs.append((rule, spec))
                if spec.when or spec.unless:
                    self.branch[spec.key] = (conditions(spec.when, rule), conditions(spec.unless, rule))
            self.unless[rule.id] = conditions(rule.unless, rule)
        literals.update(anchor_index)
        literals.discard("")
        # Literal ids: multi-character literals first, so an id is also the scanner's pattern
        # index. Per id, the literal, the mask of the literal sets it belongs to, and the specs it triggers.
        self.literal: list[str] = sorted(literals, key=lambda lit: (len(lit) == 1, lit))
        ids = {lit: i for i, lit in enumerate(self.literal)}
        self.char_id = {lit: i for lit, i in ids.items() if len(lit) == 1}
        self.chars = frozenset(self.char_id)
        multi = self.literal[: len(self.literal) - len(self.char_id)]
        self.scanner = Scanner(multi) if multi else None
        self.spec_by_key = {spec.key: (rule, spec) for rule, spec in self.sentence_specs}
        self.literal_mask = [0] * len(self.literal)
        for lits, bit in set_bits.items():
            for lit in lits:
                if lit in ids:
                    self.literal_mask[ids[lit]] |= 1 << bit
        self.literal_keys: list[tuple[int, ...]] = [()] * len(self.literal)
        for lit, keys in anchor_index.items():
            if lit in ids:
                self.literal_keys[ids[lit]] = tuple(k for k in keys if k in self.spec_by_key)
        self.phrases_of = {k: frozenset(ids[p] for p in phrases if len(p) > 1) for k, phrases in phrase_sets.items()}
        self.chars_of = {k: frozenset(ids[p] for p in phrases if len(p) == 1) for k, phrases in phrase_sets.items()}
        self.triggers = frozenset(i for i, keys in enumerate(self.literal_keys) if keys)  # ids that trigger a spec
        # Per sentence spec: the literal sets it needs when it has one alternative (the common
        # case; 0 otherwise), and what the hot loop needs in one lookup: rule, spec, its finder,
        # the masks of its alternatives when it has several, its gate, whether it has exceptions.
        self.mask = {}
        self.plan = {}
        for k, (rule, spec) in self.spec_by_key.items():
            masks = required.get(k, ())
            self.mask[k] = masks[0] if len(masks) == 1 else 0
            self.plan[k] = (rule, spec, KINDS[spec.kind].find, masks if len(masks) > 1 else None, spec.gate,
                            bool(self.unless[rule.id]) or k in self.branch)
        self._applicable: dict[tuple, frozenset[int]] = {}

    def literals(self, text: str) -> tuple[list[tuple[int, int, int]], set[int]]:
        """(literal id, start, end) of every occurrence of a multi-character literal in `text`,
        overlapping ones too, and the ids of all literals present: multi-character ones by the
        scanner, single characters (most occurrences) by the text's character set."""
        hits = self.scanner(text) if self.scanner is not None and text else []
        found = {i for i, _, _ in hits}
        found.update(map(self.char_id.__getitem__, self.chars.intersection(text)))
        return hits, found

    def token_matcher(self, key: int):
        """The in-process token matcher for a pattern spec, or None when the spec uses spaCy
        features it does not implement (then spaCy's Matcher runs, as on the reference path)."""
        if key not in self._token_matchers:
            self._token_matchers[key] = TokenMatcher.compile(self._patterns[key])
        return self._token_matchers[key]

    def matcher_for(self, key: int):
        """One spaCy Matcher per pattern spec, built the first time a sentence needs it, so a run
        pays only for the patterns its text can trigger."""
        matcher = self._matchers.get(key)
        if matcher is None:
            from spacy.matcher import Matcher

            matcher = Matcher(self.segmenter.vocab)
            matcher.add(str(key), self._patterns[key])
            self._matchers[key] = matcher
        return matcher

    def warm_up(self) -> None:
        """Load the segmenter's dictionary (and, on the reference path, import spaCy's matcher)
        now, before forking workers, so every worker shares them; matchers themselves are still
        built only when a sentence needs one."""
        if self.reference:
            self.segmenter.cut_reference("预热")
            if self._patterns:
                import spacy.matcher  # noqa: F401

                _ = self.segmenter.vocab
        else:
            self.segmenter.cut("预热")

    def applicable(self, speaker: Speaker, listener, stage) -> frozenset[int]:
        """Sentence spec keys whose rule applies to this speaker, listener and call stage."""
        k = (speaker, listener, stage)
        out = self._applicable.get(k)
        if out is None:
            out = self._applicable[k] = frozenset(
                key for key, (rule, _) in self.spec_by_key.items() if _applies(rule, speaker, listener, stage)
            )
        return out

    # -- linting -----------------------------------------------------------------------------

    def lint(self, doc: Document, mapper=None) -> list[Finding]:
        """Findings for one document. `mapper`, if given, maps `lint_turns` over chunks — (turn
        indices, listener, stage) — elsewhere (worker processes) and yields their findings in chunk
        order; it is used for documents of more than PARALLEL_MIN_TURNS turns."""
        listener = self.listener(doc)
        stage = str(doc.meta.get("stage", "")) or None
        findings: list[Finding] = []
        norms: dict[int, Normalized] = {}
        indices = [i for i, turn in enumerate(doc.turns) if turn.text.strip()]
        if mapper is not None and len(indices) >= PARALLEL_MIN_TURNS:
            chunks = [(indices[i : i + TURN_CHUNK], listener, stage) for i in range(0, len(indices), TURN_CHUNK)]
            for part, messages, texts in mapper(chunks):
                findings.extend(part)
                for i, norm in texts:  # the call-level rules below read them again
                    norms[id(doc.turns[i])] = norm
                for message in messages:  # warnings raised in a worker, re-raised here
                    warnings.warn(message, LintWarning, stacklevel=2)
        else:
            findings = self._lint_turns(doc, indices, norms, listener, stage)
        # Call-level rules judge calls and scripts; training material and single utterances are not calls.
        if self.document_specs and doc.kind not in ("utterance", "training"):
            view = CallView(self, doc, findings, norms)
            for rule, spec in self.document_specs:
                if not _applies(rule, Speaker.AGENT, listener, stage) or (rule.whole_call and not doc.is_call):
                    continue
                for start, end in KINDS[spec.kind].check(spec, view):
                    turn = next((t for t in doc.turns if t.offset <= start <= t.offset + len(t.text)), None)
                    findings.append(self._finding(doc, rule, turn, start, end, None))
        return self._finish(doc, findings)

    def listener(self, doc: Document) -> str:
        """Who the agent talks to (the document's metadata or speakers), or `voicemail` when every
        other voice in the call is a recorded prompt (无人接听, 请在提示音后留言…)."""
        listener = doc.listener
        if listener == "debtor" and doc.meta.get("called_party"):
            return listener
        others = [t for t in doc.turns if t.speaker is not Speaker.AGENT and t.text.strip()]
        prompt = self.ruleset.language.voicemail_re
        if others and all(prompt.search(t.text) for t in others):
            return "voicemail"
        return listener

    def lint_turns(self, doc: Document, indices: list[int], listener: str, stage: str | None):
        """Utterance-level findings of the turns at `indices` (the document's listener and call
        stage given: both read the whole document), the warnings raised and the turns' normalised
        texts: the unit of work a worker process does for a large document."""
        norms: dict[int, Normalized] = {}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            found = self._lint_turns(doc, indices, norms, listener, stage)
        texts = [(i, norms[id(doc.turns[i])]) for i in indices] if self.document_specs else []
        return found, [str(w.message) for w in caught], texts

    def _lint_turns(self, doc: Document, indices: list[int], norms: dict[int, Normalized], listener: str,
                    stage: str | None) -> list[Finding]:
        findings: list[Finding] = []
        turns = [doc.turns[i] for i in indices]
        for turn, norm in zip(turns, self.normalizer.many([t.text for t in turns]), strict=True):
            norms[id(turn)] = norm
            findings.extend(self._lint_turn(doc, turn, norm, self.applicable(turn.speaker, listener, stage)))
        return findings

    def _lint_turn(self, doc: Document, turn: Turn, norm: Normalized, applicable: frozenset[int]) -> list[Finding]:
        out: list[Finding] = []
        text = norm.text
        literal_keys = self.literal_keys
        literal_mask = self.literal_mask
        triggers = self.triggers
        mask = self.mask
        plan = self.plan
        always = self.always
        for ss, se in _bounded(split_spans(text, SENTENCE_END), text):
            sentence = text[ss:se]
            hits, found = literals = self.literals(sentence)
            keys = set(always)
            keys.update(*map(literal_keys.__getitem__, found & triggers))
            keys &= applicable
            if not keys:
                continue
            present = reduce(or_, map(literal_mask.__getitem__, found), 0)  # bits of the literal sets present
            keys = sorted(k for k in keys if (m := mask[k]) & present == m)
            if not keys:
                continue
            view = SentenceView(self, sentence, literals)
            for key in keys:
                rule, spec, find, masks, gate, unless = plan[key]
                if masks is not None and not any(present & m == m for m in masks):
                    continue
                if gate is not None and gate.search(sentence) is None:
                    continue
                for a, b, replacement in find(spec, view):
                    if unless and self._excepted(rule, key, view, a, b, text):
                        continue
                    o_start, o_end = norm.span(ss + a, ss + b)
                    fix = None
                    start, end = turn.offset + o_start, turn.offset + o_end
                    if replacement is not None:
                        fix = Fix(start, end, replacement)
                    out.append(self._finding(doc, rule, turn, start, end, fix, spec.suggest))
        return out

    def _excepted(self, rule: Rule, key: int, view: SentenceView, a: int, b: int, turn_text: str) -> bool:
        """Whether a hit of spec `key` is dropped: a `when` of its branch fails, or an `unless` of
        its branch or its rule holds."""
        branch = self.branch.get(key)
        if branch is not None:
            when, unless = branch
            if not all(self._holds(c, view, a, b, turn_text) for c in when):
                return True
            if any(self._holds(c, view, a, b, turn_text) for c in unless):
                return True
        return any(self._holds(c, view, a, b, turn_text) for c in self.unless[rule.id])

    def _holds(self, cond: Unless, view: SentenceView, a: int, b: int, turn_text: str) -> bool:
        test = SCOPE_TESTS.get(cond.kind)
        if test is not None:
            return test(view.scope, a, b)
        return self._exception_hit(cond, view, a, b, turn_text)

    def _exception_hit(self, unless: Unless, view: SentenceView, a: int, b: int, turn_text: str) -> bool:
        spec: MatchSpec = unless.data
        cache = view.exception_cache
        if unless.scope == "turn":
            key = ("turn", spec.key)
            if key not in cache:
                if spec.kind in ("regex", "sequence"):
                    cache[key] = spec.data.search(turn_text, timeout=1) is not None
                elif spec.kind == "phrases":
                    cache[key] = any(p in turn_text for p in spec.data)
                else:
                    cache[key] = bool(view.pattern_hits(spec.key))
            return cache[key]
        if spec.key not in cache:
            if spec.kind == "phrases":
                spans = [(s, e) for s, e, _ in view.phrase_hits(spec.key)]
            elif spec.kind == "pattern":
                spans = view.pattern_hits(spec.key)
            elif spec.kind == "regex" and not self._may_match(spec, view.text):
                spans = []
            else:
                spans = [(s, e) for s, e, _ in KINDS[spec.kind].find(spec, view)]
            cache[spec.key] = sorted(spans)
        spans = cache[spec.key]
        lo, hi = region(view.scope, a, b, unless.scope, unless.position)
        i = bisect.bisect_left(spans, (lo, -1))
        within = unless.within
        while i < len(spans) and spans[i][0] < hi:
            if spans[i][1] <= hi and (within is None or near(spans[i], a, b, within)):
                return True
            i += 1
        return False

    def _may_match(self, spec: MatchSpec, text: str) -> bool:
        """The necessary conditions of a regex spec: one alternative's literal sets all present,
        its gate passed. Sentence specs get them from the shared literal scan; exception specs,
        which run only beside a hit, check them here, in one lookahead match per spec."""
        if spec.required:
            check = self._set_checks.get(spec.key)
            if check is None:
                check = self._set_checks[spec.key] = re.compile("(?s)(?:" + "|".join(
                    "".join("(?=.*?(?:" + "|".join(map(re.escape, sorted(lits))) + "))" for lits in alt)
                    for alt in spec.required) + ")")
            if check.match(text) is None:
                return False
        return spec.gate is None or spec.gate.search(text) is not None

    def _finding(self, doc: Document, rule: Rule, turn: Turn | None, start: int, end: int, fix: Fix | None,
                 suggestion: str = "") -> Finding:
        return Finding(
            rule=rule.id,
            category=rule.category,
            severity=rule.severity,
            message=rule.message,
            suggestion=suggestion or rule.suggest,
            start=start,
            end=end,
            match=doc.text[start:end],
            path=doc.path,
            fix=fix,
            speaker=turn.speaker.value if turn else None,
            call_id=doc.call_id,
            turn=turn.index if turn is not None and doc.kind in ("transcript", "json") else None,
        )

    def _finish(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        findings.sort(key=lambda f: (f.start, -(f.end - f.start), -f.severity, f.rule))
        kept: list[Finding] = []
        reach: dict[str, int] = {}  # per category, the furthest end kept so far
        for f in findings:
            # One finding per category for overlapping spans: the first, longest, most severe.
            if f.start < reach.get(f.category, -1) or (f.start == f.end and f.start == reach.get(f.category, -1) and f.end > 0):
                continue
            reach[f.category] = max(reach.get(f.category, -1), f.end)
            kept.append(f)
        index = LineIndex(doc.text)
        examples = doc.counter_example_spans
        for f in kept:
            f.line, f.column = index.position(f.start)
            f.end_line, f.end_column = index.position(f.end)
            if doc.line_override is not None:  # a JSONL call: its file line; columns within the turn
                f.line = f.end_line = doc.line_override
            f.counter_example = bool(examples) and any(a <= f.start and f.end <= b for a, b in examples)
        return kept
