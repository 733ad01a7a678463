"""call-frequency across the calls of a JSONL batch (attempts.py): which calls are unanswered
attempts, how they are numbered, and that serial, parallel and stdin runs agree."""

from __future__ import annotations

import json

from scriptlint.api import lint_paths
from scriptlint.config import Config

RULE = "call-frequency.unanswered-attempts"
AGENT_ONLY = [{"speaker": "agent", "text": "您好，我是XX公司专员，请问是王先生本人吗？"}]
ANSWERED = AGENT_ONLY + [{"speaker": "debtor", "text": "是我，什么事？"}]


def _call(cid, when, turns=AGENT_ONLY, **meta):
    return {"id": cid, "meta": {"started_at": when, **meta}, "turns": turns}


def _write(tmp_path, calls, name="calls.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in calls) + "\n", encoding="utf-8")
    return path


def _flagged(path, **kw):
    return sorted(f.call_id for f in lint_paths([str(path)], select=["call-frequency"], **kw).findings if f.rule == RULE)


def test_the_call_over_the_limit_in_time_order_is_flagged(tmp_path):
    calls = [_call(f"a{h}", f"2026-03-01T{h:02d}:00:00+08:00", contact="138") for h in range(9, 18)]  # nine attempts
    calls.reverse()  # lines out of time order: the 7th by time is a15
    calls += [_call(f"next-day-{h}", f"2026-03-02T{h:02d}:00:00+08:00", contact="138") for h in range(9, 12)]
    calls += [_call(f"other-{h}", f"2026-03-01T{h:02d}:30:00+08:00", contact="139") for h in range(9, 15)]  # six: at the limit
    path = _write(tmp_path, calls)
    assert _flagged(path, jobs=1) == ["a15"]
    assert _flagged(path, jobs=2) == ["a15"]
    finding = next(f for f in lint_paths([str(path)], jobs=1).findings if f.rule == RULE)
    assert finding.turn == 0 and finding.line == calls.index(next(c for c in calls if c["id"] == "a15")) + 1


def test_answered_calls_and_calls_without_contact_or_day_are_no_attempts(tmp_path):
    calls = [_call(f"answered-{h}", f"2026-03-01T{h:02d}:00:00+08:00", ANSWERED, number="1") for h in range(8, 18)]
    calls += [_call(f"nocontact-{h}", f"2026-03-01T{h:02d}:00:00+08:00") for h in range(8, 18)]
    calls += [_call(f"noday-{h}", "not a time", phone="2") for h in range(8, 18)]
    calls += [_call(f"said-answered-{h}", f"2026-03-01T{h:02d}:00:00+08:00", phone="3", answered=True) for h in range(8, 18)]
    assert _flagged(_write(tmp_path, calls)) == []


def test_an_outcome_or_voicemail_makes_an_attempt_of_a_call_with_speech(tmp_path):
    voicemail = AGENT_ONLY + [{"speaker": "debtor", "text": "您拨打的电话暂时无人接听，请稍后再拨"}]
    calls = [_call(f"o{h}", f"2026-03-01T{h:02d}:00:00+08:00", ANSWERED, phone="4", outcome="未接") for h in range(9, 17)]
    calls += [_call(f"v{h}", f"2026-03-01T{h:02d}:00:00+08:00", voicemail, phone="5") for h in range(9, 17)]
    assert _flagged(_write(tmp_path, calls)) == ["o15", "v15"]


def test_the_limit_comes_from_the_config(tmp_path):
    calls = [_call(f"a{h}", f"2026-03-01T{h:02d}:00:00+08:00", contact="138") for h in range(9, 14)]
    path = _write(tmp_path, calls)
    assert _flagged(path) == []
    assert _flagged(path, config=Config(options={"max_unanswered_per_day": 3})) == ["a12"]


def test_stdin_batches_are_counted_too(tmp_path):
    calls = [_call(f"a{h}", f"2026-03-01 {h:02d}:00", contact="138") for h in range(9, 17)]
    data = _write(tmp_path, calls).read_bytes()
    report = lint_paths(["-"], kind="jsonl", stdin_data=data, select=["call-frequency"])
    assert [f.call_id for f in report.findings] == ["a15"]


def test_a_single_json_call_is_no_batch(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps(_call("x", "2026-03-01T10:00:00+08:00", contact="1")), encoding="utf-8")
    assert _flagged(path) == []
