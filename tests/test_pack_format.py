"""The rule-pack format a trainer reads: shared vocabularies ($name with hyphens, in phrases,
patterns, regexes and sequences), branch-level `when`/`unless`, the `sequence` kind, examples
per branch with expected spans, language data a rules directory can extend, modality scopes,
and the pack linter (`scriptlint check-rules`)."""

from __future__ import annotations

import textwrap

import pytest

from scriptlint.api import lint_text
from scriptlint.engine import Engine
from scriptlint.pack import PackError, load_rules

from .conftest import run_cli

VOCAB = """\
vocab:
  family-members: [父母, 爸妈, 老婆, 孩子]
  debt-talk: [欠款, 还款, 逾期]
  unused-one: [甲, 乙]
"""


def _rules_dir(tmp_path, pack: str, vocab: str = VOCAB, lang: str | None = None):
    d = tmp_path / "rules"
    (d / "vocab").mkdir(parents=True)
    (d / "vocab" / "house.yaml").write_text(textwrap.dedent(vocab), encoding="utf-8")
    if lang is not None:
        (d / "lang").mkdir()
        (d / "lang" / "extra.yaml").write_text(textwrap.dedent(lang), encoding="utf-8")
    (d / "house.yaml").write_text(textwrap.dedent(pack), encoding="utf-8")
    return d


def _rule(match: str, bad="[测试]", good="[您好]", unless: str = "") -> str:
    return textwrap.dedent("""\
        rules:
          - id: threat.house
            category: threat
            message: 测试
            suggest: 请您按时还款。
            source: house rule
            match:
        {match}
        {unless}    examples:
              bad: {bad}
              good: {good}
        """).format(match=textwrap.indent(textwrap.dedent(match), " " * 6), unless=unless, bad=bad, good=good)


def _engine(tmp_path, pack: str, **kw) -> Engine:
    ruleset = load_rules([_rules_dir(tmp_path, pack, **kw)], builtin=False)
    return Engine(ruleset)


def _hits(engine: Engine, text: str) -> list[str]:
    return [f.match for f in lint_text(text, "utterance", engine=engine) if f.rule == "threat.house"]


def test_a_hyphenated_vocabulary_works_in_phrases_patterns_regexes_and_sequences(tmp_path):
    pack = _rule("""\
        any:
          - phrases: [通知$family-members]
          - pattern: [{LOWER: 找}, {LOWER: {IN: $family-members}}]
          - regex: "告诉你$family-members"
          - sequence: [打给, $family-members]
        """)
    engine = _engine(tmp_path, pack)
    assert _hits(engine, "我们会通知老婆") == ["通知老婆"]
    assert _hits(engine, "我去找爸妈") == ["找爸妈"]
    assert _hits(engine, "我们告诉你孩子") == ["告诉你孩子"]
    assert _hits(engine, "马上打给父母") == ["打给父母"]
    assert _hits(engine, "我们会通知同事") == []


def test_an_unknown_vocabulary_is_a_pack_error_naming_it(tmp_path):
    with pytest.raises(PackError, match=r"unknown vocabulary \$family"):
        _engine(tmp_path, _rule('regex: "告诉你$family"'))


def test_when_keeps_a_hit_only_near_its_context(tmp_path):
    pack = _rule("""\
        any:
          - phrases: [后果自负]
            when: [{vocab: debt-talk, within: 6}]
        """)
    engine = _engine(tmp_path, pack)
    assert _hits(engine, "这笔欠款再不处理后果自负") == ["后果自负"]
    assert _hits(engine, "欠款的事我们再说，这个周末你自己去爬山的话真的是后果自负") == []  # too far
    assert _hits(engine, "山路危险，后果自负") == []  # no debt talk at all


def test_branch_unless_applies_to_its_branch_only(tmp_path):
    pack = _rule("""\
        any:
          - phrases: [上门]
            unless: [{phrases: [预约], scope: sentence}]
          - phrases: [堵门]
        """)
    engine = _engine(tmp_path, pack)
    assert _hits(engine, "我们明天上门") == ["上门"]
    assert _hits(engine, "预约上门办理") == []
    assert _hits(engine, "预约好了就去堵门") == ["堵门"]


def test_a_sequence_spans_a_bounded_gap_but_not_a_clause_or_a_negator(tmp_path):
    pack = _rule("""\
        sequence: [最后一次, {gap: 4}, 机会]
        """)
    engine = _engine(tmp_path, pack)
    assert _hits(engine, "这是最后一次协商机会") == ["最后一次协商机会"]
    assert _hits(engine, "这是最后一次机会") == ["最后一次机会"]
    assert _hits(engine, "最后一次，机会不多") == []
    assert _hits(engine, "最后一次不给机会") == []
    assert _hits(engine, "最后一次和您沟通还款安排的机会") == []  # gap longer than 4
    # an A-not-A question in the gap asks, it does not negate
    assert _hits(engine, "最后一次是不是机会") == ["最后一次是不是机会"]
    assert _hits(engine, "最后一次不是机会") == []


def test_an_optional_slot_may_be_absent(tmp_path):
    pack = _rule("""\
        sequence: [去, 你, {optional: $family-members}, 家]
        """)
    engine = _engine(tmp_path, pack)
    assert _hits(engine, "我们去你父母家") == ["去你父母家"]
    assert _hits(engine, "我们去你家") == ["去你家"]


@pytest.mark.parametrize(("scope", "fires", "quiet"), [
    ("past", "我们给您全免", "上个月已经给您全免"),
    ("hedged", "给您全免", "我帮您申请看能不能给您全免"),
    ("conditional", "给您全免", "如果今天结清就给您全免"),
    ("question", "给您全免", "给您全免吗？"),
])
def test_modality_scopes(tmp_path, scope, fires, quiet):
    engine = _engine(tmp_path, _rule("phrases: [全免]", unless=f"    unless: [{scope}]\n"))
    assert _hits(engine, fires) == ["全免"]
    assert _hits(engine, quiet) == []


def test_a_rules_directory_extends_the_language_data(tmp_path):
    pack = _rule("phrases: [上门]", unless="    unless: [negated]\n")
    assert _hits(_engine(tmp_path / "a", pack), "我们甭上门") == []  # 甭 is a built-in negator
    assert _hits(_engine(tmp_path / "b", pack), "我们毋须上门") == ["上门"]
    assert _hits(_engine(tmp_path / "c", pack, lang="negators: [毋须]\n"), "我们毋须上门") == []


def test_a_language_file_with_an_unknown_entry_is_an_error(tmp_path):
    with pytest.raises(PackError, match="unknown language entry 'negatorz'"):
        _engine(tmp_path, _rule("phrases: [上门]"), lang="negatorz: [毋须]\n")


def _test_rules(tmp_path, pack):
    return run_cli("test-rules", "--rules", _rules_dir(tmp_path, pack))


def test_branch_examples_must_fire_alone_with_the_stated_span(tmp_path):
    ok = _rule("""\
        any:
          - phrases: [上门]
            examples: [{text: 明天上门找你, span: 上门}]
          - phrases: [堵门]
            examples: [去你家堵门]
        """, bad="[明天上门找你]")
    code, out, _ = run_cli("test-rules", "--rules", _rules_dir(tmp_path / "ok", ok), "--select", "threat.house")
    assert code == 0, out
    wrong_span = ok.replace("span: 上门", "span: 找你")
    code, out, _ = run_cli("test-rules", "--rules", _rules_dir(tmp_path / "span", wrong_span), "--select", "threat.house")
    assert code == 1 and "FAIL threat.house [branch] '明天上门找你'" in out and "找你" in out
    other_branch = ok.replace("examples: [去你家堵门]", "examples: [明天上门]")
    code, out, _ = run_cli("test-rules", "--rules", _rules_dir(tmp_path / "other", other_branch), "--select", "threat.house")
    assert code == 1 and "does not fire alone" in out


def test_a_rule_example_span_is_checked(tmp_path):
    pack = _rule("phrases: [上门]", bad="[{text: 明天上门找你, span: 找你}]")
    code, out, _ = run_cli("test-rules", "--rules", _rules_dir(tmp_path, pack), "--select", "threat.house")
    assert code == 1 and "not on the span 「找你」" in out


def test_a_span_that_is_not_in_its_text_is_a_pack_error(tmp_path):
    with pytest.raises(PackError, match="span '堵门' does not occur"):
        _engine(tmp_path, _rule("phrases: [上门]", bad="[{text: 明天上门, span: 堵门}]"))


CLEAN_PACK = _rule("""\
    any:
      - phrases: [上门]
      - sequence: [打给, $family-members]
        when: [{vocab: debt-talk, scope: sentence}]
    """, bad="[明天上门, 欠款不还就打给父母]")


USED_VOCAB = VOCAB.replace("  unused-one: [甲, 乙]\n", "")


def _check_rules(tmp_path, pack, vocab=USED_VOCAB):
    return run_cli("check-rules", "--no-builtin", "--rules", _rules_dir(tmp_path, pack, vocab=vocab))


def test_check_rules_passes_a_clean_pack(tmp_path):
    code, out, _ = _check_rules(tmp_path, CLEAN_PACK)
    assert code == 0, out
    assert out.strip().endswith("no problems")


@pytest.mark.parametrize(("pack", "vocab", "code_name"), [
    (_rule('regex: "你等着，后果自负"', bad="[你等着,后果自负]"), None, "unseen-char"),
    (_rule('regex: "等着[^。]{0,3}吧"', bad="[等着瞧吧]"), None, "redundant-class"),
    (_rule('regex: "通知(?:父母|爸妈|老婆|孩子|同事|领导)"', bad="[通知父母]"),
     "vocab:\n  family-members: [父母, 爸妈, 老婆, 孩子, 同事, 领导]\n  debt-talk: [欠款]\n", "inline-vocabulary"),
    (_rule('regex: "(?:父母|爸妈|老婆|孩子|同事|领导)知道"', bad="[父母知道]").replace(
        "    examples:", "    unless: [{regex: '(?:父母|爸妈|老婆|孩子|同事|领导)不', scope: clause}]\n    examples:"), None, "repeated-alternation"),
    (_rule('regex: "' + "后果自负" * 51 + '"', bad="[" + "后果自负" * 51 + "]"), None, "long-regex"),
    (CLEAN_PACK, VOCAB, "unused-vocabulary"),
    (CLEAN_PACK.replace("bad: [明天上门, 欠款不还就打给父母]", "bad: [明天上门]"), None, "untested-branch"),
])
def test_check_rules_fails_on_each_defect(tmp_path, pack, vocab, code_name):
    args = {} if vocab is None else {"vocab": vocab}
    code, out, _ = _check_rules(tmp_path, pack, **args)
    assert code == 1, out
    assert f": {code_name}: " in out


def test_a_regional_pronoun_in_a_regex_is_no_unseen_char(tmp_path):
    """恁/侬/俺/佢 fold to Mandarin in the text and in the regex alike, so a pack may use either."""
    code, out, _ = _check_rules(tmp_path, _rule('regex: "侬再勿还"', bad="[侬再勿还]"))
    assert "unseen-char" not in out, out


def test_rules_vocab_lists_shared_vocabularies(tmp_path):
    code, out, _ = run_cli("rules", "--vocab", "--rules", _rules_dir(tmp_path, CLEAN_PACK))
    assert code == 0
    assert "$family-members" in out and "父母" in out


def test_the_built_in_packs_pass_the_pack_linter():
    """CI gate: no regex over 200 characters, no pasted word list, every branch tested alone,
    no unused vocabulary, no character normalisation folds away."""
    code, out, _ = run_cli("check-rules")
    assert code == 0, out
    assert out.strip().endswith("no problems")


def test_a_token_pattern_condition_at_turn_scope_is_refused(tmp_path):
    """Token patterns run on one sentence's tokens; at turn scope they would silently read the
    hit's sentence only."""
    pack = _rule("phrases: [上门]", unless="    unless: [{pattern: [{LOWER: 预约}], scope: turn}]\n")
    with pytest.raises(PackError, match="works inside a sentence"):
        _engine(tmp_path, pack)


SAME_AS = """\
rules:
  - id: threat.house
    category: threat
    message: 测试
    suggest: 请您按时还款。
    source: house rule
    match:
      sequence: [你, {gap: 4}, 住哪, {gap: 4}, [清楚, 知道]]
    unless: [negated]
    examples:
      bad: [你家住哪我们都清楚]
      good: [你家住哪我们不知道]
  - id: privacy.house
    category: privacy
    message: 测试二
    suggest: 我们只通过您预留的联系方式与您沟通。
    source: house rule
    match: {same-as: threat.house}
    unless: [{phrases: [登记], scope: sentence}]
    examples:
      bad: [你家住哪我们都清楚]
      good: [你家住哪登记的都清楚]
"""


def test_same_as_reports_one_match_under_a_second_rule_with_both_rules_exceptions(tmp_path):
    engine = _engine(tmp_path, SAME_AS)
    found = {(f.rule, f.category, f.match) for f in lint_text("你家住哪我们都清楚", "utterance", engine=engine)}
    assert found == {("threat.house", "threat", "你家住哪我们都清楚"), ("privacy.house", "privacy", "你家住哪我们都清楚")}
    # the copied rule's own exception applies to it alone; the named rule's exceptions apply to both
    found = {f.rule for f in lint_text("你家住哪登记的都清楚", "utterance", engine=engine)}
    assert found == {"threat.house"}
    assert lint_text("你家住哪我们不知道", "utterance", engine=engine) == []


@pytest.mark.parametrize("match, problem", [
    ("{same-as: threat.nowhere}", "which is not defined before this rule"),
    ("{same-as: threat.house, phrases: [x]}", "takes one rule id and nothing else"),
])
def test_same_as_must_name_an_earlier_rule_and_nothing_else(tmp_path, match, problem):
    pack = SAME_AS.replace("match: {same-as: threat.house}", f"match: {match}")
    with pytest.raises(PackError, match=problem) as err:
        _engine(tmp_path, pack)
    assert "privacy.house" in str(err.value)


def test_same_as_may_not_copy_a_copy(tmp_path):
    pack = SAME_AS + """\
  - id: rude.house
    category: rude
    message: 测试三
    suggest: 请您按时还款。
    source: house rule
    match: {same-as: privacy.house}
    examples:
      bad: [你家住哪我们都清楚]
      good: [您好]
"""
    with pytest.raises(PackError, match="itself a copy of 'threat.house'"):
        _engine(tmp_path, pack)


WHEN_COPY = SAME_AS.replace("""    unless: [{phrases: [登记], scope: sentence}]
""", """    when: [{phrases: [别想跑, 我们的人], scope: sentence}]
""").replace("""      bad: [你家住哪我们都清楚]
      good: [你家住哪登记的都清楚]
""", """      bad: [你家住哪我们都清楚，别想跑]
      good: [你家住哪我们都清楚]
""")


def test_a_rule_level_when_must_hold_for_every_hit_of_the_rule(tmp_path):
    """`when:` beside `match:` narrows a whole rule (here a copy): the privacy reading of the
    sentence is reported as a threat too only when the sentence turns it on the person."""
    engine = _engine(tmp_path, WHEN_COPY)
    found = {f.rule for f in lint_text("你家住哪我们都清楚", "utterance", engine=engine)}
    assert found == {"threat.house"}
    found = {(f.rule, f.match) for f in lint_text("你家住哪我们都清楚，别想跑", "utterance", engine=engine)}
    assert found == {("threat.house", "你家住哪我们都清楚"), ("privacy.house", "你家住哪我们都清楚")}
    # the named rule's exceptions still apply to the copy
    assert lint_text("你家住哪我们不知道，我们的人也不知道", "utterance", engine=engine) == []
    code, out, _ = run_cli("test-rules", "--rules", _rules_dir(tmp_path / "check", WHEN_COPY))
    assert code == 0, out


@pytest.mark.parametrize("when, problem", [
    ("when: []", "non-empty list"),
    ("when: [negated]", "a scope for `unless` only"),
    ("when: [{phrases: [x], scope: everywhere}]", "`scope` must be one of"),
])
def test_a_bad_rule_level_when_is_a_load_error_naming_the_rule(tmp_path, when, problem):
    pack = WHEN_COPY.replace("when: [{phrases: [别想跑, 我们的人], scope: sentence}]", when)
    with pytest.raises(PackError, match=problem) as err:
        _engine(tmp_path, pack)
    assert "privacy.house" in str(err.value)


def test_a_call_level_rule_takes_no_when(tmp_path):
    pack = """\
rules:
  - id: missing-identity.house
    category: missing-identity
    message: 测试
    source: house rule
    match: {require: {phrases: [我是]}}
    when: [{phrases: [您好]}]
    examples:
      bad: [您好]
      good: [我是小王]
"""
    with pytest.raises(PackError, match="call-level rules take no `when`"):
        _engine(tmp_path, pack)


def test_context_without_after_judges_every_agent_turn_and_within_needs_after(tmp_path):
    """`context: {then: {categories: […]}}` alone: any agent turn found doing that, whatever came before;
    `within` counts turns after an `after` turn, so it is refused without one."""
    pack = """\
rules:
  - id: overstatement.house
    category: overstatement
    message: 测试
    suggest: 您好
    source: house rule
    match: {phrases: [坐牢]}
    examples:
      bad: [你再拖就要坐牢了]
      good: [您好]
  - id: first-contact-pressure.house
    category: first-contact-pressure
    message: 测试
    source: house rule
    stages: [first-contact]
    match: {context: {then: {categories: [overstatement]}}}
    examples:
      bad: ["---\\nstage: first-contact\\n---\\n坐席：您好。\\n客户：嗯。\\n坐席：你再拖几天就要坐牢了。"]
      good: ["---\\nstage: first-contact\\n---\\n坐席：您好，提醒您账单到期了。"]
"""
    engine = _engine(tmp_path, pack)
    first = "---\nstage: first-contact\n---\n坐席：您好。\n客户：嗯。\n坐席：你再拖几天就要坐牢了。"
    assert [f.match for f in lint_text(first, "auto", engine=engine) if f.rule == "first-contact-pressure.house"] == ["坐牢"]
    later = first.replace("first-contact", "repeat")
    assert not [f for f in lint_text(later, "auto", engine=engine) if f.rule == "first-contact-pressure.house"]
    with pytest.raises(PackError, match="`within` counts agent turns after an `after` turn"):
        _engine(tmp_path / "w", pack.replace("{context: {then:", "{context: {within: 2, then:"))


NAMED_VOCAB = USED_VOCAB + """\
conditions:
  # the listener is the guarantor: no third party
  guarantor-listener: {regex: '(您|你)是[^,]{0,6}担保人', scope: turn}
"""


def test_a_named_condition_is_written_once_and_used_by_name_in_any_pack(tmp_path):
    """`conditions:` in a vocabulary file names a `when`/`unless` condition; a rule writes the bare
    name, as it writes `negated`, and the condition holds exactly as if written out there."""
    pack = _rule("phrases: [告诉$family-members]", bad="[我们会告诉父母]", unless="    unless: [guarantor-listener, negated]\n")
    engine = _engine(tmp_path, pack, vocab=NAMED_VOCAB)
    assert _hits(engine, "我们会告诉父母") == ["告诉父母"]
    assert _hits(engine, "您是这笔贷款的担保人。我们会告诉父母") == []
    assert _hits(engine, "我们不会告诉父母") == []
    rule = engine.ruleset.get("threat.house")
    assert [u.name or u.kind for u in rule.unless] == ["guarantor-listener", "negated"]


def test_a_pack_may_name_its_own_conditions_and_when_may_use_them(tmp_path):
    pack = "conditions:\n  about-debt: {vocab: debt-talk, scope: sentence}\n" + _rule(
        "phrases: [上门]", bad="[欠款不还就上门]", good="[明天上门]", unless="    when: [about-debt]\n")
    engine = _engine(tmp_path, pack, vocab=USED_VOCAB)
    assert _hits(engine, "欠款不还就上门") == ["上门"]
    assert _hits(engine, "明天上门装空调") == []


@pytest.mark.parametrize(("conditions", "use", "problem"), [
    ("", "[guarantor-lisener]", "unknown unless condition 'guarantor-lisener'"),
    ("conditions:\n  negated: {vocab: debt-talk}\n", "[negated]", "not a scope name"),
    ("conditions:\n  Bad Name: {vocab: debt-talk}\n", "[negated]", "lower-case words"),
    ("conditions:\n  two: [{vocab: debt-talk}, {vocab: debt-talk}]\n", "[two]", "one phrases/pattern/regex/sequence/vocab mapping"),
    ("conditions:\n  typo: {vocab: debt-tlak}\n", "[typo]", "debt-tlak"),
])
def test_a_bad_named_condition_is_a_load_error_at_its_line(tmp_path, conditions, use, problem):
    pack = conditions + _rule("phrases: [上门]", bad="[上门]", unless=f"    unless: {use}\n")
    with pytest.raises(PackError, match=problem):
        _engine(tmp_path, pack, vocab=USED_VOCAB)


def test_a_pack_condition_is_visible_in_that_pack_only(tmp_path):
    d = _rules_dir(tmp_path, "conditions:\n  mine: {vocab: debt-talk}\nrules: []\n", vocab=USED_VOCAB)
    (d / "other.yaml").write_text(_rule("phrases: [上门]", bad="[上门]", unless="    unless: [mine]\n"), encoding="utf-8")
    with pytest.raises(PackError, match="unknown unless condition 'mine'"):
        load_rules([d], builtin=False)


def test_check_rules_reports_a_named_condition_nobody_uses(tmp_path):
    code, out, _ = _check_rules(tmp_path, CLEAN_PACK, vocab=NAMED_VOCAB)
    assert code == 1, out
    assert ": unused-condition: " in out and "guarantor-listener" in out
