"""Normalisation keeps a map back to the original text (property tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scriptlint import lint_text
from scriptlint.text.normalize import Normalizer

NORM = Normalizer({"laolai": "老赖", "zuo牢": "坐牢"})

PIECES = st.sampled_from(
    ["老赖", "老-赖", "坐 牢", "坐牢", "你", "您", "让你", "再不还钱就", "不会", "，", "。", "！", " ", "\t", "\u200b",
     "ｌａｏｌａｉ", "laolai", "老賴", "１２３", "“", "”", "切忌说", "骗子", "🙂", "\u0301", "𠀀", "\u00a0", "\u3164", "\u2800", "\u2028", "\u202e", "\u202c", "\n", "坐席：", "客户：", "呃", "嗯", "就是说", "我我", "那个那个"]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=25).map("".join)


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_map_is_monotonic_and_in_bounds(text):
    n = NORM(text)
    assert len(n.starts) == len(n.ends) == len(n.text)
    for i in range(len(n.text)):
        assert 0 <= n.starts[i] < n.ends[i] <= len(text)
        if i:
            assert n.starts[i] >= n.starts[i - 1]


@given(TEXTS, st.sampled_from(["script", "transcript", "training", "auto"]))
@settings(max_examples=300, deadline=None)
def test_every_finding_span_reads_back_as_its_match(text, kind):
    for f in lint_text(text, kind):
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.match
        if f.fix:
            assert (f.fix.start, f.fix.end) == (f.start, f.end)


def test_folding_examples():
    n = NORM("你這個老-賴ＡＢＣ")
    assert n.text == "你这个老赖abc"
    assert n.span(3, 5) == (3, 6)


# Issue 15: invisible characters inside a word must not defeat a rule, and the finding still reads
# back as the original text.
@pytest.mark.parametrize("text", [
    "你这个老\u00a0赖",        # NBSP
    "你这个老\u3164赖",        # Hangul filler
    "你这个老\uffa0赖",        # half-width Hangul filler
    "你这个老\u2800赖",        # Braille blank
    "你这个老\u2028赖",        # line separator inside the word
    "你这个\u202e赖老\u202c",  # right-to-left override: displays as 老赖
    "你这个\u2067赖老\u2069",  # right-to-left isolate
])
def test_invisible_character_evasions_are_caught(text):
    found = [f for f in lint_text(text) if f.rule == "insult.laolai"]
    assert found, text
    assert all(text[f.start : f.end] == f.match for f in found)


# Spoken disfluencies (ASR) -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("我们呃就上门找你", "我们就上门找你"),          # a filler inside a clause goes
    ("我我我们这边那个那个就是说", "我们这边那个就是说"),  # stutters collapse; a trailing 就是说 stays
    ("每隔半小时给你就是说推一遍", "每隔半小时给你推一遍"),
    ("嗯，是我", "嗯,是我"),                            # an answer at the start of a turn stays
    ("嗯嗯", "嗯嗯"),
    ("天天找你聊聊看看", "天天找你聊聊看看"),              # reduplicated words mean something
    ("你就是说话不算数", "你就是说话不算数"),              # 说话 is not the filler 就是说
])
def test_disfluencies_are_dropped_inside_a_clause_only(text, expected):
    assert NORM(text).text == expected
    assert [n.text for n in NORM.many([text, "好的"])][0] == expected


def test_a_finding_through_fillers_points_at_the_original_words():
    text = "你再不还钱，我们呃呃就就上门找你"
    hits = [f for f in lint_text(text) if f.category == "threat"]
    assert hits, "a threat broken up by fillers is still a threat"
    for f in hits:
        assert text[f.start:f.end] == f.match
        assert "上门" in f.match


@pytest.mark.parametrize("text, expected", [
    # a spoken pause between words ends a clause: the denial 没人接 no longer reaches 他再不还
    ("我们今天打了十一次都没人接 他再不还 这个债你们夫妻俩都跑不掉", "我们今天打了十一次都没人接,他再不还,这个债你们夫妻俩都跑不掉"),
    ("你 的 通 讯 录 我 们 已 经 导 出 来 了", "你的通讯录我们已经导出来了"),  # spaced-out characters are an evasion
    ("你要坐 牢了", "你要坐牢了"),                                            # one space is not a transcript
    ("我这里是那个 银保监会消费者保护局的 你这笔贷款", "我这里是那个银保监会消费者保护局的,你这笔贷款"),  # a hesitation is not a pause
    # a chunk that is only a filler is a hesitation on both sides
    ("我们这边呢 那个 就是人民法院的 来跟你确认一下", "我们这边呢那个就是人民法院的,来跟你确认一下"),
    # a preposition waits for its object, and a particle closes the clause before it
    ("你的欠款 下个月就要按 三倍来算 到时候更还不起", "你的欠款,下个月就要按三倍来算,到时候更还不起"),
    ("你要是今天还不上 的话 我们这边再帮你申请", "你要是今天还不上的话,我们这边再帮你申请"),
    # a chunk that opens on a filler or an adverb carries on the clause; one that opens on a subject does not
    ("你老婆 就那个 在超市收银是吧 几点下班", "你老婆就那个在超市收银是吧,几点下班"),
    ("我们这边的同事 都在你单元门口 他再不还 就没办法了", "我们这边的同事都在你单元门口,他再不还就没办法了"),
])
def test_asr_pauses_end_clauses_but_evasive_spacing_does_not(text, expected):
    n = NORM(text)
    assert n.text == expected
    for i, ch in enumerate(n.text):  # every character, pauses included, maps back into the original
        a, b = n.starts[i], n.ends[i]
        assert 0 <= a < b <= len(text)
        if ch == ",":
            assert text[a:b].strip() == ""


# A pair of ASCII apostrophes around Chinese words quotes them (a training case, the listener's
# words); a lone apostrophe inside a word is still an evasion, and spans still point at the text.
@pytest.mark.parametrize("text, rule, flagged", [
    ("培训案例：某坐席对客户说'今天不还你就完了'，属于把话说死。", "absolute.closed-door", False),
    ("今天不还你就完了", "absolute.closed-door", True),
    ("您讲的那个'爆通讯录'，我们公司是明令禁止的。", "threat.exposure", False),
    ("你这个老'赖，赶紧还钱", "insult.laolai", True),
])
def test_apostrophe_pairs_quote_and_lone_apostrophes_stay_noise(text, rule, flagged):
    found = [f for f in lint_text(text) if f.rule == rule]
    assert bool(found) is flagged, found
    for f in found:
        assert text[f.start:f.end] == f.match


def test_apostrophe_pairs_keep_offsets():
    text = "他说'你等着'，我记下了"
    norm = Normalizer()(text)
    assert len(norm.text) == len(text) and "“你等着”" in norm.text


@pytest.mark.parametrize("text, folded", [
    ("恁再不还", "你再不还"),      # Henan/Shandong 恁: you
    ("俺们几个", "我们几个"),      # 俺: I
    ("侬勿还", "你勿还"),          # Wu 侬: you
    ("佢哋欠咗钱", "他们欠咗钱"),  # Cantonese 佢 / 哋
    ("汝今旦还无", "你今旦还无"),  # Min (Fuzhou, Putian) 汝: you
])
def test_regional_pronouns_fold_one_for_one(text, folded):
    norm = Normalizer()(text)
    assert norm.text == folded
    assert [norm.span(i, i + 1) for i in range(len(text))] == [(i, i + 1) for i in range(len(text))]


@pytest.mark.parametrize("text, category", [
    ("恁再不还，俺们几个就去恁家门口蹲着。", "threat"),  # the Mandarin visit rule reads 恁/俺
    ("随便侬，侬勿还阿拉也勿急个。", "indifference"),
])
def test_rules_read_regional_pronouns(text, category):
    findings = [f for f in lint_text(text) if f.category == category]
    assert findings and all(text[f.start:f.end] == f.match for f in findings)


# Regional words read by their context: 额 is 我 (Shaanxi, Gansu, Shanxi) but stays 额 in 金额, 额度, 提额, 名额
# and as a filler; 嫩 is 你 (Shandong, Tianjin) but not the adjective; 搁 is 在 (Henan, Shandong, the
# Northeast) but not the verb (put, shelve); 介 is 这 (Tianjin) but not in 介绍, 中介
@pytest.mark.parametrize("text, folded", [
    ("额是你们社区的网格员", "我是你们社区的网格员"),
    ("你给额好好听着", "你给我好好听着"),
    ("应还金额三千", "应还金额三千"),
    ("额度已经冻结", "额度已经冻结"),
    ("下个月给你提额到五万", "下个月给你提额到五万"),
    ("名额有限", "名额有限"),
    ("额，那个，您好", "额,那个,您好"),
    ("嫩先交一千块保证金", "你先交一千块保证金"),
    ("下个礼拜就去嫩潍坊老家", "下个礼拜就去你潍坊老家"),
    ("你还嫩了点", "你还嫩了点"),
    ("这批货鲜嫩得很", "这批货鲜嫩得很"),
    ("明个清早俺几个就搁恁家楼底下等着", "明个清早我几个就在你家楼底下等着"),
    ("小涛搁俺们这儿欠了一万七", "小涛在我们这儿欠了一万七"),
    ("这个方案先搁置", "这个方案先搁置"),
    ("耽搁您几分钟", "耽搁您几分钟"),
    ("你的脸往哪搁", "你的脸往哪搁"),
    ("介钱您还不还的", "这钱您还不还的"),
    ("你介案子材料都齐了", "你这案子材料都齐了"),
    ("我先介绍一下", "我先介绍一下"),
    ("中介那边说可以", "中介那边说可以"),
])
def test_regional_words_are_read_by_their_context(text, folded):
    assert Normalizer()(text).text == folded


def test_a_regional_word_read_by_its_context_keeps_its_span():
    """A finding over a folded word reports the characters the text has (嫩, not 你)."""
    text = "俺跟嫩说，嫩再这么拖，俺们济南这边的外访组下个礼拜就去嫩潍坊老家，跟嫩爹娘当面拉拉呱。"
    findings = lint_text(text, "utterance")
    assert any(f.category == "threat" for f in findings)
    assert all(text[f.start:f.end] == f.match for f in findings)
