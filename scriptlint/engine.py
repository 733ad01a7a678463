"""The runner: executes a compiled `Plan` (see compiler.py) over a Document and returns findings
in original-text offsets.

Flow per turn: normalise (with an offset map) → sentences → one Aho–Corasick pass finds every
literal any rule needs → candidate specs are those whose trigger literal is present and whose
required literal sets all are (bitmasks) → only sentences where a phrase or token pattern can match
are segmented (jieba-rs; Python jieba on the reference path) and token patterns run on the
in-process matcher (spaCy's `Matcher` on the reference path or for features it lacks) → hits are
filtered by their branch's and rule's conditions → mapped back to original offsets. A large
document's turns may be linted in worker processes (`lint`'s mapper); call-level rules then run once.
"""

from __future__ import annotations

import os
import warnings
from functools import reduce
from operator import or_

from . import rewrite
from .compiler import compile_plan
from .conditions import Conditions
from .matchers import KINDS
from .model import Document, Finding, Fix, Speaker, Turn
from .pack import Rule, RuleSet
from .pattern_matchers import Matchers
from .text.normalize import SENTENCE_END, Normalized, Normalizer, split_spans
from .views import CallView, LineIndex, LintWarning, RuleTimeout, SentenceView, listener_of, pauses_of

__all__ = ["Engine", "LineIndex", "LintWarning", "SentenceView", "CallView"]

PARALLEL_MIN_TURNS = 2000  # a document this long may be split over worker processes
FOLLOW_CHARS = 24  # how much of the next sentence a sentence's exceptions may read (a question's answer)
TURN_MEMO_SIZE = 50_000  # turns an engine's opt-in memo holds before it starts afresh
TURN_CHUNK = 500
TIMEOUT_BUDGET = 3  # regex timeouts (0.25 s each) a rule may spend in one run before it is switched off
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


class Engine:
    """`reference=True` runs the unoptimised path: Python jieba and spaCy's `Matcher`. The default
    fast path (jieba-rs, the in-process token matcher) gives identical findings — tested on every
    corpus. `SCRIPTLINT_REFERENCE=1` selects the reference path for a whole run.

    An engine is safe to share between threads: the plan is immutable, and the matcher caches
    only ever gain entries (a lost race builds a matcher twice)."""

    def __init__(self, ruleset: RuleSet, rules: list[Rule] | None = None, options: dict | None = None,
                 reference: bool | None = None):
        self.ruleset = ruleset
        self.options = dict(options or {})  # house settings: call_time_window, max_unanswered_per_day
        self.reference = bool(os.environ.get("SCRIPTLINT_REFERENCE")) if reference is None else reference
        self.rules = list(ruleset.rules if rules is None else rules)
        self.plan = compile_plan(ruleset, self.rules)
        self.conditions = Conditions(self.plan)
        self.normalizer = Normalizer(ruleset.evasions)
        self.segmenter = ruleset.segmenter
        # Pattern matchers, built lazily and cached (see pattern_matchers.py). Their methods are
        # the engine's own: `token_matcher(key)`, `matcher_for(key)`, `warm_up()`.
        self.matchers = Matchers(self.plan, self.segmenter, self.reference)
        self.token_matcher = self.matchers.token_matcher
        self.matcher_for = self.matchers.matcher_for
        self.warm_up = self.matchers.warm_up
        self._applicable: dict[tuple, frozenset[int]] = {}
        self._timeouts: dict[str, int] = {}  # rule id → regex timeouts spent this run
        self._off: set[str] = set()  # rules whose budget is spent
        # Opt-in (the language server, which re-lints a document after every edit): a turn's
        # utterance-level findings by (text, speaker, applicable specs), so only changed turns run.
        self.turn_memo: dict | None = None
        self._rule_ids = {r.id: r for r in self.rules}

    def spend_budget(self, rule: Rule) -> int:
        """One regex timeout of `rule` spent; returns how many it has left this run. At zero the
        rule is switched off: its specs leave every applicable set."""
        spent = self._timeouts[rule.id] = self._timeouts.get(rule.id, 0) + 1
        if spent >= TIMEOUT_BUDGET and rule.id not in self._off:
            self._off.add(rule.id)
            self._applicable = {}
        return max(0, TIMEOUT_BUDGET - spent)

    def literals(self, text: str) -> tuple[list[tuple[int, int, int]], set[int]]:
        """(literal id, start, end) of every occurrence of a multi-character literal in `text`,
        overlapping ones too, and the ids of all literals present: multi-character ones by the
        scanner, single characters (most occurrences) by the text's character set."""
        plan = self.plan
        hits = plan.scanner(text) if plan.scanner is not None and text else []
        found = {i for i, _, _ in hits}
        found.update(map(plan.char_id.__getitem__, plan.chars.intersection(text)))
        return hits, found

    def applicable(self, speaker: Speaker, listener, stage) -> frozenset[int]:
        """Sentence spec keys whose rule applies to this speaker, listener and call stage."""
        k = (speaker, listener, stage)
        out = self._applicable.get(k)
        if out is None:
            out = self._applicable[k] = frozenset(
                key for key, (rule, _) in self.plan.spec_by_key.items()
                if _applies(rule, speaker, listener, stage) and rule.id not in self._off
            )
        return out

    # -- linting -----------------------------------------------------------------------------

    def lint(self, doc: Document, mapper=None) -> list[Finding]:
        """Findings for one document. `mapper`, if given, maps `lint_turns` over chunks — (turn
        indices, listener, stage) — elsewhere (worker processes) and yields their findings in chunk
        order; it is used for documents of more than PARALLEL_MIN_TURNS turns."""
        listener = listener_of(doc, self.ruleset.language)
        stage = str(doc.meta.get("stage", "")) or None
        norms: dict[int, Normalized] = {}
        indices = [i for i, turn in enumerate(doc.turns) if turn.text.strip()]
        if mapper is not None and len(indices) >= PARALLEL_MIN_TURNS:
            findings = self._mapped(doc, indices, norms, listener, stage, mapper)
        else:
            findings = self._lint_turns(doc, indices, norms, listener, stage)
        # Call-level rules judge calls and scripts; training material and single utterances are not calls.
        if self.plan.document_specs and doc.kind not in ("utterance", "training"):
            findings.extend(self._call_level(doc, findings, norms, listener, stage))
        kept = _finish(doc, findings)
        rewrite.fill(kept, doc, listener)
        return kept

    def _mapped(self, doc, indices, norms, listener, stage, mapper) -> list[Finding]:
        findings: list[Finding] = []
        chunks = [(indices[i : i + TURN_CHUNK], listener, stage) for i in range(0, len(indices), TURN_CHUNK)]
        for part, messages, texts in mapper(chunks):
            findings.extend(part)
            for i, norm in texts:  # the call-level rules read them again
                norms[id(doc.turns[i])] = norm
            for message in messages:  # warnings raised in a worker, re-raised here
                kind = RuleTimeout if message.startswith(RuleTimeout.PREFIX) else LintWarning
                warnings.warn(message, kind, stacklevel=3)
        return findings

    def _call_level(self, doc, findings, norms, listener, stage) -> list[Finding]:
        view = CallView(self, doc, findings, norms, listener)
        out = []
        for rule, spec in self.plan.document_specs:
            if not _applies(rule, Speaker.AGENT, listener, stage) or (rule.whole_call and not doc.is_call):
                continue
            for start, end in KINDS[spec.kind].check(spec, view):
                turn = next((t for t in doc.turns if t.offset <= start <= t.offset + len(t.text)), None)
                out.append(_finding(doc, rule, turn, start, end, None))
        return out

    def lint_turns(self, doc: Document, indices: list[int], listener: str, stage: str | None):
        """Utterance-level findings of the turns at `indices` (the document's listener and call
        stage given: both read the whole document), the warnings raised and the turns' normalised
        texts: the unit of work a worker process does for a large document."""
        norms: dict[int, Normalized] = {}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            found = self._lint_turns(doc, indices, norms, listener, stage)
        texts = [(i, norms[id(doc.turns[i])]) for i in indices] if self.plan.document_specs else []
        return found, [str(w.message) for w in caught], texts

    def _lint_turns(self, doc: Document, indices: list[int], norms: dict[int, Normalized], listener: str,
                    stage: str | None) -> list[Finding]:
        findings: list[Finding] = []
        turns = [doc.turns[i] for i in indices]
        memo = self.turn_memo if not self._off else None
        for turn, norm in zip(turns, self.normalizer.many([t.text for t in turns]), strict=True):
            norms[id(turn)] = norm
            applicable = self.applicable(turn.speaker, listener, stage)
            if memo is None:
                findings.extend(self._lint_turn(doc, turn, norm, applicable))
            else:
                findings.extend(_remembered(self, doc, turn, norm, applicable, memo))
        return findings

    def _candidates(self, sentence: str, applicable: frozenset[int]):
        """(literals found, bits of the literal sets present, candidate spec keys) of a sentence."""
        plan = self.plan
        literals = self.literals(sentence)
        found = literals[1]
        keys = set(plan.always)
        keys.update(*map(plan.literal_keys.__getitem__, found & plan.triggers))
        keys &= applicable
        if not keys:
            return literals, 0, ()
        present = reduce(or_, map(plan.literal_mask.__getitem__, found), 0)
        mask = plan.mask
        return literals, present, sorted(k for k in keys if (m := mask[k]) & present == m)

    def _still_on(self, applicable: frozenset[int]) -> frozenset[int]:
        """The spec keys in `applicable` whose rule has not been switched off (budget spent)."""
        off, owner = self._off, self.plan.owner
        return frozenset(k for k in applicable if owner[k].id not in off)

    def _lint_turn(self, doc: Document, turn: Turn, norm: Normalized, applicable: frozenset[int]) -> list[Finding]:
        """The turn's utterance-level findings: each sentence of its normalised text is run
        through the candidate specs, spans mapped back to the document's text."""
        out: list[Finding] = []
        text = norm.text
        steps = self.plan.steps
        excepted = self.conditions.excepted
        switched_off = len(self._off)
        pauses = pauses_of(turn.text, norm)
        for ss, se in _bounded(split_spans(text, SENTENCE_END), text):
            sentence = text[ss:se]
            if len(self._off) != switched_off:  # a rule spent its budget in this turn: drop it now
                switched_off = len(self._off)
                applicable = self._still_on(applicable)
            literals, present, keys = self._candidates(sentence, applicable)
            if not keys:
                continue
            view = SentenceView(self, sentence, literals, [p - ss for p in pauses if ss < p < se] if pauses else (),
                                text[se : se + FOLLOW_CHARS])
            for key in keys:
                rule, spec, find, masks, gate, conditional = steps[key]
                if masks is not None and not any(present & m == m for m in masks):
                    continue
                if gate is not None and gate.search(sentence) is None:
                    continue
                for a, b, replacement in find(spec, view):
                    if conditional and excepted(rule, key, view, a, b, text):
                        continue
                    o_start, o_end = norm.span(ss + a, ss + b)
                    start, end = turn.offset + o_start, turn.offset + o_end
                    fix = Fix(start, end, replacement) if replacement is not None else None
                    out.append(_finding(doc, rule, turn, start, end, fix, spec.suggest))
        return out


def _remembered(engine: Engine, doc: Document, turn: Turn, norm: Normalized, applicable: frozenset[int], memo: dict) -> list[Finding]:
    """`engine._lint_turn` through `memo`. A turn's findings depend only on its text, its speaker and
    the applicable specs; they are kept relative to the turn and placed at its offset."""
    key = (turn.text, turn.speaker, applicable)
    kept = memo.get(key)
    if kept is None:
        if len(memo) >= TURN_MEMO_SIZE:
            memo.clear()
        kept = memo[key] = [(engine._rule_ids[f.rule], f.start - turn.offset, f.end - turn.offset,
                             None if f.fix is None else (f.fix.start - turn.offset, f.fix.end - turn.offset, f.fix.replacement),
                             f.suggestion) for f in engine._lint_turn(doc, turn, norm, applicable)]
    at = turn.offset
    return [_finding(doc, rule, turn, at + a, at + b, None if fix is None else Fix(at + fix[0], at + fix[1], fix[2]), suggestion)
            for rule, a, b, fix, suggestion in kept]


def _finding(doc: Document, rule: Rule, turn: Turn | None, start: int, end: int, fix: Fix | None,
             suggestion: str = "") -> Finding:
    """A finding of `rule` at [start, end) of the document's text (`turn`: the turn it lies in)."""
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


def _finish(doc: Document, findings: list[Finding]) -> list[Finding]:
    """One finding per category for overlapping spans (the first, longest, most severe), with
    line and column positions and the counter-example flag set."""
    findings.sort(key=lambda f: (f.start, -(f.end - f.start), -f.severity, f.rule))
    kept: list[Finding] = []
    reach: dict[str, int] = {}  # per category, the furthest end kept so far
    for f in findings:
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
