"""Call-level rules on real-style calls: bare confirmations, spoken amounts and dates, voicemail
and third-party calls, 不要挂, the agent's own organisation, and script snippets that are not
calls."""

from __future__ import annotations

import json

from scriptlint.api import lint_text


def _call(turns, **meta):
    return json.dumps({"id": "c1", "meta": meta, "turns": [{"speaker": s, "text": t} for s, t in turns]}, ensure_ascii=False)


def _rules(text, kind="json"):
    return {f.rule.split(".")[0] for f in lint_text(text, kind)}


def test_a_bare_confirmation_after_a_name_check_lets_the_agent_state_the_debt():
    for answer in ("嗯", "是。", "对", "是我", "我就是", "是，我知道"):
        call = _call([("agent", "您好我是XX银行信用卡中心的小王，请问是马文涛本人吧"), ("debtor", answer),
                      ("agent", "马先生您的借款已经逾期九十天了，欠款七千四百二十块，请在月底前处理，谢谢，再见")], called_party="debtor")
        assert "disclosure-before-verification" not in _rules(call), answer


def test_debt_talk_after_a_denial_or_without_an_answer_is_disclosure_before_verification():
    denied = _call([("agent", "喂，是肖波吧？"), ("contact", "不是，我是他哥。"), ("agent", "你弟在我们这借了一万五，逾期快半年了。")])
    assert "disclosure-before-verification" in _rules(denied)
    unanswered = _call([("agent", "喂，是肖波吧？"), ("contact", "你找他干嘛？"), ("agent", "他欠我们一万五。")])
    assert "disclosure-before-verification" in _rules(unanswered)


def test_spoken_amounts_and_dates_count_as_stating_them():
    for said in ("您还有一千三百五十三块三毛二没还", "应还1353块3毛2", "先还三千五吧", "您这边是1.2万", "六月一号之前处理一下",
                 "月底前还上就行", "下周三能安排吗", "今天下午五点前还上"):
        call = _call([("agent", "您好，我是XX银行信用卡中心的小王，请问是张先生本人吗？"), ("debtor", "是我"),
                      ("agent", said + "，谢谢，再见")], called_party="debtor")
        assert "missing-amount-or-date" not in _rules(call), said


def test_a_voicemail_gets_no_person_level_call_rules():
    call = _call([("agent", "喂？喂？"), ("contact", "您好，您拨打的电话暂时无人接听，请在提示音后留言。"), ("agent", "收到请回电。")],
                 called_party="unknown")
    found = _rules(call)
    assert not found & {"missing-identity", "missing-amount-or-date", "missing-closing", "politeness"}


def test_a_voicemail_that_names_the_debt_is_still_disclosure_before_verification():
    call = _call([("agent", "喂？"), ("contact", "您拨打的电话暂时无人接听，请在提示音后留言。"),
                  ("agent", "徐志刚，你在我们这边借款三千五已经逾期两个月了。")])
    assert "disclosure-before-verification" in _rules(call)


def test_a_call_to_a_contact_is_not_judged_for_identity_or_amount():
    call = _call([("agent", "喂，你好，请问是周明吗？"), ("contact", "不是，我是他同事。"), ("agent", "好的，打扰了，谢谢，再见。")],
                 called_party="contact")
    assert not _rules(call) & {"missing-identity", "missing-amount-or-date"}


def test_asking_the_debtor_not_to_hang_up_is_not_a_hang_up():
    call = _call([("agent", "您好，我是XX银行信用卡中心的小郑，请问是贺先生吗？"), ("debtor", "是，我挂了啊。"),
                  ("agent", "贺先生您先别急，电话先不要挂，您这张卡欠款四千零六十块，月底前还就可以。"),
                  ("debtor", "好吧。"), ("agent", "那您先别挂了")], called_party="debtor")
    assert "agent-hangup" not in _rules(call)
    ended = _call([("agent", "您好，我是XX银行信用卡中心的小郑。"), ("debtor", "别烦我。"), ("agent", "行，挂了。")], called_party="debtor")
    assert "agent-hangup" in _rules(ended)


def test_identity_must_name_the_agents_own_organisation():
    other = _call([("agent", "你好，我姓王。"), ("debtor", "嗯。"), ("agent", "你那笔钱到期了，我们会联系你们公司。")], called_party="debtor")
    assert "missing-identity" in _rules(other)
    own = _call([("agent", "喂，刘静是吧？XX金融贷后的。"), ("debtor", "嗯。"), ("agent", "您的两千八今天能还吗，谢谢。")], called_party="debtor")
    assert "missing-identity" not in _rules(own)


def test_a_script_snippet_is_not_a_call():
    snippet = "请您尽快还款。\n我们会再联系您。"
    assert not _rules(snippet, "script") & {"missing-identity", "missing-amount-or-date", "missing-closing", "politeness"}
    as_call = "---\ncall: true\n---\n请您尽快还款。\n我们会再联系您。"
    assert "missing-identity" in _rules(as_call, "auto")


def test_escalation_counts_scolding_replies_not_only_insults():
    transcript = "坐席：您好，我是XX公司专员。\n客户：神经病，别打了！\n坐席：少废话，今天必须还钱。"
    assert "escalation-after-hostility" in _rules(transcript, "transcript")


def test_the_listener_comes_from_what_was_said_when_metadata_is_silent():
    """An ASR export labels the other side `customer`, but she says she is the debtor's mother:
    debt facts are then disclosure."""
    call = _call([("agent", "喂，请问是李强吗？"), ("customer", "我是他妈，他不在。"), ("agent", "他在我们平台借的钱已经逾期三个月了。")])
    assert "disclosure" in _rules(call)
    own = _call([("agent", "喂，请问是李强吗？"), ("customer", "是我。"), ("agent", "您在我们平台的借款已经逾期三个月了。")])
    assert "disclosure" not in _rules(own)


def test_a_call_to_a_guarantor_is_a_call_to_one_who_answers_for_the_debt():
    """called_party: guarantor (or 担保人, co-borrower): the debt told to them is no disclosure and
    no disclosure before verification, though they speak as a `contact`; a mother stays a third party."""
    turns = [("agent", "您好，我是XX汽车金融委托的催收专员，请问是张德顺先生吗？"), ("contact", "是，你说。"),
             ("agent", "您是王海洋那笔车贷的连带责任保证人，他目前逾期两期，一共五千八百六十块，麻烦您联系他本人处理，谢谢，再见。")]
    for party in ("guarantor", "担保人", "co-borrower"):
        found = _rules(_call(turns, called_party=party))
        assert "disclosure" not in found and "disclosure-before-verification" not in found, party
    mother = [("agent", "喂，请问是王海洋的妈妈吗？"), ("contact", "是，你说。"), ("agent", "他在我们这车贷逾期两期，一共五千八百六十块。")]
    assert "disclosure" in _rules(_call(mother, called_party="contact"))


def test_on_a_call_to_a_relative_any_debt_fact_is_disclosed_whoever_it_names():
    """Once the call says the listener is the debtor's mother or brother, a debt fact about the
    debtor is a disclosure though the turn names him by name, or by no one, and has no 你/您;
    the same words on a call to the debtor are not, and a call-back request alone is not."""
    said = "阿姨，苗志刚那张信用卡欠了一万三千六，逾期两个多月咧，一直联系不上他。"
    turns = [("agent", "喂，您好，请问是苗志刚家吗？"), ("contact", "我是他妈，他不在。"), ("agent", said)]
    found = [f for f in lint_text(_call(turns, called_party="mother"), "json") if f.category == "disclosure"]
    assert {f.rule for f in found} == {"disclosure.debt-facts"}
    assert [(f.turn, f.match) for f in found] == [(2, "欠了一万三千六"), (2, "逾期两个多月")]
    brother = [("agent", "请问是李刚吗？"), ("contact", "我是他哥。"),
               ("agent", "是这样，李刚在博格达银行那张信用卡欠了两万三千多，逾期三个多月了，你当哥的得管一管。")]
    assert "disclosure" in _rules(_call(brother, called_party="brother"))
    own = [("agent", "喂，您好，请问是苗志刚吗？"), ("debtor", "是我。"), ("agent", said.replace("阿姨", "苗先生"))]
    assert "disclosure" not in _rules(_call(own, called_party="debtor"))
    relay = [("agent", "喂，您好，请问是苗志刚家吗？"), ("contact", "我是他妈。"), ("agent", "阿姨，麻烦您让他方便时回个电话，谢谢。")]
    assert "disclosure" not in _rules(_call(relay, called_party="mother"))


def test_an_agent_who_will_not_say_who_they_are_is_curt_however_it_is_put():
    """我是哪里的不重要 / 你别管我哪里 / 我谁你别管 / 汝免管阮是哪间: the agent's own identity
    brushed off is rude; saying where to find it is not."""
    for said in ("你别管我哪里，你是不是许丽萍本人？", "我是哪里的不重要，你就说还不还", "我谁你别管你就说还不还",
                 "汝免管阮是哪间，汝就讲今日还唔还。", "你不要管我哪块的 你这个再拖下去 你自己掂量"):
        assert "rude.scornful-retort" in {f.rule for f in lint_text(said, "utterance")}, said
    assert not lint_text("我是哪家公司的，您可以在短信里查到", "utterance")


def test_pressure_of_any_wording_on_a_first_contact_is_first_contact_pressure():
    """A first-contact call that presses with consequences but no legal word (征信一辈子就毁了, 孩子考学)
    gets first-contact-pressure at the overstatement's span; the same call at a later stage does not."""
    turns = [("agent", "喂，是闫春雷吧？"), ("debtor", "嗯，你哪里？"),
             ("agent", "你这个再拖几天，征信一辈子就毁了，你孩子以后考学都受影响。")]
    found = [f for f in lint_text(_call(turns, called_party="debtor", stage="first-contact"), "json")
             if f.category == "first-contact-pressure"]
    assert found and all(f.turn == 2 for f in found)
    assert not [f for f in lint_text(_call(turns, called_party="debtor", stage="M2"), "json")
                if f.category == "first-contact-pressure"]
    polite = [("agent", "您好，我是XX银行信用卡中心的小王，请问是闫春雷先生吗？"), ("debtor", "是我。"),
              ("agent", "提醒您本期账单三千二百元15号到期，请按时还款，谢谢，再见。")]
    assert "first-contact-pressure" not in _rules(_call(polite, called_party="debtor", stage="first-contact"))


def test_suggestions_are_written_for_the_call():
    """Slots take the name the agent checked, the amount and date said; without them, defaults."""
    call = _call([("agent", "您好，我是XX金融的小王，请问是王建国王先生本人吗？"), ("debtor", "是我。"),
                  ("agent", "王先生您这期应还三千二百块，15号之前还就可以。"), ("debtor", "我不还。"),
                  ("agent", "你这个老赖。")], called_party="debtor")
    laolai = next(f for f in lint_text(call, "json") if f.rule == "insult.laolai")
    assert laolai.suggestion == "我们想和王先生确认一下这笔款项的还款安排。"
    plain = next(f for f in lint_text("你这个老赖", "script") if f.rule == "insult.laolai")
    assert plain.suggestion == "我们想和您确认一下这笔款项的还款安排。"
    assert "{" not in plain.suggestion


def test_no_built_in_suggestion_names_a_person_or_greets_mid_call():
    from scriptlint.pack import load_rules
    from scriptlint.selfcheck import check_suggestions

    assert check_suggestions(load_rules()) == []


def test_a_message_left_on_a_machine_is_a_voicemail_and_its_debt_details_are_premature():
    callback = _call([("agent", "您好 这里是XX银行信用卡中心 有事情需要和梁先生本人沟通 麻烦您听到留言后回个电话 谢谢 再见")],
                     called_party="unknown", started_at="2026-05-20T14:03:00+08:00")
    assert _rules(callback) == set()
    details = _call([("agent", "喂 孙立新你好 这里是XX贷后中心 你的借款逾期六十三天了 欠款一万零二百 明天中午之前回电")],
                    called_party="unknown", started_at="2026-05-20T12:31:00+08:00")
    got = _rules(details)
    assert "disclosure-before-verification" in got
    assert not got & {"missing-closing", "politeness", "missing-identity", "missing-amount-or-date"}


def test_a_wrong_number_gets_no_person_level_rules_but_disclosure_still_counts():
    call = _call([("agent", "喂 何建平是吧 你那个网贷逾期四十多天了 八千六今天能不能还"),
                  ("contact", "啥网贷 你打错了 我不是何建平"),
                  ("agent", "不是啊 那你认识他不 认识的话让他赶紧把那八千六还了"), ("contact", "不认识 有病吧"), ("agent", "行吧行吧")])
    got = _rules(call)
    assert "disclosure-before-verification" in got
    assert not got & {"missing-closing", "politeness"}
    owned_up = _call([("agent", "喂 是何建平吗"), ("debtor", "你打错了"), ("agent", "何先生我们有您的录音"), ("debtor", "行吧 是我"),
                      ("agent", "那您看今天能不能处理")])
    assert "politeness" in _rules(owned_up) or "missing-closing" in _rules(owned_up)  # a person was reached


def test_a_relative_naming_themselves_is_no_confirmation_and_a_plain_self_identification_is():
    mother = _call([("agent", "喂您好 请问是刘小军家里人吗"), ("contact", "我是他妈 咋了"),
                    ("agent", "阿姨您好我这边是XX金融的 就是小军在我们这边有个账一直挂着没结清 拖了快俩月了")], called_party="contact")
    assert "disclosure-before-verification" in _rules(mother)
    unasked = _call([("agent", "喂，吴海燕吗？我这边是XX资产的，受XX金融委托，工号七七一五。"), ("debtor", "对，是我。"),
                     ("agent", "你这笔借款已经逾期九十一天了，待还一万三千四，月底前处理一下，谢谢，再见。")], called_party="debtor")
    assert "disclosure-before-verification" not in _rules(unasked)


def test_acting_for_a_named_client_is_an_identity():
    call = _call([("agent", "喂 周志强是吧"), ("debtor", "是我 你谁啊"), ("agent", "我嘉信的 恒信银行委托的 你那张卡欠六千八 月底前还上 谢谢 再见")],
                 called_party="debtor")
    assert "missing-identity" not in _rules(call)


def test_a_debtor_who_says_wrong_number_and_is_pressed_on_is_still_a_person_reached():
    call = _call([("agent", "喂 是何建平吗"), ("debtor", "你打错了"), ("agent", "何先生别装了 你那个借款逾期四十天了"),
                  ("debtor", "都说了打错了"), ("agent", "你不还我们就天天打"), ("debtor", "随便"), ("agent", "那你等着")])
    assert "missing-closing" in _rules(call)


def test_answering_as_the_account_holder_is_an_implicit_confirmation():
    for answer in ("又是你们 烦不烦啊 天天打", "我说了没钱", "我在上班 不方便接"):
        call = _call([("agent", "喂，刘志强是吧？我这边是某某分期委托的催收专员，工号3055"), ("debtor", answer),
                      ("agent", "你欠了一万一千二到现在没还，都逾期九十三天了")], called_party="debtor")
        assert "disclosure-before-verification" not in _rules(call), answer
    # …but not when the reply speaks of someone else, or asks whom we want
    for answer in ("他在上班 不方便接", "对 你找谁"):
        call = _call([("agent", "喂你好请问是那个某某物流公司吗"), ("contact", answer),
                      ("agent", "周斌在我们平台有笔借款好几个月没处理了")])
        assert "disclosure-before-verification" in _rules(call), answer


def test_a_lenders_name_is_not_a_debt_detail():
    call = _call([("agent", "喂是谭永刚吧我是某某分期的催收员工号二二四零"), ("debtor", "你哪位")], called_party="debtor")
    assert "disclosure-before-verification" not in _rules(call)
    said = _call([("agent", "喂是谭永刚吧，你在某某分期的借款逾期了"), ("debtor", "你哪位")], called_party="debtor")
    assert "disclosure-before-verification" in _rules(said)


def test_the_listener_is_a_third_party_when_they_say_the_debtor_is_out():
    # an ASR export labels whoever answers `customer`: what they say tells who listens
    for reply in ("他出去了，你找他什么事", "她上班去了，我帮你转告"):
        call = _call([("agent", "喂你好请问是李强吗"), ("debtor", reply), ("agent", "他那笔钱逾期三个月了")])
        assert "disclosure" in {f.category for f in lint_text(call, "json")}, reply


def test_who_ended_the_call_decides_closing_and_hang_up():
    turns = [("agent", "您好，我是XX银行信用卡中心的小王，工号1024，请问是张先生本人吗？"), ("debtor", "是我"),
             ("agent", "您本期应还三千二百元，还款日是十五号，您看什么时候方便处理？"), ("debtor", "再说吧")]
    assert {"missing-closing", "agent-hangup"} & _rules(_call(turns, called_party="debtor", ended_by="debtor")) == set()
    assert "agent-hangup" in _rules(_call(turns, called_party="debtor", ended_by="agent"))
    # without metadata: the other side's last words hang up (我不跟你说了), or not (再说吧)
    assert "missing-closing" not in _rules(_call(turns[:-1] + [("debtor", "行了我不跟你说了")], called_party="debtor"))
    assert "missing-closing" in _rules(_call(turns, called_party="debtor"))


def test_a_prompt_in_other_words_is_still_a_voicemail():
    call = _call([("agent", "喂 喂 你好"), ("debtor", "您好 您所拨打的用户暂时无法接听 请在嘀声后留言"),
                  ("agent", "喂 邓丽丽你好 我是随心借的 你的借款已经逾期四十天了 听到留言马上回电话")], called_party="unknown")
    rules = _rules(call)
    assert "disclosure-before-verification" in rules and not {"missing-closing", "politeness"} & rules


def test_on_a_call_to_a_contact_a_bare_yes_confirms_only_who_picked_up():
    call = _call([("agent", "喂 你好 是许文斌许先生吗"), ("contact", "是 哪位"),
                  ("agent", "许先生你好 陈浩在我们这边借的那笔钱一直没还")], called_party="contact")
    assert "disclosure-before-verification" in _rules(call)


def test_a_stranger_who_keeps_saying_wrong_number_is_one_however_long_the_agent_presses():
    call = _call([("agent", "喂 你好 是刘晓燕吗"), ("debtor", "不是 你打错了吧"), ("agent", "不会吧 你确定不认识刘晓燕"),
                  ("debtor", "不认识 我这号码是新办的"), ("agent", "那之前是谁在用你知道吗"), ("debtor", "我都说了不认识"),
                  ("agent", "她在我们这借了七千多 逾期两个月了 你帮她躲着呢")])
    rules = _rules(call)
    assert "disclosure-before-verification" in rules and not {"missing-closing", "politeness", "missing-identity"} & rules


def test_a_voicemail_outcome_in_the_meta_wins_over_the_party_dialled():
    turns = [("agent", "您好，这里是XX咨询，受XX消费金融委托给潘女士留言，您名下的贷款已经逾期六十二天，欠款八千七百元，请听到留言后回电，谢谢。")]
    as_voicemail = _rules(_call(turns, called_party="debtor", outcome="voicemail"))
    assert "disclosure-before-verification" in as_voicemail
    assert not as_voicemail & {"agent-hangup", "missing-closing", "politeness", "missing-identity"}
    wrong = _rules(_call([("agent", "喂，是潘丽娜吗？"), ("contact", "嗯？"), ("agent", "好的，打扰了。")],
                         called_party="debtor", outcome="wrong_number"))
    assert not wrong & {"missing-identity", "missing-amount-or-date", "missing-closing"}


def test_one_utterance_that_names_its_listener_a_third_party_is_judged_as_said_to_one():
    said = "不好意思打扰了，请问您是何先生的邻居吗？我们联系不上他，他在我行有笔款项到期未还，麻烦您见到他说一声。"
    assert "disclosure" in {f.category for f in lint_text(said, "utterance")}
    # the same debt fact said to the debtor is no disclosure
    assert "disclosure" not in {f.category for f in lint_text("何先生您好，您在我行有笔款项到期未还，麻烦您尽快处理。", "utterance")}


def test_ending_a_voicemail_or_a_wrong_number_is_no_hang_up_on_a_person():
    wrong = _call([("agent", "您好，这里是XX资产管理，请问是郑立新先生吗？"), ("contact", "不是，你打错了，这号我刚办的。"),
                   ("agent", "抱歉打扰了，我们会更正号码，再见。")], called_party="unknown", outcome="wrong-number", hangup_by="agent")
    machine = _call([("agent", "郑先生您好，这里是XX银行信用卡中心，请您方便时回电，谢谢。")],
                    called_party="debtor", outcome="voicemail", hangup_by="agent")
    person = _call([("agent", "您好，我是XX银行信用卡中心的小周，请问是郑立新先生吗？"), ("debtor", "是我，我在忙。"),
                    ("agent", "那您先忙。")], called_party="debtor", hangup_by="agent")
    assert "agent-hangup" not in _rules(wrong) and "agent-hangup" not in _rules(machine)
    assert "agent-hangup" in _rules(person)


def test_an_utterance_addressed_to_an_employer_or_a_village_is_said_to_a_third_party():
    for said in ("贵单位人事部门您好，贵司员工孙立在我司的借款已逾期六十天，请督促其还款。",
                 "你们村长是吧？你们村的孙立欠我们钱一直没还。"):
        assert "disclosure" in {f.category for f in lint_text(said, "utterance")}, said
    # said to the debtor, the same facts are no disclosure; nor is a debtor's own 贵公司 in a call
    assert "disclosure" not in {f.category for f in lint_text("孙先生您好，您在我司的借款已逾期六十天，请尽快还款。", "utterance")}
    call = _call([("agent", "您好，我是XX消费金融的小陈，请问是孙立先生吗？"), ("debtor", "是我，贵公司利息太高了。"),
                  ("agent", "孙先生，您的借款已逾期六十天，欠款四千二，月底前处理一下，谢谢，再见。")], called_party="debtor")
    assert "disclosure" not in {f.category for f in lint_text(call, "json")}


def test_a_bracketed_turn_in_a_call_export_is_an_event_not_speech():
    # the agent's hang-up given as its own turn: an agent hang-up, placed on that turn in the file,
    # and the closing is judged on the agent's last words
    text = _call([("agent", "您好，我是XX银行信用卡中心的小王，请问是张先生本人吗？"), ("debtor", "是我，我现在没钱"),
                  ("agent", "那您月底前先还三千，我们回头再联系，谢谢，再见"), ("agent", "[坐席挂断]")], called_party="debtor")
    found = lint_text(text, "json")
    hangup = [f for f in found if f.category == "agent-hangup"]
    assert len(hangup) == 1 and hangup[0].match == "[坐席挂断]"
    assert text[text.index("[坐席挂断]"):].startswith(hangup[0].match) and hangup[0].line == 1
    assert hangup[0].column == text.index("[坐席挂断]") + 1
    assert "missing-closing" not in {f.category for f in found}
    # the other side's hang-up as a bracketed turn ends the call for them
    other = _call([("agent", "您好，我是XX银行信用卡中心的小王，请问是张先生本人吗？"), ("debtor", "别烦我"),
                   ("debtor", "[客户挂断]")], called_party="debtor")
    assert "agent-hangup" not in _rules(other)


def test_a_voicemail_greeting_given_as_a_bracketed_turn_makes_the_call_a_voicemail():
    call = _call([("debtor", "[语音信箱：您拨打的用户暂时无法接听，请在提示音后留言]"),
                  ("agent", "您好，这里是XX银行信用卡中心，请您方便时回电，谢谢。")])
    assert not _rules(call) & {"missing-identity", "missing-amount-or-date", "missing-closing", "politeness", "agent-hangup"}


def test_a_silent_line_gets_no_person_level_call_rules():
    silent = [("agent", "您好，这里是XX消费金融，请问是张涛先生吗？"), ("debtor", "[静音]"), ("agent", "喂？您好，能听到吗？"),
              ("debtor", "（无声）"), ("agent", "可能是信号不好，我这边听不到您的声音，稍后再打过来。"), ("agent", "[坐席挂断]")]
    found = _rules(_call(silent, called_party="debtor"))
    assert not found & {"missing-amount-or-date", "agent-hangup", "missing-closing", "politeness"}, found
    # someone who speaks is a person reached: the same call with an answer is judged as a call
    spoken = [t if t[1] != "（无声）" else ("debtor", "你哪位啊") for t in silent]
    assert "missing-amount-or-date" in _rules(_call(spoken, called_party="debtor"))


def test_a_lenders_name_with_its_department_and_a_cantonese_name_check_are_not_debt_details():
    call = _call([("agent", "您好，这里是XX分期贷后部，我是小范，请问是赵雪女士本人吗？"), ("debtor", "是，又是你们。"),
                  ("agent", "您的分期已经逾期四十七天了，应还六千三百二十元，谢谢，再见")], called_party="debtor")
    assert "disclosure-before-verification" not in _rules(call)
    cantonese = _call([("agent", "喂 你好 我系XX金融嘅客服 请问系陈伟强陈生吗"), ("debtor", "系 咩事"),
                       ("agent", "今期应还一万八千五百蚊 五月十号到期 唔该晒 拜拜")], called_party="debtor")
    assert "disclosure-before-verification" not in _rules(cantonese)


def test_a_machine_greeting_is_a_voicemail_whoever_was_dialled():
    call = _call([("debtor", "[语音信箱：您拨打的用户暂时无法接通，请在提示音后留言]"),
                  ("agent", "孙女士您好，您尾号4571的信用卡已经逾期三十五天了，欠款七千三百零八块，麻烦回个电话"),
                  ("agent", "谢谢，再见")], called_party="debtor")
    found = _rules(call)
    assert "disclosure-before-verification" in found
    assert not found & {"missing-identity", "politeness", "missing-closing"}, found


def test_an_agreed_extension_brushed_aside_is_a_dismissed_dispute():
    call = _call([("agent", "您好，我是XX银行信用卡中心的小王，请问是王海先生吗？"), ("debtor", "是"),
                  ("agent", "您这个月的六千八百四还没扣到"),
                  ("debtor", "我跟银行客户经理讲过了，他说可以宽限几天"),
                  ("agent", "客户经理讲的不算，系统里就是逾期，你跟我讲没用，周五前必须还"),
                  ("debtor", "晓得了"), ("agent", "谢谢，再见")], called_party="debtor")
    assert "dispute-dismissed" in _rules(call)
