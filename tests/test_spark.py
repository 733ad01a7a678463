"""scriptlint.spark against the command line: the same JSONL batch, the same findings.

Skipped (with the reason) only where PySpark or a Java runtime is missing; CI installs both and
sets SCRIPTLINT_REQUIRE_SPARK=1, which turns a skip into a failure."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _missing() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return 'PySpark is not installed (pip install "scriptlint[spark]")'
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "no Java runtime (java on PATH or JAVA_HOME)"
    return None


MISSING = _missing()
if MISSING and os.environ.get("SCRIPTLINT_REQUIRE_SPARK"):
    raise RuntimeError(f"SCRIPTLINT_REQUIRE_SPARK is set but {MISSING}")
pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")


@pytest.fixture(scope="module")  # the JVM and its py4j threads end with this module
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers import this scriptlint
    session = (SparkSession.builder.master("local[2]").appName("scriptlint-tests")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", "4").config("spark.default.parallelism", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _call(cid, started_at, turns, **meta):
    return {"id": cid, "meta": {"started_at": started_at, **meta}, "turns": turns}


AGENT_ONLY = [{"speaker": "agent", "text": "您好，我是XX公司专员，请问是王先生本人吗？"}]
ANSWERED = [{"speaker": "agent", "text": "您好，我是XX公司专员，请问是王先生本人吗？"}, {"speaker": "debtor", "text": "是我，什么事？"},
            {"speaker": "agent", "text": "您本期应还3200元，还款日是15号，感谢您的接听，再见。"}]
VOICEMAIL = [{"speaker": "agent", "text": "喂，您好？"}, {"speaker": "debtor", "text": "您拨打的电话暂时无人接听，请稍后再拨"}]


def batch_lines() -> list[str]:
    """Real calls (the realistic dev set and the samples) and made ones: a contact called eight
    times in one day unanswered (lines out of time order), the same contact the next day, a contact
    whose calls have an outcome, answered calls that are no attempts, voicemail, night calls in
    every time form, and unreadable rows."""
    calls = [json.loads(x) for f in ("corpora/realistic/dev/calls.jsonl", "corpora/samples/asr_calls.jsonl")
             for x in (ROOT / f).read_text(encoding="utf-8").splitlines() if x.strip()]
    made = []
    made += [_call(f"a1-{h}", f"2026-03-01T{h:02d}:15:00+08:00", AGENT_ONLY, contact="138****0001") for h in range(9, 17)]
    made += [_call(f"a2-{h}", f"2026-03-02 {h:02d}:00:00", AGENT_ONLY, number="138****0001") for h in range(9, 14)]
    made += [_call(f"b-{h}", f"2026-03-01T{h:02d}:00:00+08:00", ANSWERED, phone="139****0002", outcome="未接") for h in range(9, 17)]
    made += [_call(f"c-{h}", f"2026-03-01T{h:02d}:00:00+08:00", ANSWERED, contact="137****0003") for h in range(9, 18)]
    made += [_call(f"v-{h}", f"2026-03-03T{h:02d}:30:00+08:00", VOICEMAIL, contact="136****0004") for h in range(9, 17)]
    made += [_call(f"same-time-{i}", "2026-03-04T10:00:00+08:00", AGENT_ONLY, contact="135****0005") for i in range(1, 9)]
    made += [
        _call("night-1", "2026-03-01T23:30:00+08:00", ANSWERED),
        _call("night-2", "2026-03-01 06:59", ANSWERED),
        _call("night-3", 1772377200000, ANSWERED),  # epoch ms: 2026-03-01 23:00 in UTC+8
        _call("day-1", "2026-03-01T21:59:00+08:00", ANSWERED),
        _call("date-only", "2026-03-01", ANSWERED, contact="134****0006"),
    ]
    rng = random.Random(18)
    rng.shuffle(made)
    lines = [json.dumps(c, ensure_ascii=False) for c in calls + made]
    lines.append(json.dumps({"id": "no-speaker", "meta": {}, "turns": [{"text": "您好"}]}, ensure_ascii=False))
    lines.append(json.dumps({"id": "no-turns", "meta": {"stage": "repeat"}}, ensure_ascii=False))
    return lines


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("spark") / "batch.jsonl"
    path.write_text("\n".join(batch_lines()) + "\n", encoding="utf-8")
    return path


_TEXT_KEY = re.compile(r'"text"\s*:\s*"')


def _turn_column(raw: str, turn: int, column: int) -> int:
    """A JSONL finding's file column as a 1-based column inside its turn's text."""
    start = [m.end() for m in _TEXT_KEY.finditer(raw)][turn]  # first character of the literal
    return len(json.loads('"' + raw[start:column - 1] + '"')) + 1


def _key(call_id, turn, column, end_column, rule, severity, message, match, suggestion, fix, speaker):
    return (call_id, turn, column, end_column, rule, severity, message, match, suggestion,
            None if fix is None else (fix["start"], fix["end"], fix["replacement"]), speaker)


def cli_findings(batch: Path, *extra: str):
    out = subprocess.run([sys.executable, "-m", "scriptlint", "check", "--format", "json", "--fail-on", "never", *extra, str(batch)],
                         capture_output=True, text=True, check=False, cwd=ROOT)
    assert out.returncode == 2, out.stderr  # the two unreadable calls
    report = json.loads(out.stdout)
    raws = batch.read_text(encoding="utf-8").splitlines()
    found = set()
    for v in report["violations"]:
        raw = raws[v["line"] - 1]
        found.add(_key(v["call_id"], v["turn"], _turn_column(raw, v["turn"], v["column"]), _turn_column(raw, v["turn"], v["end_column"]),
                       v["rule"], v["severity"], v["message"], v["match"], v["suggestion"], v["fix"], v["speaker"]))
    errors = sorted(m.group(1) for m in re.finditer(r"batch\.jsonl:\d+: (.*)", out.stderr))
    return found, report, errors


def spark_findings(rows):
    found = set()
    for r in rows:
        if r["error"] is None:
            found.add(_key(r["call_id"], r["turn"], r["column"], r["end_column"], r["rule"], r["severity"], r["message"], r["match"],
                           r["suggestion"], None if r["fix"] is None else r["fix"].asDict(), r["speaker"]))
    return found


def test_lint_calls_equals_the_cli_whatever_the_partitioning(spark, batch):
    from scriptlint.spark import lint_calls

    cli, report, cli_errors = cli_findings(batch)
    assert {"call-frequency.unanswered-attempts", "call-time.night-window"} <= {k[4] for k in cli}
    flagged = {k[0] for k in cli if k[4] == "call-frequency.unanswered-attempts"}
    # the 7th unanswered call of a contact-day, in time order (not line order); outcome 未接 counts
    # though the debtor speaks; voicemail counts; answered calls and a second day do not
    assert flagged == {"a1-15", "b-15", "v-15", "same-time-7"}
    night = {k[0] for k in cli if k[4] == "call-time.night-window"}
    assert {"night-1", "night-2", "night-3"} <= night and not {"day-1", "date-only"} & night
    df = spark.read.json(str(batch))
    for frame in (df.repartition(7), df.coalesce(1)):
        rows = lint_calls(frame).collect()
        assert spark_findings(rows) == cli
        errors = sorted(r["error"] for r in rows if r["error"] is not None)
        assert errors == cli_errors
        assert {r["call_id"] for r in rows if r["error"] is not None} == {"no-speaker", "no-turns"}
    assert len(cli) == len(report["violations"])


def test_config_and_extra_packs_reach_the_workers(spark, batch, tmp_path):
    """A config's options (a lower frequency limit, a stricter night window) and a user pack
    given as `rules` are used on the executors exactly as on the command line."""
    from scriptlint.spark import lint_calls

    pack = tmp_path / "house"
    pack.mkdir()
    (pack / "house.yaml").write_text(
        "pack: house\nrules:\n  - id: harassment.house-word\n    category: harassment\n    severity: error\n"
        "    message: 不得说“再打一遍”\n    suggest: 我们稍后再联系您。\n    source: house rule\n"
        "    match:\n      phrases: [请问是王先生]\n"
        "    examples:\n      bad: [请问是王先生本人吗]\n      good: [您好]\n", encoding="utf-8")
    cfg = tmp_path / ".scriptlint.yaml"
    cfg.write_text('options: {max_unanswered_per_day: 3, call_time_window: "21:00-08:00"}\n'
                   "select: [call-frequency, call-time, harassment.house-word]\n", encoding="utf-8")
    cli, _, _ = cli_findings(batch, "--config", str(cfg), "--rules", str(pack))
    rows = lint_calls(spark.read.json(str(batch)).repartition(5), config=str(cfg), rules=[str(pack)]).collect()
    assert spark_findings(rows) == cli
    rules = {k[4] for k in cli}
    # call-frequency.stated-in-call: a realistic dev call in the batch says how often it rang that day
    assert rules == {"call-frequency.unanswered-attempts", "call-frequency.stated-in-call", "call-time.night-window",
                     "harassment.house-word"}
    assert "a1-12" in {k[0] for k in cli if k[4] == "call-frequency.unanswered-attempts"}  # 4th call, limit 3
    assert "day-1" in {k[0] for k in cli if k[4] == "call-time.night-window"}  # 21:59 is night at 21:00


def test_structured_rows_and_untrusted_values(spark):
    """A DataFrame built in Spark (meta as a map, turns as structs with nulls, wrong types) lints
    row by row: an unreadable call is an error row and its calls row says why; the rest go on."""
    from scriptlint.spark import lint_calls_with_summary

    turn = "struct<speaker: string, role: string, text: string, start: double, end: double>"
    data = [
        ("ok", {"stage": "first-contact", "started_at": "2026-03-01T23:10:00+08:00"},
         [("agent", None, "您好，我是XX公司专员，再不处理我们将起诉。", 0.0, 1.0), (None, "customer", "嗯", None, None)]),
        ("bad-speaker", {}, [("robot", None, "你好", None, None)]),
        ("null-turns", {}, None),
        ("null-text", {}, [("agent", None, None, None, None)]),
    ]
    df = spark.createDataFrame(data, f"id string, meta map<string, string>, turns array<{turn}>")
    findings, calls = lint_calls_with_summary(df)
    rows = findings.collect()
    by_call = {r["call_id"]: r for r in calls.collect()}
    assert {r["rule"] for r in rows if r["call_id"] == "ok"} >= {"first-contact-pressure.pressure-language", "call-time.night-window"}
    assert by_call["ok"]["status"] == "ok" and by_call["ok"]["errors"] >= 1 and by_call["ok"]["warnings"] >= 1
    assert "unknown speaker 'robot'" in by_call["bad-speaker"]["error"]
    assert by_call["null-turns"]["status"] == "error" and "`turns` list" in by_call["null-turns"]["error"]
    # a null text reads as an absent one: an empty turn, and a call with nothing to check
    assert by_call["null-text"]["status"] == "ok" and by_call["null-text"]["errors"] == 0
    assert [r["error"] for r in rows if r["call_id"] == "bad-speaker"] == [by_call["bad-speaker"]["error"]]
    with pytest.raises(ValueError, match="no `turns` column"):
        lint_calls_with_summary(df.drop("turns"))


def test_command_line_writes_findings_and_calls(spark, batch, tmp_path, capsys):
    from scriptlint.spark.__main__ import main

    out = tmp_path / "out"
    assert main([str(batch), str(out), "--partitions", "3"]) == 0
    assert "calls (2 unreadable)" in capsys.readouterr().out
    findings = spark.read.parquet(str(out / "findings"))
    calls = spark.read.parquet(str(out / "calls"))
    assert calls.count() == len(batch_lines())
    cli, _, _ = cli_findings(batch)
    assert spark_findings(findings.collect()) == cli
    assert {r["path"] for r in findings.select("path").distinct().collect()} == {batch.resolve().as_uri()}
    assert main([str(batch), str(out)]) == 2  # exists: refused without --overwrite
    assert "--overwrite" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("select: [no-such-rule]\n", encoding="utf-8")
    assert main([str(batch), str(tmp_path / "out2"), "--config", str(bad)]) == 2
    assert "no-such-rule" in capsys.readouterr().err

