"""Floors on the corpora written by other hands (corpora/realistic, corpora/fresh, fresh2 … fresh55, mentions), so a rule
change that trades their precision or recall away fails here. The floors sit a little under the
figures in docs/accuracy.md; the test splits are scored, never tuned on."""

from __future__ import annotations

import pytest

from scriptlint.evaluate import clean_flagged, evaluate, evaluate_calls, load_corpus
from scriptlint.factory import get_engine

# (split, line precision ≥, line recall ≥, compliant lines flagged ≤, call-level precision ≥)
FLOORS = [
    ("corpora/realistic/dev", 0.97, 0.95, 0.02, 0.85),
    ("corpora/realistic/test", 0.91, 0.87, 0.025, 0.88),  # .933 → .918 in round 14: two labels added on already-flagged lines (aggregates only)
    ("corpora/fresh/dev", 0.90, 0.90, 0.01, 0.85),
    ("corpora/fresh/test", 0.92, 0.80, 0.025, 0.88),
    ("corpora/fresh2/dev", 0.93, 0.95, 0.01, 0.88),  # .940 → .939 in round 16: a child's school claimed as known is privacy + threat for fresh19/44/45, threat only here
    ("corpora/fresh2/test", 0.87, 0.82, 0.04, 0.90),
    ("corpora/fresh3/dev", 0.95, 0.92, 0.01, 0.93),
    ("corpora/fresh4/dev", 0.92, 0.84, 0.03, 0.80),
    ("corpora/fresh5/dev", 0.92, 0.82, 0.01, 0.90),
    ("corpora/fresh6/dev", 0.91, 0.74, 0.03, 0.0),  # lines only: no calls
    ("corpora/fresh7/test", 0.90, 0.78, 0.025, 0.78),
    ("corpora/fresh8/test", 0.86, 0.66, 0.045, 0.78),  # 3.6 % → 4.1 % in round 8 (one line; see docs/accuracy.md)
    ("corpora/fresh9/dev", 0.97, 0.89, 0.01, 0.95),
    ("corpora/fresh10/dev", 0.94, 0.79, 0.01, 0.95),
    ("corpora/fresh11/test", 0.91, 0.76, 0.015, 0.83),
    ("corpora/fresh12/test", 0.86, 0.64, 0.05, 0.90),
    ("corpora/fresh13/dev", 0.94, 0.78, 0.01, 0.72),
    ("corpora/fresh14/test", 0.90, 0.76, 0.03, 0.82),
    ("corpora/fresh15/test", 0.88, 0.67, 0.035, 0.75),
    ("corpora/fresh16/dev", 0.92, 0.84, 0.01, 0.95),
    ("corpora/fresh17/test", 0.88, 0.73, 0.02, 0.90),
    ("corpora/fresh18/test", 0.83, 0.67, 0.065, 0.95),  # a bank QA writer: 6.1 % flagged at first scoring
    ("corpora/fresh19/dev", 0.92, 0.83, 0.015, 0.75),
    ("corpora/fresh20/test", 0.86, 0.64, 0.015, 0.90),
    ("corpora/fresh21/dev", 0.90, 0.80, 0.015, 0.95),
    ("corpora/fresh22/dev", 0.92, 0.76, 0.01, 0.85),
    ("corpora/fresh23/dev", 0.91, 0.81, 0.015, 0.85),
    ("corpora/fresh24/test", 0.85, 0.70, 0.035, 0.78),  # round 11 blind hand: 2.7 % flagged at first scoring
    ("corpora/fresh25/test", 0.85, 0.66, 0.045, 0.80),  # round 11, scored once at the end: 3.8 % flagged
    ("corpora/fresh26/test", 0.78, 0.70, 0.04, 0.75),  # round 12 blind hand, scored once at the end: 3.2 % flagged
    ("corpora/fresh27/dev", 0.92, 0.88, 0.01, 0.75),
    ("corpora/fresh28/dev", 0.90, 0.83, 0.01, 0.80),
    ("corpora/fresh29/dev", 0.90, 0.90, 0.01, 0.95),
    ("corpora/fresh30/dev", 0.90, 0.84, 0.01, 0.90),
    ("corpora/fresh31/test", 0.83, 0.64, 0.045, 0.95),  # round 13 blind hand (its floor came in round 15): 3.8 % flagged
    ("corpora/fresh32/dev", 0.93, 0.88, 0.01, 0.85),
    ("corpora/fresh33/dev", 0.93, 0.88, 0.01, 0.78),
    ("corpora/fresh34/test", 0.83, 0.70, 0.075, 0.68),  # round 14 blind hand, scored once at the end: 6.8 % flagged
    ("corpora/fresh35/dev", 0.95, 0.80, 0.01, 0.95),
    ("corpora/fresh36/dev", 0.94, 0.82, 0.015, 0.95),
    ("corpora/fresh37/dev", 0.90, 0.72, 0.025, 0.95),
    ("corpora/fresh38/dev", 0.89, 0.80, 0.015, 0.95),  # hard negatives: 69 % of its lines are clean
    ("corpora/fresh39/test", 0.80, 0.65, 0.08, 0.95),  # round 15 blind hand, scored once at the end: 7.3 % flagged (8.3 % at 3baeeee)
    ("corpora/fresh40/dev", 0.93, 0.76, 0.03, 0.95),
    ("corpora/fresh41/dev", 0.91, 0.70, 0.015, 0.95),  # hard negatives: 70 % of its lines are clean
    ("corpora/fresh42/dev", 0.88, 0.78, 0.015, 0.95),  # scored untouched mid-round (transfer), then tuned on
    ("corpora/fresh43/test", 0.90, 0.68, 0.02, 0.95),  # round 16 blind hand, scored once at the end: P .923 R .701, 2/197 flagged (P .922 R .695 at 3fd5bf7)
    ("corpora/fresh44/dev", 0.92, 0.80, 0.015, 0.95),
    ("corpora/fresh45/dev", 0.92, 0.83, 0.015, 0.95),
    ("corpora/fresh46/dev", 0.91, 0.81, 0.015, 0.95),  # written mid-round, scored untouched after the fresh44/45 work (transfer), then tuned on
    ("corpora/fresh47/dev", 0.92, 0.72, 0.015, 0.95),  # hard negatives: 75 % of its lines are clean (9/195 flagged untouched)
    ("corpora/fresh48/test", 0.88, 0.66, 0.03, 0.80),  # round 17 blind hand, scored once at beffdfe and once at the end: P .910 R .691, 5/198 flagged (P .916 R .686, 4/198 before)
    ("corpora/fresh49/dev", 0.93, 0.93, 0.015, 0.75),  # untouched at beffdfe: P .914 R .713, 6/135 flagged
    ("corpora/fresh50/dev", 0.95, 0.94, 0.01, 0.80),  # plain sentences and floor talk; untouched at beffdfe: P .976 R .792
    ("corpora/fresh51/dev", 0.91, 0.84, 0.025, 0.70),  # written mid-round: untouched P .899 R .606 (beffdfe), .900/.614 after the fresh49/50 work
    ("corpora/fresh52/test", 0.85, 0.72, 0.035, 0.85),  # round 18 blind hand, scored at 7bccf74 and at the end: P .876 R .749, 6/198 flagged both times
    ("corpora/fresh53/dev", 0.91, 0.90, 0.03, 0.85),  # untouched at 7bccf74: P .915 R .735, 3/120 flagged
    ("corpora/fresh54/test", 0.89, 0.72, 0.025, 0.72),  # round 19 blind hand, scored at ab5c36e and at the end: P .912 R .740, 3/155 flagged both times
    ("corpora/fresh55/dev", 0.92, 0.92, 0.01, 0.88),  # untouched at ab5c36e: P .904 R .736, 1/123 flagged
    ("corpora/mentions/dev", 0.78, 0.69, 0.05, 0.0),  # lines only: quotation vs use in QA text (31.9 % flagged at first scoring)
]


@pytest.mark.parametrize("split,precision,recall,flagged,call_precision", FLOORS)
def test_outside_corpora_keep_their_floors(split, precision, recall, flagged, call_precision):
    engine = get_engine()
    calls: list = []
    examples = load_corpus(split, calls)
    micro = evaluate(examples, engine)["micro"]
    assert micro.precision >= precision and micro.recall >= recall, (split, micro.as_dict())
    hit, clean = clean_flagged(examples)
    assert hit / clean <= flagged, (split, hit, clean)
    call_micro = evaluate_calls(calls, engine)["calls"]["micro"]
    assert call_micro.precision >= call_precision, (split, call_micro.as_dict())


def test_near_miss_compliant_lines_stay_mostly_quiet():
    """corpora/nearmiss: compliant lines written next to the trigger words of the round-8 rules
    (courtesies, offers of help, the agent's own colleagues, hedged legal facts). Tuned on, so this
    guards the fixes; it is no estimate of the real rate."""
    examples = load_corpus("corpora/nearmiss/dev", [])
    evaluate(examples, get_engine())
    hit, clean = clean_flagged(examples)
    assert clean == 242 and hit / clean <= 0.10, (hit, clean)


def test_blind_written_compliant_hard_cases_stay_quiet():
    """corpora/nearmiss2: compliant lines with alarming words, written by a helper who read no rules
    (7 of 320 flagged at first scoring, 4 after the fixes it prompted)."""
    examples = load_corpus("corpora/nearmiss2/dev", [])
    evaluate(examples, get_engine())
    hit, clean = clean_flagged(examples)
    assert clean == 320 and hit / clean <= 0.02, (hit, clean)
