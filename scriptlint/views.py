"""What matchers see: one normalised sentence (`SentenceView`: literals found, tokens, token
boundaries, phrase and pattern hits, lazily) and one whole call (`CallView`: turns, events,
metadata, the utterance-level findings). Offsets → (line, column) by `LineIndex`."""

from __future__ import annotations

import bisect
import itertools
import re
import warnings
from functools import cached_property

from .inputs.calllog import VOICEMAIL_OUTCOMES, WRONG_NUMBER_OUTCOMES, meta_outcome
from .matchers import MatchSpec
from .model import DEBTOR_PARTIES, Document, Finding, Speaker, Turn
from .scopes import SentenceScope
from .text.normalize import Normalized


class LintWarning(UserWarning):
    pass


class RuleTimeout(LintWarning):
    """A rule's regex ran out of time: reported as an error of the run (exit 2), never silent."""

    PREFIX = "rule budget: "


class LineIndex:
    """Offsets → (line, column), 1-based, columns in code points."""

    def __init__(self, text: str):
        self.starts = [0, *itertools.accumulate(len(line) + 1 for line in text.split("\n")[:-1])]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def pauses_of(original: str, norm) -> list[int]:
    """Positions in the normalised text where the original had whitespace that normalisation
    dropped (ASR writes a pause as a space), ascending."""
    if norm.identity:
        return []
    starts, ends = norm.starts, norm.ends
    return [i for i in range(1, len(norm.text))
            if starts[i] > ends[i - 1] and not original[ends[i - 1] : starts[i]].strip()]


class SentenceView:
    """One normalised sentence, with lazily computed tokens, boundaries and pattern matches.

    One Aho–Corasick pass finds every literal any rule needs; `found` is the set of the ids of
    the literals present, from which the engine picks candidate specs and checks their required
    literals."""

    def __init__(self, engine, text: str, literals: tuple[list, set[int]] | None = None, pauses=(), follow: str = ""):
        self.engine = engine
        self.text = text
        self.follow = follow  # the start of the turn's next sentence: a question's answer (…吗？不会的)
        self.pauses = pauses  # where the original had whitespace the normaliser dropped (an ASR pause)
        self.hits, self.found = literals or engine.literals(text)
        self._phrase_hits: dict[int, list[tuple[int, int, str]]] = {}
        self._pattern_hits: dict[int, list[tuple[int, int]]] = {}
        self.exception_cache: dict = {}

    def phrase_hits(self, key: int) -> list[tuple[int, int, str]]:
        """(start, end, phrase) of every occurrence of a phrase of spec `key`, overlapping ones too."""
        out = self._phrase_hits.get(key)
        if out is None:
            mine = self.engine.plan.phrases_of[key]
            literal = self.engine.plan.literal
            out = [(a, b, literal[i]) for i, a, b in self.hits if i in mine]
            for ch in self.engine.plan.chars_of[key] & self.found:
                ch = literal[ch]
                out.extend((m.start(), m.end(), ch) for m in re.finditer(re.escape(ch), self.text))
            self._phrase_hits[key] = out
        return out

    @cached_property
    def scope(self) -> SentenceScope:
        return SentenceScope(self.text, self.engine.ruleset.language, self.follow)

    @cached_property
    def tokens(self) -> list[str]:
        if self.engine.reference:
            return self.engine.segmenter.cut_reference(self.text)
        return self.engine.segmenter.cut(self.text)

    @cached_property
    def boundaries(self) -> set[int]:
        """Token boundaries, and the pauses: a phrase may start or end where the speaker paused
        (你到底还 给句痛快话 segments as 还给 once the space is gone)."""
        out = {0, *self.pauses}
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
        return self.engine.plan.owner[spec.key].id

    def timed_out(self, spec: MatchSpec) -> None:
        """Spend one timeout of the rule's budget for this run; the rule is switched off once the
        budget is gone. Either way the run reports it as an error."""
        rule = self.engine.plan.owner[spec.key]
        left = self.engine.spend_budget(rule)
        state = f"{left} more and it is switched off for this run" if left else "switched off for the rest of this run"
        warnings.warn(f"{RuleTimeout.PREFIX}a regex of rule {rule.id} ({rule.path}:{spec.line}) timed out on a sentence "
                      f"and found nothing there; {state}", RuleTimeout, stacklevel=2)


class CallView:
    """What document-level kinds see: the whole call (turns, events, metadata) and the
    utterance-level findings already made. `agent_turns` excludes empty turns."""

    def __init__(self, engine, doc: Document, findings: list[Finding], norms: dict[int, Normalized] | None = None,
                 listener: str = "unknown"):
        self.engine = engine
        self.doc = doc
        self.listener = listener
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

    @cached_property
    def ended_by(self) -> str | None:
        """Who ended the call — `agent`, `other` or None when nothing tells: the call's `ended_by`
        metadata (a speaker: agent, debtor, contact …), else the last hang-up event after the last
        turn ([客户挂断]), else a last turn in which the other side hangs up (我不跟你说了)."""
        said = ended_by_meta(self.doc.meta)
        if said is not None:
            return said
        last = self.turns[-1] if self.turns else None
        for event in reversed(self.doc.events):
            if (last is None or event.offset > last.offset) and "挂" in event.text:
                return "agent" if any(a in event.text for a in AGENT_EVENT_WORDS) else "other"
        if last is not None and last.speaker is not Speaker.AGENT:
            if self.engine.ruleset.language.other_hangup_re.search(self.norm(last).text):
                return "other"
        return None


KNOWN_PARTIES = (*DEBTOR_PARTIES, "contact", "third_party", "third-party", "family")
AGENT_EVENT_WORDS = ("坐席", "催收员", "客服", "专员", "agent")
ENDED_BY_KEYS = ("ended_by", "hangup_by", "hung_up_by", "挂断方")
WRONG_NUMBER_AGENT_TURNS = 2  # a wrong number ends soon after it is said; a debtor who denies is pressed on
WRONG_NUMBER_DENIALS = 3  # …unless the stranger keeps saying so


def ended_by_meta(meta: dict) -> str | None:
    """`agent` or `other` from the call's `ended_by` metadata (or an alias), None when absent or
    not a speaker."""
    from .inputs.jsoncall import SPEAKERS

    value = next((meta[k] for k in ENDED_BY_KEYS if k in meta), None)
    speaker = SPEAKERS.get(str(value).strip().lower()) if value is not None else None
    if speaker is None:
        return None
    return "agent" if speaker is Speaker.AGENT else "other"


def _wrong_number(turns, others, language) -> bool:
    """The other side says it is the wrong person (打错了, 不认识这个人) early, never owns up
    (是我) and the agent ends within a couple of turns — or, however long the agent presses on,
    says so three times, or is labelled a contact by the export. A debtor who denies once or twice
    and is pressed on for several more turns is not a wrong number."""
    cued = [t for t in others if language.wrong_number_re.search(t.text)]
    cue = next((t for t in others[:4] if t in cued), None)
    if cue is None or any(language.self_identified_re.search(t.text) for t in others):
        return False
    if len(cued) >= WRONG_NUMBER_DENIALS or all(t.speaker is Speaker.THIRD_PARTY for t in others):
        return True
    after = turns[turns.index(cue) + 1 :]
    return sum(1 for t in after if t.speaker is Speaker.AGENT and t.text.strip()) <= WRONG_NUMBER_AGENT_TURNS


def _silent_line(turns, others, language) -> bool:
    """Every other turn is a note of silence ([静音]) or there is none, and the agent says they
    cannot hear anyone (喂？能听到吗 / 听不到您的声音)."""
    return (all(language.silence_re.match(t.text) for t in others)
            and any(t.speaker is Speaker.AGENT and language.cant_hear_re.search(t.text) for t in turns))


def listener_of(doc: Document, language) -> str:
    """Who the agent talks to: the call's outcome when it says voicemail or wrong number; `silent`
    when nobody spoke (see _silent_line); `voicemail` when every other voice is a recorded prompt
    (无人接听, 请在提示音后留言…), whoever was dialled; the call's metadata when it says who was
    called; else `voicemail` when, on a whole call nobody answered, the agent leaves a message
    (听到留言后回个电话); else `wrong_number` when the other side says
    so (打错了, 不认识这个人); else a third party when the first turns say so (我是他妈, 他不在,
    您是他同事吧); else what the speaker labels show."""
    listener = doc.listener
    outcome = meta_outcome(doc.meta)
    if outcome in VOICEMAIL_OUTCOMES:
        return "voicemail"  # the dialer says a machine took the call, whoever was dialled
    if outcome in WRONG_NUMBER_OUTCOMES:
        return "wrong_number"
    others = [t for t in doc.turns if t.speaker is not Speaker.AGENT and t.text.strip()]
    if doc.is_call and _silent_line(doc.turns, others, language):
        return "silent"  # nobody spoke, whoever was dialled: no one heard a name, an amount or a goodbye
    # a machine's greeting is who answered, whoever was dialled (called_party names the dialled person)
    if others and all(language.voicemail_re.search(t.text) for t in others):
        return "voicemail"
    if not others and any(language.voicemail_re.search(e.text) for e in doc.events):
        return "voicemail"  # the greeting given as an event ([语音信箱：请在提示音后留言])
    if str(doc.meta.get("called_party", "")).lower() in KNOWN_PARTIES:
        return listener  # the metadata says who was called
    if not others and doc.is_call and any(language.voicemail_message_re.search(t.text) for t in doc.turns):
        return "voicemail"
    if _wrong_number(doc.turns, others, language):
        return "wrong_number"
    if listener != "third_party" and doc.turns and any(language.third_party_re.search(t.text) for t in doc.turns[:6]):
        return "third_party"  # 我是他妈 / 您是他同事吧: what was said tells who listens
    if listener == "unknown" and doc.kind == "utterance" and language.utterance_third_party_re.search(doc.text):
        return "third_party"  # one utterance that names its listener a third party (您是刘强的爱人吧？/ 贵单位人事部门…)
    return listener
