"""Rewriting the built-in packs must not change what they find: every text stored by
tests/equivalence/snapshot.py (corpus lines, samples, the old packs' examples) gives the stored
findings. An intended change regenerates the snapshot and is listed in its commit message."""

import json

import pytest

from scriptlint.api import get_engine
from tests.equivalence.snapshot import OUT, sample_findings, utterance_findings

RECORDS = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
TEXTS = [r for r in RECORDS if "text" in r]


def test_snapshot_covers_corpora_and_examples():
    assert len(TEXTS) > 3000


def test_every_stored_text_gives_the_stored_findings():
    engine = get_engine()
    changed = []
    for record in TEXTS:
        got = utterance_findings(record["text"], engine)
        if got != record["findings"]:
            changed.append((record["text"], record["findings"], got))
    assert not changed, f"{len(changed)} texts changed, first: {changed[:5]}"


@pytest.mark.slow
def test_samples_give_the_stored_findings():
    stored = next(r["samples"] for r in RECORDS if "samples" in r)
    assert sample_findings(get_engine()) == stored
