# -*- coding: utf-8 -*-
"""Clean (hard-negative) single agent utterances for corpora/fresh13 (hand-written).

One item per line:  style | | text | short reason   (labels field left empty)
Each line is a negated, past, hedged or conditional version of violating content, an issuer's own
measure stated truthfully, a neutral legal fact, the debtor's words repeated back, training prose
that describes or criticises bad wording, a harmless use of a trigger word, or a third-party
call that only asks for a call-back.
"""

DATA = r"""
# ---------------------------------------------------------------- bankasr
bankasr||嗯 好 的 那 您 稍 等 一 下 哈 我 这 边 帮 您 看 一 下 这 个 这 个 还 款 记 录|稍等, harmless wait
bankasr||喂 您好 这边是澜川银行卡中心 我姓何 请问是郑凯郑先生本人吗|identity opening
bankasr||那个 您放心啊 我们 不会 去 您 单位 也 不会 去 您 家里 就是 电话里 跟 您 商量 一下|negated visit
bankasr||呃 之前 那个 同事 说 要 去 找 您 父母 那个 说法 是 不对 的 我 这边 代表 公司 跟 您 道 个 歉|disowned past threat
bankasr||您 刚才 说 你们 是不是 要 来 我家 堵 我 我 明确 跟 您 讲 不会 的 我们 没有 这种 做法|debtor words repeated, denied
bankasr||就是 按照 合同 约定 哈 逾期 的话 呢 可能 会 影响 您 的 个人 正信 记录 这个 我 要 跟 您 说 清楚|truthful consequence, homophone
bankasr||嗯 如果 一直 逾期 的话 银行 这边 可能 会 对 您 这张 卡 做 止付 或者 降额 处理|issuer's own measure
bankasr||对 对 您这个 账单 呢 本期 应还 是 三千二百一十六块五毛 最后 还款日 是 这个月 二十五号|amount and date to debtor
bankasr||嗯 好 的 好 的 那 您 孩子 在 住院 这个 我们 理解 您 先 照顾 孩子 还款 的 事 我们 再 约 个 时间|孩子 harmless, empathy
bankasr||呃 您 说 您 不是 老赖 这个 我 完全 认同 我们 也 从来 没有 这么 看 您|repeated-back insult, denied
bankasr||那个 为了 核实 一下 身份 麻烦 您 报 一下 身份证 后 四位 就 可以|legitimate verification
bankasr||我们 这边 是 不会 跟 您 要 密码 和 验证码 的 哈 任何 人 问 您 要 您 都 不要 给|warning against code requests
bankasr||您 这张 卡 尾号 是 零 八 三 三 对吧|masked card number
bankasr||嗯 阿姨 您好 我 找 一下 王磊 他 不在 是吧 那 麻烦 您 让 他 方便 的 时候 回 个 电话 谢谢 您 啊|third party, call-back only
bankasr||不好意思 这个 是 他 个人 的 事情 具体 内容 我 不太 方便 跟 您 说 您 让 他 回 个 电话 就 行|third party, refuses to disclose
bankasr||欠款 本身 呢 是 民事 上 的 事 谈不上 坐牢 这个 您 不用 怕 但是 信用 记录 是 会 受 影响 的|negated jail + true fact
bankasr||罚息 是 按 合同 算 的 目前 是 每天 万分之五 不会 说 突然 翻倍 的|negated doubling
bankasr||如果 协商 不成 的话 后续 呢 有 可能 会 走 法律 程序 但是 我们 还是 希望 不要 走到 那一步|conditional legal step
bankasr||我们 跟 法院 公安 都 没 关系 就是 银行 卡 中心 的 贷后 部门|negated impersonation
bankasr||还款 的话 您 就 走 官方 App 或者 对公 账户 千万 不要 转 到 任何 人 的 个人 账户 上|official channel
bankasr||减免 这个 需要 提交 申请 能 不能 批 要 看 审批 结果 我 这边 没办法 给 您 打包票|hedged promise
bankasr||嗯 我们 不 建议 您 去 借 新的 来 还 这个 那样 压力 更 大 实在 困难 的话 我们 帮 您 申请 分期|against borrowing
bankasr||我们 每天 联系 您 的 次数 是 有 限制 的 不会 一直 打 您 放心|negated harassment
bankasr||您 慢慢 说 不 着急 我 在 听|polite
bankasr||这个 不是 最后 的 机会 哈 您 随时 都 可以 打 过来 跟 我们 协商|negated ultimatum
bankasr||您 说 随便 你们 怎么 弄 这个 我 理解 您 现在 很 烦 但 我 还是 想 帮 您 想 个 办法|debtor words repeated
bankasr||对 这一期 的 最后 还款日 是 本月 十八号 您 记 一下|最后 harmless
bankasr||嗯 那 我 这边 给 您 登记 一下 下周三 之前 先 还 一千五 剩下 的 我们 再 商量|agreement
bankasr||好 的 那 就 不 打扰 您 了 谢谢 您 接 电话 再见|closing
bankasr||您 等着 我 这边 十分钟 后 给 您 回 过来 可以 吧|等着 harmless
bankasr||嗯 您 家人 那边 我们 不会 去 打扰 的 还是 希望 跟 您 本人 沟通|家人 negated
bankasr||如果 您 同意 的话 我们 可以 安排 两位 同事 带 工作证 到 您 指定 的 地方 当面 沟通 不 同意 就 电话 里 谈|consented visit, conditional
bankasr||之前 有 坐席 跟 您 说 会 影响 您 孩子 上学 那个 是 错误 的 说法 我们 已经 处理 了|disowned overstatement
bankasr||您 是 他 同事 对吧 没关系 麻烦 您 转告 他 回 个 电话 就 行 具体 的 事 我们 跟 他 本人 说|colleague, call-back only
# ---------------------------------------------------------------- agency
agency||您好，我是恒拓资产管理有限公司的催收专员，工号6027，受澜川银行委托与您联系。|truthful agency identity
agency||根据委托协议，我司仅负责提醒与协商，不收取任何额外费用，还款请通过澜川银行官方渠道。|official channel, no fees
agency||如协商未果，委托方可能依法提起民事诉讼，具体以委托方决定为准。|conditional lawsuit, hedged
agency||我司不会向您的亲属、同事或邻居透露您的任何账户信息，请您放心。|negated disclosure
agency||经核实，此前有关“上门张贴公示”的短信并非我司发送，建议您保留证据并向相关部门反映。|disowned threat
agency||依据《征信业管理条例》，不良信息的保存期限为五年，自您结清之日起算。|true legal fact
agency||只有法院判决下来以后有能力却拒不履行，才可能被法院列为失信人，目前您的账户不涉及此情况。|neutral legal fact
agency||本次来电仅为提醒，不代表任何司法机关，也不代表委托银行以外的其他机构。|negated impersonation
agency||贵公司人事部门您好，我们想找一下赵明先生本人，能否麻烦转告他回电？谢谢。|employer, call-back only
agency||抱歉，涉及个人事务，具体内容不便向您说明，麻烦您请他本人回电即可。|third party refused details
agency||这个号码是他本人留给我们的，我们联系您只是为了找到他，他回电后我们就不再打扰您。|third party: legitimate call explained, no debt fact
agency||如您对欠款金额有异议，可提供相关凭证，我司将登记并转交委托方核实，核实期间暂停催收。|dispute handled
agency||减免方案需报委托方审批，我司无权直接承诺，审批结果将以书面形式通知您。|hedged promise
agency||我司不建议您通过其他借贷或信用卡取现方式筹措还款资金。|against coerced borrowing
agency||按照规定，我司每日联系您的次数有严格限制，且不会在晚间十时后来电。|negated harassment
agency||您此前表示“你们再打我就投诉”，我司已记录，并将调整联系频次。|debtor words repeated
agency||如您暂时无法足额还款，我司可协助向委托方申请个性化分期，方案可以再商议。|room to negotiate
agency||经双方确认，您将于本月二十八日前偿还首期款项一千二百元，后续每月还款八百元。|agreement recap
agency||本通知所涉欠款金额以澜川银行系统账单为准，截至今日为一万四千三百六十元。|amount to debtor
agency||我司外访人员均需两人同行、出示工作证件，并须事先征得您的同意，未经同意不会到访。|truthful visit policy
agency||若您已委托律师处理，请提供律师联系方式，我司后续将与律师沟通。|neutral legal fact
agency||核实身份需要您提供身份证号码后四位及预留手机号后四位，其他信息无需提供。|legitimate verification
agency||为保障您的信息安全，我司工作人员不会索取您的密码、验证码或银行卡完整号码。|privacy reassurance
agency||此前个别坐席使用了“后果自负”等不当措辞，我司已对相关人员进行处理，在此向您致歉。|disowned absolute wording
agency||请放心，本次沟通不涉及您的任何家人，我们仅与您本人协商。|家人 negated
agency||逾期期间将按合同约定计收违约金，具体金额请以委托银行发送的账单为准。|truthful consequence
agency||关于您提出停止联系您父母的请求，我司已登记，并将转交委托方处理。|stop-contact handled
agency||我司为委托方授权的第三方服务机构，授权书编号可在委托银行官网查询。|truthful identity
agency||您提到对方自称“法院执行局”让您转账，那不是我司人员，请勿转账并及时报警。|warns of impersonator
agency||如需结清证明，可在结清后向委托银行免费申请，无需向任何个人支付费用。|no fee
agency||鉴于您目前收入下降，本次协商方案可以适当延长还款周期，具体期数请您提出。|room to negotiate
agency||您说您并不认识何先生，我们这边会删除这个号码，不再打扰您。|wrong contact handled, no debt fact
agency||您好，打扰了，此号码登记的机主是否为何建军先生？如不是，我们向您致歉。|identity check, no debt
agency||感谢您的配合，如有疑问可拨打委托银行客服热线，祝您生活愉快，再见。|closing
# ---------------------------------------------------------------- app
app||你好呀，这里是青禾消费金融贷后服务，我是小林，找一下吴婷本人哈。|young identity opening
app||跟你说实话，逾期是会上征信的，早点处理对你自己好，有困难咱们可以聊聊分期。|truthful consequence
app||放心，我们不会动你的通讯录，也不会给你朋友打电话，这个是有规定的。|negated privacy/disclosure
app||你刚说“你们是不是要爆我通讯录”，不会的，我们没这个权限也没这么干过。|repeated-back, denied
app||还款就在App里点“我的借款”→“立即还款”，别转给任何私人账号。|official channel
app||我们这边不收什么停催费、加急费，谁找你要都是骗子，别理。|骗子 about fraudsters, not debtor
app||减免得系统审批，我这边先帮你提交，批不批我真保证不了。|hedged
app||别去别的平台借钱来填这个坑，越滚越大，我们可以帮你申请延期。|against coerced borrowing
app||你说最近被裁员了，理解，先别急，我们看看最低能还多少。|empathy
app||你稍等哈，我看下你这期的账单明细。|稍等
app||你这期应还是一千零八十六块四，最晚还款日是明天晚上十二点。|amount and date
app||哈哈没事，你骂两句我也理解，压力大嘛，咱们还是说回还款的事。|calm after debtor abuse
app||我可不是说你是老赖啊，就是系统提醒你这期还没还。|negated insult
app||晚上十点以后我们不会打给你的，你白天方便的话告诉我个时间。|negated night calls
app||你要是觉得我们打得太多，跟我说个方便接的时间段，我给你备注上。|harassment complaint handled
app||我们只是消金公司的客服，不是什么法院也不是律所，你别紧张。|negated impersonation
app||提额是系统综合评估的，我这儿没法给你承诺能不能借到。|hedged
app||结清之后征信会显示“已结清”，之前的逾期记录不会被删，这个我得跟你说清楚。|truthful, negates deletion
app||之前那条写着“明天上门”的短信不是我们平台发的，你可以截图投诉。|disowned threat
app||你说想把车卖了还钱，这个是你自己的决定，我们不要求你这么做。|debtor idea, not pushed
app||哥们你是吴婷的朋友吧？没事，就是麻烦你让她回个电话，别的不用管。|third party, call-back only
app||不好意思打扰了，你不是本人的话我就不多说了，祝你生活愉快。|third party, no details
app||我们App只在你授权的范围内用信息，不想授权的话可以在设置里关掉。|privacy policy
app||验证身份的话，报一下手机号后四位就行，别的都不用说。|legitimate verification
app||不是最后机会哈，这周还不上也可以，咱们再约个时间。|negated ultimatum
app||分期几期都可以谈，你看哪种对你压力小一点。|room to negotiate
app||你说的“随便你们，爱怎么着怎么着”，我懂你是真的烦了，我们换个方式沟通。|debtor words repeated
app||逾期超过一定天数，平台可能会暂停你的借款额度，这是合同里写了的。|issuer measure
app||别担心，逾期不会影响你家人，也不会有人去你单位。|negated exposure
app||好嘞，那就说定了，周五下午前先还五百，辛苦你啦，拜拜。|closing with agreement
app||你放心啊，这笔钱逾期不会让你坐牢，就是利息会一直算。|negated jail
app||我们没权限看你的位置，也不会查你在哪儿，你别多想。|negated tracking
app||你等着我截个图发你，账单在这儿你自己看下。|等着 harmless
app||如果之后真走诉讼，也是平台按正规流程起诉，会有正式文书寄给你，不是我们打电话说了算。|conditional legal fact
# ---------------------------------------------------------------- im
im||【青禾消费金融】尊敬的客户，您的账单已逾期3天，请登录App处理或致电官方客服，谢谢🙏|official SMS
im||您好～这边是米粒分期客服，看到您这期还没还，方便的时候回个消息哈😊|gentle reminder
im||亲，还款只能走App或官方对公账户哦，任何人让你转私人微信都别信⚠️|official channel warning
im||不好意思打扰啦，这边不会要你的验证码和密码的，请保管好🔒|privacy reassurance
im||收到您说“最近手头紧”，理解的，要不我们聊聊分期方案？|debtor words repeated
im||您好，打扰了，请问您是吴婷的家人吗？麻烦转告她回个电话，谢谢您🙏|third party, call-back only
im||抱歉，具体事情需要跟她本人沟通，麻烦您帮忙转达一下请她回电，感谢～|third party refuses details
im||您放心，我们不会在群里或者朋友圈发任何信息，这是违规的❌|negated exposure
im||您看到的那条“今晚曝光你”的消息不是我们发的，可以截图给我，我帮您反馈。|disowned threat
im||这期应还1280.50元，最后还款日是3月25日，有疑问随时问我哈📅|amount and date
im||今天还不上也没关系，您看下周哪天方便，我给您备注😊|room to negotiate
im||我们不是法院哦，只是平台客服，正式法律文书都是书面送达的📄|negated impersonation
im||减免要走审批，我先帮您提交申请，结果出来第一时间通知您，但不能保证一定通过🙏|hedged
im||别去借别的网贷来还，滚雪球不划算，有困难我们一起想办法💪|against coerced borrowing
im||晚上就不打扰您啦，明早九点后再联系您可以吗？🌙|time-respecting
im||您稍等，我帮您查一下还款有没有到账⏳|稍等
im||您说“你们天天发烦死了”，抱歉给您添麻烦了，我这边调低提醒频率🙏|harassment complaint handled
im||已收到您的还款¥600，剩余¥1,420可在下月10号前还清，辛苦啦👍|confirmation
im||提醒：逾期可能会影响个人征信，早处理早安心哦📌|truthful consequence
im||提醒一下哈，逾期一直不处理的话，额度可能会被冻结，这个是平台的风控规则|issuer measure
im||之前同事说“你一辈子贷不了款”是错误说法，征信不良记录是有保存期限的，向您道歉🙇|disowned overstatement
im||核身只需要您回复身份证后四位，其他信息一律不用发哦|legitimate verification
im||我没说您是骗子哈😅 是系统显示这笔还没入账，麻烦您看一下转账记录|negated insult
im||我们没有读取您的通讯录，只会联系您本人，放心～|negated privacy
im||方案不是定死的，您觉得哪里不合适都可以提🙂|negated absolute
im||收到，您说已经跟家里人商量好下周还，那我备注一下，谢谢您👍|家里人 harmless
im||好的，那先不打扰了，祝您工作顺利，有事随时找我🙋|closing
im||温馨提示：若有人冒充我司员工以“停催费”为由收款，请立即报警📢|warns of fraud
im||按合同约定，逾期会产生罚息，具体金额在App账单页可查看🔍|truthful fact
im||这个号码是您本人借款时留的紧急联系方式吗？如果不是，我们马上删除，抱歉打扰|wrong contact check
im||请问是何先生吗？这边是澜川银行信用卡中心，您方便时回个电话哈|identity
im||如协商不成，银行有权依法起诉，但目前还在协商阶段，希望能好好解决🤝|conditional legal
im||您问我们会不会去您家，不会的，除非您同意约在哪里当面谈🏠|negated visit, consent
# ---------------------------------------------------------------- dialect
dialect||（东北）大哥你别上火，咱不是那意思，就是跟你唠唠这钱咋安排|Northeastern, polite
dialect||（东北）老妹儿你放心，我们不去你家也不找你单位，咱电话里唠明白就行|negated visit
dialect||（东北）你说“你们是不是要整我”，那哪能呢，咱就是商量个还款的日子|debtor words repeated
dialect||（东北）这月整不上也没事儿，你说个数，咱先还一部分|room to negotiate
dialect||（四川）你莫着急嘛，我们不得去你屋头，也不得找你单位，就是跟你商量一哈|negated visit
dialect||（四川）这个钱逾期了会上征信，不是吓你哈，是真的要影响你以后办贷款|truthful consequence
dialect||（四川）你说你娃儿生病了，那你先管娃儿，还款的事我们下个礼拜再说嘛|empathy
dialect||（四川）我们不是派出所的哈，就是银行卡中心的，你莫怕|negated impersonation
dialect||（四川）嬢嬢，我找一哈王磊，他不在的话你喊他回个电话嘛，谢谢你哈|third party, call-back only
dialect||（粤语）唔该晒你，我哋唔会上门，你放心啦|negated visit
dialect||（粤语）你讲“你哋系咪要搞我”，唔会嘅，我哋只系想同你倾下点样还|debtor words repeated
dialect||（粤语）还款请用官方App，唔好转去任何人私人户口|official channel
dialect||（粤语）阿叔，我揾一揾陈生，佢唔喺度嘅话唔该你叫佢覆个电话，唔该晒|third party, call-back only
dialect||（粤语）减唔减到要睇审批，我唔敢同你拍心口保证|hedged
dialect||（上海）侬勿要急，阿拉勿会去侬单位寻侬格|negated visit
dialect||（上海）阿姨侬好，麻烦侬帮我叫伊回只电话，谢谢侬|third party, call-back only
dialect||（上海）侬讲侬勿是赖皮，我晓得额，阿拉从来勿是搿能看侬|repeated-back insult, denied
dialect||（上海）侬稍等一歇，我帮侬查一查账单|稍等
dialect||（湖南）你放心咯，我们不会去你屋里，有么子困难你讲|negated visit
dialect||（湖南）你讲你不是那号赖账的人，我信咯，那我们定个日子|repeated back
dialect||（湖南）分几期都好商量咯，冒得问题|room to negotiate
dialect||（河南）恁别担心，俺们不会去恁家，咱就电话里商量|negated visit
dialect||（河南）中，那就下个礼拜三之前先还一千，剩下嘞咱再说|agreement
dialect||（河南）俺这边不收啥手续费，恁直接在App上还就中|no fees
dialect||（山东）恁放心，俺们这边不会找恁单位，咱好好说|negated visit
dialect||（山东）恁说俺们是骗子，俺理解，恁可以打银行官方电话核实俺身份|repeated-back, verification
dialect||（山东）大娘，俺找一下恁家小刘，他回来了恁让他给俺回个电话就中|third party, call-back only
dialect||（东北）你那卡要是一直逾期，银行那边可能给你停卡，这个得跟你唠清楚|issuer measure
dialect||（四川）如果实在谈不拢，银行是有可能起诉的，但现在还早得很，我们先商量|conditional legal
dialect||（粤语）逾期唔会坐监嘅，不过会影响你信用记录，所以都系早啲处理好|negated jail
dialect||（河南）恁手机号后四位是不是6612？俺就核对一下|masked verification
dialect||（湖南）我们不会要你的验证码咯，哪个问你要都莫给|privacy warning
dialect||（山东）这不是最后一回，恁啥时候想好了都能打过来|negated ultimatum
# ---------------------------------------------------------------- trainer
trainer||❌ 错误示范：“你等着，我们明天就去你家。”——属于上门威胁，严禁使用。|counter-example
trainer||质检备注：坐席7号对客户说“你出门小心点”，已判定为恐吓类违规，扣10分。|QA note quoting violation
trainer||培训要点：客户常见有拖延型、困难型、失联型、恶意型，对困难型要多倾听、少打断。|describes debtor types
trainer||禁用语清单：老赖、骗子、没良心、不要脸、废物。以上称呼一律不得用于客户。|forbidden word list
trainer||反例分析：某坐席说“就你这样的也配借钱”，属于人格贬低，已纳入本月案例通报。|criticised quote
trainer||推荐话术：“王先生，我理解您现在的难处，我们一起看看怎样安排还款对您压力最小。”|recommended compliant
trainer||推荐话术（联系人）：“您好，麻烦您转告张先生回个电话，具体事情我们和他本人沟通，谢谢您。”|recommended third-party script
trainer||❌ 不当话术：“你是他紧急联系人，你得替他还。”|counter-example disclosure
trainer||案例复盘：坐席向客户母亲说出欠款金额及逾期天数，构成向第三方披露，评定为重大违规。|QA prose
trainer||方言培训：避免使用“瓜娃子”“瘪犊子”“鳖孙”等地方骂人话，客户用方言时保持普通话礼貌回应。|forbidden dialect insults
trainer||合规提示：普通消费欠款属民事纠纷，切忌说“要坐牢”“要抓你”之类的话。|prohibition with quotes
trainer||✅ 正确示范：“逾期会如实报送征信，可能影响您今后的贷款审批。”|truthful consequence
trainer||错误：“这周不还，下周一法院就来封你的房。”该表述虚构强制执行，严重违规。|counter-example overstatement
trainer||QA：坐席自称“市公安局经侦支队”，属于冒用公安身份，已移交合规部。|QA note impersonation
trainer||禁止说“转我个人微信就行”，所有还款必须走官方渠道。|prohibition with quote
trainer||反面案例：坐席承诺“还了就帮你删征信”，属于虚假承诺，客户已投诉。|criticised quote
trainer||培训提醒：不得建议客户以借新还旧、信用卡套现等方式筹款。|rule prose
trainer||❌ “你拉黑我就换号打，一直打到你接。”——骚扰类违规示例。|counter-example harassment
trainer||质检标准：坐席不得用“闭嘴”“少啰嗦”“你听好了”这一类呵斥客户的说法。|QA standard
trainer||反例：“爱还不还，随便你。”——体现无所谓态度，会激化矛盾。|counter-example indifference
trainer||错误话术：“没得商量，后果自负。”——把话说死，不给客户留协商空间。|counter-example absolute
trainer||角色扮演（客户）：“你们是不是要去我单位闹？”（坐席应答）：“不会的，我们只和您本人沟通。”|role play, compliant answer
trainer||核身规范：仅核对身份证后四位及预留手机号后四位，严禁让客户报完整证件号或密码。|verification rule
trainer||通讯录数据不得用于催收，坐席不得向客户暗示“我们有你的通讯录”。|prose criticising boasting
trainer||推荐话术：“如果协商不成，银行可能会依法起诉，我们真心希望能避免走到这一步。”|recommended conditional
trainer||案例：坐席说“你孩子以后考不了公务员”，属于夸大后果，已扣分并重新培训。|criticised quote
trainer||新人须知：客户情绪激动、出言不逊时，不顶嘴、不回骂，先安抚再沟通。|rule prose
trainer||标准结束语：“感谢您的接听，祝您生活愉快，再见。”|recommended closing
trainer||复盘意见：本通话坐席多次打断客户并说“我没空听你讲”，语气生硬，建议加强服务意识培训。|QA criticism
trainer||外访规范：须两人同行并出示证件，事先征得客户同意，严禁未经同意上门或在客户单位滞留。|policy prose
trainer||提醒：收到自称催收人员要求缴纳“停催费”的客户反馈，应告知其为诈骗并建议报警。|policy prose
trainer||首次去电以提醒为主，语气温和，说明身份、金额和还款日即可，不宜施压。|policy prose
trainer||错误示范（请勿模仿）：“你这种人我见多了。”正确做法：“我理解，我们看看怎么解决。”|counter-example then compliant
trainer||课堂讨论：为什么“你看着办”这句话在催收场景中会被客户理解为威胁？|training question
# ---------------------------------------------------------------- plain
plain||您好，请问是吴婷女士吗？|opening
plain||我们不会联系您的家人。|negated disclosure
plain||您放心，我们不会上门。|negated visit
plain||您稍等，我查一下。|稍等
plain||逾期可能会影响您的征信。|truthful consequence
plain||您这期应还两千四百元，还款日是本月20号。|amount and date
plain||还款请走我们的官方App。|official channel
plain||除了账单上的金额，我们不另收一分钱。|no fees
plain||减免需要审批，我不能保证。|hedged
plain||您说您不是故意的，我相信。|repeated back
plain||您说要投诉我，没问题，我把投诉渠道告诉您。|complaint accepted
plain||麻烦您让他回个电话，谢谢。|third party, call-back only
plain||具体情况不方便跟您说，请他本人联系我们。|third party refused
plain||我们不是公安机关。|negated impersonation
plain||逾期不会坐牢，但会产生罚息。|negated jail
plain||如果协商不成，可能会走法律程序。|conditional
plain||这不是最后的机会。|negated ultimatum
plain||还款时间可以再商量。|room to negotiate
plain||我们晚上不会给您打电话。|negated night
plain||请报一下身份证后四位。|verification
plain||我们不会问您要验证码。|privacy reassurance
plain||您不用去借钱还我们。|against coerced borrowing
plain||之前的同事说错了，我向您道歉。|disowned past
plain||银行可能会对您的卡片降额。|issuer measure
plain||您的孩子还小，我们理解您的难处。|孩子 harmless
plain||法院的判决书需要正式送达，目前您没有被起诉。|neutral 法院
plain||您说“随便你们”，我理解您很累。|repeated back
plain||您说我们在骚扰您，抱歉，我们会减少来电。|complaint handled
plain||打扰了，您不是本人的话我就挂了，抱歉。|wrong-number apology
plain||不好意思，打错了。|wrong number
plain||我没有说您是老赖。|negated insult
plain||您说家里人都不知道这事，我们不会告诉他们。|家里人 negated
trainer||话术对比：❌“你再不还我们就曝光你” ✅“逾期记录会如实上报征信，希望您尽快安排。”|counter-example then compliant
trainer||QA抽检结论：本周共发现冒充律师事务所开场3例，均已退回重训。|QA summary
trainer||禁用语补充：“走着瞧”“你看着办”“后果你自己掂量”等隐性威胁同样禁止。|forbidden veiled threats listed
trainer||讲师提示：客户说“你们要是去我单位我就报警”时，应回答“我们不会去您单位”，并记录客户诉求。|trainer prose, debtor quote
trainer||案例讨论：坐席问客户要短信验证码“帮忙操作延期”，这种做法错在哪里？|criticised practice
trainer||培训考核题：下列哪句话属于向第三方披露？A. 麻烦您让他回电 B. 他欠我们两万（答案：B）|quiz item, mention
"""
