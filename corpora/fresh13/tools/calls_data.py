# -*- coding: utf-8 -*-
"""Twelve hand-written calls for corpora/fresh13/dev/calls.jsonl.

Each turn is (speaker, text, labels). labels is a list for agent turns and None for other
speakers. Timestamps are computed by build.py. All names, brands and numbers are invented.
"""

A, D, C = "agent", "debtor", "contact"

CALLS = [
    # ------------------------------------------------------------------ c01 clean
    {
        "id": "f13d-c01",
        "meta": {"stage": "first-contact", "called_party": "debtor",
                 "started_at": "2026-04-07T10:15:00+08:00", "hangup_by": "debtor", "agent": "A3107"},
        "turns": [
            (A, "您好，这里是澜川银行信用卡中心，我是客服专员小何，工号3107，请问是郑凯郑先生本人吗？", []),
            (D, "对，是我，什么事？", None),
            (A, "郑先生您好，打扰您一下。跟您核对一下身份，麻烦报一下身份证后四位。", []),
            (D, "5527。", None),
            (A, "好的，谢谢您。是这样，您尾号0833的信用卡本期账单四千一百二十八块六，到期还款日是四月五号，目前系统还没看到入账，所以打个电话提醒您一下。", []),
            (D, "哦，我忘了，这两天有点忙。", None),
            (A, "理解的。您看今天或者明天方便处理一下吗？可以在手机银行里直接还，也可以先还最低还款额四百一十二块九。", []),
            (D, "那我今天下午就全还了吧。", None),
            (A, "好的，那我帮您备注今天下午全额还款。温馨提示一下，逾期时间长了可能会产生违约金，也可能影响征信，早点还上就没事了。", []),
            (D, "行，知道了。", None),
            (A, "感谢您的接听，祝您工作顺利，再见。", []),
        ],
        "labels": [],
        "note": "bank first reminder, identity + verification + amount + date, truthful consequence, courteous close; compliant",
    },
    # ------------------------------------------------------------------ c02 clean, colleague
    {
        "id": "f13d-c02",
        "meta": {"stage": "repeat", "called_party": "contact",
                 "started_at": "2026-04-08T15:40:00+08:00", "hangup_by": "contact", "agent": "Q0415"},
        "turns": [
            (A, "喂您好 请问是马骁马先生吗", []),
            (C, "不是 我是他同事 他手机放桌上了 人去开会了", None),
            (A, "哦好的 不好意思打扰您了 那您是他同事哈 麻烦您等他回来跟他说一声 让他方便的时候回个电话给我们就行", []),
            (C, "你们哪儿的啊 什么事 要不我帮你转达", None),
            (A, "谢谢您哈 我们这边是青禾的客服 具体是他个人的事情 得跟他本人说 您就跟他说小林找他 让他回个电话就可以", []),
            (C, "行吧 我跟他说", None),
            (A, "好的 太感谢您了 那不打扰您工作了 再见", []),
        ],
        "labels": [],
        "note": "colleague answers the debtor's phone; agent only asks for a call-back and refuses to say why; unpunctuated ASR; compliant",
    },
    # ------------------------------------------------------------------ c03 clean, wrong number
    {
        "id": "f13d-c03",
        "meta": {"stage": "repeat", "called_party": "unknown", "outcome": "wrong-number",
                 "started_at": "2026-04-09T11:05:00+08:00", "hangup_by": "agent", "agent": "H2290"},
        "turns": [
            (A, "您好，这里是恒拓资产管理的，请问是何建军先生吗？", []),
            (C, "不是，你打错了，我这号码刚办了两个月。", None),
            (A, "哦，实在抱歉。那您认识何建军先生吗？", []),
            (C, "不认识。", None),
            (A, "好的，那是我们这边的号码信息有误，我们会把您的号码删掉，不会再打扰您了，抱歉，再见。", []),
        ],
        "labels": [],
        "note": "wrong number: no debt detail given, number removed; no person-level call labels; compliant",
    },
    # ------------------------------------------------------------------ c04 voicemail
    {
        "id": "f13d-c04",
        "meta": {"stage": "repeat", "called_party": "debtor", "outcome": "voicemail",
                 "started_at": "2026-04-10T09:30:00+08:00", "hangup_by": "agent", "agent": "M0881"},
        "turns": [
            (A, "喂 邓丽娜女士您好 这里是米粒分期贷后中心 您在我们平台的借款已经逾期四十七天了 欠款八千六百三十块 我们联系您好几次了都没人接", []),
            (A, "您听到留言以后尽快回电 今天下班之前还不回的话 我们就只能直接打到您单位找您领导了 号码是四零零八八六二三一五", ["threat"]),
        ],
        "labels": ["disclosure-before-verification"],
        "note": "voicemail left with amount and days overdue (unverified listener) plus a threat to call the workplace; no person-level call labels",
    },
    # ------------------------------------------------------------------ c05 mother, disclosure + threat
    {
        "id": "f13d-c05",
        "meta": {"stage": "repeat", "called_party": "contact",
                 "started_at": "2026-04-11T19:20:00+08:00", "hangup_by": "agent", "agent": "H2291"},
        "turns": [
            (A, "喂，您好，这边是恒拓资产管理的，请问是胡志刚家里吗？", []),
            (C, "是啊，我是他妈，他出去打工了，你找他什么事？", None),
            (A, "阿姨，是这样，您儿子在澜川银行办的信用卡已经欠了两万一千多，逾期快四个月了，电话一直打不通。", ["disclosure"]),
            (C, "啊？他欠这么多？我不知道啊。", None),
            (A, "您现在知道了。您是他妈妈，这钱他不还的话，您家里总得有人出，您看能不能先帮他还一部分，五千也行。", ["disclosure"]),
            (C, "我一个老太婆哪有钱啊，我去哪儿弄五千。", None),
            (A, "阿姨，我也不想为难您，但是您得跟他说清楚，这个月再没动静，我们那边的同事就要去你们村里走一趟，到时候邻居都看着，面子上不好看。", ["threat", "disclosure"]),
            (C, "你们别来，我给他打电话。", None),
            (A, "那就这样，您赶紧催他。", []),
        ],
        "labels": ["disclosure-before-verification", "missing-closing", "agent-hangup"],
        "note": "mother of the debtor told amount and overdue days, asked to pay, then threatened with a village visit; agent ends curtly and hangs up. disclosure-before-verification given because debt details went to a non-debtor (reviewer judgement)",
    },
    # ------------------------------------------------------------------ c06 landlord, disclosure + privacy
    {
        "id": "f13d-c06",
        "meta": {"stage": "repeat", "called_party": "contact",
                 "started_at": "2026-04-12T14:10:00+08:00", "hangup_by": "contact", "agent": "X0730"},
        "turns": [
            (A, "您好 我是溪岸小贷的工作人员 请问您是不是锦绣花园七栋的房东许老板", []),
            (C, "是我 怎么了", None),
            (A, "是这样的 您那个租客许静 我们这边查到她现在就住在您七栋三零二 手机定位也一直在那一块", ["privacy"]),
            (C, "你查她干什么", None),
            (A, "她在我们这借了一万五 拖了半年了 一分没还 您是房东 平时收租能见到她 麻烦您帮我们催一催 让她赶紧把钱还了", ["disclosure"]),
            (C, "这是你们之间的事 跟我没关系吧", None),
            (A, "那您方便把她新换的那个手机号给我一下吗 还有她老家地址您要是知道也告诉我们 我们好联系她家里人", ["privacy"]),
            (C, "我不方便给 你们自己找吧", None),
            (A, "好吧 那麻烦您见到她的时候转告一下 谢谢您 再见", []),
        ],
        "labels": ["disclosure-before-verification"],
        "note": "landlord told loan amount and asked to press; agent reveals location tracking and demands the tenant's number and hometown address; ASR without punctuation",
    },
    # ------------------------------------------------------------------ c07 hostile debtor, contempt
    {
        "id": "f13d-c07",
        "meta": {"stage": "repeat", "called_party": "debtor",
                 "started_at": "2026-04-13T16:45:00+08:00", "hangup_by": "agent", "agent": "S1552"},
        "turns": [
            (A, "喂，刘洋是吧？我速享借贷后部的，工号1552。你那笔借款逾期二十三天了，应还三千零七十块，今天能处理吗？", []),
            (D, "又是你们？烦不烦啊！你们这帮吸血鬼，天天打天天打，老子没钱！", None),
            (A, "没钱你借什么？借的时候点得比谁都快，现在装穷，你这种人我一天见八百个。", ["insult"]),
            (D, "你什么态度？信不信我投诉你！", None),
            (A, "投诉去啊，你也配投诉？欠钱的还这么横，少跟我废话，今天到底还不还？", ["insult", "rude"]),
            (D, "我就不还，你能把我怎么样？", None),
            (A, "行，你有种，你等着看吧。", ["threat"]),
        ],
        "labels": ["escalation-after-hostility", "missing-closing", "agent-hangup", "politeness"],
        "note": "debtor insults the agent; agent answers with contempt (你这种人, 你也配), orders and a veiled threat (你等着看), then hangs up; almost no courtesy markers",
    },
    # ------------------------------------------------------------------ c08 long ASR turns, threat mid-turn
    {
        "id": "f13d-c08",
        "meta": {"stage": "repeat", "called_party": "debtor",
                 "started_at": "2026-04-14T11:30:00+08:00", "hangup_by": "debtor", "agent": "B6610"},
        "turns": [
            (A, "喂你好 这边是北辰银行卡中心 我是小邵 请问是孙浩孙先生吗", []),
            (D, "嗯 是", None),
            (A, "孙先生你好 你这张卡呢 现在是逾期六十八天 欠款一万二千四百五十块 之前也给你发过短信了哈", []),
            (D, "我知道 我现在真的没钱 工地上工资还没结", None),
            (A, "嗯 那个 我理解 我理解哈 就是说呢 你这个 情况 我们 这边 也 不是 第一次 听了 上个月 你也是 这么说的 对吧 然后 呢 你 答应 月底 还 一部分 结果 也 没 还 那 我 跟 你 讲 啊 你 要是 这个月 还是 一分 都 不 出 的话 我们 那边 外访 的 兄弟 就 直接 去 你 工地 找 你 去 了 当着 你 工友 的 面 跟 你 要 这个 钱 到时候 你 脸上 也 不好看 对吧 所以 呢 我 建议 你 今天 还是 先 想想 办法 哪怕 先 还 个 两千 三千 的 我 这边 也 好 给 你 往 上 报", ["threat"]),
            (D, "你们别去工地 我在这儿还要干活的", None),
            (A, "那 你 就 想 办法 嘛 那个 呃 我 跟 你 说 实话 啊 你 这个 卡 再 拖 下去 的话 呢 就 不是 钱 的 问题 了 你 这个 属于 恶意 透支 要 判 刑 的 到时候 你 孩子 以后 考 学 当 兵 都 受 影响 所以 呢 你 今天 先 还 两千 这个 事情 我 这边 还 能 帮 你 压 一 压", ["overstatement"]),
            (D, "行吧 我去找工头先借两千", None),
            (A, "好 那 我 给 你 记 上 啊 今天 下午 五点 之前 先 还 两千 剩下 的 下个月 再 说 谢谢 你 啊 再见", []),
        ],
        "labels": ["politeness"],
        "note": "long unpunctuated ASR turns; a workplace visit threat in the middle of a long turn and a jail/child overstatement in another; identity, amount and close present; politeness given because ~400 characters of agent speech carry one 谢谢 and no 您/请/麻烦 (reviewer judgement)",
    },
    # ------------------------------------------------------------------ c09 privacy, coerced borrowing, improper payment
    {
        "id": "f13d-c09",
        "meta": {"stage": "repeat", "called_party": "debtor",
                 "started_at": "2026-04-15T13:20:00+08:00", "hangup_by": "debtor", "agent": "Y0099"},
        "turns": [
            (A, "喂，吴婷是吧？我云栖借的贷后专员小宋，你那笔一千九百五十块已经逾期十二天了。", []),
            (D, "是我，我知道，下周发工资就还。", None),
            (A, "下周？你上周也这么说。我跟你讲，你手机里的通讯录这边都能看到，你妈、你表姐、你公司那个主管，号码都在我这儿。", ["privacy"]),
            (D, "你们怎么能看我通讯录？", None),
            (A, "你借款的时候自己授权的呀。而且你这几天是不是一直在南昌，定位都在红谷滩那块。", ["privacy"]),
            (D, "你别吓我，我真的下周还。", None),
            (A, "下周太晚了。你手机上不是还有别的借款App吗，随便借一个两千的，今天就能到账，先把我们这边平了。", ["coerced-borrowing"]),
            (D, "我不想再借了。", None),
            (A, "那这样，你现在把钱转我个人微信，我帮你手动销账，还能给你免掉几天罚息，系统那边慢。", ["improper-payment", "false-promise"]),
            (D, "我还是在App里还吧，挂了。", None),
        ],
        "labels": ["politeness"],
        "note": "app collector boasts of the contact list and location, pushes borrowing on another app, then asks for payment to a personal WeChat with a penalty waiver; debtor hangs up (no missing-closing); politeness: the agent never uses 您/请/谢谢",
    },
    # ------------------------------------------------------------------ c10 night call, harassment, no identity
    {
        "id": "f13d-c10",
        "meta": {"stage": "repeat", "called_party": "debtor",
                 "started_at": "2026-04-16T22:47:00+08:00", "hangup_by": "debtor", "agent": "N2201"},
        "turns": [
            (A, "喂 何建军", []),
            (D, "谁啊 这么晚了", None),
            (A, "你自己欠的钱心里没数吗 四千六百八 逾期一个月了", ["rude"]),
            (D, "你们到底是哪家的 大半夜打什么电话", None),
            (A, "你白天不接 那我们就晚上打 你一天不还 我们就一天到晚轮着打 看你睡不睡得着", ["harassment"]),
            (D, "我要投诉你们", None),
            (A, "随你投诉 你今天不还 明天早上六点我们接着打", ["harassment"]),
        ],
        "labels": ["call-time", "missing-identity", "politeness"],
        "note": "call at 22:47; agent never names the company in the first two agent turns; night and round-the-clock calling threatened; no courtesy markers at all; the debtor hangs up, so neither agent-hangup nor missing-closing",
    },
    # ------------------------------------------------------------------ c11 first contact with pressure
    {
        "id": "f13d-c11",
        "meta": {"stage": "first-contact", "called_party": "debtor",
                 "started_at": "2026-04-17T10:05:00+08:00", "hangup_by": "debtor", "agent": "L0317",
                 "team": "恒拓资产管理-委外三组"},
        "turns": [
            (A, "您好，请问是邓丽娜女士吗？我这边是德衡律师事务所，受宁川消费金融委托处理您的借款案件。", ["impersonation"]),
            (D, "是我，什么案件？我就是晚了三天啊。", None),
            (A, "您的借款五千二百块，应还日是四月十四号，已经逾期三天。按照我们律所的流程，逾期就已经属于违约，我们随时可以向法院申请强制执行，冻结您的工资卡。", ["overstatement"]),
            (D, "三天就要强制执行？你们吓唬谁呢。", None),
            (A, "不是吓唬您。这是您唯一一次协商机会，今天下午六点前必须全额结清，否则不再受理任何申请。", ["absolute"]),
            (D, "那我现在就去还。", None),
            (A, "好的，还款后请保留凭证。感谢您的配合，再见。", []),
        ],
        "labels": ["first-contact-pressure"],
        "note": "first contact three days overdue: agency staff (meta team is the outsourced agency) claims to be a law firm, invents immediate enforcement, ultimatum; identity given (though false), amount and date stated, courteous close",
    },
    # ------------------------------------------------------------------ c12 dispute dismissed
    {
        "id": "f13d-c12",
        "meta": {"stage": "repeat", "called_party": "debtor",
                 "started_at": "2026-04-18T16:00:00+08:00", "hangup_by": "agent", "agent": "R4402"},
        "turns": [
            (A, "您好，这里是宁川消费金融贷后部，我是专员小陈，请问是许静女士吗？", []),
            (D, "是我。", None),
            (A, "许女士，您这边有一笔三千八百元的分期，三月二十号到期，到现在还没还。", []),
            (D, "不对啊，这笔我三月十八号就已经还了，我有转账记录。还有，你们能不能别再给我爸妈打电话了，他们年纪大了受不了。", None),
            (A, "您有没有记录我不管，系统上写着没还那就是没还，我们只认系统。", ["absolute"]),
            (D, "那你们至少查一下吧，我可以把截图发给你们。", None),
            (A, "查不查是公司的事，您还不还随便您。您爸妈那边的电话我们该打还是会打，那是您自己留的号。", ["indifference", "harassment"]),
            (D, "你这是什么态度？", None),
            (A, "就这样吧。", []),
        ],
        "labels": ["dispute-dismissed", "missing-closing", "agent-hangup"],
        "note": "debtor disputes the debt with proof and asks to stop calling her parents; agent dismisses both (只认系统, 随便您, keeps calling parents) and hangs up without a close",
    },
]
