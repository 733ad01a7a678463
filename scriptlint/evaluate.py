"""`scriptlint eval`: precision, recall and F1 per category on labelled JSONL corpora.

A corpus line is either one utterance, `{"text": "...", "labels": ["threat", ...], "note": "...",
"meta": {...}?}` (agent speech and the categories it violates; [] for a clean line), or one whole
call in the ASR export format with `labels` on each agent turn (utterance categories) and on the
call (call-level categories). A corpus directory with `dev/` and `test/` is scored per split."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import safeio
from .api import get_engine, lint_text
from .engine import Engine
from .model import CATEGORIES, UTTERANCE_CATEGORIES, ScriptlintError


@dataclass
class Example:
    source: str
    line: int
    text: str
    labels: set[str]
    note: str = ""
    meta: dict = field(default_factory=dict)
    predicted: set[str] = field(default_factory=set)
    rules: list[str] = field(default_factory=list)


@dataclass
class CallExample:
    source: str
    line: int
    call: dict
    labels: set[str]  # call-level categories
    turn_labels: dict[int, set[str]]  # agent turn index → utterance categories
    predicted: set[str] = field(default_factory=set)
    turn_predicted: dict[int, set[str]] = field(default_factory=dict)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def corpus_files(path: str | Path) -> list[Path]:
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise ScriptlintError(f"{path}: no .jsonl corpus files")
    return files


def splits(path: str | Path) -> dict[str, Path]:
    """`dev` and `test` (whichever it has) of a corpus directory, else the corpus itself as `all`."""
    path = Path(path)
    found = {name: path / name for name in ("dev", "test") if path.is_dir() and (path / name).is_dir()}
    return found or {"all": path}


def _labels(obj, where: str, allowed) -> set[str]:
    labels = obj.get("labels", [])
    if not isinstance(labels, list):
        raise ScriptlintError(f"{where}: `labels` must be a list")
    unknown = set(labels) - set(allowed)
    if unknown:
        raise ScriptlintError(f"{where}: unknown category {sorted(unknown)[0]!r}")
    return set(labels)


def load_corpus(path: str | Path, calls: list[CallExample] | None = None) -> list[Example]:
    """The utterance lines of a corpus; whole calls go to `calls` when it is given (else they
    are an error)."""
    out = []
    for f in corpus_files(path):
        try:
            content = safeio.read_capped(str(f), safeio.MAX_INPUT_BYTES).decode("utf-8-sig")
        except (OSError, ValueError) as exc:  # UnsafeFile and UnicodeDecodeError are ValueErrors
            raise ScriptlintError(f"{f}: cannot read the corpus: {safeio.describe(exc)}") from None
        for n, line in enumerate(content.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{f}:{n}"
            try:
                obj = json.loads(line)
                if calls is not None and isinstance(obj, dict) and "turns" in obj:
                    calls.append(_call_example(obj, str(f), n))
                    continue
                labels = _labels(obj, where, CATEGORIES)
                text = obj["text"]
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise ScriptlintError(f"{where}: not a corpus line ({exc})") from None
            out.append(Example(str(f), n, text, labels, obj.get("note", ""), obj.get("meta") or {}))
    return out


def _call_example(obj: dict, source: str, n: int) -> CallExample:
    where = f"{source}:{n}"
    call_cats = [c for c, cat in CATEGORIES.items() if c not in UTTERANCE_CATEGORIES]
    turn_labels = {}
    for i, turn in enumerate(obj["turns"]):
        labels = _labels(turn, f"{where} turn {i}", UTTERANCE_CATEGORIES)
        if labels or turn.get("speaker") == "agent":
            turn_labels[i] = labels
    return CallExample(source, n, obj, _labels(obj, where, call_cats), turn_labels)


def evaluate(examples: list[Example], engine: Engine | None = None) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for ex in examples:
        findings = lint_text(ex.text, "utterance", engine=engine, meta=ex.meta)
        ex.predicted = {f.category for f in findings if f.category in UTTERANCE_CATEGORIES}
        ex.rules = [f.rule for f in findings]
        _tally(scores, ex.labels, ex.predicted)
    return _with_micro(scores)


def errors(examples: list[Example]) -> tuple[list[tuple[Example, str]], list[tuple[Example, str]]]:
    misses, alarms = [], []
    for ex in examples:
        for cat in sorted(ex.labels - ex.predicted):
            misses.append((ex, cat))
        for cat in sorted(ex.predicted - ex.labels):
            alarms.append((ex, cat))
    return misses, alarms


def evaluate_calls(calls: list[CallExample], engine: Engine | None = None) -> dict[str, dict[str, Score]]:
    """Scores of whole calls: `turns` (utterance categories on agent turns, micro over turns),
    `calls` (call-level categories per call) and `turns_any` (a violating turn counts as found
    when any finding lands on it; a clean agent turn as flagged when any does)."""
    from .inputs.jsoncall import call_document
    from .policy import visible

    engine = engine or get_engine()
    turn_scores: dict[str, Score] = {}
    call_scores: dict[str, Score] = {}
    anyturn = Score()
    for ex in calls:
        raw = json.dumps(ex.call, ensure_ascii=False)
        doc = call_document(ex.call, raw, ex.source, ex.line)
        findings = visible(engine.lint(doc), False)
        ex.predicted = {f.category for f in findings if f.category not in UTTERANCE_CATEGORIES}
        ex.turn_predicted = {}
        for f in findings:
            if f.category in UTTERANCE_CATEGORIES and f.turn is not None:
                ex.turn_predicted.setdefault(f.turn, set()).add(f.category)
        _tally(call_scores, ex.labels, ex.predicted)
        for i in set(ex.turn_labels) | set(ex.turn_predicted):
            gold, got = ex.turn_labels.get(i, set()), ex.turn_predicted.get(i, set())
            _tally(turn_scores, gold, got)
            if gold and got:
                anyturn.tp += 1
            elif got:
                anyturn.fp += 1
            elif gold:
                anyturn.fn += 1
    return {"turns": _with_micro(turn_scores), "calls": _with_micro(call_scores), "turns_any": {"micro": anyturn}}


def _tally(scores: dict[str, Score], gold: set[str], got: set[str]) -> None:
    for cat in gold | got:
        s = scores.setdefault(cat, Score())
        if cat in gold and cat in got:
            s.tp += 1
        elif cat in got:
            s.fp += 1
        else:
            s.fn += 1


def _with_micro(scores: dict[str, Score]) -> dict[str, Score]:
    micro = Score(sum(s.tp for s in scores.values()), sum(s.fp for s in scores.values()), sum(s.fn for s in scores.values()))
    return {**dict(sorted(scores.items())), "micro": micro}


def clean_flagged(examples: list[Example]) -> tuple[int, int]:
    """(clean lines with any utterance finding, clean lines)."""
    clean = [e for e in examples if not e.labels]
    return sum(1 for e in clean if e.predicted), len(clean)


def call_errors(calls: list[CallExample]) -> list[dict]:
    out = []
    for ex in calls:
        for cat in sorted(ex.labels ^ ex.predicted):
            kind = "miss" if cat in ex.labels else "false_alarm"
            out.append({"source": ex.source, "line": ex.line, "call": ex.call.get("id"), "turn": None, "category": cat, "kind": kind})
        for i in sorted(set(ex.turn_labels) | set(ex.turn_predicted)):
            gold, got = ex.turn_labels.get(i, set()), ex.turn_predicted.get(i, set())
            for cat in sorted(gold ^ got):
                out.append({"source": ex.source, "line": ex.line, "call": ex.call.get("id"), "turn": i, "category": cat,
                            "kind": "miss" if cat in gold else "false_alarm", "text": ex.call["turns"][i].get("text", "")})
    return out
