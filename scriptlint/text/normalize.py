"""Normalisation for matching, with a map back to original offsets.

Folds full-width forms (NFKC), case, Traditional characters to Simplified and regional pronouns to
Mandarin (恁/侬 → 你, 俺 → 我, 佢 → 他, 哋 → 们); drops zero-width
characters and spaces or symbols inserted inside a word (坐 牢, 老-赖); applies the evasion table
(pinyin and homophone spellings → the canonical phrase); drops spoken fillers and stutters inside a
clause (我们呃就 → 我们就, 我我们 → 我们). Every normalised character remembers the
original span it came from, so findings always point at the text the user wrote.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
import unicodedata

# Characters that people insert inside a word to slip past a keyword list.
_NOISE = set(" \t\u3000-_*·.•~/\\|+=#@^`'…－—_～＊・")
# … and blank-looking characters that are not whitespace to Python: Hangul fillers (U+3164 folds to
# U+1160), the Braille blank, line/paragraph separators inside a line, NBSP and other spaces
# (which NFKC folds to " ").
_NOISE |= set("\u115f\u1160\u3164\uffa0\u2800\u2028\u2029\u00a0\u202f\u205f\u2000\u2001\u2002\u2003\u2004"
              "\u2005\u2006\u2007\u2008\u2009\u200a")
# Right-to-left overrides and isolates display their run reversed: 「\u202e赖老」 shows as 老赖.
_RTL_OPEN = "\u202e\u2067"
_RTL_CLOSE = "\u202c\u2069\n"
# Clause and sentence punctuation after NFKC folding (full-width ，！？；： become ASCII).
SENTENCE_END = "。！？!?；;\n"
CLAUSE_END = SENTENCE_END + "，,：:、"


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3134F or 0xF900 <= o <= 0xFAFF


def _is_noise(ch: str) -> bool:
    return ch in _NOISE or (ch not in "\n\r" and _fold(ch) in _NOISE)


def _is_word(ch: str) -> bool:
    return _is_cjk(ch) or ch.isalpha()


@functools.lru_cache(maxsize=1)
def _t2s_table() -> dict[str, str]:
    """Character-level Traditional→Simplified map (one character to one character, so offsets hold)."""
    import opencc  # opencc-python-reimplemented ships OpenCC's dictionaries

    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
    table: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            src, _, dst = line.rstrip("\n").partition("\t")
            first = dst.split(" ")[0] if dst else ""
            if len(src) == 1 and len(first) == 1 and src != first:
                table[src] = first
    return table


# Regional pronouns read as their Mandarin form, one character for one (offsets hold), so a rule
# about what "you" or "we" do reads 恁/侬/汝 (you, Henan/Shandong, Wu and Min), 俺 (I), 佢 (he, Cantonese)
# and the plural 哋 (我哋/你哋/佢哋) too. Rule patterns and the language lists are folded the same
# way (`fold_dialect`), so a rule may still be written with either form.
DIALECT_PRONOUNS = {"恁": "你", "侬": "你", "汝": "你", "俺": "我", "佢": "他", "哋": "们"}
_DIALECT_TABLE = str.maketrans(DIALECT_PRONOUNS)


def fold_dialect(text: str) -> str:
    """`text` with the regional pronouns replaced by their Mandarin forms (see DIALECT_PRONOUNS)."""
    return text.translate(_DIALECT_TABLE)


@functools.lru_cache(maxsize=65536)
def _fold(ch: str) -> str:
    if unicodedata.category(ch) in ("Cf", "Mn", "Me", "Cc") and ch not in "\n\t":
        return ""
    out = unicodedata.normalize("NFKC", ch).lower()
    t2s = _t2s_table()
    return fold_dialect("".join(t2s.get(c, c) for c in out))


class Normalized:
    """Normalised text and, for each of its characters, the original span it came from.
    When normalisation changed no lengths (the common case) the map is the identity and is not
    materialised."""

    __slots__ = ("text", "_starts", "_ends")

    def __init__(self, text: str, starts: list[int] | None = None, ends: list[int] | None = None):
        self.text = text
        self._starts = starts
        self._ends = ends

    def __reduce__(self):  # compact and fast to pickle (a large document's turns come back from workers)
        return Normalized, (self.text, self._starts, self._ends) if self._starts is not None else (self.text,)

    @property
    def identity(self) -> bool:
        return self._starts is None

    @property
    def starts(self) -> list[int]:
        return list(range(len(self.text))) if self._starts is None else self._starts

    @property
    def ends(self) -> list[int]:
        return list(range(1, len(self.text) + 1)) if self._ends is None else self._ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) for the normalised span [start, end)."""
        if self._starts is None:
            return start, max(start, end)
        if end <= start:
            pos = self._starts[start] if start < len(self._starts) else (self._ends[-1] if self._ends else 0)
            return pos, pos
        return self._starts[start], self._ends[end - 1]


def char_class(chars: str) -> str:
    """`chars` as the inside of a regex character class."""
    return "".join("\\" + c if c in "\\]^-" else c for c in chars)


_NOISE_RUN = re.compile(f"[{char_class(''.join(sorted(_NOISE)))}]+")


def _needs_slow(folded: str) -> bool:
    """Noise between two word characters, at least one CJK: what only the slow path removes."""
    for m in _NOISE_RUN.finditer(folded):
        a, b = m.span()
        if 0 < a and b < len(folded):
            prev, nxt = folded[a - 1], folded[b]
            if _is_word(prev) and _is_word(nxt) and (_is_cjk(prev) or _is_cjk(nxt)):
                return True
    return False


class Normalizer:
    def __init__(self, evasions: dict[str, str] | None = None):
        self.evasions = {k.lower(): v for k, v in (evasions or {}).items() if k}
        self._scanner = None
        self._table: dict[int, str] = {}
        self._seen: set[str] = set()  # characters already folded into _table
        self._uneven: set[str] = set()  # those that fold to zero or several characters
        self._batch_table: dict[int, str] | None = None
        if self.evasions:
            from .scan import Scanner

            self._alts = list(self.evasions)
            self._scanner = Scanner(self._alts)

    def _evasion_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Leftmost-longest, non-overlapping evasions; ASCII spellings (pinyin, initials) must
        stand alone, not inside an English word."""
        if self._scanner is None or not text:
            return []
        found = []
        for i, start, end in self._scanner(text):
            alt = self._alts[i]
            if alt[0].isascii() and alt[0].isalpha() and start > 0 and "a" <= text[start - 1] <= "z":
                continue
            if alt[-1].isascii() and alt[-1].isalpha() and end < len(text) and "a" <= text[end] <= "z":
                continue
            found.append((start, end, alt))
        found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        out, pos = [], 0
        for a, b, alt in found:
            if a >= pos:
                out.append((a, b, self.evasions[alt]))
                pos = b
        return out

    def __call__(self, text: str) -> Normalized:
        return _finish(self._fold_one(quote_apostrophes(text)))

    def many(self, texts: list[str]) -> list[Normalized]:
        """`[self(t) for t in texts]`, with the character folding, the noise check and the evasion
        scan done once over all the texts joined by newlines (which no evasion contains and which
        is neither noise nor a word character, so a text's result cannot depend on its
        neighbours). A text is normalised on its own only when that joint pass finds, inside it,
        something that could take it off the fast path."""
        if len(texts) < 2 or any("\n" in alt for alt in self.evasions):
            return [self(t) for t in texts]
        return [_finish(n) for n in self._many_folded([quote_apostrophes(t) for t in texts])]

    def _many_folded(self, texts: list[str]) -> list[Normalized]:
        joined = "\n".join(texts)
        folded, suspect = self._fold_joined(joined)
        if not suspect:
            out, pos = [], 0
            for t in texts:
                out.append(Normalized(folded[pos : pos + len(t)]))
                pos += len(t) + 1
            return out
        starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        flagged = {bisect.bisect_right(starts, offset) - 1 for offset in suspect}
        return [self._fold_one(t) if i in flagged else Normalized(folded[a : a + len(t)])
                for i, (a, t) in enumerate(zip(starts, texts, strict=True))]

    def _fold_joined(self, joined: str) -> tuple[str, list[int]]:
        """`joined` folded character for character (offsets unchanged), and the offsets in it
        where a text may need the full path: characters folding to zero or several characters,
        noise runs between word characters, evasion candidates."""
        new = set(joined) - self._seen
        if new:
            self._learn(new)
        suspect: list[int] = []  # offsets in `joined` where a text may need the full path
        if self._uneven:
            suspect.extend(m.start() for m in re.finditer(f"[{char_class(''.join(self._uneven))}]", joined))
        if self._batch_table is None:
            # Characters that fold to zero or several characters keep their place as a newline here
            # (their texts are flagged), so every offset in `folded` is the one in `joined`.
            self._batch_table = {**self._table, **{ord(ch): "\n" for ch in self._uneven}}
        folded = joined.translate(self._batch_table)
        for m in _NOISE_RUN.finditer(folded):
            a, b = m.span()
            if 0 < a and b < len(folded) and _is_word(folded[a - 1]) and _is_word(folded[b]):
                suspect.append(a)
        if self._scanner is not None:
            suspect.extend(start for _, start, _ in self._scanner(folded))
        return folded, suspect

    def _learn(self, chars: set[str]) -> None:
        for ch in chars:
            folded = _fold(ch)
            if folded != ch:  # translate leaves characters missing from the table as they are
                self._table[ord(ch)] = folded
            if len(folded) != 1:
                self._uneven.add(ch)
        self._seen |= chars
        self._batch_table = None

    def _fold_one(self, text: str) -> Normalized:
        fast = self._fast(text)
        return fast if fast is not None else self._slow(text)

    def _fast(self, text: str) -> Normalized | None:
        """str.translate when every character folds to exactly one character and nothing needs
        removing or replacing — then offsets are unchanged."""
        chars = set(text)
        new = chars - self._seen
        if new:
            self._learn(new)
        if not self._uneven.isdisjoint(chars):
            return None
        folded = text.translate(self._table)
        if _needs_slow(folded):
            return None
        if self._scanner is not None and self._evasion_spans(folded):
            return None
        return Normalized(folded)

    def _slow(self, text: str) -> Normalized:
        """Fold character by character, keeping each output character's source span: right-to-left
        runs read as displayed, noise between word characters dropped, evasions replaced."""
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        n = len(text)
        pauses = asr_pauses(text)
        i = 0
        while i < n:
            ch = text[i]
            if ch in _RTL_OPEN:
                i = _read_rtl_run(text, i, chars, starts, ends)
                continue
            if _is_noise(ch) and (j := _evasive_noise_end(text, i, chars)) is not None:
                if i in pauses:  # a spoken pause between words ends a clause
                    chars.append(",")
                    starts.append(i)
                    ends.append(j)
                i = j
                continue
            folded = _fold(ch)
            for c in folded:
                chars.append(c)
                starts.append(i)
                ends.append(i + 1)
            i += 1
        norm = "".join(chars)
        if self._scanner is not None and norm:
            norm, starts, ends = self._apply_evasions(norm, starts, ends)
        return Normalized(norm, starts, ends)

    def _apply_evasions(self, norm: str, starts: list[int], ends: list[int]):
        out: list[str] = []
        out_s: list[int] = []
        out_e: list[int] = []
        pos = 0
        for a, b, repl in self._evasion_spans(norm):
            out.append(norm[pos:a])
            out_s.extend(starts[pos:a])
            out_e.extend(ends[pos:a])
            out.append(repl)
            # Each replacement character covers the whole original evasion.
            out_s.extend([starts[a]] * len(repl))
            out_e.extend([ends[b - 1]] * len(repl))
            pos = b
        out.append(norm[pos:])
        out_s.extend(starts[pos:])
        out_e.extend(ends[pos:])
        return "".join(out), out_s, out_e


# A pair of ASCII apostrophes around Chinese words is a quotation (某坐席对客户说'今天不还你就完了'，属于…;
# 您讲的那个'爆通讯录'), not noise inside a word: it reads as “…”, character for character, so offsets
# keep their place. A lone apostrophe (老'赖) or English (don't … it's) is left to the noise rules.
_APOSTROPHE_PAIR = re.compile(r"(?<![A-Za-z])'(?=[^'\n]{0,39}[\u4e00-\u9fff])([^'\n]{2,40})'(?![A-Za-z])")


def quote_apostrophes(text: str) -> str:
    if "'" not in text:
        return text
    return _APOSTROPHE_PAIR.sub(lambda m: f"“{m.group(1)}”", text)


_SPACE_RUN = re.compile("[ \t\u3000]+")
_CHUNK = re.compile("[^ \t\u3000]+")
PAUSE_MIN_SPACES = 2  # a text with fewer spaces between words is written, not transcribed
PAUSE_MIN_CHUNK = 2  # …and an evasion spaces out single characters (坐 牢, 你 的 通 讯 录)
# a hesitation, not the end of a clause: the speaker stops on a filler or before the word it introduces
# (我这里是那个 银保监会的 / 我是 法院派下来的 / 交一个那个 呃三百块)
_HESITATION_ENDS = ("那个", "这个", "什么", "就是", "呃", "嗯", "额", "是", "个",
                    # …or after a preposition or causative that must take its object (下个月就要按 三倍来算)
                    "按", "把", "被", "将", "向", "让")
# …and a chunk that opens on a particle belongs to the clause before it (你还 吗, 是我们公司 的)
_HESITATION_STARTS = ("呃", "嗯", "额", "的", "了", "吗", "呢", "吧", "嘛",
                      # …or on a filler or a word that cannot open a clause of its own: an adverb or a
                      # preposition that carries on what came before (外访的同事 下礼拜 就在你单元门口 等你下班)
                      "那个", "就", "都", "也", "才", "在", "给", "跟", "把", "被", "等")
# …and a chunk that is nothing but a filler is a hesitation on both sides (我们这边呢 这个 是法院的); fillers
# that open on 那个 or 就 are hesitation starts already
_FILLER_CHUNKS = frozenset({"这个", "然后", "那么", "这个这个"})


def asr_pauses(text: str) -> set[int]:
    """Offsets of the spaces that mark spoken pauses in unpunctuated ASR text (没人接 他再不还): runs
    of spaces between two chunks of at least two Chinese characters each, in a text with at least
    two such runs whose chunks are mostly words, not single spaced-out characters."""
    chunks = [m.group() for m in _CHUNK.finditer(text)]
    runs = list(_SPACE_RUN.finditer(text.strip(" \t\u3000")))
    offset = len(text) - len(text.lstrip(" \t\u3000"))
    # runs[k] lies between chunks[k] and chunks[k + 1]
    between = [(m.start() + offset, chunks[k], chunks[k + 1]) for k, m in enumerate(runs)
               if _is_cjk(chunks[k][-1]) and _is_cjk(chunks[k + 1][0])]
    if len(between) < PAUSE_MIN_SPACES or sorted(map(len, chunks))[len(chunks) // 2] < PAUSE_MIN_CHUNK + 1:
        return set()
    return {at for at, before, after in between
            if _cjk_len(before) >= PAUSE_MIN_CHUNK and _cjk_len(after) >= PAUSE_MIN_CHUNK
            and not before.endswith(_HESITATION_ENDS) and not after.startswith(_HESITATION_STARTS)
            and after not in _FILLER_CHUNKS}


def _cjk_len(chunk: str) -> int:
    return sum(1 for c in chunk if _is_cjk(c))


def _read_rtl_run(text: str, i: int, chars: list[str], starts: list[int], ends: list[int]) -> int:
    """Append the right-to-left run opened at text[i] as it is displayed (reversed, folded, noise
    dropped); each of its characters maps to the whole run, so offsets stay monotonic and a
    finding covers what the reader sees. Returns the index after the run (and its closer)."""
    n = len(text)
    j = i + 1
    while j < n and text[j] not in _RTL_CLOSE:
        j += 1
    stop = j + 1 if j < n and text[j] != "\n" else j
    for c in "".join(_fold(x) for x in reversed(text[i + 1 : j]) if not _is_noise(x)):
        chars.append(c)
        starts.append(i)
        ends.append(stop)
    return stop


def _evasive_noise_end(text: str, i: int, chars: list[str]) -> int | None:
    """For the noise run starting at text[i]: the index after it when it lies between two word
    characters (one of them CJK) — an evasion, to drop; None to keep it."""
    n = len(text)
    j = i
    while j < n and _is_noise(text[j]):
        j += 1
    prev = chars[-1] if chars else ""
    nxt = _fold(text[j]) if j < n else ""
    if prev and nxt and _is_word(prev) and _is_word(nxt[0]) and (_is_cjk(prev) or _is_cjk(nxt[0])):
        return j
    return None


# Spoken disfluencies, as ASR writes them: a filler inside a clause (我们呃就 → 我们就, 就是说 but not 说话)
# and a stuttered function word (我我们, 就是就是). Only these go: 看看, 聊聊, 天天 and other
# reduplicated words mean something, and a filler at the start of a turn (嗯，是我) is an answer.
_DISFLUENCY = re.compile(
    "(?<=[\u4e00-\u9fff])(?:[呃嗯]|就是说(?![话明服]))+(?=[\u4e00-\u9fff])"
    "|([我你他她就是这那在不])\\1+"
    "|(我们|你们|他们|就是|那个|这个|然后|如果|所以|因为|但是|反正|其实)\\2+"
)


# 额 is 我 in Shaanxi, Gansu and Shanxi speech (额是网格员, 给额好好听着), but also the second character of
# 金额, 额度, 余额…: it is read as 我 only when no money word stands before it and no 度/外/头 after,
# and a Han character follows (额，那个 is a filler). One character for one: the map is unchanged.
_ER_PRONOUN = re.compile("(?<![金数余限份差超总名配定面税欠巨高低小大全足缺贷授借还透信免基款账票提调降增临固用回复])额"
                         "(?=[\u4e00-\u9fff])(?![度外头满内这那嗯呃啊])")


# 嫩 is 你 in Shandong and Tianjin speech (嫩先交一千, 去嫩潍坊老家), but an adjective elsewhere (鲜嫩, 嫩绿,
# 你还嫩了点): read as 你 only with no degree word or texture word before it and no noun it qualifies after.
_NEN_PRONOUN = re.compile("(?<![鲜娇稚细柔粉白水滑太还很挺真好多最更偏忒])嫩(?=[\u4e00-\u9fff])"
                          "(?![肉绿芽叶草滑白豆模黄尖了点些的得])")
# 搁 is 在 in Henan, Shandong and Northeastern speech before a place or a person (搁恁家楼底下等着, 搁俺们这儿欠了,
# 搁这儿装迷糊); 搁置, 搁浅, 耽搁, 搁在, 往哪搁 stay.
_GE_AT = re.compile("(?<![耽延])搁(?=[这那哪家屋俺恁你我他她咱外里门楼厂村手单公老])")
# 介 is 这 in Tianjin speech (介钱您还不还, 你介案子, 介都第几回了) before a measure word or a noun; 介绍, 介意,
# 中介, 简介, 媒介 stay.
_JIE_THIS = re.compile("(?<![中媒简评推引纸甲芥])介(?=[个是事么钱都就案叫算种样人月回次张笔号边儿])")
# (the regional word, what it is read as, its pattern): one character for one, so the map is unchanged
_CONTEXT_FOLDS = (("额", "我", _ER_PRONOUN), ("嫩", "你", _NEN_PRONOUN), ("搁", "在", _GE_AT), ("介", "这", _JIE_THIS))


def fold_context_words(norm: Normalized) -> Normalized:
    """`norm` with the regional words that are read by their context folded: 额 as 我 (_ER_PRONOUN),
    嫩 as 你, 搁 as 在 and 介 as 这 (_CONTEXT_FOLDS)."""
    text = norm.text
    for word, read, pattern in _CONTEXT_FOLDS:
        if word in text:
            text = pattern.sub(read, text)
    return norm if text is norm.text else Normalized(text, norm._starts, norm._ends)


def _finish(norm: Normalized) -> Normalized:
    """The steps after character folding, the same for one text and for many: 额, 嫩, 搁 and 介 read
    by their context, then fillers and stutters dropped."""
    return drop_disfluencies(fold_context_words(norm))


def drop_disfluencies(norm: Normalized) -> Normalized:
    """`norm` without fillers and stutters, each kept character still mapped to its original span."""
    text = norm.text
    drops = []
    for m in _DISFLUENCY.finditer(text):
        kept = m.group(1) or m.group(2) or ""
        drops.append((m.start() + len(kept), m.end()))
    if not drops:
        return norm
    starts, ends = norm.starts, norm.ends
    dropped = {i for a, b in drops for i in range(a, b)}
    kept = [i for i in range(len(text)) if i not in dropped]
    return Normalized("".join(text[i] for i in kept), [starts[i] for i in kept], [ends[i] for i in kept])


CLAUSE_END_RE = re.compile(f"[{char_class(CLAUSE_END)}]")


@functools.lru_cache(maxsize=8)
def _piece_re(stops: str) -> re.Pattern:
    cls = char_class(stops)
    return re.compile(f"[^{cls}]*[{cls}]|[^{cls}]+")


def split_spans(text: str, stops: str) -> list[tuple[int, int]]:
    """Spans of `text` cut after each character in `stops` (the stop stays with its piece)."""
    return [m.span() for m in _piece_re(stops).finditer(text)]
