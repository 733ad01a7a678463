"""Exception scopes (`unless:`): negation, mention, and phrase/pattern/regex exceptions.

All work on the normalised sentence that holds the hit, in its coordinates.

- negated: a negator (不会, 绝不, 没有, 禁止…) stands before the hit in the same clause, within a
  short window, and nothing between them starts a new proposition (就, 否则, 但是…). A negated
  condition on the debtor's action (不还, 没接…) is not a negation of the hit: 再不还钱就让你坐牢.
  A question that uses a bare 不/不是/难道 is rhetorical, not a negation (你不怕坐牢吗).
  A denial right after the hit (坐牢是不可能的) also counts.
- mention: the hit is quoted or named as something not to say: after a prohibition of speech
  (切忌说, 不要说, 禁止使用…), in quotes introduced by 比如/所谓 or by the debtor's words being
  quoted back (您说的“骗子”…), or in quotes followed by 这种话/这类词.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from .text.normalize import CLAUSE_END_RE

NEGATORS = (
    "不会", "不能", "不可能", "不得", "不要", "不用", "不必", "无需", "无须", "不需要", "没有", "并没有",
    "并不", "绝不", "决不", "绝对不", "从不", "从来不", "从未", "不是", "并非", "禁止", "严禁", "切勿", "切忌",
    "避免", "杜绝", "不存在", "不至于", "不涉及", "不属于", "不应", "不可以", "不准", "不许", "不再", "未", "没", "不",
    "不曾", "拒绝", "请勿", "勿", "别", "千万别", "千万不要", "莫要", "甭", "无法", "无权", "不可", "无从", "不必要",
)
# Every negation is_negated recognises (a negator, a subject's negator, a denial after the hit)
# contains one of these characters.
_NEG_CHARS = frozenset("".join(NEGATORS))
_NEG_RE = re.compile("|".join(sorted(map(re.escape, NEGATORS), key=len, reverse=True)))
# 不/没 + the debtor's action: a condition, not a negation of what follows.
_CONDITION_RE = re.compile(
    r"(?:不|没|没有)(?:还|接|回|交|付|处理|理|配合|联系|管|出|给|打|听|还钱|在乎|当回事|想|行|够)|大不了|实在不行|不行的话"
    r"|别想|别以为|别逼|别怪|别让|别指望|别怨"  # threats phrased with 别 are not negations
)
# Words that start a new proposition between a negator and the hit.
_RESET_RE = re.compile(r"就|才|否则|不然|要不|但是|但|可是|而是|只是|反正|等着|准备|小心|那就|那么|然后|我")
# A bare 不/没 negates only what follows it closely (没让你坐牢), not a later verb (没说完你插什么嘴).
_BARE_WINDOW = {"不": 2, "没": 2, "未": 2, "别": 4}  # 别急着去借钱: imperative 别 reaches a little further
# A-not-A questions (会不会, 想不想, 是不是) are questions, not negations.
_ANOTA_RE = re.compile(r"(.)不\1")
_WEAK_IN_QUESTION = {"不", "不是", "没", "难道", "没有"}
_POST_NEG_RE = re.compile(r"^[的了吧呢啊嘛]?[,，]?(?:是|那是|这是|都是)?(?:不会|不可能|不至于|不存在|没有的事|绝对不会)")
NEG_WINDOW = 10
_SUBJECT_NEG_RE = re.compile(
    r"(?:我们这边|我们|我司|我方|咱们|本公司|公司|平台|银行|这边|我)(?:这边|都|也|是|从来|绝对|一律|均)?(?P<neg>"
    r"不会|不能|不得|不可能|不存在|没有|并不|绝不|决不|从不|从来不|从未|无权|无法|不再|禁止|严禁|不)"
)

_QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"', "'": "'", "《": "》", "【": "】"}
_SAY = r"(?:说|讲|提|提到|用|使用|出现|讲出|说出|喊|称呼|称|骂|叫)"
_PROHIBIT_SAY_RE = re.compile(
    r"(?:切忌|切勿|不要|不能|不得|不可|不准|不许|不应|不应该|禁止|严禁|避免|杜绝|别|勿|千万别|千万不要|绝不能|绝对不能|不允许)" + _SAY
    # 别说了 / 不要说了 is "stop talking", not a rule about what not to say.
    + r"(?![了啦啊吧呢话完])"
    + r"|禁用语|禁止用语|忌语|违规用语|敏感词|错误话术|错误示范|反例"
)
_INTRO_RE = re.compile(
    r"比如|例如|诸如|譬如|所谓|像是|像|包括|举例"
    r"|禁止|严禁|切忌|切勿|不得|杜绝|避免|不要|不准|不许|不能"  # 禁止诱导客户“借新还旧”: the quote is what is forbidden
)
_QUOTE_BACK_RE = re.compile(r"(?:您|你|客户|对方|他|她)(?:刚才|刚刚|之前|一直)?(?:说|讲|提到|提|骂|问)(?:的|我们是|我是|我们)?")
_MORE_QUOTES = r"(?:[、,，和及与或]?[“\"「『‘][^”\"」』’]{0,20}[”\"」』’])*"  # “后果自负”“没得商量”这些话
_AFTER_QUOTE_RE = re.compile(
    r"^" + _MORE_QUOTES + r"(?:这种|这类|这样的|之类|一类|等|这些|这几个|此类)"
    r"|^[^。！？!?]{0,20}?(?:禁用语|禁止用语|忌语|违规用语|违规话术|不当用语|不当话术|不能说|不要说|不得说|不可以说|是错误"
    r"|扣分|被罚|被处罚|不规范|是违规|属于[^。！？!?]{0,8}?(?:禁用|违规|不当|夸大|威胁|辱骂|恐吓))"
)
# Someone else's words, reported to be debunked: 有人跟您说要坐牢…那都是吓唬人的
_REPORTED_RE = re.compile(r"(?:有人|别人|网上|外面|他们|有些人|一些人|某些人|骗子)(?:跟您|跟你|和您|对您|给您)?(?:说|讲|宣称|声称|传)|听说|据说|所谓")
_DEBUNK_RE = re.compile(r"吓唬人|别信|不要信|不用信|不可信|谣言|不是真的|假的|骗人的|诈骗|没有这回事|不实|不要相信|别相信")
# The debtor's own words said back to them: 您刚才说自己没良心
_SAID_BACK_RE = re.compile(r"(?<![跟和给对])(?:您|你)(?:刚才|刚刚|之前|方才|上次)(?:说|讲|提到)|(?<![跟和给对])您说(?:您|你)?自己")
# The same without its look-behinds: a necessary condition, checked once per sentence.
_SAID_BACK_ANY_RE = re.compile(_SAID_BACK_RE.pattern.replace("(?<![跟和给对])", ""))
# 不会因为X就Y: the 就 belongs to the negated construction, not a new proposition.
_NEG_BECAUSE_RE = re.compile(r"^(?:会|能|是|应该|应)?(?:因为|仅仅因为|仅因为|仅因|只因为|只因|单纯因为|因)")
_QUESTION_END = re.compile(r"[吗么嘛吧呢?？][\s。!！?？]*$")

UNLESS_SCOPES = ("negated", "mention")
_POSITIONS = ("any", "before", "after")
_SCOPES = ("clause", "sentence", "turn")


class SentenceScope:
    """Per-sentence facts that every hit in the sentence shares, computed once (so a sentence
    with many hits costs linear time): clause boundaries, quotations, the first prohibition of
    speech, whether it is a question."""

    def __init__(self, text: str):
        self.text = text
        self.clause_ends = [m.start() for m in CLAUSE_END_RE.finditer(text)]
        self.question = bool(_QUESTION_END.search(text[-8:]))

    @cached_property
    def negatable(self) -> bool:
        """Whether any negator character occurs: every negation is_negated recognises needs one."""
        return not _NEG_CHARS.isdisjoint(self.text)

    @cached_property
    def mentionable(self) -> bool:
        """Whether anything is_mention recognises occurs anywhere in the sentence."""
        return (self.prohibit_end is not None or bool(self.quotes) or _SAID_BACK_ANY_RE.search(self.text) is not None
                or _REPORTED_RE.search(self.text) is not None)

    @cached_property
    def prohibit_end(self) -> int | None:
        m = _PROHIBIT_SAY_RE.search(self.text)
        return m.end() if m else None

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        return quote_spans(self.text) if any(q in self.text for q in _QUOTES) else []

    def clause(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.clause_ends, start)
        a = self.clause_ends[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(self.clause_ends, end)
        b = self.clause_ends[j] if j < len(self.clause_ends) else len(self.text)
        return a, b


def is_negated(scope: SentenceScope | str, start: int, end: int) -> bool:
    if isinstance(scope, str):
        scope = SentenceScope(scope)
    if not scope.negatable:
        return False
    sent = scope.text
    c_start, c_end = scope.clause(start, end)
    window_start = max(c_start, start - NEG_WINDOW)
    before = sent[window_start:start]
    negators = list(_NEG_RE.finditer(before))
    # Conditions are read over the window and the hit, so 不 + a verb inside the hit counts too.
    conditions = [m.span() for m in _CONDITION_RE.finditer(sent[window_start:end])] if negators else []
    for m in reversed(negators):
        a, b = m.span()
        if any(ca <= a < cb for ca, cb in conditions):
            continue
        if _ANOTA_RE.search(sent[max(0, window_start + a - 1) : window_start + b + 1]):
            continue
        if scope.question and m.group(0) in _WEAK_IN_QUESTION:
            continue
        if len(before) - b > _BARE_WINDOW.get(m.group(0), NEG_WINDOW):
            continue
        if _RESET_RE.search(before[b:]) and not _NEG_BECAUSE_RE.search(before[b:]):
            return False
        return True
    # A hit that starts at its own subject (我们…不会…) carries the negator inside it.
    inner = _SUBJECT_NEG_RE.match(sent, start, end)
    if inner and not _CONDITION_RE.match(sent, inner.start("neg")):
        return True
    after = sent[end:c_end] if end < c_end else sent[end : end + 8]
    return bool(_POST_NEG_RE.search(after[:12]))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) index pairs of quotations; the hit must lie strictly inside."""
    spans = []
    i = 0
    n = len(text)
    while i < n:
        close = _QUOTES.get(text[i])
        if close:
            j = text.find(close, i + 1)
            if j > i:
                spans.append((i, j))
                i = j + 1
                continue
        i += 1
    return spans


def is_mention(scope: SentenceScope | str, start: int, end: int) -> bool:
    if isinstance(scope, str):
        scope = SentenceScope(scope)
    if not scope.mentionable:
        return False
    if scope.prohibit_end is not None and scope.prohibit_end <= start:
        return True
    sent = scope.text
    clause_start = scope.clause(start, end)[0]
    if _SAID_BACK_RE.search(sent, clause_start, start):
        return True
    reported = _REPORTED_RE.search(sent, 0, start)
    if reported and _DEBUNK_RE.search(sent, reported.end()):
        return True
    for qa, qb in scope.quotes:
        if qa < start and end <= qb:
            lead = sent[max(0, qa - 20) : qa]
            if _INTRO_RE.search(lead) or _QUOTE_BACK_RE.search(lead) or _AFTER_QUOTE_RE.search(sent[qb + 1 : qb + 30]):
                return True
    return False


@dataclass
class Unless:
    kind: str  # negated | mention | phrases | regex | pattern
    data: object = None
    scope: str = "clause"
    position: str = "any"
    key: int = -1


def parse_unless(item, line: int, ctx) -> Unless:
    if isinstance(item, str):
        if item not in UNLESS_SCOPES:
            raise ctx.error(line, f"unknown exception scope {item!r} (known: {', '.join(UNLESS_SCOPES)}; or phrases/pattern/regex)")
        return Unless(item)
    if not isinstance(item, dict):
        raise ctx.error(line, f"`unless` items must be scope names or mappings, got {item!r}")
    line = getattr(item, "line", line)
    kinds = set(item) & {"phrases", "regex", "pattern"}
    if len(kinds) != 1 or set(item) - {"phrases", "regex", "pattern", "scope", "position"}:
        raise ctx.error(line, "an `unless` mapping holds one of phrases/regex/pattern, plus optional scope and position")
    scope = item.get("scope", "clause")
    position = item.get("position", "any")
    if scope not in _SCOPES:
        raise ctx.error(line, f"`scope` must be one of {', '.join(_SCOPES)}")
    if position not in _POSITIONS:
        raise ctx.error(line, f"`position` must be one of {', '.join(_POSITIONS)}")
    kind = kinds.pop()
    from .matchers import KINDS

    spec = KINDS[kind].parse(item[kind], line, ctx)
    return Unless(kind, spec, scope, position)


def region(sentence: SentenceScope, start: int, end: int, scope: str, position: str) -> tuple[int, int]:
    if scope == "clause":
        a, b = sentence.clause(start, end)
    else:
        a, b = 0, len(sentence.text)
    if position == "before":
        b = start
    elif position == "after":
        a = end
    return a, b
