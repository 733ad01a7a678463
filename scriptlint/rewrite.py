"""Suggested rewrites written for the line: a rule's (or branch's) `suggest:` may hold slots that
are filled from the call — `{salutation|您}` (the listener: 王先生 when the agent checked that
name, else the default), `{debtor|他}` (the debtor spoken of), `{amount|应还金额}`,
`{due_date|还款日}`, `{company|我司}`. The text after `|` is what the slot says when the call does
not tell; it is also what `test-rules` lints, so every default must read as compliant speech."""

from __future__ import annotations

import re

from .model import Document, Finding, Speaker

SLOT_RE = re.compile(r"\{([a-z_]+)\|([^{}]*)\}")
SLOTS = ("salutation", "debtor", "amount", "due_date", "company")
# the commonest surnames: 王先生 after a name check, not 这位先生 or 老先生
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
             "廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_NAME_CHECK = re.compile(f"([{SURNAMES}])(先生|女士|小姐)")
_AMOUNT = re.compile(r"[0-9零一二两三四五六七八九十百千万点.,]+(?:块|元)(?:[0-9零一二两三四五六七八九十]+毛)?")
_DATE = re.compile(r"[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+(?:号|日)|[0-9一二三四五六七八九十]+(?:号|日)(?:之前|前)?|月底前|月底")
_COMPANY = re.compile(r"(?:我是|这里是|这边是|我们是)([\u4e00-\u9fffA-Za-z]{2,12}?(?:银行|信用卡中心|消费金融|金融|公司))")


def defaults(template: str) -> str:
    """The template with every slot at its default."""
    return SLOT_RE.sub(lambda m: m.group(2), template)


def _first(pattern: re.Pattern, texts) -> str | None:
    for text in texts:
        m = pattern.search(text)
        if m:
            return m.group(0) if pattern.groups == 0 else m.group(1)
    return None


def call_slots(doc: Document, listener: str) -> dict[str, str]:
    """What the call tells about each slot (missing ones are left out)."""
    agent = [t.text for t in doc.turns if t.speaker is Speaker.AGENT]
    out: dict[str, str] = {}
    m = next((m for m in map(_NAME_CHECK.search, agent) if m), None)
    if m:
        name = m.group(1) + m.group(2)  # 王先生: the surname and the form of address
        out["debtor"] = name
        if listener == "debtor":
            out["salutation"] = name
    for slot, pattern in (("amount", _AMOUNT), ("due_date", _DATE), ("company", _COMPANY)):
        value = _first(pattern, agent)
        if value:
            out[slot] = value
    company = doc.meta.get("company") or doc.meta.get("org")
    if isinstance(company, str) and company.strip():
        out["company"] = company.strip()[:40]
    return out


def fill(findings: list[Finding], doc: Document, listener: str) -> None:
    """Fill the slots of the findings' suggestions from the call, in place."""
    templated = [f for f in findings if "{" in f.suggestion]
    if not templated:
        return
    values = call_slots(doc, listener)
    for f in templated:
        f.suggestion = SLOT_RE.sub(lambda m: values.get(m.group(1), m.group(2)), f.suggestion)
