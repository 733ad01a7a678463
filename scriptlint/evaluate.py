"""`scriptlint eval`: precision, recall and F1 per category on labelled JSONL corpora.

A corpus line is `{"text": "...", "labels": ["threat", ...], "note": "...", "meta": {...}?}`: one
utterance of agent speech and the categories it violates ([] for a clean line)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import safeio
from .api import lint_text
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


def load_corpus(path: str | Path) -> list[Example]:
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise ScriptlintError(f"{path}: no .jsonl corpus files")
    out = []
    for f in files:
        try:
            content = safeio.read_capped(str(f), safeio.MAX_INPUT_BYTES).decode("utf-8-sig")
        except (OSError, ValueError) as exc:  # UnsafeFile and UnicodeDecodeError are ValueErrors
            raise ScriptlintError(f"{f}: cannot read the corpus: {safeio.describe(exc)}") from None
        for n, line in enumerate(content.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                labels = set(obj.get("labels", []))
                text = obj["text"]
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise ScriptlintError(f"{f}:{n}: not a corpus line ({exc})") from None
            unknown = labels - set(CATEGORIES)
            if unknown:
                raise ScriptlintError(f"{f}:{n}: unknown category {sorted(unknown)[0]!r}")
            out.append(Example(str(f), n, text, labels, obj.get("note", ""), obj.get("meta") or {}))
    return out


def evaluate(examples: list[Example], engine: Engine | None = None) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for ex in examples:
        findings = lint_text(ex.text, "utterance", engine=engine, meta=ex.meta)
        ex.predicted = {f.category for f in findings if f.category in UTTERANCE_CATEGORIES}
        ex.rules = [f.rule for f in findings]
        for cat in ex.labels | ex.predicted:
            s = scores.setdefault(cat, Score())
            if cat in ex.labels and cat in ex.predicted:
                s.tp += 1
            elif cat in ex.predicted:
                s.fp += 1
            else:
                s.fn += 1
    micro = Score(sum(s.tp for s in scores.values()), sum(s.fp for s in scores.values()), sum(s.fn for s in scores.values()))
    result = dict(sorted(scores.items()))
    result["micro"] = micro
    return result


def errors(examples: list[Example]) -> tuple[list[tuple[Example, str]], list[tuple[Example, str]]]:
    misses, alarms = [], []
    for ex in examples:
        for cat in sorted(ex.labels - ex.predicted):
            misses.append((ex, cat))
        for cat in sorted(ex.predicted - ex.labels):
            alarms.append((ex, cat))
    return misses, alarms
