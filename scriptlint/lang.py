"""Language data for the exception scopes, read from `rules/lang/*.yaml` (and a user's
`lang/*.yaml`, whose lists are merged into the built-in ones): negators, condition words, quote
marks, prohibitions of speech, reporting verbs, past markers, hedges, conditionals. `Language`
turns the word lists into the patterns `scopes.py` uses; the structure of those patterns lives
here, the words in the YAML."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .text.normalize import fold_dialect

# a QA score deducted (扣3分), as a line's heading or as the verdict right after a quote
SCORE_DEDUCTED = "扣[0-9一二三四五六七八九十两]+分"

LIST_KEYS = (
    "negators", "not_negations", "condition_negators", "condition_verbs", "condition_phrases", "resets", "weak_in_question", "coordinators",
    "denials_after", "prohibitions_after", "prohibited_acts", "speaking_subjects", "subject_adverbs", "subject_negators", "because", "question_particles",
    "say_verbs", "prohibitors", "not_after_say", "refusal_topics", "banned_speech_terms", "quote_intros", "quote_back_speakers",
    "quote_back_times", "quote_back_verbs", "quote_back_tails", "after_quote_kinds", "after_quote_verdicts",
    "after_quote_classes", "after_quote_judges", "criticised_marks", "endorsed_leads", "praise", "consequence_markers", "reporters", "report_times", "report_verbs", "hearsay", "debunkers", "answers_no", "answer_leads", "said_back_times", "said_back_intents", "company_address", "household_after_address", "listener_pronouns", "not_consequences", "silence_leads",
    "past_markers", "past_particles", "deadline_markers", "deadline_heads", "hedges", "conditionals", "voicemail_prompts", "confirmations", "hangup_negators",
    "third_party_cues", "third_party_address", "wrong_number_cues", "voicemail_messages", "self_identifications", "silence_marks", "cant_hear",
    "counter_example_labels", "model_speech_labels", "owner_replies", "not_confirming", "other_hangups",
    "tag_negators", "tag_particles", "named_after_bare",
)
MAP_KEYS = ("quotes", "bare_negator_window")
NUMBER_KEYS = ("negation_window",)


def _alt(words, longest_first: bool = False) -> str:
    items = sorted(words, key=len, reverse=True) if longest_first else list(words)
    return "(?:" + "|".join(map(re.escape, items)) + ")"


class Language:
    """Compiled scope patterns for one set of word lists (`data`: key → list, map or number)."""

    def __init__(self, data: dict | None = None):
        self.data = data if data is not None else default_data()
        d = _folded(self.data)  # the scopes read normalised text, whose regional pronouns are folded
        self.negation_window: int = int(d["negation_window"])
        self.bare_window: dict[str, int] = {k: int(v) for k, v in d["bare_negator_window"].items()}
        self.quotes: dict[str, str] = dict(d["quotes"])
        self.weak_in_question = frozenset(d["weak_in_question"])
        self.tag_negators = frozenset(d["tag_negators"])
        # after a tag negator: its clause closes on a tag particle within a few characters
        self.tag_asked_re = re.compile("[^,;:!?。]{1,12}?" + _alt(d["tag_particles"]))
        # every negator any negation check reads: before the hit, inside it (我们不会…), right after it
        self.neg_chars = frozenset("".join(d["negators"] + d["subject_negators"] + d["denials_after"] + d["prohibitions_after"]))
        self.neg_re = re.compile(f"(?!{_alt(d['not_negations'])}){_alt(d['negators'], longest_first=True)}")
        self.condition_re = re.compile(
            f"{_alt(d['condition_negators'])}{_alt(d['condition_verbs'])}|{_alt(d['condition_phrases'])[3:-1]}")
        self.reset_re = re.compile(_alt(d["resets"]))
        self.consequence_re = re.compile(f"(?!{_alt(d['not_consequences'])})" + _alt(d["consequence_markers"]))
        # a hit that is the second of coordinated acts (…做成公告或|发到网上) shares the first act's negator
        self.coordinated_re = re.compile(_alt(d["coordinators"], longest_first=True) + r"$")
        self.anota_re = re.compile(r"(.{1,2})[不没]\1")  # A-not-A: 会不会, 是不是, 有没有, 生病不生病
        denial = r"^[的了吧呢啊嘛]?(?P<pause>[,，])?(?:是|那是|这是|都是)?" + _alt(d["denials_after"])
        self.post_neg_re = re.compile(
            # 坐牢，不可能的: after a pause the denial must stand alone (不会再有任何问题 goes on the promise)
            denial + r"(?(pause)(?:[的啦吧呀啊了]|的事)?(?=[,，。.!！?？;；]|$))"
            # 私人账户一律覅打 / 高利贷千万别碰: a prohibition of the act on what the hit names, with no pause
            + "|^" + _alt(d["prohibitions_after"]) + "(?:再)?" + _alt(d["prohibited_acts"]))
        self.subject_neg_re = re.compile(
            f"{_alt(d['speaking_subjects'])}{_alt(d['subject_adverbs'])}?(?P<neg>{_alt(d['subject_negators'])[3:-1]})")
        self.because_re = re.compile(r"^(?:会|能|是|应该|应|说)?" + _alt(d["because"]))
        self.question_end = re.compile("[" + re.escape("".join(d["question_particles"])) + r"?？][\s。!！?？]*$")
        say = _alt(d["say_verbs"])
        self.prohibit_say_re = re.compile(
            f"{_alt(d['prohibitors'])}(?:以任何(?:理由|方式|借口|名义)|随意|擅自|主动|直接|向客户|对客户|跟客户|和客户)?{say}"
            f"(?!{_alt(d['not_after_say'])})|{_alt(d['banned_speech_terms'])[3:-1]}")
        self.refusal_re = re.compile(_alt(d["refusal_topics"]) + r"(?:我们|我|咱们|咱)?$")
        self.intro_re = re.compile(_alt(d["quote_intros"]))
        self.prohibitor_re = re.compile(_alt(d["prohibitors"]))
        self.quote_back_re = re.compile(
            f"{_alt(d['quote_back_speakers'])}{_alt(d['quote_back_times'])}?{_alt(d['quote_back_verbs'])}{_alt(d['quote_back_tails'])}?")
        # …said by the listener (客户骂“…”), not to the listener (坐席对客户说“…”)
        self.listener_said_re = re.compile(r"(?<![对跟和给向])" + self.quote_back_re.pattern)
        more = r"(?:[、,，和及与或]?[“\"「『‘][^”\"」』’]{0,20}[”\"」』’])*"  # “后果自负”“没得商量”这些话
        verdict = (f"^[^。！？!?]{{0,20}}?(?:{_alt(d['after_quote_verdicts'])[3:-1]}|{SCORE_DEDUCTED}"
                   f"|{_alt(d['after_quote_judges'])}[^。！？!?]{{0,8}}?{_alt(d['after_quote_classes'])})")
        self.after_quote_re = re.compile(f"^{more}{_alt(d['after_quote_kinds'])}|{verdict}")
        # …and only the verdict (扣分, 属于威胁), which still files a recommended quote as wrong
        self.after_quote_verdict_re = re.compile(verdict)
        # a quote recommended right before it: 直接说“…” / 可自称“…” / ✅“…” / （老师批注：可用）：“…”
        self.endorsed_lead_re = re.compile(  # 推荐话术（施压三步法）：“…”: a short aside may stand before the colon
            _alt(d["endorsed_leads"], longest_first=True) + r"\s*(?:[（(][^（）()]{0,16}[）)])?\s*[】\]）)]?\s*[:：]?\s*$")
        # praise of what was said, anywhere in the sentence: 说得好 / 加分 / 回款率明显提升 (说得好听 is no praise)
        self.praise_re = re.compile(_alt(d["praise"], longest_first=True) + "(?!听)")
        # a quote marked as a counter-example right before it: ❌“…” / 错误：“…” (✅“…” is a use)
        self.criticised_lead_re = re.compile(_alt(d["criticised_marks"], longest_first=True) + r"\s*[】\]）)]?\s*[:：]?\s*$")
        # a QA verdict that names the kind of speech right before the hit: 属于无所谓态度 / 认定为威胁
        self.judged_before_re = re.compile(_alt(d["after_quote_judges"]) + r"\s*$")
        # a hit named as a kind of speech right after it, without quotes: 没得商量这种话我们不会讲
        self.named_after_re = re.compile(rf"\s?(?:{_alt(d['after_quote_kinds'])}(?:话|说法|字眼|词|表述|用语)|{_alt(d['named_after_bare'], longest_first=True)}(?![似型别]))")
        self.reported_re = re.compile(
            f"{_alt(d['reporters'])}{_alt(d['report_times'])}?(?:跟您|跟你|和您|对您|给您)?{_alt(d['report_verbs'])}"
            f"|{_alt(d['hearsay'])[3:-1]}")
        self.debunk_re = re.compile(_alt(d["debunkers"]))
        # someone else's act reported right before the hit, then judged (之前那个同事|打去你单位|是不合规的)
        self.reported_actor_re = re.compile(f"{_alt(d['reporters'])}{_alt(d['report_times'])}?\\s?(?:又|也|还|就)?\\s?$")
        # the next sentence answers a question no: 不会的。/ 放心，不可能 / 那是谣言
        self.answer_no_re = re.compile(
            rf"\s*(?:{_alt(d['answer_leads'])}[,，!！]?)?(?:(?:是|那是|这是|都是)?{_alt(d['answers_no'])}"
            rf"(?:[的啦了呀啊吧]|的事)?(?=[,，。.!！?？;；]|$)|[^。！？!?]{{0,6}}?{_alt(d['debunkers'])})")
        times = _alt(d["said_back_times"])
        intents = _alt(d["said_back_intents"])
        # not 跟您说 / 对您讲 (said to the listener), but 对对您刚刚说 (yes, yes: you just said)
        nt = "(?:(?<![跟和给对])|(?<=对对))"
        you = _alt(d["listener_pronouns"])  # 您 / 你, and the dialects' 恁 / 侬
        self.said_back_re = re.compile(rf"{nt}{you}{times}(?:说|讲|提到|问)|{nt}{you}(?:说|讲){you}?自己"
                                       rf"|{nt}{you}(?:说|讲|哇){you}?{intents}"
                                       # 客户说要把车卖了: the debtor's plan reported in a training question
                                       rf"|(?:客户|对方|债务人|借款人)(?:说|讲|提出|表示)(?:他|她|自己)?{intents}"
                                       # 你讲你勿是赖皮 / 您说您不是故意的: the listener's denial said back
                                       rf"|{nt}{you}(?:说|讲|话){you}(?:不是|勿是|唔系|没有|冇|是)"
                                       # Cantonese 你话我哋系… (you say we are …)
                                       rf"|{nt}(?:您|你)话(?=我哋|我们|我|佢)"
                                       # 前天您说… (the time first) / 您问他欠了多少？ (the listener's question echoed)
                                       rf"|{times}(?:您|你)(?:说|讲|提到|问)|(?<![跟和给对让叫请])您问(?!问|一下|下|一问|清楚)"
                                       # 您说的后果自负是… (the echoed words as a topic) / 您说之前有人…: the polite 您说 echoes the listener
                                       rf"|{nt}您说的|{nt}你说的[^,]{{1,8}}?是|{nt}您说(?!说|呢|吧|吗|怎么|什么时候|哪天|个|一下|了|的|出)")
        # The same without its look-behinds: a necessary condition, checked once per sentence.
        self.said_back_any_re = re.compile(self.said_back_re.pattern.replace(nt, ""))
        self.debtor_voice_re = re.compile(_alt(d["company_address"]) + f"(?!{_alt(d['household_after_address'])})")
        heads = "".join(d["deadline_heads"])
        self.past_re = re.compile("|".join(
            (f"(?<![{re.escape(heads)}])" if m in d["deadline_markers"] else "") + re.escape(m)
            for m in sorted(d["past_markers"], key=len, reverse=True)))
        self.hedge_re = re.compile(_alt(d["hedges"], longest_first=True))
        self.conditional_re = re.compile(_alt(d["conditionals"], longest_first=True))
        self.voicemail_re = re.compile(_alt(d["voicemail_prompts"], longest_first=True))
        self.third_party_re = re.compile(_alt(d["third_party_cues"], longest_first=True))
        # one utterance (not a whole call) may also name its listener by how it addresses them
        self.utterance_third_party_re = re.compile(_alt(d["third_party_cues"] + d["third_party_address"], longest_first=True))
        self.wrong_number_re = re.compile(_alt(d["wrong_number_cues"], longest_first=True))
        self.voicemail_message_re = re.compile(_alt(d["voicemail_messages"], longest_first=True))
        # a turn that is only a transcriber's note of silence ([静音], （无声）) and an agent who cannot hear anyone
        self.silence_re = re.compile(r"^\s*[\[【（(]\s*" + _alt(d["silence_leads"], longest_first=True) + "?" + _alt(d["silence_marks"], longest_first=True) + r"[^\]】）)]{0,12}[\]】）)]\s*$")
        self.cant_hear_re = re.compile(_alt(d["cant_hear"], longest_first=True))
        self.self_identified_re = re.compile(r"(?<!不)" + _alt(d["self_identifications"], longest_first=True))
        # a reply that starts with a confirmation, after fillers: 嗯，是我 / 是。/ 对对对
        self.confirm_re = re.compile(r"^[\s,.。!?啊呃哦喂]*" + _alt(d["confirmations"], longest_first=True) + r"(?![不是])")
        self.hangup_negator_re = re.compile(_alt(d["hangup_negators"], longest_first=True) + r"[^,.。!?]{0,2}$")
        self.owner_reply_re = re.compile(_alt(d["owner_replies"], longest_first=True))
        self.not_confirming_re = re.compile(_alt(d["not_confirming"], longest_first=True))
        self.other_hangup_re = re.compile(_alt(d["other_hangups"], longest_first=True))
        # a line's heading label: list markers, up to 8 characters, the label, up to 12 more, a colon
        head = r"^\s*(?:[-*+>]\s*|\d+[.)、]\s*|[❌✗✘×]\s*|[【\[(（])*[^：:“”\"。！？!?\n]{0,8}?"
        tail = r"[^：:“”\"。！？!?\n]{0,12}?[：:]"

        def headed(labels: str) -> re.Pattern:
            """A line headed by one of `labels`: before a colon, or as a bracketed heading (【推荐话术·M3施压】“…”)."""
            return re.compile(f"{head}{labels}{tail}|^\\s*[【\\[][^【】\\[\\]：:\\n]{{0,8}}?{labels}[^【】\\[\\]：:\\n]{{0,12}}?[】\\]]")

        # …or a score deducted (扣3分：…), a QA verdict on what follows (a pattern, so it stays out of the word lists)
        labels = f"(?:{_alt(d['counter_example_labels'], longest_first=True)}|{SCORE_DEDUCTED})"
        self.counter_example_line_re = headed(labels)
        # a line that opens with a counter-example mark, quoted or not: ❌ 把钱转到我私人微信上 / 【错误】… / 错误：…
        symbols = [m for m in d["criticised_marks"] if not any("\u4e00" <= c <= "\u9fff" for c in m)]
        words = _alt([m for m in d["criticised_marks"] if m not in symbols], longest_first=True)
        self.criticised_line_re = re.compile(rf"^\s*(?:{_alt(symbols)[3:-1]}|[【\[]{words}[】\]]|{words}\s*[:：])")
        # …which runs up to the model answer after it, if any: ❌ 你这个老赖 → ✅ 您好
        self.model_answer_re = re.compile(r"→|=>|->|⟶|⇒|✅|✔|☑")
        self.model_speech_line_re = headed(_alt(d["model_speech_labels"], longest_first=True))

    def counter_example_end(self, line: str) -> int | None:
        """Where a counter-example line ends (up to its model answer, if any), or None when the line
        is not headed as one (✗ 不当话术：… / ❌ 你这个老赖 → ✅ 您好 / 【错误】…)."""
        if not (self.criticised_line_re.match(line) or self.counter_example_line_re.match(line)):
            return None
        if self.model_speech_line_re.match(line):
            return None  # 考题参考答案：… / 优秀示范：… is what the agent is taught to say
        if self.praise_re.search(unquoted(line, self.quotes)):
            return None  # 考题答案：最有效的施压话术是C——“…”: the key praises what it quotes
        answer = self.model_answer_re.search(line, 1)
        return answer.start() if answer else len(line)

    def __reduce__(self):
        return (Language, (self.data,))


def quote_spans(text: str, quotes: dict[str, str] | None = None) -> list[tuple[int, int]]:
    """(open, close) index pairs of quotations; the hit must lie strictly inside. A paired quote
    (“ 「 『) left open runs to the end: the sentence was cut at a 。 inside the quotation
    (错误：“这周不还，法院就来封房。”该表述…), whose first part is still quoted."""
    quotes = quotes if quotes is not None else default().quotes
    spans = []
    i = 0
    n = len(text)
    while i < n:
        close = quotes.get(text[i])
        if close:
            j = text.find(close, i + 1)
            if j > i:
                spans.append((i, j))
                i = j + 1
                continue
            if close != text[i]:
                spans.append((i, n))
                break
        i += 1
    return spans


def unquoted(text: str, quotes: dict[str, str]) -> str:
    """The text with every quotation (marks included) blanked out, offsets kept."""
    for qa, qb in quote_spans(text, quotes):
        text = text[:qa] + " " * (min(qb, len(text) - 1) - qa + 1) + text[qb + 1 :]
    return text


def _folded(value):
    """Every word in the language data with its regional pronouns folded (text/normalize.py)."""
    if isinstance(value, str):
        return fold_dialect(value)
    if isinstance(value, list):
        return [_folded(v) for v in value]
    if isinstance(value, dict):
        return {_folded(k): _folded(v) for k, v in value.items()}
    return value


def _read(path: Path) -> dict:
    """A language file, read like a rule pack: a regular file, capped, UTF-8, guarded YAML."""
    from .pack import PackError, read_yaml

    data = read_yaml(path) or {}
    if not isinstance(data, dict):
        raise PackError(str(path), getattr(data, "line", 1), "a language file is a mapping of word lists")
    return data


def _merged_list(old: list, value) -> list | None:
    """`old` extended by the new words of `value`; None if `value` is not a list of non-empty strings."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        return None
    return list(old) + [v for v in value if v not in old]


def _merged_map(old: dict, value) -> dict | None:
    """`old` updated by `value`; None if `value` is not a mapping."""
    if not isinstance(value, dict):
        return None
    return {**old, **value}


def _merged_number(old, value) -> int | None:
    """`value` replacing `old`; None unless it is a number from 1 to 100."""
    if not isinstance(value, int) or not 0 < value <= 100:
        return None
    return value


# Per entry: how a file's value merges into the data so far, the empty value, and the error if invalid.
_MERGERS = {
    **dict.fromkeys(LIST_KEYS, (_merged_list, [], "language list {key!r} must hold non-empty strings")),
    **dict.fromkeys(MAP_KEYS, (_merged_map, {}, "language entry {key!r} must be a mapping")),
    **dict.fromkeys(NUMBER_KEYS, (_merged_number, None, "language entry {key!r} must be a number from 1 to 100")),
}


def _merge(base: dict, extra: dict, path: str) -> None:
    from .pack import PackError

    for key, value in extra.items():
        line = extra.line_of(key) if hasattr(extra, "line_of") else 0
        if key == "description":
            continue
        if key not in _MERGERS:
            known = ", ".join(LIST_KEYS + MAP_KEYS + NUMBER_KEYS)
            raise PackError(path, line, f"unknown language entry {key!r} (known: {known})")
        merged, empty, error = _MERGERS[key]
        new = merged(base.get(key, empty), value)
        if new is None:
            raise PackError(path, line, error.format(key=key))
        base[key] = new


@lru_cache(maxsize=1)
def default_data() -> dict:
    from .pack import builtin_rules_dir

    return load_data(sorted((builtin_rules_dir() / "lang").glob("*.yaml")))


def load_data(paths: list[Path]) -> dict:
    data: dict = {}
    for path in paths:
        _merge(data, _read(path), str(path))
    missing = [k for k in LIST_KEYS + MAP_KEYS + NUMBER_KEYS if k not in data]
    if missing:
        from .pack import PackError

        raise PackError(str(paths[0]) if paths else "lang", 0, f"language data lacks {', '.join(missing)}")
    return data


def load_language(paths: list[Path]) -> Language:
    """The language of a rule set: the built-in files plus any `lang/*.yaml` of extra rule dirs
    (`paths` holds all of them, built-in first)."""
    return Language(load_data(paths)) if paths else Language()


@lru_cache(maxsize=1)
def default() -> Language:
    return Language()
