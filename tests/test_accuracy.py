"""Accuracy gates: the labelled corpora (P ≥ 0.95, R ≥ 0.90 per category) and ordinary text."""

from __future__ import annotations

from pathlib import Path

import pytest

from scriptlint import lint_text
from scriptlint.evaluate import evaluate, load_corpus
from scriptlint.model import UTTERANCE_CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = load_corpus(ROOT / "corpora" / "labelled")
SCORES = evaluate(EXAMPLES)


@pytest.mark.parametrize("category", sorted(UTTERANCE_CATEGORIES))
def test_category_precision_and_recall(category):
    score = SCORES.get(category)
    assert score is not None, f"no labelled examples for {category}"
    misses = [e.text for e in EXAMPLES if category in e.labels - e.predicted]
    alarms = [(e.text, e.rules) for e in EXAMPLES if category in e.predicted - e.labels]
    assert score.precision >= 0.95, f"{category} P={score.precision:.3f}; false alarms: {alarms}"
    assert score.recall >= 0.90, f"{category} R={score.recall:.3f}; misses: {misses}"


def test_corpus_has_forty_lines_per_category_half_traps():
    for category in sorted(UTTERANCE_CATEGORIES):
        lines = [e for e in EXAMPLES if Path(e.source).stem == category]
        assert len(lines) >= 40, category
        violating = sum(1 for e in lines if category in e.labels)
        assert violating >= 20 and len(lines) - violating >= 20, category


def test_ordinary_text_stays_quiet():
    lines = [ln for ln in (ROOT / "corpora" / "ordinary" / "ordinary.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) >= 300
    flagged = [(ln, [f.rule for f in fs]) for ln in lines if (fs := lint_text(ln, "utterance"))]
    assert len(flagged) / len(lines) < 0.01, flagged
