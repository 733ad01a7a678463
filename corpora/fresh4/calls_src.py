"""fresh4 dev calls. Each turn: (speaker, text, label codes); codes only on agent turns (see build.py)."""
CODES = dict(T="threat", O="overstatement", I="impersonation", N="insult", R="rude", H="harassment",
             D="disclosure", P="privacy", F="false-promise", M="improper-payment", C="coerced-borrowing",
             X="indifference", A="absolute")


def call(cid, meta, turns, labels, note):
    out, t = [], 0.0
    for spk, text, codes in turns:
        dur = round(max(1.5, len(text) * 0.22), 1)
        turn = {"speaker": spk, "text": text, "start": round(t, 1), "end": round(t + dur, 1)}
        if spk == "agent":
            turn["labels"] = [CODES[c] for c in codes.split(",") if c]
        out.append(turn)
        t += dur + 0.6
    return {"id": cid, "meta": meta, "turns": out, "labels": labels, "note": note}


a, d, c = "agent", "debtor", "contact"
CALLS = [
call("f4d-01", {"stage": "repeat", "called_party": "debtor", "started_at": "2026-03-10T10:20:00+08:00"}, [
    (a, "您好，我是安信消费金融贷后服务部的专员小周，请问是何丽娟女士本人吗？", ""),
    (d, "是我，什么事？", ""),
    (a, "谢谢您。为了核实身份，您的身份证号最后四位是多少？", ""),
    (d, "0417。", ""),
    (a, "好的，核实无误。您在我们平台的借款本期应还一千八百六十元，还款日是三月五号，目前逾期五天了，请问是遇到什么情况了吗？", ""),
    (d, "店里这个月生意不好，周转不过来。", ""),
    (a, "理解，最近不少小商户都比较难。您看这个月二十号之前能不能先还一部分？剩下的我可以帮您提交延期申请，结果以审核为准。", ""),
    (d, "二十号我先还一千吧。", ""),
    (a, "好的，跟您核对一下：三月二十号前通过App还一千元，剩下的八百六十元我帮您提交申请，审批出来会有短信告诉您。", ""),
    (d, "行。", ""),
    (a, "感谢您的配合，有问题随时打我们官方客服，祝您生意兴隆，再见。", ""),
], [], "clean: identity, verification, amount and date, hedged extension offer, recap, courteous close"),

call("f4d-02", {"stage": "repeat", "called_party": "debtor", "started_at": "2026-03-11T14:05:00+08:00"}, [
    (a, "喂，您好，我是和顺银行信用卡中心委托的联催资产管理公司的专员，姓郑，请问是罗建平先生吗？", ""),
    (d, "又是你们？烦死了，老子说了没钱！", ""),
    (a, "打扰您了，罗先生。麻烦您先确认一下身份证后四位，我再跟您说具体情况。", ""),
    (d, "2209，你们这帮人天天打，有完没完？", ""),
    (a, "谢谢您。您尾号5130的信用卡欠款六千四百二十元，最后还款日是二月二十八号，目前逾期十一天。我知道电话多了让人烦，我们也想尽快帮您把这事理清楚。", ""),
    (d, "理清楚个屁，你们就是一群吸血的，滚蛋！", ""),
    (a, "您的情绪我能理解。如果您觉得金额有问题，我可以帮您登记核实；要是手头紧，也可以申请分期。", ""),
    (d, "分期要多少手续费？", ""),
    (a, "分期的费率在App里有公示，我这边不额外收任何钱。您可以先看看，方便的话这周五之前给我们一个答复。", ""),
    (d, "知道了，别再一天打好几遍。", ""),
    (a, "好的，您的要求我记录下来了，周五之前不会再给您打电话。感谢您接听，再见。", ""),
], [], "clean: hostile, swearing debtor met calmly; agency names the bank it acts for; request to call less is recorded"),

call("f4d-03", {"stage": "repeat", "called_party": "debtor", "started_at": "2026-03-12T16:40:00+08:00"}, [
    (a, "喂，我是瑞丰贷后的，何志强是吧？", ""),
    (d, "是又怎么样？", ""),
    (a, "你在瑞丰借的九千三，上个月十五号就该还了，到现在一分没动。", ""),
    (d, "没钱，你们爱咋咋地。", ""),
    (a, "没钱？没钱你借什么？你这种人就是欠收拾。", "N"),
    (d, "你骂谁呢？信不信我投诉你！", ""),
    (a, "投诉？随便投。你再嘴硬，我们就把你借钱不还的事发到你们公司群里，看你以后在单位还怎么混。", "T"),
    (d, "你敢！", ""),
    (a, "你看我敢不敢。行了，今天下班前钱不到账，后面出什么事你自己兜着。", "A"),
    (d, "神经病！", ""),
    (a, "挂了。", ""),
], ["escalation-after-hostility", "dispute-dismissed", "politeness", "missing-closing", "agent-hangup"],
   "hostile debtor met with contempt: insult, then exposure threat after the debtor threatens to complain (complaint brushed off), ultimatum; no courtesy markers; agent ends the call"),

call("f4d-04", {"stage": "repeat", "called_party": "contact", "started_at": "2026-03-13T11:00:00+08:00"}, [
    (a, "喂，阿姨您好，我是快易花平台贷后中心的，请问您是陈浩的母亲吗？", ""),
    (c, "是啊，我是他妈，他怎么了？", ""),
    (a, "是这样，您儿子在我们平台借了一万五，已经三个多月没还了，电话也不接。", "D"),
    (c, "啊？他没跟我说过啊。", ""),
    (a, "您当妈的得管管他，这钱要是再拖着，他以后找工作都要受影响的。", "D,O"),
    (c, "我一个退休老太太，哪有钱帮他还。", ""),
    (a, "您先帮他垫五千也行，剩下的让他自己想办法。您放心，垫了之后他的逾期记录我这边给他清掉。", "D,F"),
    (c, "我先问问他吧。", ""),
    (a, "那麻烦您今天就跟他说，让他回我们电话，谢谢阿姨。", ""),
    (c, "好好。", ""),
    (a, "好的，打扰您了，再见。", ""),
], ["disclosure-before-verification"],
   "third-party call to the debtor's mother: amount and overdue status told, mother pressed to pay, job consequence, record-clearing promise; polite register throughout"),

call("f4d-05", {"stage": "repeat", "started_at": "2026-03-13T15:30:00+08:00"}, [
    (a, "您好，我是安信消费金融的工作人员，姓孟，请问是孙磊先生吗？", ""),
    (c, "不是，我是他同事，他出去了，手机落在桌上。", ""),
    (a, "不好意思打扰您了。请问您方便帮忙转告一下，让孙先生有空回个电话吗？", ""),
    (c, "什么事啊？要紧吗？是不是他欠钱了？", ""),
    (a, "具体情况我只能跟他本人沟通，请您理解。麻烦您转达一句安信的小孟找他就行。", ""),
    (c, "行吧，我跟他说。", ""),
    (a, "非常感谢您，打扰了，祝您工作顺利，再见。", ""),
], [], "clean third-party call (called_party omitted: a colleague answers the debtor's phone); agent declines to say why, no debt details"),

call("f4d-06", {"stage": "first-contact", "called_party": "unknown", "started_at": "2026-03-14T09:45:00+08:00"}, [
    (a, "您好，这里是和顺银行信用卡部，我姓吕，请问是黄志勇先生吗？", ""),
    (c, "谁？你打错了吧。", ""),
    (a, "不好意思，我跟您再确认一下，请问这个号码的机主是黄先生吗？", ""),
    (c, "不是，这号我用了三四年了，不认识什么姓黄的。", ""),
    (a, "明白了，非常抱歉打扰您。我这边会把这个号码标记一下，之后不会再打过来。", ""),
    (c, "你们找他干嘛？他欠钱了？", ""),
    (a, "抱歉，具体事情我这边不方便说。打扰您了，祝您生活愉快，再见。", ""),
], [], "clean wrong number: stranger asks about a debt and is told nothing"),

call("f4d-07", {"stage": "repeat", "called_party": "debtor", "started_at": "2026-03-15T19:10:00+08:00"}, [
    (c, "您好，您拨打的用户暂时无法接听，请在提示音后留言。", ""),
    (a, "喂 这是给周晓东的留言 我是佳合贷后的", ""),
    (a, "你在我们这借的两万一已经逾期快四个月了 电话一直不接", ""),
    (a, "我跟你讲 法院那边材料我们都递上去了 下礼拜传票就寄到你家", "O"),
    (a, "明天中午十二点之前不回电话 后面怎么处理就由不得你了", "A"),
    (a, "听到留言马上回电 就这样", ""),
], ["disclosure-before-verification"],
   "voicemail (first turn is the recorded greeting, speaker contact): debt amount and status left on the machine, invented summons, ultimatum; ASR without punctuation; no person-level call labels"),

call("f4d-08", {"stage": "first-contact", "called_party": "debtor", "started_at": "2026-03-16T10:30:00+08:00"}, [
    (a, "您好，我是易分期的客服专员小吴，请问是谢婷女士本人吗？", ""),
    (d, "是我。", ""),
    (a, "谢谢，请您说一下身份证尾号四位，做个核实。", ""),
    (d, "663X。", ""),
    (a, "核实好了，谢女士。您在易分期的手机分期这期应还九百八十八元，还款日是三月十二号，目前逾期四天。", ""),
    (d, "啊，我忘了，这几天太忙。", ""),
    (a, "没关系，很多人都是忙忘了。不过得提醒您，这种情况超过一周系统就会把您报成恶意逃债，以后坐火车都要受限，所以今天之内必须处理，没有别的选择。", "O,A"),
    (d, "这么严重？那我晚上就还。", ""),
    (a, "好的，您今晚通过App还款就可以，还完后系统会自动更新。谢谢您接电话，再见。", ""),
], ["first-contact-pressure"],
   "first contact, courteous overall; the violation is one clause of turn 7 (invented 恶意逃债 report + travel ban, then an ultimatum)"),

call("f4d-09", {"stage": "repeat", "called_party": "debtor", "started_at": "2026-03-17T15:15:00+08:00"}, [
    (a, "喂，您好，我是万融资产的专员，受贷家平台委托，请问是邱伟先生吗？", ""),
    (d, "我是。", ""),
    (a, "邱先生，您在贷家的借款待还金额是四千二百元，已经逾期二十天，今天能处理吗？", ""),
    (d, "不对啊，我上个月已经还过两千了，怎么还是四千二？", ""),
    (a, "系统上就是这个数，别跟我扯你还没还过。", "R"),
    (d, "我有转账记录，你们核实一下行不行？", ""),
    (a, "核实什么核实，我们这边只看系统，你那截图说明不了问题。", "R"),
    (d, "那我要投诉。", ""),
    (a, "投诉管什么用，投了也是这个数，别耽误我时间。", "R"),
    (d, "我不会还我没欠的钱。", ""),
    (a, "行，那你自己想清楚，我明天再打。", ""),
], ["dispute-dismissed", "missing-closing"],
   "debtor disputes the balance with proof of payment; agent brushes off the dispute and the complaint; ends without a courteous close. politeness not labelled: the two opening turns use 您/请问, a judgement call"),

call("f4d-10", {"stage": "repeat", "called_party": "debtor", "started_at": "2026-03-18T23:20:00+08:00"}, [
    (a, "喂，我是恒通催收中心的，冯浩是吧？", ""),
    (d, "都几点了你们还打？我明天要上早班！", ""),
    (a, "你不是白天不接吗？那我们就晚上打，你啥时候还钱我们啥时候停。", "H"),
    (d, "你们这是骚扰，我要报警。", ""),
    (a, "报呗。你这笔三千六的账逾期两个月了，你一天不还，我们每晚这个点准时给你打。", "H"),
    (d, "我下周发了工资就还。", ""),
    (a, "下周几？说个具体日子，别再糊弄。", "R"),
    (d, "下周三。", ""),
    (a, "行，下周三晚上十点前不到账，我们就接着打，你们车间的座机也会响。", "H"),
    (d, "……", ""),
    (a, "记住了，下周三。", ""),
], ["call-time", "dispute-dismissed", "politeness", "missing-closing"],
   "night call at 23:20; agent promises nightly calls until paid and calls to the workplace; the debtor's harassment complaint is brushed off (报呗); no courtesy markers; no close. Not labelled escalation-after-hostility: the debtor complains but is not abusive"),

call("f4d-11", {"stage": "repeat", "called_party": "debtor", "started_at": "2026-03-19T11:20:00+08:00"}, [
    (a, "您好，我是速贷通合作的贷后服务机构专员，我姓方，请问是林雅琪女士吗？", ""),
    (d, "是我，你好。", ""),
    (a, "林女士您好，麻烦您提供一下身份证末四位，核实一下。", ""),
    (d, "1186。", ""),
    (a, "谢谢。您在速贷通的借款目前欠款七千五百元，还款日是二月二十号，已经逾期一个月了。请问您最近情况怎么样？", ""),
    (d, "刚换了工作，工资下个月才发，我也着急。", ""),
    (a, "理解您。这样吧，您这个月先还个三千，其余的罚息和违约金我去跟领导说，您放心，我这边肯定能给您全部免掉。", "F"),
    (d, "真的吗？那太好了，我怎么还？", ""),
    (a, "App那边最近有点卡，您直接转到我同事的个人卡上更快，卡号我一会短信发您，户名是方丽。", "M"),
    (d, "转个人卡安全吗？", ""),
    (a, "您放心，我们内部都是这么操作的，到账后我亲自给您销账。", "M"),
    (d, "那好吧。", ""),
    (a, "好的，谢谢您配合，祝您新工作顺利，再见。", ""),
], [], "friendly debtor, courteous agent; utterance violations only (guaranteed waiver, payment to a colleague's personal card); no call-level label applies"),

call("f4d-12", {"stage": "repeat", "called_party": "debtor", "started_at": "2026-03-20T17:05:00+08:00"}, [
    (a, "喂，是潘军吗？", ""),
    (d, "是，哪位？", ""),
    (a, "你那笔一万二的贷款到现在还没处理，这都逾期快五十天了。", ""),
    (d, "我现在真没钱，在工地上一个月就几千块。", ""),
    (a, "没钱就想办法，你手机上那些借款App随便点几个，总有能下款的，先借出来把我们这个填上。", "C"),
    (d, "我不想再借了，越借越多。", ""),
    (a, "那你叫你老婆用她的信用卡取个现，她额度应该够。", "C"),
    (d, "别扯我老婆。还有，你们别再给我姐打电话了，她都被烦死了。", ""),
    (a, "谁让你电话老不接，找不到你当然打你姐，这个你管不着。", "R"),
    (d, "你们这样是违规的。", ""),
    (a, "违不违规不是你说了算。月底前先还六千，咱们再谈后面的。", ""),
    (d, "我尽量吧。", ""),
    (a, "行，月底前，别忘了，再见。", ""),
], ["missing-identity", "dispute-dismissed", "politeness"],
   "agent never names company or role; pushes borrowing from apps and the spouse's card; request to stop calling the sister dismissed; closes with 再见 only"),
]
