# -*- coding: utf-8 -*-
"""Violating single agent utterances for corpora/fresh13 (hand-written).

One item per line:  style | label,label | text | short reason
Styles: bankasr agency app im dialect trainer plain
All brands, names, numbers and places are invented.
"""

DATA = r"""
# ---------------------------------------------------------------- threat
bankasr|threat|喂 那个郑先生啊 我跟你说哈 你这个钱今天要是再不处理 我们这边外访的同事呃下午就直接去你家门口等你了|visit threat, actor 外访 + 下午就
agency|threat|根据贵方目前的逾期情况，我司已安排属地外勤人员，将于本周内前往您户籍所在地村委会张贴欠款公示。|bureaucratic poster threat to the village
app|threat,privacy|兄弟别装死了，再不还，你通讯录里那三百多号人明天一人一条短信，说你欠钱不还|爆通讯录 and reveals harvested list
im|threat|亲，今晚12点前没到账的话，你公司群里就会收到你的欠款截图哦😊|exposure to workplace chat, smiley
dialect|threat|（东北）老铁你再跟我磨叽，我们这边哥几个开车就上你家唠唠去，你看着办|Northeastern veiled visit threat
plain|threat|你再不还钱，小心你的家人。|veiled harm to family
bankasr|threat|你你你听我说完 就是说呢 我们公司 那个 当地的同事 他们 今天下午 就 会 到 你单位 找你们领导 当面 谈这个事|split workplace visit with spaces and inserted subject
agency|threat|如您继续拖延，我方将把您的逾期信息制作成催告函，寄送至您工作单位人事部门及您父母住址。|exposure to employer and parents
app|threat,privacy|你孩子在实验二小读三年级对吧，要不要我们去学校门口跟老师聊聊你欠钱的事|child school threat, reveals child data
im|threat|再不回消息 明天就发你朋友圈共同好友 让大家都认识认识你👋|social exposure
dialect|threat|（四川）你莫跟我扯，钱不还的话，我们过两天就到你老家村头去摆起，让全村都晓得|Sichuanese village exposure
trainer|threat|话术卡·施压阶段（第4条）：客户拖延时，可以直接说“你不还，我们就把你欠钱的事发到你们村的微信群里”。|card recommends the quote (可以直接说), so it is a use
plain|threat|你等着吧，有你好看的。|veiled 你等着
bankasr|threat,privacy|嗯 对 就是这个情况 你要是 还是这个态度的话 那 我 也 没办法 走着瞧吧 反正 你 住哪儿 我们 是 清楚的|走着瞧 plus boasting of location
agency|threat,absolute|本机构提醒：若至截止日仍未还款，后续可能产生的一切人身及财产方面的不便，由您本人承担。|veiled harm, 由您本人承担 as ultimatum
im|threat|出门注意点哦，最近晚上不太安全🙂|veiled safety threat with emoji
dialect|threat|（粤语）你再系咁拖，我哋啲伙计会上门揾你倾吓，到时就唔好咁好讲喇|Cantonese visit threat
plain|threat,privacy|今天不还，明天就去你公司堵你，你在金融城B座12楼我们知道。|blocking at workplace
bankasr|threat|那个 呃 刘女士是吧 您这个 这个账呢 就是说 已经 拖了 快三个月了 我们这边呢 也跟您沟通过好多次了 今天呢 我 再跟您讲一次 您要是 还 这么 拖着 不处理 我们 那边 就 会 安排人 去 您 父母 家里 坐一坐 让 老人家 也 知道 知道 这个事 然后 您 看 您 这边 是 今天 能 处理 还是 怎么样|long ASR turn, threat to parents in the middle
app|threat,privacy,harassment|不还是吧？行，你抖音我们也找到了，以后每条视频下面天天评论区见|social exposure, found account
im|threat,absolute|⚠️最后通知：24h内不处理，将启动“亲友告知”程序，你懂的|exposure threat with 最后通知
dialect|threat,insult|（河南）恁这货真不是个东西，要是再不还，俺们几个就去恁家门口蹲着，看恁出不出门|Henan door blocking
plain|threat|你不还钱，我们就把你照片贴到小区门口。|poster
bankasr|threat|我不是吓唬你啊 我就是 跟你说一下 有人 已经 在 你 公司楼下 了|有人 as actor, denial then threat
agency|threat|鉴于您拒不配合，本公司不排除采取进一步的非常规手段，请您慎重考虑后果。|veiled 非常规手段
app|threat,privacy|你老婆电话我这也有，要不我直接跟她聊？|threat to tell spouse, holds her number
im|threat,privacy|你女儿幼儿园的群我们进去了哈，要不要发个通知🤔|child group exposure
dialect|threat|（东北）你瞅瞅你，再不整明白，过两天我们那边的人就上你单位门口给你拉个横幅|banner at workplace
trainer|threat|角色扮演示范（坐席A）：“您今天要是不还，我们明早八点就派人到您家楼下等您出门。”——此句作为本周推荐施压话术使用。|recommended role-play line
plain|threat|再拖下去，你家门上就会有东西。|veiled door painting
bankasr|threat|哎 你 别挂 别挂 我跟你讲 你 这个 钱 不还 的话 我们 这边 有 兄弟 会 去 你 老家 那个 那个 杨柳镇 找 你 爸妈 的|hometown parents visit
im|threat|你的照片+欠款金额已经做好海报了，不信你试试不还🙃|poster ready
dialect|threat|（上海）侬再搿能拖下去，阿拉就到侬屋里厢去寻侬，侬自家掂量掂量|Shanghainese visit + 掂量
plain|threat|你今天不还，后果你自己掂量。|veiled consequence
bankasr|threat|我们 法务 那边 说了 啊 再 不还 就 直接 带人 过去 把 你 车 给 拖 了|法务 as actor, self-help seizure
agency|threat|经研究决定，自即日起对您开展“全方位催收”，包括但不限于联系您的亲属、同事、同学及邻居。|threat to contact everyone
app|threat,privacy|别以为换了号我们就找不到你，你在东莞长安哪个厂上班我们门儿清|tracking boast + pursuit
plain|threat|你不怕你儿子在学校抬不起头，就继续拖。|threat via child
bankasr|threat,privacy|你现在说什么都没用 我告诉你 今天 晚上 之前 钱 不到 那 我们 就 把 你 那个 欠款 的 信息 呃 发给 你 所有 的 紧急联系人 还有 你 通讯录 里面 的 人|爆通讯录, holds address book
app|threat|你信不信我让你在你们公司待不下去|job threat
im|threat,privacy|你住的那栋楼，业主群我们也能进哦，自己想清楚👀|residence group exposure
trainer|threat|施压话术（组长整理，请背熟）：“你要是还不还，我们会直接联系你老家的村干部。”|recommended exposure line
app|threat,insult,overstatement|老赖就该曝光，你等着上我们的“失信榜”吧|老赖, exposure, invented blacklist
agency|threat,disclosure|请您转告您儿子，如其本周不还款，我们将持续联系您及您所在单位。|to a parent: disclosure plus threat to the workplace
plain|threat,absolute|到时候别说我们没提醒你，今天是最后一天，过了就派人去你家。|别怪我们 + 最后一天
# ---------------------------------------------------------------- insult
bankasr|insult|你 你 这种 人 啊 我 真 是 第一次 见 借 钱 的 时候 跟 孙子 似的 还 钱 的 时候 就 成 大爷 了|你这种人, contempt
agency|insult|像您这样有还款能力却恶意拖欠的人员，本质上就是缺乏基本诚信的失信之徒。|bureaucratic insult
app|insult|就你这样的，也配用我们家的额度？|就你这样的 / 也配
im|insult|你脑子是不是有问题啊🙄 借的时候不是挺能说的吗|脑子有问题 with inserted 是不是
dialect|insult|（东北）你个瘪犊子玩意儿，借钱不还还有理了？|Northeastern slur
plain|insult|你就是个骗子。|骗子
bankasr|insult|哎哟喂 你还 好意思 跟我 讲 困难 你 们 全 家 都 是 这 么 过 日 子 的 吧 借 了 钱 就 装 死|你们全家 split by spaces
agency|insult|跟您这种毫无信用观念的人沟通，确实是浪费我司的时间和资源。|跟您这种… polite-form insult
im|insult|笑死 三千块都还不上 混成这样也是本事😂|mockery
dialect|insult|（四川）你个龟儿子，钱借了就想耍赖哇？|Sichuanese slur
dialect|insult|（粤语）你正一无赖嚟㗎，借钱唔还仲喺度讲大话|Cantonese 无赖
plain|insult,rude|你还要不要脸？别跟我哭。|rhetorical contempt
bankasr|insult|对对对 你 困难 你 最 困难 了 全 世界 就 你 最 可 怜 是吧 装 什么 装|mockery of hardship
agency|insult|经核查，您属于典型的“老赖”类客户，请勿再以各种借口搪塞。|quoted 老赖 still applied to debtor
app|insult,threat|一个大男人三千块都拿不出来，丢不丢人，再拖我就让你老丈人家也知道知道|degrading rhetorical question
im|insult|你这人真没良心，当初谁帮你的？|没良心
dialect|insult|（上海）侬只戆大，借了铜钿还要逃，脑子坏脱了|Shanghainese
dialect|insult|（河南）你这个鳖孙，借钱的时候咋不说没钱？|Henan slur
plain|insult|跟你这种人说话真累。|跟你这种人
bankasr|insult,rude|你 有病 吧 你 我 好好 跟 你 说话 你 就 这 态度|你有病吧 and scolding
agency|insult|恕我直言，以您的人品，今后恐怕没有任何机构愿意再与您打交道。|attack on character
dialect|insult|（东北）瞅你那熊样，还跟我这嘚瑟呢|熊样
plain|insult|你这样的人活着有什么意思。|degrading
app|insult|你爸妈就是这么教你的？借钱不还？|blaming parents' upbringing
im|insult|😅你是不是觉得全世界都欠你的 巨婴一个|巨婴
dialect|insult|（山东）你个彪子，还寻思我们不知道你有钱？|Shandong 彪子
trainer|insult|话术卡（强硬版）：客户哭穷时回一句“没钱你借什么钱，穷鬼就别超前消费”。|card recommends insult
bankasr|insult|我 跟 你 讲 啊 你 这个 人 就 是 那 个 那 个 人 渣 知道 吧|人渣 behind fillers
agency|insult|您这种行为与诈骗犯无异，希望您好自为之。|comparison to fraudster
app|insult,rude|闭嘴吧你，一个欠钱的还这么多废话，丢人现眼|insult + order
im|insult|还钱啊老赖👉👈 装什么可怜|老赖 in chat
bankasr|insult,threat|你 这种 烂人 就 该 让 你 单位 的 人 都 看看 你 是 什么 货色|烂人 + exposure
plain|insult|欠钱不还的人都是垃圾，你也一样。|generic then addressed
trainer|insult|质检申诉说明：坐席回客户“你这种人我见多了，一个德行”属正常回应，不应扣分，请复核组撤销。|QA endorses the insult as acceptable, so treated as recommended wording
app|insult|哟，又来哭穷了？上个月不是还发朋友圈去三亚吗，穷得挺有格调啊|sarcastic mockery
agency|insult,absolute|对于您这类反复失约、毫无底线的客户，本中心不再给予任何协商机会。|insult + no room to negotiate
# ---------------------------------------------------------------- privacy
bankasr|privacy|那个 你 不 接 没 关系 啊 你 那个 手机 通 讯 录 呢 这边 都 有 备份 的 两百 多 个 人 呢|boasts of harvested address book
agency|privacy|为核实您的身份，请您提供手机收到的六位验证码。|asks verification code
app|privacy|你现在人在杭州滨江吧，定位显示你昨晚还在网吧|reveals tracking data
im|privacy,rude|把你身份证正反面再拍一张发我微信 还有手持照 快点 别磨叽|demands ID photos to private WeChat
dialect|privacy|（东北）你那个微博小号我们都扒出来了，你别寻思能躲|reveals dug-up social account
plain|privacy|把你老婆的电话和单位告诉我。|demands third-party details
bankasr|privacy|我 给 你 念 一下 啊 你 身份证 号 是 四 一 零 一 零 三 一 九 九 零 零 三 一 二 四 八 一 六 对 吧|reads out full ID number
app|privacy|你支付宝上个月还给人转了两千，别跟我说没钱|reveals financial tracking
im|privacy|你新换的号我们已经查到了，还有你住的那个城中村地址，都在这儿📍|reveals new number and location
dialect|privacy|（粤语）你而家喺深圳龙华嗰间厂返工，我哋查到晒㗎|Cantonese location boast
trainer|privacy|新人须知：核身环节请让客户报出完整银行卡号及取款密码，方便后台核对。|recommends collecting card PIN
plain|privacy|你通讯录里备注“妈”的那个号码是你母亲吧？|reveals harvested contact list
bankasr|privacy|嗯 你 要 是 不 方 便 说 那 你 就 把 你 同 事 的 电 话 给 我 报 一 个 我 们 找 他 也 行|demands colleague's number
im|privacy|卡号6217 0033 2581 4469 012是你的吧？我这边都对得上|reads full card number
bankasr|privacy,threat|你 手机 里 的 相册 我们 这 边 也 是 能 看 到 的 你 自己 想 想 要 不 要 我 们 把 照 片 发 出 去|album access + threat to publish
agency|privacy|请于今日内将您配偶、子女的身份证复印件及联系方式提交至我方邮箱。|demands family ID copies
app|privacy|开一下位置共享给我，我确认下你是不是真的在医院|demands live location
im|privacy,threat|你闺女的学校和班级我这都有哈 方便的话家长群里我也能加|child data + veiled threat
dialect|privacy|（上海）侬屋里是长寿路188弄对伐，阿拉系统里还有侬爷娘两个人的手机|reveals address and parents' numbers
plain|privacy|你的定位我们一直能看到。|ongoing tracking
agency|privacy,threat,overstatement|我方将在官网“失信人员公示”栏目公布您的姓名、身份证号码及欠款金额。|publishing PII, invented blacklist
im|privacy|你QQ空间相册我们都翻过了，你过得挺好的嘛|social account surveillance
trainer|privacy|标准开场（可照读）：“王先生您好，跟您核对一下，您身份证号码320102198506173216，对吧？”|script card reads full ID
plain|privacy|把你支付宝账号和密码发我，我帮你看看额度。|asks password
app|privacy,harassment|你通讯录前二十个我们已经挨个打过了，剩下的今晚继续|reveals contact list and mass calls
agency|privacy|另请补充提供您现任雇主的名称、地址、直属上级姓名及其手机号码。|over-collecting third-party data
bankasr|privacy|呃 我们 这边 后台 能 看 到 你 最 近 登 录 的 IP 是 在 那 个 那 个 温 州 的|reveals tracking via IP
# ---------------------------------------------------------------- disclosure
bankasr|disclosure|喂 阿姨 您 是 王磊 的 妈妈 吧 是 这 样 的 您 儿子 在 我们 这 里 有 一 笔 信用卡 欠款 已经 逾期 两 个 多 月 了|debt told to the mother
agency|disclosure|贵公司人事部门您好，贵司员工赵明在我司的借款已逾期九十余天，金额为两万三千元，请贵司督促其尽快还款。|employer told amount
app|disclosure|你是他同事吧？麻烦跟他说一声，他在我们米粒分期欠的四千多赶紧还了|colleague told amount
im|disclosure|您好，您是张晓燕的紧急联系人，她在速享借的借款已逾期，作为联系人您有义务帮她还款|claims contact must repay
dialect|disclosure,threat|（东北）大姐，你是他媳妇儿吧？他欠我们八千多，你们两口子一家人，你先帮他垫上呗，不垫的话我们就上你们家门口等着|spouse asked to pay
plain|disclosure|您是他爸吧？他欠了我们一万块钱，您替他还一下吧。|father asked to pay
bankasr|disclosure|对 对 我 知道 您 不 是 本 人 那 您 是 他 房 东 是 吧 那 麻 烦 您 跟 他 说 他 那 个 贷 款 再 不 还 就 要 走 法 律 程 序 了|landlord told of loan
agency|impersonation,disclosure|我是区法院执行庭的，作为借款人的配偶，根据“夫妻共同债务”原则，您需对该笔欠款承担连带还款责任。|spouse told they are liable
im|disclosure|叔叔您好，您侄子刘洋在我们平台借的钱一直没还，麻烦您劝劝他🙏|polite but discloses
dialect|disclosure|（四川）嬢嬢，你是他妈嘛？你儿欠我们钱好几个月了，你管一下嘛|Sichuanese to mother
dialect|disclosure|（粤语）阿叔，你系佢老豆系咪？佢喺我哋度借咗三万蚊未还|Cantonese to father
plain|disclosure,insult|你是他领导吧？你们员工欠钱不还，你们公司管不管？招这种老赖也不嫌丢人。|supervisor pressed
agency|disclosure,improper-payment|兹通知借款人所在单位财务部：请协助从其本月工资中代扣逾期欠款6,800元并汇至我司业务主管个人账户。|employer asked to deduct wages
app|disclosure|你是她男朋友？那正好，她欠的那一千二你帮她还了呗，谈恋爱不就得互相扶持|boyfriend asked to pay
dialect|disclosure|（上海）阿姨侬好，侬是伊姆妈伐？伊欠阿拉公司铜钿一直勿还|Shanghainese to mother
trainer|disclosure|联系人话术（推荐）：“您好，您的朋友李某在我司有一笔逾期欠款，金额五千元，请您转告他尽快处理。”|recommended contact script discloses
plain|disclosure|你们村长是吧？你们村的陈二柱欠我们钱跑了。|village head told
bankasr|disclosure,rude|那个 小 伙 子 你 是 他 儿 子 是 吧 你 爸 这 个 卡 欠 了 三 万 多 了 父 债 子 还 你 得 管 啊 别 跟 我 说 不 知 道|son, 父债子还
app|disclosure|老板你好，你店里那个收银员小周在我们这借了钱逾期了，你看能不能预支她工资先还上|employer asked to advance wages
im|disclosure|@物业管家 您好，6栋1202的业主欠我司贷款长期未还，请协助转告|property manager told
dialect|disclosure|（河南）大爷，恁孙子在俺这儿借那钱到现在还没还，恁当爷爷的说说他|grandfather told
plain|disclosure|您是他邻居？麻烦告诉他，他的信用卡欠款该还了。|neighbour told
bankasr|disclosure|喂 你好 请问 是 他们 前台 吗 我 们 是 那 个 催 收 的 你 们 那 个 员 工 孙 浩 欠 款 了|reception told
app|disclosure,harassment|你是紧急联系人，他不还你就得还，这个当初你同意了的，他一天不还我们就一天打你|contact told to pay
im|disclosure,privacy|姐你是他老婆吧 他那笔钱都逾期半年了你真不知道？😮 你们住的御景湾3栋我们也查到了|spouse told
trainer|disclosure|情景演练·联系人篇（标准答复）：对方若问“他欠多少”，请如实告知欠款本金及逾期天数，以增加联系人压力。|instructs telling contacts the amount
agency|disclosure,harassment|请贵单位前台知悉：在借款人还清之前，我方每日都会致电贵单位，请转告其本人及部门负责人。|workplace told + daily calls
# ---------------------------------------------------------------- overstatement
bankasr|overstatement|你 这 个 已 经 算 恶 意 透 支 了 啊 再 不 还 就 是 诈 骗 要 坐 牢 的|criminal label for ordinary debt
agency|overstatement|您的案件已移交法院立案，传票将于三日内送达，届时将直接冻结您名下所有账户。|invented lawsuit and freeze
app|overstatement|逾期超过七天，你的正信就一辈子花了，以后房贷车贷都别想|credit ruined for life, homophone 正信
im|overstatement|不还的话你孩子以后考公政审过不了哦，想清楚|child consequence
dialect|overstatement,rude|（东北）少跟我扯犊子，你这得进去蹲几年，你知道不？|jail
plain|overstatement,disclosure|阿姨，您跟您儿子说，不还钱警察明天就来抓他。|arrest
bankasr|overstatement|呃 是 这 样 的 你 这 个 欠 款 呢 今 天 不 还 的 话 明 天 罚 金 就 翻 倍 了 变 成 一 万 六|doubling amount
agency|overstatement|逾期满九十天后，系统将自动将您列入全国失信人员名录，限制乘坐高铁飞机。|invented automatic blacklist
app|overstatement|你社保都会被冻结，以后看病都报不了|social security
im|overstatement|📢你已被列入行业黑名单，以后哪家银行都不会再给你办卡|invented blacklist
dialect|overstatement|（四川）你这个要遭拘留的哦，派出所那边我们都打好招呼了|detention
dialect|overstatement|（粤语）你再唔还，就会留案底㗎，以后揾工都冇人要|criminal record
plain|overstatement|你这是犯罪，知道吗？|criminal label
bankasr|overstatement|那 个 我 跟 你 讲 啊 像 你 这 种 情 况 啊 下 周 法 院 就 会 上 门 查 封 你 家 的 房 子|imminent seizure
agency|overstatement|根据规定，拖欠超过六个月将按欠款金额十倍征收违约罚金。|tenfold penalty
app|overstatement|你一逾期，你们公司就会收到征信异常通知，你工作肯定保不住|job loss
im|overstatement|再拖 你出国护照都会被注销😯|travel
trainer|overstatement|施压要点（组长版）：告诉客户“逾期会影响子女上大学、参军”，效果最好。|recommends child consequence
plain|overstatement|不还款你以后一辈子都贷不了款。|for life
agency|overstatement,absolute|本函即为诉前最后通牒，逾期未还，法院将于下周一强制执行。|invented enforcement + 最后通牒
im|overstatement|刑事立案材料已经准备好了，就差你签收👮|invented criminal case
dialect|overstatement|（山东）恁寻思寻思，这事儿闹大了得判刑，恁闺女以后咋考公务员|jail + child
plain|overstatement|你的欠款明天就会变成两倍。|doubling
bankasr|overstatement,threat|我 们 已 经 跟 你 们 当 地 派 出 所 报 备 了 今 天 不 还 晚 上 就 有 人 上 门 带 你 走|arrest claim + visit
# ---------------------------------------------------------------- impersonation
bankasr|impersonation|喂 你好 这 里 是 那 个 那 个 市 公 安 局 经 侦 支 队 的 找 一 下 陈 刚|police
agency|impersonation|您好，我是澄江区法院执行局的干警，就您的欠款案件与您核实情况。|court
app|impersonation|我们是律师事务所的，你这个案子已经委托我们起诉了|law firm
im|impersonation|【金融监管局】您的逾期行为已被记录，请于今日联系处理|regulator SMS header
dialect|impersonation,threat,overstatement|（东北）我是派出所的，你那事儿我们都知道了，赶紧还钱，不还明天就去你家把你带走|police, Northeastern
plain|impersonation|我是法院的，你的案子下来了。|court
bankasr|impersonation|我 是 仲 裁 委 员 会 的 您 这 个 仲 裁 已 经 受 理 了|arbitration
agency|impersonation|（外包机构坐席）您好，我是澜川银行卡中心的正式员工，直接负责您的账户。|agency posing as lender
app|impersonation|我这边是网警，你的借款记录我们在查|cyber police
im|impersonation,overstatement|这里是检察院公诉科，你涉嫌恶意透支，请速回电|procuratorate + criminal claim
dialect|impersonation|（四川）我是你们那边街道办的，专门管你这种欠钱的事|local government
trainer|impersonation|开场推荐（外包组适用）：自称“银行总行风控部”而非我司名称，客户接听率更高。|recommends posing as lender
plain|impersonation|我们是政府部门的，请配合。|government
agency|impersonation|本通知由“金融纠纷调解中心”联合公安机关发出，请勿忽视。|acting with police
app|impersonation,overstatement|我是法院书记员，明天把传票寄你家|court clerk + invented summons
# ---------------------------------------------------------------- improper-payment
bankasr|improper-payment|嗯 你 别 走 那 个 App 了 直 接 转 到 我 个 人 卡 上 我 帮 你 销 账 快 一 点|personal card
agency|improper-payment|办理延期还款需预先缴纳账户管理保证金一千元，缴纳后方可受理。|保证金
app|improper-payment|加我微信，转我就行，我给你打个八折|private WeChat + off-book discount
im|improper-payment,false-promise|停催费199，付了马上停止联系你🙂 支付宝扫这个码|停催费 + promise
dialect|improper-payment|（东北）你把钱打我媳妇儿那张卡上，一样的，我这边给你报上去|relative's card
plain|improper-payment|还款请转到我的支付宝。|personal Alipay
bankasr|improper-payment|这 个 的 话 你 还 要 另 外 交 三 百 块 的 手 续 费 啊 交 到 我 们 那 个 业 务 员 的 微 信 上|extra fee to personal WeChat
agency|improper-payment|如需出具结清证明，需另行支付工本费及加急费共计五百元至指定个人账户。|fee to personal account
im|improper-payment|v我一下 私下处理 不走系统 你懂的😉|off-system private transfer
dialect|improper-payment|（粤语）你直接畀现金我就得，唔使经公司|cash to collector
trainer|improper-payment|收款技巧（内部）：客户着急时可建议其转账至组长私人支付宝，“处理更快”。|recommends personal Alipay
plain|improper-payment,disclosure|您是他姐姐吧？他那笔欠款您替他转给我同事就行，她会帮着处理。|colleague's account
agency|improper-payment|请将款项汇至以下账户：户名周海燕，开户行溪岸农商银行，此为我司指定收款账户。|personal-name account called designated
app|improper-payment|你先转两百“加急费”给我，我帮你把案子往后压一压|加急费
# ---------------------------------------------------------------- false-promise
bankasr|false-promise|你 今 天 还 了 我 保 证 你 征 信 上 那 个 逾 期 记 录 给 你 删 掉|delete credit record
agency|false-promise|只要您今天结清本金，我司承诺全部利息罚息一次性减免，且永不上报征信。|waiver + never report
app|false-promise,improper-payment|还一半就行，转我支付宝，剩下的我做主给你免了|unauthorised waiver
im|false-promise|放心 还了之后保证你下个月能再借五万 秒批🚀|guaranteed approval
dialect|false-promise|（东北）你还了这个，我跟你保证以后不会再有人找你，也绝对不会告你|never sue
plain|false-promise,disclosure|阿姨，您今天帮他把这笔还了，我就把他的逾期记录消掉。|erase record
bankasr|false-promise|我 跟 你 说 你 先 还 两 千 剩 下 的 就 都 不 用 还 了 我 这 边 给 你 做 结 清|waive rest
agency|false-promise|我方可为您出具无逾期证明，银行贷款审批不受任何影响。|false certificate
app|false-promise|你还了我帮你把征信洗白，包你能办房贷|洗白
im|false-promise|今天还清 送你提额到两万 百分百通过💯|guaranteed limit
dialect|false-promise|（四川）你把这个还了，我拍胸口保证你征信干干净净|clean record
trainer|false-promise|成交话术：客户犹豫时可承诺“结清后征信马上恢复，逾期记录会被删除”。|recommends false promise
plain|false-promise|还了这笔，我保证公司永远不会起诉你。|never sue
app|false-promise|还了之后我把你从黑名单里拉出来，其他平台也都能借了|guaranteed access
# ---------------------------------------------------------------- coerced-borrowing
bankasr|coerced-borrowing|你 上 别 的 那 个 平 台 借 一 点 嘛 现 在 网 贷 那 么 多 随 便 借 一 个 就 还 上 了|borrow from other apps
agency|coerced-borrowing|建议您通过其他信用卡取现或分期的方式筹措资金，优先结清本笔欠款。|cash advance elsewhere
app|coerced-borrowing|你手上不是还有别的卡吗，套个现出来先还我们的|套现
im|coerced-borrowing|实在没钱 推荐你个口子 当天放款 借了先把我们这边平了👍|recommends loan app
dialect|coerced-borrowing|（东北）你家那车卖了不就有钱了吗，磨叽啥|sell car
plain|coerced-borrowing|你找亲戚朋友借点不就行了。|borrow from relatives
bankasr|coerced-borrowing|那 个 你 们 老 家 不 是 有 房 子 吗 卖 了 先 把 这 个 还 了 呗|sell house
agency|coerced-borrowing,false-promise|我司合作的第三方机构可为您提供应急过桥资金，日息仅千分之五，借款记录保证不上征信，您可先借后还。|bridging high-interest loan
app|coerced-borrowing,threat|去借个高利贷也得先把我们的还了，懂吗，不然有你好受的|高利贷
im|coerced-borrowing,privacy|你花呗借呗额度还有吧 我看你后台还剩八千 先刷出来还我这边🙏|use other credit
dialect|coerced-borrowing|（四川）你去找个贷款公司嘛，借个几千块先把这边填起噻|borrow elsewhere
trainer|coerced-borrowing|推荐话术：“您名下其他信用卡还有额度的话，可以先刷出来还款，我们这边优先处理。”|recommended cash-out
plain|coerced-borrowing|把你的车押了去借钱还我们。|pledge car
agency|coerced-borrowing|如您暂无资金，可考虑以个人名义向亲友或小额贷款公司融资后予以归还。|borrow from small-loan company
app|coerced-borrowing|你手机才买没多久吧，拿去回收了还能卖个三千|sell phone
# ---------------------------------------------------------------- harassment
bankasr|harassment|你 不 接 是 吧 没 事 我 们 这 边 系 统 会 一 直 给 你 打 打 到 你 接 为 止|call until answered
agency|harassment|自即日起，我方将每日分时段对您进行不少于二十次的电话提醒，直至还款完成。|twenty calls a day
app|harassment|你拉黑了是吧，没用，我们号码池里有的是号，轮着来|changing numbers
im|harassment|每天早中晚三条消息提醒你，直到你还为止哈😊|bombarding until paid
dialect|harassment|（东北）你不接，我就半夜两点给你打，看你睡得着不|night calls
plain|harassment|你不还，我们就天天给你打。|daily until paid
bankasr|harassment,threat,privacy|我 们 这 边 呢 会 给 你 通 讯 录 里 的 人 挨 个 每 天 打 一 遍 直 到 你 出 面|mass calls to contact list
agency|harassment|请知悉：本案件已纳入“全天候提醒”队列，包括夜间时段。|round-the-clock incl. night
app|harassment|晚上十一点以后我们也会打，你最好开着机|night calls
im|harassment|已安排机器人每小时拨打你和你公司前台一次📞|hourly robot calls incl. workplace
dialect|harassment|（四川）你屏蔽嘛，我们有的是号码，一天打你百把个|number switching, volume
trainer|harassment|外呼策略（组内）：对失联客户采用“轮番轰炸”，每15分钟换号重拨一次，直至接通。|recommends bombing
plain|harassment,disclosure|您是他们公司前台吧？他欠钱不还，你们公司座机我们每天都会打十几遍。|workplace bombing
app|harassment,threat|你不回，我就在你每条朋友圈下面留言，留到你回为止|comment bombing + exposure
# ---------------------------------------------------------------- rude
bankasr|rude,threat|哎 你 少 废 话 啊 我 就 问 你 今 天 还 不 还 不 还 你 就 等 着 我 们 去 你 家|少废话
agency|rude|您别跟我扯那些没用的，直接告诉我今天还不还。|impatient order in polite pronoun
app|rude|闭嘴，听我说完|闭嘴
im|rude,insult|别发语音 打字！说重点 文盲吗你|curt orders
dialect|rude|（东北）你给我整明白点儿，别跟我这儿墨迹|你给我 + scolding
plain|rude|你给我听好了。|你给我听好
bankasr|rude|我 都 说 了 三 遍 了 你 到 底 有 没 有 在 听 啊|impatience
im|rude|别废话了 今天几点转|别废话
dialect|rude,insult|（四川）你个哈批莫啰嗦了，快点说哪天还|Sichuanese impatience
dialect|rude|（粤语）收声啦你，听我讲先|Cantonese 收声
plain|rude,disclosure|您是他媳妇儿吧，别替他找借口了，让他快点还钱。|scolding
bankasr|rude,coerced-borrowing|哎 呀 你 能 不 能 别 磨 磨 唧 唧 的 赶 紧 的 去 网 上 随 便 借 个 贷 款 不 就 完 了|impatience
agency|rude,threat|请你态度端正一点，现在是你欠我们的钱，再这个态度，我们直接去你单位当面谈。|scolding
app|rude,insult|你吼什么吼？欠钱的孙子还有理了？|answering back + 孙子 slur
im|rude|少跟我扯，截图发我|少跟我扯
trainer|rude|强势开场（推荐）：“少跟我扯那些，今天到底还不还？”|recommended rude opener
plain|rude|我没空听你讲故事。|dismissive
dialect|rude,harassment|（河南）恁别嘟嘟了，中不中给个痛快话，不给俺就一个钟头打恁一回|Henan impatience
app|rude|能不能快点？我一天要打几百个电话，没工夫陪你耗|impatience
agency|rude|你的困难与我方无关，不必赘述。|dismissive scolding
# ---------------------------------------------------------------- indifference
bankasr|indifference|随 便 你 吧 你 爱 还 不 还 反 正 也 不 是 我 的 钱|爱还不还
agency|indifference|还与不还是您个人的事，我方无所谓。|无所谓
app|indifference,insult|你还不还关我啥事，我就是个打电话的，反正你这种人迟早被拉黑|indifferent
im|indifference,rude|爱咋咋地 不还拉倒🤷 别再烦我|indifferent
dialect|indifference|（东北）爱还不还，我才不管你那破事儿|indifferent
plain|indifference|随便你，无所谓。|indifferent
dialect|indifference|（四川）你还不还嘛，随便你咯，我无所谓的|Sichuanese
bankasr|indifference|嗯 嗯 那 你 自 己 看 着 办 吧 我 反 正 无 所 谓 你 还 不 还|indifferent
app|indifference|行吧，你不想还就别还了，反正最后吃亏的是你|indifferent
agency|indifference|您是否处理我方并不在意，系统会自动流转。|indifferent
im|indifference|你开心就好，还不还的我不在乎😶|indifferent
trainer|indifference|应对拖延型客户（推荐）：表现出“随便你还不还”的态度，让客户自己着急。|recommends indifference
plain|indifference|你爱怎么样就怎么样吧。|indifferent
dialect|indifference|（粤语）你还唔还关我咩事，我唔理㗎|Cantonese
# ---------------------------------------------------------------- absolute
bankasr|absolute,rude|你 给 我 听 清 楚 这 个 没 得 商 量 啊 今 天 必 须 全 额 还 清|没得商量
agency|absolute,overstatement|这是您最后一次机会，本通知发出后不再接受任何协商，案件将直接转为刑事处理。|最后一次机会
app|absolute|一口价，今天五点前全部还完，否则后果自负|后果自负
im|absolute,disclosure|@他家属 最后通牒‼️ 他那笔欠款不接受分期 不接受减免|ultimatum
dialect|absolute,insult|（东北）就这一个办法，没别的，你个虎了吧唧的爱咋想咋想|no room
plain|absolute,threat|不还全款就免谈，到时候别怪我们上门。|免谈
dialect|absolute,coerced-borrowing|（四川）今天就这个数，少一分都不得行，找你朋友借都要借来|no room
bankasr|absolute|我 跟 你 讲 这 是 最 后 一 次 机 会 了 过 了 今 天 就 什 么 都 谈 不 了|最后一次机会
trainer|absolute|收尾话术（推荐）：“今天就是截止日，过了就没得谈，后果您自负。”|recommended ultimatum
trainer|threat|催收群公告（主管发）：对失联超过7天的客户，统一回复“再不联系，我们就去你家和单位找你”，各组照此执行。|supervisor orders the threat
trainer|insult,rude|模拟通话评分表·加分项：能用“你脑子清醒点”“别给脸不要脸”压住客户气势的坐席加2分。|score sheet rewards insults
trainer|disclosure|联系人沟通技巧（分享）：遇到家属推脱时，直接告诉对方“他欠的钱你们家迟早要还”，家属一般会帮忙催。|recommends pressing family
trainer|harassment|早会要求：今天名单上的客户每人至少拨打十五次，关机的就打他紧急联系人，打到有人接为止。|orders call bombing
trainer|rude|话术改进建议：客户反复解释时，坐席可直接打断：“行了行了，我不想听这些，你就说还不还。”|recommends curt interruption
trainer|coerced-borrowing|结案技巧：客户说没钱时，引导其“找朋友周转一下，或者先在别的平台借出来”，争取当天回款。|recommends borrowing elsewhere
"""
