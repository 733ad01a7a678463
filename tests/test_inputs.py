"""Readers (SPEC §3): transcripts, JSON/JSONL exports, training material, front matter, call logs."""

from __future__ import annotations

import json

import pytest

from scriptlint import lint_text

from .conftest import run_cli, run_json


def _rules(findings):
    return {f.rule for f in findings}


# -- transcripts -----------------------------------------------------------------------------

def test_transcript_labels_timestamps_events_and_continuations():
    text = ("[00:00:01] 坐席：您好，我是XX公司专员，工号7。\n"
            "[00:00:04] 客户: 你们这帮骗子！\n"
            "坐席：请您冷静，\n"
            "你这个老赖。\n"  # a line without a label continues the agent's turn
            "（客户挂断）\n")
    findings = lint_text(text, "auto")
    insult = [f for f in findings if f.category == "insult"]
    assert [(f.line, f.column, f.turn) for f in insult] == [(4, 4, 2)]
    assert not any(f.line == 2 for f in findings)  # the debtor's words are never flagged


def test_unknown_label_warns_and_is_not_agent(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("坐席：您好，我是XX公司专员。\n客户：嗯。\n路人甲：你这个老赖\n坐席：谢谢，再见。\n", encoding="utf-8")
    code, report, err = run_json(p)
    assert "unknown speaker label '路人甲'" in err
    assert not [v for v in report["violations"] if v["line"] == 3]


def test_transcript_without_agent_turns_warns_and_finds_nothing(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("客户：你这个老赖\n客户：滚\n", encoding="utf-8")
    code, report, err = run_json(p, "--kind", "transcript")
    assert "no agent turns" in err and report["violations"] == [] and code == 0


# -- JSON / JSONL ----------------------------------------------------------------------------

CALL = {"id": "c1", "meta": {"called_party": "debtor", "started_at": "2026-03-01T10:00:00+08:00"},
        "turns": [{"speaker": "agent", "text": "您好，我是XX公司专员，请问是王先生吗？"},
                  {"speaker": "debtor", "text": "是我，你们这帮骗子。"},
                  {"speaker": "agent", "text": "你这个老赖还骂人？"}]}


def test_json_call_points_at_real_line_and_turn(tmp_path):
    p = tmp_path / "call.json"
    p.write_text(json.dumps(CALL, ensure_ascii=False, indent=2), encoding="utf-8")
    _, report, _ = run_json(p)
    v = next(v for v in report["violations"] if v["rule"] == "insult.laolai")
    raw_line = p.read_text(encoding="utf-8").splitlines()[v["line"] - 1]
    assert raw_line[v["column"] - 1 : v["end_column"] - 1] == "老赖"
    assert (v["call_id"], v["turn"]) == ("c1", 2)
    assert report["files"][0]["kind"] == "transcript"


def test_jsonl_broken_line_in_the_middle(tmp_path):
    other = dict(CALL, id="c3")
    p = tmp_path / "calls.jsonl"
    p.write_text(json.dumps(CALL, ensure_ascii=False) + "\n{not json\n" + json.dumps(other, ensure_ascii=False) + "\n", encoding="utf-8")
    code, report, err = run_json(p)
    assert code == 2 and f"{p}:2: malformed JSON" in err
    hits = [(v["line"], v["call_id"], v["turn"]) for v in report["violations"] if v["rule"] == "insult.laolai"]
    assert hits == [(1, "c1", 2), (3, "c3", 2)]


def test_jsonl_escaped_text_still_points_at_its_line(tmp_path):
    call = dict(CALL, turns=[{"speaker": "agent", "text": "第一句\n你这个老赖"}])
    p = tmp_path / "calls.jsonl"
    p.write_text("\n" + json.dumps(call, ensure_ascii=True) + "\n", encoding="utf-8")
    _, report, _ = run_json(p)
    v = next(v for v in report["violations"] if v["rule"] == "insult.laolai")
    assert (v["line"], v["turn"], v["match"]) == (2, 0, "老赖")


def test_third_party_listener_enables_disclosure_and_skips_amount(tmp_path):
    call = {"id": "c9", "meta": {"called_party": "contact"},
            "turns": [{"speaker": "agent", "text": "您好，我是XX公司专员，麻烦您转告他，他欠我们三万块一直不还。"},
                      {"speaker": "contact", "text": "我不清楚。"},
                      {"speaker": "agent", "text": "好的，谢谢您，再见。"}]}
    p = tmp_path / "c.json"
    p.write_text(json.dumps(call, ensure_ascii=False), encoding="utf-8")
    _, report, _ = run_json(p)
    cats = {v["category"] for v in report["violations"]}
    assert "disclosure" in cats and "missing-amount-or-date" not in cats


# -- encodings per reader ----------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030"])
@pytest.mark.parametrize(("name", "text"), [
    ("t.txt", "坐席：您好，我是XX公司专员。\r\n客户：嗯\r\n坐席：你这个老赖\r\n"),
    ("t.md", "# 培训\n\n## 推荐话术\n\n- 你这个老赖\n"),
    ("t.jsonl", json.dumps(CALL, ensure_ascii=False) + "\n"),
])
def test_every_reader_every_encoding(tmp_path, encoding, name, text):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    _, report, _ = run_json(p)
    assert any(v["rule"] == "insult.laolai" for v in report["violations"])
    label = {"utf-8-sig": "utf-8-bom"}.get(encoding, encoding)
    assert report["files"][0]["encoding"] == label


# -- training material -----------------------------------------------------------------------

GUIDE = """# 新员工培训

严禁辱骂债务人，切勿说威胁性语言。

## 推荐话术

- 您好，我是XX公司专员。
- 你这个老赖。

## 错误示范

- 你这个老赖，再不还就让你坐牢。

### 细节

老赖也在错误示范的子节里。

## 注意事项

切忌说“老赖”这类词。
❌ 你这个老赖
❌ "你这个老赖" → ✅ "您好，张先生，老赖"

```bad
老赖
```
"""


def test_training_counter_examples_are_mentions():
    findings = lint_text(GUIDE, "training")
    lines = sorted((f.line, f.column) for f in findings if f.rule == "insult.laolai")
    guide_lines = GUIDE.splitlines()
    # Only the recommended section's line and the ✅ half of the arrow line are uses.
    assert [guide_lines[ln - 1] for ln, _ in lines] == ["- 你这个老赖。", '❌ "你这个老赖" → ✅ "您好，张先生，老赖"']
    arrow_line, arrow_col = next((ln, c) for ln, c in lines if guide_lines[ln - 1].startswith("❌"))
    assert arrow_col - 1 > guide_lines[arrow_line - 1].index("✅")  # the ✅ half, not the ❌ half
    assert not {f.category for f in findings} & {"missing-identity", "missing-closing", "politeness"}


def test_show_examples_lists_counter_examples_at_info(tmp_path):
    p = tmp_path / "guide.md"
    p.write_text(GUIDE, encoding="utf-8")
    _, plain, _ = run_json(p, "--select", "insult.laolai")
    _, shown, _ = run_json(p, "--select", "insult.laolai", "--show-examples")
    assert len(shown["violations"]) > len(plain["violations"])
    extra = [v for v in shown["violations"] if v not in plain["violations"]]
    assert extra and all(v["severity"] == "info" for v in extra)


# -- front matter and call-level rules -------------------------------------------------------------

def test_front_matter_meta_drives_stage_and_call_time():
    text = "---\nstage: first-contact\nstarted_at: 2026-03-01T23:10:00+08:00\n---\n您好，我是XX公司专员，您的账户已逾期，我们将起诉。\n"
    findings = lint_text(text, "script")
    assert {"first-contact-pressure", "call-time"} <= {f.category for f in findings}
    ct = next(f for f in findings if f.category == "call-time")
    assert ct.line == 3


@pytest.mark.parametrize(("window", "fires"), [("22:00-08:00", False), ("21:00-08:00", True)])
def test_call_time_window_is_configurable(tmp_path, monkeypatch, window, fires):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".scriptlint.yaml").write_text(f'options: {{call_time_window: "{window}"}}\n', encoding="utf-8")
    (tmp_path / "log.csv").write_text("time,number,outcome\n2026-03-01 21:30:00,A,接通\n", encoding="utf-8")
    _, report, _ = run_json("log.csv")
    assert any(v["category"] == "call-time" for v in report["violations"]) is fires


def test_call_log_frequency_points_at_the_seventh_attempt_and_bad_rows(tmp_path):
    rows = ["time,number,outcome"] + [f"2026-03-01 09:{m:02d}:00,A,未接" for m in range(0, 40, 5)]
    rows.insert(3, "not-a-time,A,未接")
    p = tmp_path / "log.csv"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, report, err = run_json(p)
    assert code == 2 and f"{p}:4: cannot read the time" in err
    freq = [v for v in report["violations"] if v["category"] == "call-frequency"]
    assert [v["line"] for v in freq] == [9]  # the 7th unanswered attempt (row 4 is unreadable)
    assert report["files"][0]["kind"] == "calllog"


@pytest.mark.parametrize(("limit", "count"), [(3, 1), (10, 0)])
def test_call_frequency_limit_is_configurable(tmp_path, monkeypatch, limit, count):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".scriptlint.yaml").write_text(f"options: {{max_unanswered_per_day: {limit}}}\n", encoding="utf-8")
    rows = ["time,number,outcome"] + [f"2026-03-01 10:0{m}:00,B,未接" for m in range(7)]
    (tmp_path / "log.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    _, report, _ = run_json("log.csv")
    assert len([v for v in report["violations"] if v["category"] == "call-frequency"]) == count


def test_samples_cover_every_input_kind():
    code, out, _ = run_cli("check", "--format", "json", "corpora/samples/")
    report = json.loads(out)
    kinds = {f["kind"] for f in report["files"]}
    assert {"script", "transcript", "training", "calllog"} <= kinds
    assert code == 1


def test_a_line_headed_as_a_counter_example_is_a_mention_and_one_headed_as_model_speech_is_a_use():
    from scriptlint.api import lint_text

    for line in ("反面案例：某坐席对联系人说“他欠了我们三万”，已通报。",
                 "✗ 不当话术：你全家都是老赖吧。",
                 "整改意见：坐席直接对客户说没得商量，属于把话说死，建议改为“希望您在本周内处理”。",
                 "❌ 把钱转到我私人微信上。"):
        assert [f.rule for f in lint_text(line)] == [], line
        shown = lint_text(line, show_examples=True)
        assert shown and all(f.counter_example for f in shown), line
    # a counter-example runs up to its model answer: what follows ✅ or → is a use
    assert {f.match for f in lint_text("❌ 你这个老赖 → ✅ 老赖，请尽快还款")} == {"老赖"}
    # the verdict that files a quote under a kind of bad talk is no speech at all
    assert lint_text("整改意见：坐席说“最后一次机会”属于把话说死，建议改为“希望您在本周内处理”。", show_examples=True) == []
    assert lint_text("反面案例：某坐席对联系人说“他欠了我们三万”，构成向第三方泄露债务信息。", show_examples=True) == []
    used = lint_text("标准话术：客户说没钱时回“那是你的事，跟我没关系”。")
    assert {f.category for f in used} == {"indifference"}
    # the same quote without the heading is the debtor's words quoted back: a mention
    assert lint_text("客户说没钱时回“那是你的事，跟我没关系”。") == []


def test_a_bracketed_node_label_is_not_speech():
    from scriptlint.api import lint_text

    # the node's name says 上门 and 爆通讯录; the bot's reply denies both
    assert lint_text("【节点：会不会上门】我们不会上门，也不会联系您的工作单位。") == []
    assert lint_text("【节点：问是否爆通讯录】不会的，我们不会联系您通讯录里的任何人。") == []
    found = lint_text("【节点：催促】你再不还，明天就去你家找你。")
    assert found
    assert all(f.start >= len("【节点：催促】") for f in found)
    # a sender's signature is part of what the message says
    assert "impersonation" in {f.category for f in lint_text("【某市人民法院】您涉嫌合同诈骗，请于24小时内联系执行庭处理欠款。")}
