"""Exception scopes (`unless:`): negation, mention, and phrase/pattern/regex exceptions.

All work on the normalised sentence that holds the hit, in its coordinates.

- negated: a negator (不会, 绝不, 没有, 禁止…) stands before the hit in the same clause, within a
  short window, and nothing between them starts a new proposition (就, 否则, 但是…). A negated
  condition on the debtor's action (不还, 没接…) is not a negation of the hit: 再不还钱就让你坐牢.
  A question that uses a bare 不/不是/难道 is rhetorical, not a negation (你不怕坐牢吗), and so is
  a clause asked that way inside a statement (你不是有辆车吗，抵出去先还).
  A denial right after the hit (坐牢是不可能的) also counts, and so does a question answered
  with a denial in the next sentence of the turn (会去您单位吗？不会的).
- mention: the hit is quoted or named as something not to say: after a prohibition of speech
  (切忌说, 不要说, 禁止使用…), in quotes introduced by 比如/所谓 or by the debtor's words being
  quoted back (您说的“骗子”…), or in quotes followed by 这种话/这类词 or by a verdict (属于威胁,
  被认定为诱导借贷), or named as a kind of speech right after it without quotes (没得商量这种话…).
  A sentence headed as model speech (标准话术：…, 推荐说法：…) quotes what the agent is told to say:
  only a prohibition makes a mention there.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from functools import cached_property

from .lang import Language, default, quote_spans, unquoted
from .text.normalize import CLAUSE_END_RE
from .vocab import NAME_RE

UNLESS_SCOPES = ("negated", "mention", "past", "hedged", "conditional", "question")
_POSITIONS = ("any", "before", "after")
_SCOPES = ("clause", "sentence", "turn")

# A sentence this long with no clause punctuation inside is a run-on (unpunctuated ASR: 喂您好这边是
# 信用卡中心的问你话呢什么时候还): its "clause" and "sentence" hold several utterances, so an exception
# is looked up only this many characters either side of the hit — a 您 in the greeting does not
# excuse an order barked later in the turn — and so are its hedges, conditions, past markers and a
# final question. Context that a hit needs (`when:`) keeps the whole sentence.
RUN_ON_MIN = 40
RUN_ON_REACH = 20


class SentenceScope:
    """Per-sentence facts that every hit in the sentence shares, computed once (so a sentence
    with many hits costs linear time): clause boundaries, quotations, the first prohibition of
    speech, whether it is a question."""

    def __init__(self, text: str, lang: Language | None = None, follow: str = ""):
        self.text = text
        self.follow = follow  # the start of the next sentence of the same turn, if any
        self.lang = lang = lang or default()
        self.clause_ends = [m.start() for m in CLAUSE_END_RE.finditer(text)]
        self.question = bool(lang.question_end.search(text[-8:]))

    @cached_property
    def answered_no(self) -> bool:
        """Whether the sentence is a question the next sentence answers with a denial or a
        debunk (会坐牢吗？不会的 / 有人说要上门？那是吓唬人的): what it asks is not said."""
        return self.question and bool(self.follow) and self.lang.answer_no_re.match(self.follow) is not None

    @cached_property
    def negatable(self) -> bool:
        """Whether any negator character occurs: every negation is_negated recognises needs one."""
        return not self.lang.neg_chars.isdisjoint(self.text)

    @cached_property
    def mentionable(self) -> bool:
        """Whether anything is_mention recognises occurs anywhere in the sentence."""
        lang = self.lang
        return (self.prohibit_end is not None or bool(self.quotes) or lang.said_back_any_re.search(self.text) is not None
                or lang.reported_re.search(self.text) is not None or lang.named_after_re.search(self.text) is not None
                or lang.debunk_re.search(self.text) is not None)

    @cached_property
    def praised(self) -> bool:
        """Whether the sentence praises what it quotes (说得好, 加分, 回款率明显提升…) outside the quotes."""
        return bool(self.quotes) and self.lang.praise_re.search(unquoted(self.text, self.lang.quotes)) is not None

    @cached_property
    def model_speech(self) -> bool:
        """Whether the sentence is headed as model speech (标准话术：…): its quotes are uses."""
        return self.lang.model_speech_line_re.match(self.text) is not None

    @cached_property
    def prohibit_end(self) -> int | None:
        for m in self.lang.prohibit_say_re.finditer(self.text):
            if not self.lang.refusal_re.search(self.text, max(0, m.start() - 6), m.start()):
                return m.end()  # 这个我不能说 declines to tell: no rule about what follows
        return None

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        return quote_spans(self.text, self.lang.quotes) if any(q in self.text for q in self.lang.quotes) else []

    def rhetorical_clause(self, offset: int) -> bool:
        """Whether the clause holding `offset` ends as a question (你不是有辆车吗，…): a bare
        不/不是/没 in it asks, it does not deny, even when the sentence goes on as a statement."""
        clause_end = self.clause(offset, offset)[1]
        return clause_end < len(self.text) and bool(self.lang.question_end.search(self.text, offset, clause_end))

    @cached_property
    def run_on(self) -> bool:
        """A long sentence without clause punctuation before its last character (see RUN_ON_MIN)."""
        return len(self.text) >= RUN_ON_MIN and (not self.clause_ends or self.clause_ends[0] >= len(self.text) - 1)

    def reach(self, start: int, end: int) -> tuple[int, int]:
        """Where the exceptions of a hit at start..end are looked for: RUN_ON_REACH characters either
        side in a run-on sentence, the whole sentence otherwise."""
        if self.run_on:
            return max(0, start - RUN_ON_REACH), min(len(self.text), end + RUN_ON_REACH)
        return 0, len(self.text)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.clause_ends, start)
        a = self.clause_ends[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(self.clause_ends, end)
        b = self.clause_ends[j] if j < len(self.clause_ends) else len(self.text)
        return a, b


def is_negated(scope: SentenceScope | str, start: int, end: int) -> bool:
    if isinstance(scope, str):
        scope = SentenceScope(scope)
    if scope.answered_no:
        return True
    if not scope.negatable:
        return False
    sent, lang = scope.text, scope.lang
    c_start, c_end = scope.clause(start, end)
    window = lang.negation_window
    coordinated = lang.coordinated_re.search(sent, max(0, start - 4), start)
    if coordinated:
        window *= 2  # the second of coordinated acts: the negator stands before the first
        if coordinated.start() < c_start:  # 请勿通过套现、借新还旧: the list's comma is no clause end
            c_start = scope.clause(coordinated.start(), coordinated.start())[0]
    window_start = max(c_start, start - window)
    before = sent[window_start:start]
    # A negator may straddle the hit's start (我哋唔|会上门: the hit begins at 会).
    negators = [m for m in lang.neg_re.finditer(sent[window_start : min(end, start + 3)]) if m.start() < len(before)]
    # Conditions are read over the window and the hit, so 不 + a verb inside the hit counts too.
    conditions = [m.span() for m in lang.condition_re.finditer(sent[window_start:end])] if negators else []
    for m in reversed(negators):
        a, b = m.span()
        if any(ca <= a < cb for ca, cb in conditions):
            continue
        if lang.anota_re.search(sent[max(0, window_start + a - 2) : window_start + b + 2]):
            continue
        if m.group(0) in lang.weak_in_question and (scope.question or scope.rhetorical_clause(window_start + b)):
            continue
        if m.group(0) in lang.tag_negators and lang.tag_asked_re.match(sent, window_start + b):
            continue  # 你不是有花呗吗先套出来…: a tag question asserts, it does not deny (unpunctuated ASR)
        if len(before) - b > lang.bare_window.get(m.group(0), lang.negation_window):
            continue
        if lang.reset_re.search(before[b:]) and not lang.because_re.search(before[b:]):
            break  # a new proposition stands between: that negator is not this hit's; a denial after it may be
        return True
    return _negated_within_or_after(scope, start, end, c_end)


def _negated_within_or_after(scope: SentenceScope, start: int, end: int, c_end: int) -> bool:
    """The negations is_negated finds without a negator before the hit: one inside a hit that
    starts at its own subject, or a denial right after the hit (`c_end` is its clause's end)."""
    sent, lang = scope.text, scope.lang
    # A hit that starts at its own subject (我们…不会…) carries the negator inside it.
    inner = lang.subject_neg_re.match(sent, start, end)
    # …but 你是不是… / 你会不会… asks (A-not-A), it does not deny
    if (inner and not lang.condition_re.match(sent, inner.start("neg"))
            and not lang.anota_re.search(sent, max(0, inner.start("neg") - 2), inner.end("neg") + 2)):
        return True
    rest = sent[end:c_end]
    # a clause that ends at the hit (or at a particle after it: 坐牢啊，没有这个说法) is denied in the next
    after = rest if rest.strip("的了吧呢啊嘛呀") else sent[end : end + 12]
    return bool(lang.post_neg_re.search(after[:12]))


def _consequence_between(lang: Language, text: str, a: int, b: int) -> bool:
    """A consequence drawn in text[a:b] (`consequence_markers`: 你讲你冇钱，冇钱就…), not the
    resigned "X就X" (坐牢就坐牢)."""
    for m in lang.consequence_re.finditer(text, a, b):
        i, j = m.span()
        if not any(i >= k and text[i - k : i] == text[j : j + k] for k in (1, 2, 3)):
            return True
    return False


def is_mention(scope: SentenceScope | str, start: int, end: int) -> bool:
    if isinstance(scope, str):
        scope = SentenceScope(scope)
    if scope.answered_no and scope.lang.reported_re.search(scope.text, 0, start):
        return True  # 有人跟您说要坐牢？那是吓人的: a report asked about and debunked
    if not scope.mentionable:
        return False
    if scope.prohibit_end is not None and scope.prohibit_end <= start:
        return True
    if scope.model_speech:
        return False
    sent, lang = scope.text, scope.lang
    clause_start, clause_end = scope.clause(start, end)
    said_back = lang.said_back_re.search(sent, clause_start)  # may run into the hit: 您说你们是骗子 (no endpos: look-aheads see the whole sentence)
    if said_back and said_back.start() <= start and not _consequence_between(lang, sent, said_back.end(), start):
        return True
    if clause_start and lang.debtor_voice_re.search(sent, clause_start, clause_end):
        # 你刚才讲 我就是没钱 你们爱怎么办怎么办: the listener's words said back run on over spoken pauses;
        # a clause addressing "you people" (the company) is still in their voice
        earlier = lang.said_back_re.search(sent, 0, clause_start)
        if earlier and not _consequence_between(lang, sent, earlier.end(), start):
            return True
    reported = lang.reported_re.search(sent, 0, start)
    if reported and lang.debunk_re.search(sent, reported.end()):
        return True
    if lang.reported_actor_re.search(sent, max(0, start - 12), start) and lang.debunk_re.search(sent, end):
        return True  # 之前那个同事打去你单位是不合规的: another's act, judged
    if lang.named_after_re.match(sent, end):
        return True
    if scope.quotes and scope.quotes[0][0] < start and lang.judged_before_re.search(sent, max(0, start - 6), start):
        return True  # 坐席说“随便你还不还”，属于|无所谓态度: the verdict names the quote's kind
    for qa, qb in scope.quotes:
        if qa < start and end <= qb:
            if lang.quote_back_re.match(sent, qa + 1):
                return True  # 【客户问会不会上门】: the listener's words in a stage note
            lead = sent[max(0, qa - 30) : qa]
            criticised = lang.criticised_lead_re.search(lead)
            # a prohibition counts only after the lead's last pause (a colon does not count):
            # 不要跟他客气，直接说“…” recommends it, 千万别直接说：“…” forbids it
            prohibited = lang.prohibitor_re.search(lead, max(lead.rfind(c) for c in ",;!?。") + 1)
            if not criticised and not prohibited and (
                    lang.endorsed_lead_re.search(lead) or (scope.praised and not lang.listener_said_re.search(lead))):
                # 直接说“…” / “…”说得好 (not 客户骂“…”，坐席没有回击，加分): recommended, so a use unless a
                # verdict right after files it as wrong
                tail = lang.praise_re.sub(lambda m: " " * len(m.group()), sent[qb + 1 : qb + 30])
                return lang.after_quote_verdict_re.search(tail) is not None
            if (criticised or lang.intro_re.search(lead) or lang.quote_back_re.search(lead)
                    or lang.after_quote_re.search(sent[qb + 1 : qb + 30])):
                return True
    return False


def is_past(scope: SentenceScope, start: int, end: int) -> bool:
    """The hit tells of something already done: a past marker (已经, 上个月, 之前…) in its clause
    before it or inside it (上个月已经给您减了三百). In a run-on sentence, only near the hit."""
    a = max(scope.clause(start, end)[0], scope.reach(start, end)[0])
    return scope.lang.past_re.search(scope.text, a, end) is not None


def is_hedged(scope: SentenceScope, start: int, end: int) -> bool:
    """The hit is asked for or tried, not promised: a hedge (帮您申请, 争取, 尽量, 以审批为准…) in
    its clause, or before it in the sentence. In a run-on sentence (unpunctuated ASR, where 我帮您申请
    an hour's delay and 保证全免 can share one "sentence"), only near the hit."""
    lo, hi = scope.reach(start, end)
    return scope.lang.hedge_re.search(scope.text, lo, min(hi, scope.clause(start, end)[1])) is not None


def is_conditional(scope: SentenceScope, start: int, end: int) -> bool:
    """The hit is the consequence of a condition stated before it in the sentence (如果/只要/一旦…);
    in a run-on sentence, stated near it."""
    return scope.lang.conditional_re.search(scope.text, scope.reach(start, end)[0], start) is not None


def is_question(scope: SentenceScope, start: int, end: int) -> bool:
    """The sentence is a question (ends with 吗/呢/？…); a run-on sentence that ends as a question
    asks only what comes near its end."""
    return scope.question and scope.reach(start, end)[1] == len(scope.text)


SCOPE_TESTS = {"negated": is_negated, "mention": is_mention, "past": is_past, "hedged": is_hedged,
               "conditional": is_conditional, "question": is_question}


@dataclass
class Unless:
    kind: str  # a scope name (negated, mention, past, hedged, conditional, question) or phrases | regex | pattern | sequence
    data: object = None
    scope: str = "clause"
    position: str = "any"
    key: int = -1
    within: int | None = None  # characters between the hit and the condition's match, at most
    name: str | None = None  # the pack's name for it, when it is a named condition (`conditions:`)


CONDITION_KINDS = ("phrases", "regex", "pattern", "sequence", "vocab")


def parse_unless(item, line: int, ctx, what: str = "unless") -> Unless:
    """An `unless:` (or `when:`) item: a scope name, the name of a condition defined under
    `conditions:`, or a mapping with one of phrases / regex / pattern / sequence / vocab (a
    vocabulary name: any of its words), and optional `scope` (clause | sentence | turn), `position`
    (any | before | after) and `within` (characters)."""
    if isinstance(item, str):
        named = ctx.sets.condition(item)
        if named is not None:
            return named
        if item in UNLESS_SCOPES and what == "when":
            raise ctx.error(line, f"{item!r} is a scope for `unless` only; a `when` takes a named condition or a "
                                  "phrases/pattern/regex/sequence/vocab mapping")
        if item not in UNLESS_SCOPES:
            known = sorted(ctx.sets.conditions) + ([] if what == "when" else list(UNLESS_SCOPES))
            raise ctx.error(line, f"unknown {what} condition {item!r} (known: {', '.join(known) or 'none'}; "
                                  "or a phrases/pattern/regex/sequence/vocab mapping)")
        return Unless(item)
    if not isinstance(item, dict):
        raise ctx.error(line, f"`{what}` items must be scope names or mappings, got {item!r}")
    line = getattr(item, "line", line)
    kinds = set(item) & set(CONDITION_KINDS)
    if len(kinds) != 1 or set(item) - {*CONDITION_KINDS, "scope", "position", "within"}:
        raise ctx.error(line, f"a `{what}` mapping holds one of {'/'.join(CONDITION_KINDS)}, plus optional scope, position and within")
    scope, position, within = _placement(item, line, ctx)
    kind = kinds.pop()
    if kind == "pattern" and scope == "turn":  # token patterns run on one sentence's tokens
        raise ctx.error(line, "a `pattern` condition works inside a sentence; for scope: turn use phrases, vocab, regex or sequence")
    from .matchers import KINDS

    body = item[kind]
    if kind == "vocab":
        kind, body = "phrases", _vocab_phrases(body, line, ctx)
    spec = KINDS[kind].parse(body, line, ctx)
    return Unless(kind, spec, scope, position, within=within)


def define_conditions(table, line: int, ctx) -> None:
    """A `conditions:` section: name → one condition mapping, usable by name in `when`/`unless`."""
    if not isinstance(table, dict):
        raise ctx.error(line, "`conditions` must map names to condition mappings")
    for key, item in table.items():
        name, where = str(key), table.line_of(key)
        if not NAME_RE.match(name) or name in UNLESS_SCOPES:
            raise ctx.error(where, f"condition name {name!r} must be lower-case words joined by - or _, and not a scope name")
        if not isinstance(item, dict):
            raise ctx.error(where, f"condition {name!r} must be one phrases/pattern/regex/sequence/vocab mapping")
        condition = dataclasses.replace(parse_unless(item, where, ctx, "condition"), name=name)
        ctx.sets.define_condition(name, condition, f"{ctx.path}:{where}")


def _placement(item, line: int, ctx) -> tuple[str, str, int | None]:
    """A condition mapping's validated `scope`, `position` and `within` (defaults filled in)."""
    scope = item.get("scope", "sentence" if "within" in item else "clause")
    position = item.get("position", "any")
    within = item.get("within")
    if scope not in _SCOPES:
        raise ctx.error(line, f"`scope` must be one of {', '.join(_SCOPES)}")
    if position not in _POSITIONS:
        raise ctx.error(line, f"`position` must be one of {', '.join(_POSITIONS)}")
    if within is not None and (not isinstance(within, int) or isinstance(within, bool) or not 0 <= within <= 200):
        raise ctx.error(line, "`within` must be a number of characters from 0 to 200")
    if within is not None and scope == "turn":
        raise ctx.error(line, "`within` measures characters inside a sentence; it cannot go with scope: turn")
    return scope, position, within


def _vocab_phrases(body, line: int, ctx) -> list[str]:
    """`vocab: name` (or a list of names) as the phrases entries `$name`."""
    names = body if isinstance(body, list) else [body]
    if not names or not all(isinstance(n, str) and n for n in names):
        raise ctx.error(line, "`vocab` takes a vocabulary name or a list of names")
    return [n if n.startswith("$") else f"${n}" for n in names]


def near(span: tuple[int, int], start: int, end: int, within: int | None) -> bool:
    """Whether a condition's match lies within `within` characters of the hit (overlap is 0)."""
    return within is None or max(0, span[0] - end, start - span[1]) <= within


def region(sentence: SentenceScope, start: int, end: int, scope: str, position: str,
           excepting: bool = False) -> tuple[int, int]:
    if excepting and sentence.run_on:
        a, b = sentence.reach(start, end)
    elif scope == "clause":
        a, b = sentence.clause(start, end)
    else:
        a, b = 0, len(sentence.text)
    if position == "before":
        b = start
    elif position == "after":
        a = end
    return a, b
