"""Engine behaviour a user relies on: spans, categories, negation, mention and speaker scope."""

from __future__ import annotations

import pytest

from scriptlint import lint_text
from scriptlint.factory import get_engine


def _hits(text, kind="script"):
    return [(f.rule, f.category, f.line, f.column, f.match) for f in lint_text(text, kind)]


def _fires(text: str, category: str) -> bool:
    """Whether linting `text` as a script line yields a finding of `category`."""
    return category in {f.category for f in lint_text(text)}


def test_issue_example_insult_and_overstatement_with_columns():
    findings = lint_text("你这个老赖，再不还钱就让你坐牢！")
    by_cat = {f.category: f for f in findings if f.severity.label == "error"}
    assert set(by_cat) >= {"insult", "overstatement"}
    assert (by_cat["insult"].line, by_cat["insult"].column, by_cat["insult"].match) == (1, 4, "老赖")
    jail = by_cat["overstatement"]
    assert jail.match.endswith("坐牢")
    assert "你这个老赖，再不还钱就让你坐牢！"[jail.column - 1 : jail.end_column - 1] == jail.match


@pytest.mark.parametrize(
    "text",
    [
        "我们不会让您坐牢，请您放心。",
        "逾期属于民事纠纷，不会因为欠款坐牢。",
        "我们绝不会称呼您为老赖。",
        "请按以下步骤操作还款。",
        "请问您是他妈妈吗？",
        "请通过可靠渠道还款。",
    ],
)
def test_traps_raise_no_error(text):
    assert [f for f in lint_text(text) if f.severity.label == "error"] == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("再不还钱就让你坐牢", "overstatement"),  # 不 negates the debtor's action, not the threat
        ("你不还我们就让你进去", "overstatement"),
        ("你这個老賴", "insult"),  # Traditional
        ("你这个老 - 赖", "insult"),  # symbols inside the word
        ("你就是个laolai", "insult"),  # pinyin evasion
        ("你 是 想 坐 牢 吗", "overstatement"),  # spaces everywhere, question
    ],
)
def test_violations_fire_through_evasions(text, category):
    cats = {f.category for f in lint_text(text)}
    assert category in cats, (text, cats)


@pytest.mark.parametrize(
    "text",
    [
        "切忌说“再不还钱就让你坐牢”。",
        "规定不能对客户说“老赖”这种词。",
        "比如“老赖”这样的称呼是禁用语。",
        "您刚才说的“坐牢”是不会发生的，请放心。",
    ],
)
def test_mentions_are_not_uses(text):
    assert [f for f in lint_text(text) if f.category in ("insult", "overstatement")] == []


def test_speaker_scope_debtor_lines_never_flagged():
    text = "坐席：您好，我是XX银行信用卡中心的专员，工号1024。\n客户：你们就是一群骗子，老赖怎么了，有本事让我坐牢！\n坐席：您别着急，我们不会这样做的，谢谢。\n"
    findings = lint_text(text, "auto")
    assert all(f.speaker == "agent" for f in findings)
    assert not any(f.line == 2 for f in findings)


def test_transcript_agent_turn_flagged_on_its_line_and_turn_index():
    text = "[00:00:01] 坐席：您好，我是XX公司专员，工号12。\n[00:00:05] 客户：没钱。\n[00:00:09] 坐席：你这个老赖！\n[客户挂断]\n"
    findings = [f for f in lint_text(text, "auto") if f.category == "insult"]
    assert [(f.line, f.column, f.match, f.turn, f.speaker) for f in findings] == [(3, 18, "老赖", 2, "agent")]


def test_fix_carried_by_swap_rule():
    f = next(f for f in lint_text("请问老赖什么时候还款？") if f.rule == "insult.laolai")
    assert f.fix is not None and (f.fix.start, f.fix.end, f.fix.replacement) == (2, 4, "客户")
    # 你这个客户 would still be contempt: the fix takes the whole form of address and makes it 您
    f = next(f for f in lint_text("你这个老赖") if f.rule == "insult.laolai")
    assert (f.start, f.end) == (3, 5) and (f.fix.start, f.fix.end, f.fix.replacement) == (0, 5, "您")
    # where even that is not compliant, the finding keeps its suggestion and carries no fix
    f = next(f for f in lint_text("你们全家都是老赖吧") if f.rule == "insult.laolai")
    assert f.fix is None and f.suggestion


def test_utterance_kind_skips_call_level_rules():
    assert {f.category for f in lint_text("你给我听好了", "utterance")} <= {"rude"}
    assert "missing-identity" in {f.category for f in lint_text("坐席：钱什么时候还？\n客户：啊？\n坐席：今天必须还。", "transcript")}
    # a script snippet is not a whole call: no person-level call rules
    assert "missing-identity" not in {f.category for f in lint_text("钱什么时候还？\n今天必须还。", "script")}


@pytest.mark.parametrize("text, threat", [
    ("唔使驚，我哋唔會上門，有咩困難同我講。", False),  # 唔会 straddles the hit's start (…唔|会上门)
    ("我们唔会上门找你", False),
    ("你唔还钱我哋就会上门", True),                    # 唔 + the debtor's act is a condition, not a denial
    ("我哋唔会打去你公司，你放心", False),              # a negator inside a sequence's gap breaks it
])
def test_dialect_negators_deny_what_follows(text, threat):
    assert any(f.category == "threat" for f in lint_text(text)) is threat


@pytest.mark.parametrize("text, category", [
    ("老铁，你说高利贷千万别碰，我也是这个意思，宁可晚几天。", None),  # the act on the hit is forbidden right after it
    ("你去借高利贷，别管利息多少", "coerced-borrowing"),               # 别 forbids something else
])
def test_a_prohibition_right_after_the_hit_denies_it(text, category):
    cats = {f.category for f in lint_text(text)}
    assert (category in cats) if category else not cats


@pytest.mark.parametrize("text, flagged", [
    ("前天您说打到个人卡的那笔钱，我们查了，确实不是官方账户。", False),  # the time first, then 您说
    ("您问他欠了多少？抱歉，这涉及他的个人信息。", False),              # the listener's question echoed
    ("你刚说“老赖”，那是你自己说的哈，我可没这么叫你。", False),
    ("您问问他欠了多少钱", True),                                    # 问问 asks the listener to ask
    ("我跟你说，你老公欠了我们三万", True),                          # 跟你说 is the agent speaking
    ("您说的后果自负是之前那个坐席讲的吧？那个说法不规范。", False),     # 您说的 … echoes the listener
    ("您说之前有人扬言要曝光您，那不是我们公司的做法。", False),
    ("您说了不算，我们按系统流程走，该打还是会打的", True),            # 您说了不算 is a retort, not an echo
    ("需要我们停止联系您家人的话，我这边马上给您登记。", False),       # 停止 denies the act
])
def test_the_listeners_words_said_back_are_not_the_agents(text, flagged):
    assert bool(lint_text(text)) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("反面案例里那句信不信我找人去你家，已经作为典型违规通报。", False),  # a line cited and condemned
    ("新员工要熟记：不得以任何理由要求客户提供网银密码。", False),       # a rule for agents, not a request
    ("那句话我收回，但你再不还我们就上门", True),
])
def test_cited_and_condemned_words_are_mentions(text, flagged):
    assert bool(lint_text(text)) is flagged


@pytest.mark.parametrize("text, rule, span", [
    # jieba glues 真 to 让人 (真让人|恶心): a long phrase needs only one end on a token boundary
    ("你这人品真让人恶心", "insult.contempt", "让人恶心"),
    ("你要是敢投诉，我保证你后悔。", "threat.veiled-wait", "保证你后悔"),
])
def test_long_phrases_match_across_a_glued_token(text, rule, span):
    assert (rule, span) in [(f.rule, f.match) for f in lint_text(text)]


def test_short_phrases_still_need_both_token_boundaries():
    # 他妈 (two characters, in jieba's dictionary) must not match inside 他妈妈
    assert [f for f in lint_text("他妈妈昨天来过电话了") if f.category == "insult"] == []


@pytest.mark.parametrize("text, rule, flagged", [
    # after a pause, a denial negates the hit only when it stands alone (坐牢，不可能的)…
    ("让你坐牢，不可能的，您放心", "overstatement.jail", False),
    ("让你坐牢，您放心", "overstatement.jail", True),
    # …not when the next clause goes on with the promise (不会再有任何法律问题)
    ("这次你还一半，案子我们就永久撤销，不会再有任何法律问题", "false-promise.no-lawsuit", True),
])
def test_a_denial_after_a_pause_must_stand_alone(text, rule, flagged):
    # the rule alone: another rule's overlapping finding of the same category may be the one kept
    found = lint_text(text, engine=get_engine(select=(rule,)))
    assert (rule in {f.rule for f in found}) is flagged


@pytest.mark.parametrize("text, category, flagged", [
    # a question the next sentence of the turn answers no is not a threat, whatever it asks
    ("我们会去你单位找你吗？不会的，放心。", "threat", False),
    ("会不会让你坐牢？当然不会。", "overstatement", False),
    ("有人跟您说要坐牢？那是吓人的，别往心里去。", "overstatement", False),
    # …but an answer that is a condition, a yes or nothing at all leaves it standing
    ("你想坐牢吗？不想就赶紧还。", "overstatement", True),
    ("你想让你爸妈知道吗？不想的话今天就还。", "threat", True),
    ("你想坐牢吗？", "overstatement", True),
    # the answer must be the next sentence's own start, not a denial further on
    ("你想坐牢吗？还钱的事我不会再说第二遍，不会的话就等着。", "overstatement", True),
])
def test_a_question_answered_no_in_the_next_sentence_is_not_said(text, category, flagged):
    assert _fires(text, category) is flagged


@pytest.mark.parametrize("text, category", [
    # 不是…吗 asks, it does not deny, even inside a statement
    ("你名下不是有辆车吗，抵出去先把钱凑上。", "coerced-borrowing"),
    # a dialect negator in a condition (侬再勿还) is not a negation of the threat after it
    ("侬再勿还，警察要上门来铐侬个", "overstatement"),
    # 不结清 is a condition on the debtor, like 不还
    ("你这个案子下个月十五号之前不结清就直接开庭", "overstatement"),
])
def test_rhetorical_and_conditional_negators_do_not_negate(text, category):
    assert category in {f.category for f in lint_text(text)}


@pytest.mark.parametrize("text, flagged", [
    # a quote marked as a counter-example right before it, even when a 。 inside it cuts the sentence
    ("对照练习：❌“今天不还我们就把你曝光到网上” ✅“请您今天内安排还款。”", False),
    ("错误：“明天不还，法院后天就来查封你家。”此表述属于虚构程序。", False),
    ("✅“明天不还，法院后天就来查封你家。”", True),
    # the quote named as a saying (这句话 / 该表述), a message disowned (那条写着“…”的短信不是我们平台发的)
    ("请思考“你自己看着办”这句话为什么会让客户觉得被威胁？", False),
    ("那条写着“今晚就上门”的短信不是我们平台发的，您可以投诉。", False),
    ("今晚就上门，你别想跑。", True),
    # a rule against advising something, in training text
    ("培训要点：不得诱导客户用信用卡套现还款。", False),
    # a quote filed under a kind of bad talk after it (被判定为无所谓态度 / 属于把话说死)
    ("复盘材料：该坐席说“你爱还不还，跟我无关”，被判定为无所谓态度。", False),
    ("讲师点评：“没得商量”“必须今天还清”属于把话说死。", False),
    # 别说我们没提醒你 warns the listener; it is no rule about what not to say
    ("到时候别说我们没提醒你，过了今晚就派人去你家。", True),
    ("培训要求：别说“过了今晚就派人去你家”这种话。", False),
])
def test_criticised_and_disowned_quotes_are_mentions(text, flagged):
    assert bool(lint_text(text)) is flagged


@pytest.mark.parametrize("text, flagged", [
    # a line that opens as a counter-example, with or without quotes
    ("❌ 把钱转到我私人微信上。", False),
    ("【错误】“你找个网贷先借出来还我们。”", False),
    ("✅ 把钱转到我私人微信上。", True),
    ("错误的还款账户会导致入账失败，请把钱转到我私人微信上。", True),
    # a QA verdict naming the quote's kind right before the hit
    ("质检扣分：坐席说“随便你还不还”，属于无所谓态度，扣5分。", False),
    # a stage note that reports the listener's words
    ("【客户问会不会上门】不会的，没有您点头，我们不会去您家或单位，请放心。", False),
    # 对对您刚刚说: yes, yes, you just said (not 对您说, said to you)
    ("对对您刚刚说觉得我们天天打电话太烦了这个我理解我这边调整一下联系频次", False),
    # a scare reported by anyone and disowned, or a scam warning (凡是…都不是我司)
    ("不管之前谁跟您说过要爆通讯录，我们公司绝对不会这么做。", False),
    ("温馨提示，凡是让您往私人账户打钱的都不是我司行为，请认准官方还款渠道。", False),
    # a quote judged as disclosure to a third party, phrases struck from a script, a question asked back
    ("质检扣分：坐席对客户父亲说「你女儿欠我们两万」，属于向第三方披露，扣20分。", False),
    ("话术更新：删除「没得商量」「最后一次机会」两条。", False),
    ("您刚问是不是最后一次机会 不是的 什么时候都可以跟我们商量", False),
    ("这是最后一次机会，你自己看着办。", True),
    # QA and complaint records that report what an agent said (a header, a score deducted, a verdict)
    ("投诉原文：那个催收员说不还钱就去我单位闹，让我领导都知道。", False),
    ("扣5分：坐席对客户说“你就是个老赖”，态度恶劣。", False),
    ("回访记录：我们同事之前说要上门找您，这是不对的，已经处理。", False),
    ("抽检发现坐席说“再不还就让你坐牢”，构成恐吓，已停岗。", False),
    ("复核结论：命中“拘留”一词，原句是“逾期不会被拘留”，撤销扣分。", False),
    # …but a model answer in an exam key is what the agent is taught to say
    ("考题参考答案：客户说没钱时，就说“去网贷平台借一笔先还上”。", True),
])
def test_counter_examples_verdicts_stage_notes_and_scam_warnings_are_mentions(text, flagged):
    assert bool(lint_text(text)) is flagged


@pytest.mark.parametrize("text, category, flagged", [
    # a quote the sentence recommends is what the agent is taught to say: a use, even in training text
    ("带教要点：客户磨叽就直接说“再不还就去你单位找你领导聊聊”。", "threat", True),
    ("新人须知：可自称“律师事务所”的，客户会更重视。", "impersonation", True),  # an instruction to say it (impersonation.coached-claim)
    ("班组例会：小王那句“你这种人活该一辈子穷”说得好，客户当场就还了。", "insult", True),
    ("考试答案：最有效的说法是A——“你已经涉嫌诈骗，警察很快就会联系你”。", "overstatement", True),
    ("申诉复核：坐席对客户说“你不还我们就天天打到你公司前台”，属于正常施压，不扣分。", "harassment", True),
    # …but a verdict right after the quote still files it as wrong, a prohibition still names it,
    # and the listener's words quoted in a praised note are still the listener's
    ("班组例会：“你这种人活该一辈子穷”这句扣分，改成“我们理解您的难处”加分。", "insult", False),
    ("质检备注：客户骂“你们都是骗子”，坐席没有回嘴，耐心解释，加分。", "insult", False),
    ("带教要点：千万别直接说“再不还就去你单位找你领导聊聊”，回款率再高也不行。", "threat", False),
])
def test_recommended_quotes_are_uses(text, category, flagged):
    assert _fires(text, category) is flagged


@pytest.mark.parametrize("text, category, flagged", [
    # dialect negators: Sichuanese 没得哪个 (nobody) and 莫得 (there is no)
    ("没得哪个会去你屋头堵门，你放心。", "threat", False),
    ("莫得啥子最后通牒，钱的事我们慢慢商量。", "absolute", False),
    # Cantonese 你话我哋系… says the listener's words back
    ("你话我哋系扑街，我唔同你嗌，你冷静啲先。", "insult", False),
    # a promise the agent says it cannot make, in quotes, is named, not made
    ("我没权限答应您“不上征信”，分期我可以帮您提交申请。", "false-promise", False),
    # 别把事情搞到… / 不要逼我们… warn of what we will do; they deny nothing
    ("别把事情搞到要上门见面的地步，你自己想清楚。", "threat", True),
    # the listener's words said back, then a consequence drawn from them: the consequence is said
    ("你讲你冇钱 冇钱就唔好怪我哋去你屋企揾你阿妈倾下偈咯", "threat", True),
    ("您说要坐牢就坐牢吧，其实没有那么严重，欠款是民事问题。", "overstatement", False),
    # in unpunctuated ASR a clause closed by 了啊 ends the reach of the negator before it
    ("下个月就不是这个数了啊违约金一滚就是本金的三倍", "overstatement", True),
])
def test_dialect_negators_said_back_and_warnings(text, category, flagged):
    assert _fires(text, category) is flagged


@pytest.mark.parametrize("text, flagged", [
    # a quote filed as wrong right after it: （错误…）or a score deducted (扣3分)
    ("话术对照：“随便你还不还”（错误）→“这笔款还需要您安排，我们一起想办法”（正确）。", False),
    ("坐席：“你还不还我无所谓”——质检判定，扣3分。", False),
    # the kind of attitude named, not shown
    ("质检标签：无所谓态度，需整改。", False),
    # a deadline explained, not set
    ("我说“今天”，不是说今天必须全部还清，是今天先把计划定下来。", False),
    # why a relative was called, and a payee that is not ours
    ("我们给您家里人打电话，是因为您的号码停机了，不是为了让他们还钱。", False),
    ("收款方是个人账户，不是我们的收款账户，请您马上联系银行止付。", False),
    # 不会说因为…就…: the negation reaches through 说 and a because-clause
    ("欠款属于民事纠纷，不会说因为还不上就去坐牢，您别担心。", False),
    # a quote struck from a script, a quoted term in an audit, a quiz in a course
    ("审计意见：话术手册里“你们全家都别想贷款”一句已要求删除。", False),
    ("本周抽检有两通出现“停催费”字样，已转合规部调查。", False),
    ("课后小测：以下哪句属于夸大后果？A. 逾期会报送征信 B. 不还就上全国黑名单（答案B）", False),
])
def test_quality_notes_explanations_and_warnings_stay_quiet(text, flagged):
    assert bool(lint_text(text)) is flagged


def test_a_reported_threat_disowned_is_a_mention():
    assert lint_text("您之前接到那种说明天就抓人的电话，不是我们打的。") == []


@pytest.mark.parametrize("text, category, flagged", [
    # another's act reported right before the hit, then judged (round 16)
    ("你讲得对，之前那个同事打去你单位是不合规的，我们已经登记了。", "harassment", False),
    ("你再不还，我们同事就打去你单位。", "harassment", True),
    # a complaint reply that reports and judges the act; the same act threatened
    ("您投诉的'催收人员给您父亲打电话并告知欠款'问题，经核实该行为违反我行规定，已对合作机构扣罚。", "disclosure", False),
    # the debtor's words from a voice message said back, then corrected
    ("您语音里说'大不了坐牢'，不会的，欠款是民事问题。", "overstatement", False),
    ("再拖下去你就等着坐牢吧。", "overstatement", True),
    # a recommended script keeps its label when an aside stands between the lead and the quote
    ("推荐话术（强催阶段）：“今天还不处理的话，明天会同步到您单位人事。”", "threat", True),
    ("反面案例（强催阶段）：“今天还不处理的话，明天会同步到您单位人事。”", "threat", False),
])
def test_reported_acts_judged_and_voice_messages_said_back_are_mentions(text, category, flagged):
    assert _fires(text, category) is flagged


@pytest.mark.parametrize("text, category, flagged", [
    # the second of coordinated acts shares the first act's negator
    ("我们不会把您的信息做成公告或发到网上", "threat", False),
    ("把你的信息做成公告或发到网上", "threat", True),
    # sparing a visit as the price of paying threatens it
    ("先交五百块保证金，我们就不上门", "threat", True),
    ("我们不会上门，您放心", "threat", False),
    # a prohibition over a list (请勿通过A、B等方式) reaches every item of it
    ("温馨提示：请勿通过套现、借新还旧等方式筹措还款资金。", "coerced-borrowing", False),
    ("实在不行就借新还旧，先把这期补上。", "coerced-borrowing", True),
])
def test_coordinated_negation_and_a_threat_priced_as_a_deal(text, category, flagged):
    assert _fires(text, category) is flagged


# A run-on sentence (unpunctuated ASR) holds several utterances: a 您 in the greeting does not excuse
# an order barked 40 characters later; the same words in a short sentence, or next to the order, do.
@pytest.mark.parametrize("text, flagged", [
    ("喂您好这边是信用卡中心的专员小王今天打电话是说那个账单的事情你一直不接电话问你话呢什么时候还", True),
    ("您好，问你话呢什么时候还", False),
    ("喂这边是信用卡中心的专员小王今天打电话是说那个账单的事情您方便的话问你话呢什么时候还", False),
])
def test_exceptions_in_a_run_on_sentence_look_near_the_hit(text, flagged):
    rules = {f.rule for f in lint_text(text)}
    assert ("rude.barked-orders" in rules) is flagged, rules


# …and so are the modality scopes: a hedge 40 characters back (我尽量帮您争取一下 the extension) does not
# soften a lawsuit stated as imminent later in the same breath; in a punctuated sentence it still does.
@pytest.mark.parametrize("text, flagged", [
    ("您好我是信用卡中心的小张我尽量帮您争取一下那个延期的事情但是您要是这周还不处理的话法务那边就准备起诉了", True),
    ("您好，我尽量帮您争取一下，这周不处理法务那边就准备起诉了", False),
])
def test_hedges_in_a_run_on_sentence_look_near_the_hit(text, flagged):
    rules = {f.rule for f in lint_text(text)}
    assert ("overstatement.legal-imminent" in rules) is flagged, rules


# On a call to a contact, pressing the listener is a disclosure however it is worded: making them
# answer for the debt, carrying "or else" to the debtor, threatening more calls, a wage deduction.
# The same call that only asks for a call-back, or says the listener owes nothing, is clean.
def _contact_call(agent_line: str) -> list:
    text = "坐席：您好，请问是刘明吗？\n联系人：不是，我是他表姐。\n坐席：" + agent_line
    found = lint_text(text, kind="transcript", meta={"called_party": "contact"})
    start = text.rindex("坐席：")
    return [f for f in found if f.category == "disclosure" and f.start >= start]


@pytest.mark.parametrize("line, flagged", [
    ("这件事您家也撇不清，他不露面我们只好找您", True),
    ("您帮他传个话，周末之前还不处理我们就按流程上报", True),
    ("他单位那边发工资的时候先扣一部分转给我们", True),
    ("他借款的那个事，现在已经逾期快三个月了，还差一万出头", True),
    ("麻烦您转告他方便时回个电话，这件事与您无关，谢谢", False),
    ("您不需要承担任何责任，请他本人联系我们就好", False),
])
def test_pressing_a_contact_is_disclosure(line, flagged):
    assert bool(_contact_call(line)) is flagged


# 这个我不能说 declines to tell: what follows is not a quoted bad line, so a disclosure after it counts
def test_declining_to_tell_is_not_a_prohibition_of_speech():
    assert _contact_call("这个我不能说，不过你做姐姐的先帮他垫一点吧")
    assert not _contact_call("培训要求：不能说“你做姐姐的先帮他垫一点”")


# 之前 after a time sets a deadline (今天下班之前), it does not tell of the past; 再不回电 is a threat's
# condition, not a call-back request; a call-back passed on through a relative still excuses the call.
@pytest.mark.parametrize("text, flagged", [
    ("今天下班之前还不回的话，我们就只能直接打到您单位找您领导了", True),
    ("今天下午三点前不回电话，我们就直接联系你单位和你老家村委会", True),
    ("之前我们已经联系过您单位了，您也知道", False),
    ("我们联系您家人只是请他们转告您回电", False),
])
def test_deadlines_and_call_backs_around_a_threat_to_tell_others(text, flagged):
    assert ("threat.notify-third-parties" in {f.rule for f in lint_text(text)}) is flagged


# A denial in the next clause still negates a hit that ends its clause (坐牢啊，没有这个说法), even when
# a negator earlier in the sentence is cut off from the hit by 就; audit findings quote, they do not
# use; a bracketed heading labels a line as a colon does (【反面案例】 quotes, 【推荐话术·…】 recommends).
@pytest.mark.parametrize("text, category, flagged", [
    ("不是说你不还就要坐牢啊，没有这个说法，这是民事欠款", "overstatement", False),
    ("你不还就要坐牢啊，你自己想想", "overstatement", True),
    ("审计发现：该组录音出现“转到我个人卡上”的说法，已移交核查", "improper-payment", False),
    ("网上说的那种“上门贴告示”，我们公司是明令禁止的", "threat", False),
    ("【反面案例】你这个老赖还不还钱", "insult", False),
    ("【推荐话术·M3施压】“我们已经安排同事去您单位走访，您看是今天处理还是等我们过去？”", "threat", True),
    ("【温馨提示】您的账单已逾期，请尽快还款", "threat", False),
    # …and branches reach only what they mean: a group joined in banter, a debt elsewhere reported, not
    # pushed; 无所谓 about a cost is no indifference, about the debt it is
    ("你们家族群我也加进去了，过年发红包记得喊我。", "threat", False),
    ("钱还不还？你那个校友群我们的人已经混进去了", "threat", True),
    ("我这边查到你在别的平台还借着三万多", "coerced-borrowing", False),
    ("不够的话再在别的平台借一笔，先把我们这个平了", "coerced-borrowing", True),
    ("欠多少都无所谓，又不是我的钱", "indifference", True),
])
def test_negation_mention_headings_and_branch_reach(text, category, flagged):
    assert _fires(text, category) is flagged


@pytest.mark.parametrize("text, category, flagged", [
    # a tag question asserts: 你不是有…吗 is "you have…", not a denial
    ("你不是有借呗吗 先套一笔出来把我们这期还了", "coerced-borrowing", True),
    ("我们不是要吓唬你，就是提醒一下还款日", "threat", False),
    # frames, not wordings: a child, a step of its future and a harm, in any order
    ("你再拖，你家娃以后当兵政审都要查到你这个", "overstatement", True),
    ("您孩子在读高三吧，开销大我们理解，可以申请分期", "overstatement", False),
    ("逾期不会影响孩子上学，这个您放心", "overstatement", False),
    # money raised any way at all and sent to fill the hole
    ("把你那台三轮车卖了，卖的钱够还我们的", "coerced-borrowing", True),
    ("您先把这期还上，剩下的我们再商量", "coerced-borrowing", False),
    ("你做舅舅的帮他垫一点，把他这个事先平了", "coerced-borrowing", False),
    # spending set against repaying is mockery; the debtor's own hardship said back is not
    ("天天在朋友圈晒火锅，有钱吃火锅没钱还款？", "insult", True),
    ("您说现在有钱交房租没钱还款，这个情况我理解", "insult", False),
    # what we know, turned on the person by a dare in the same turn
    ("你手机通讯录我们全都有，要不要先发你看看？", "threat", True),
    ("你手机通讯录我们全都有。", "threat", False),
    # the agent claims a place in the listener's own school; a disowned colleague's visit is reported
    ("我是你们学院学工处的老师，你那笔分期一直没还", "impersonation", True),
    ("之前那个同事说要去你店里找你，那是他个人说的话，不代表我们公司", "threat", False),
    # the debtor's people told, or their groups entered, in talk of the debt
    ("你再拖着不还，我就跟你房东讲你欠了一屁股债", "threat", True),
    ("你有什么困难可以跟房东说一下，看能不能缓几天房租", "threat", False),
    # what was said by others, debunked, retracted or quoted in a quiz is no use of it
    ("你说人家讲你要坐牢，那是骗你的，欠款不会坐牢", "overstatement", False),
    ("外头那些人胡说什么抓人，不是那回事，欠款是民事的", "overstatement", False),
    ("刚才同事说的“再不还就去你单位”，这个说法是不合规的，很抱歉", "threat", False),
    ("刚才那句“你自己看着办”是我没说好，请您看看哪个方案合适", "indifference", False),
    ("讨论题：“这是您最后一次机会”这句话哪一句有问题？", "absolute", False),
    ("您讲您要把车卖了还款？我们不建议您为了还款卖车", "coerced-borrowing", False),
    ("你说你是憨包才去借的，不要这样说自己嘛", "insult", False),
    ("借的时候咋不说自己没钱呢，你这人怎么这么不要脸", "insult", True),
    ("课堂练习：把'今天必须还，没得商量'改写成合规说法", "absolute", False),
    ("问：客户说要把车卖了还款，坐席应该怎么回应？", "coerced-borrowing", False),
    ("你讲你自己是老赖，你不要这样讲自己，我们一起想办法", "insult", False),
    ("您孩子上学的事跟这笔欠款没有任何关系，您放心", "disclosure", False),
    ("各位家长好，本班某同学家长有一笔分期已逾期三个月，麻烦转告", "disclosure", True),
    ("这是最后一次减免机会，过了今晚就没了，以后再也不会有", "absolute", True),
    ("请不要为了还我们这笔钱去借网贷，那样只会越滚越大", "coerced-borrowing", False),
    ("督导备注：坐席说了“哭有啥用”，按态度问题处理。", "rude", False),
    ("周报：本周抽检三百通，把话说死类四起，均已反馈", "absolute", False),
])
def test_frames_of_this_round(text, category, flagged):
    assert _fires(text, category) is flagged
