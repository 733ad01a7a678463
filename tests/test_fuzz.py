"""Property tests over the readers and the engine with hostile Unicode: no exception escapes, the
report is valid JSON, and every span lies inside the text and reads back as its `match`."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scriptlint import inputs
from scriptlint.api import Report, get_engine
from scriptlint.batch import lint_document as _lint_document
from scriptlint.config import Config
from scriptlint.model import Document, InputError
from scriptlint.reporters import json_report

SPECIAL = ["\u200b", "\u200d", "\ufeff", "\u202e", "\u2066", "\u0301", "\u20dd", "😀", "👨‍👩‍👧", "𠀀", "𪚥", "\U0002a6a5",
           "老赖", "坐牢", "让你", "不会", "“", "”", "❌", "✅", "坐席：", "客户：", "[坐席挂断]", "---\n", "\r\n", "\n", "#", "```bad\n",
           "切忌说", "①", "ｌａｏｌａｉ", "laolai", "老 - 赖", "１３８１２３４５６７８", "6222021234567890123", "{", "}", "\"", ","]
TEXT = st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(max_size=6)), max_size=30).map("".join)
KINDS = st.sampled_from(["script", "transcript", "training", "json", "jsonl", "calllog", "auto"])
ENGINE = get_engine()


def _check_document(doc: Document) -> None:
    report = Report()
    findings = _lint_document(ENGINE, doc, Config(), True, report, None)
    for f in findings:
        assert 0 <= f.start <= f.end <= len(doc.text)
        assert doc.text[f.start : f.end] == f.match
        assert f.line >= 1 and f.column >= 1
    report.findings = findings
    report.files = []
    buf = []

    class Out:
        def write(self, s):
            buf.append(s)

    json_report.render(report, Out())
    json.loads("".join(buf))


@given(TEXT, KINDS)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_engine_on_any_text(text, kind):
    for item in inputs.iter_text(text, "fuzz.txt", kind):
        if isinstance(item, InputError):
            continue
        _check_document(item)


@given(st.binary(max_size=400), KINDS)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_readers_on_any_bytes(data, kind):
    for item in inputs.iter_documents("fuzz.bin", kind, data=data):
        if isinstance(item, InputError):
            assert str(item)
            continue
        _check_document(item)


CALL = st.fixed_dictionaries({
    "id": st.one_of(st.text(max_size=5), st.integers(), st.none()),
    "meta": st.one_of(st.none(), st.dictionaries(st.sampled_from(["stage", "called_party", "started_at"]),
                                                 st.one_of(TEXT, st.integers(), st.none()), max_size=3)),
    "turns": st.lists(st.fixed_dictionaries({"speaker": st.sampled_from(["agent", "debtor", "contact", "x", ""]), "text": TEXT}),
                      max_size=6),
})


@given(st.lists(CALL, max_size=4), st.booleans())
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_jsonl_calls(calls, ascii_only):
    text = "\n".join(json.dumps(c, ensure_ascii=ascii_only) for c in calls)
    for item in inputs.iter_text(text, "fuzz.jsonl", "jsonl"):
        if not isinstance(item, InputError):
            _check_document(item)


# Issue 15: front matter, configs and packs are inputs too.
YAML_BITS = ["---\n", "a: ", "&x ", "*x", "[", "]", "{", "}", "- ", "\n  ", "!!python/object:os.system", "2026-03-01",
             "23:10:00", "records: ", "started_at: ", "stage: ", "meta:\n  ", "rules:", "select: [", "severity: {", "?",
             "\"\\ud800\"", "'", "#", ",", "|\n", ">\n", "1e999", "~", "null"]
YAML = st.lists(st.one_of(st.sampled_from(YAML_BITS), st.text(max_size=5)), max_size=40).map("".join)


@given(YAML, KINDS)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_front_matter_never_crashes(front, kind):
    text = f"---\n{front}\n---\n你这个老赖\n"
    for item in inputs.iter_text(text, "fuzz.txt", kind):
        if isinstance(item, InputError):
            assert str(item)
            continue
        _check_document(item)


@given(YAML)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_config_never_crashes(tmp_path_factory, text):
    from scriptlint.config import ConfigError, load_config

    p = tmp_path_factory.mktemp("cfg") / ".scriptlint.yaml"
    p.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_config(str(p))
    except ConfigError as exc:
        assert str(exc)


@given(YAML)
@example(text="---\n?")  # a complex mapping key (? {…}) once raised TypeError: unhashable
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_pack_never_crashes(tmp_path_factory, text):
    import os

    from scriptlint.pack import PackError, load_rules

    p = tmp_path_factory.mktemp("pack") / "p.yaml"
    p.write_text("rules:\n  - id: threat.fuzz\n    category: threat\n    message: m\n    source: s\n    match:\n      " + text
                 + "\n    examples: {bad: [x], good: [y]}\n", encoding="utf-8", errors="surrogatepass")
    before = os.environ.get("SCRIPTLINT_NO_CACHE")
    os.environ["SCRIPTLINT_NO_CACHE"] = "1"  # parsed every time, and no cache entries left behind
    try:
        load_rules([p], builtin=False)
    except PackError as exc:
        assert str(exc)
    finally:
        if before is None:
            del os.environ["SCRIPTLINT_NO_CACHE"]
        else:
            os.environ["SCRIPTLINT_NO_CACHE"] = before
