"""Domain objects shared by every stage: categories, speakers, documents, findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, IntEnum


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls[value.upper()]

    @property
    def label(self) -> str:
        return self.name.lower()


class Speaker(str, Enum):
    AGENT = "agent"
    DEBTOR = "debtor"
    THIRD_PARTY = "third_party"
    UNKNOWN = "unknown"


class Level(str, Enum):
    """Whether a category judges one utterance or a whole call/script."""

    UTTERANCE = "utterance"
    CALL = "call"


@dataclass(frozen=True)
class Category:
    id: str
    zh: str
    severity: Severity
    level: Level


def _cat(id_: str, zh: str, sev: str, level: Level = Level.UTTERANCE) -> Category:
    return Category(id_, zh, Severity.parse(sev), level)


CATEGORIES: dict[str, Category] = {
    c.id: c
    for c in (
        _cat("threat", "威胁恐吓", "error"),
        _cat("overstatement", "夸大或虚构后果", "error"),
        _cat("impersonation", "冒充公检法等", "error"),
        _cat("insult", "辱骂侮辱责难", "error"),
        _cat("rude", "粗鲁呵斥", "warning"),
        _cat("harassment", "骚扰施压", "error"),
        _cat("disclosure", "向第三方披露或催收", "error"),
        _cat("privacy", "个人信息", "error"),
        _cat("false-promise", "虚假或越权承诺", "error"),
        _cat("improper-payment", "违规收款", "error"),
        _cat("coerced-borrowing", "诱导借贷筹款", "error"),
        _cat("indifference", "无所谓态度", "warning"),
        _cat("absolute", "把话说死", "warning"),
        _cat("politeness", "礼貌用语不足", "info", Level.CALL),
        _cat("missing-identity", "未表明身份", "warning", Level.CALL),
        _cat("missing-amount-or-date", "未告知金额或还款时间", "warning", Level.CALL),
        _cat("missing-closing", "缺少结束语", "info", Level.CALL),
        _cat("disclosure-before-verification", "未核身即谈欠款", "error", Level.CALL),
        _cat("agent-hangup", "坐席主动挂断", "warning", Level.CALL),
        _cat("escalation-after-hostility", "被激怒回击", "error", Level.CALL),
        _cat("dispute-dismissed", "异议未受理", "warning", Level.CALL),
        _cat("first-contact-pressure", "首次去电施压", "warning", Level.CALL),
        _cat("call-time", "违规时段", "error", Level.CALL),
        _cat("call-frequency", "频繁拨打", "error", Level.CALL),
    )
}

def selects(token: str, rule_id: str, category: str) -> bool:
    """Whether an id token from --select/--ignore, config or a suppression comment names a rule:
    its exact id, its category, or an id prefix (`threat` or `threat.` selects `threat.violence`)."""
    token = token.strip()
    if not token:
        return False
    return rule_id == token or category == token or rule_id.startswith(token if token.endswith(".") else token + ".")


UTTERANCE_CATEGORIES = frozenset(c.id for c in CATEGORIES.values() if c.level is Level.UTTERANCE)


@dataclass
class Turn:
    """One stretch of speech (a transcript turn, or a line of a script).

    `offset` is where `text` starts in the document's decoded text, so a span inside the turn maps
    back to the file by adding it.
    """

    speaker: Speaker
    text: str
    offset: int
    index: int  # turn number in the call (0-based); continuation lines share it
    label: str = ""


@dataclass
class Event:
    """A bracketed action such as [坐席挂断]: not speech."""

    text: str
    offset: int
    index: int


# `called_party` values for a person who answers for the debt: the debtor, a guarantor, a co-borrower
DEBTOR_PARTIES = ("debtor", "borrower", "guarantor", "co-borrower", "co_borrower", "joint-liability guarantor",
                  "借款人", "本人", "担保人", "保证人", "连带责任保证人", "共同借款人")


@dataclass
class Document:
    path: str
    kind: str  # script | transcript | training | utterance
    text: str
    encoding: str = "utf-8"
    turns: list[Turn] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    call_id: str | None = None
    # (start, end) spans of counter-examples (training material); findings inside are mentions
    counter_example_spans: list[tuple[int, int]] = field(default_factory=list)
    line_base: int = 0  # added to line numbers (a JSONL call sits on one line of a bigger file)
    line_override: int | None = None  # every finding of a JSONL call points at its line
    # a call export: (raw JSON, its first line in the file, the turns' texts) — inputs.jsoncall.place
    # maps findings back to file positions with it
    raw: tuple | None = None
    # a call of a batch: its place (1, 2, …) among the batch's unanswered attempts to the same
    # contact on the same day, set by the batch's pass over all its calls (attempts.py)
    attempt: int | None = None

    @property
    def is_call(self) -> bool:
        """Whether the document is a whole call — a transcript or an ASR export, or any document
        whose metadata says `call: true` — rather than a script snippet or training text."""
        flag = self.meta.get("call")
        if flag is not None:
            return flag is True or str(flag).lower() in ("true", "yes", "1")
        return self.kind == "transcript"

    @property
    def listener(self) -> str:
        """Who the agent is talking to: debtor, third_party or unknown. A guarantor or co-borrower
        answers for the debt: the call is to a debtor, not to a third party."""
        party = str(self.meta.get("called_party", "")).lower()
        if party in ("contact", "third_party", "third-party", "family"):
            return "third_party"
        if party in DEBTOR_PARTIES:
            return "debtor"
        if any(t.speaker is Speaker.THIRD_PARTY for t in self.turns):
            return "third_party"
        if any(t.speaker is Speaker.DEBTOR for t in self.turns):
            return "debtor"
        return "unknown"


@dataclass(frozen=True, slots=True)
class Fix:
    start: int
    end: int
    replacement: str


@dataclass(slots=True)  # a run may hold a million findings: no per-instance dict
class Finding:
    rule: str
    category: str
    severity: Severity
    message: str
    suggestion: str
    start: int
    end: int
    match: str
    path: str = "<text>"
    line: int = 1
    column: int = 1
    end_line: int = 1
    end_column: int = 1
    fix: Fix | None = None
    speaker: str | None = "agent"
    call_id: str | None = None
    turn: int | None = None
    counter_example: bool = False
    fingerprint: str = ""

    def sort_key(self) -> tuple:
        return (self.path, self.line, -1 if self.turn is None else self.turn, self.column, self.rule)

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.label,
            "message": self.message,
            "match": self.match,
            "suggestion": self.suggestion,
            "fix": (
                {"start": self.fix.start, "end": self.fix.end, "replacement": self.fix.replacement}
                if self.fix
                else None
            ),
            "speaker": self.speaker,
            "call_id": self.call_id,
            "turn": self.turn,
        }


class ScriptlintError(Exception):
    """An error for people: a bad rule pack, config or input. Exit code 2."""


class InputError(ScriptlintError):
    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
