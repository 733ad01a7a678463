"""The fast path (jieba-rs, the in-process token matcher, the literal prefilter) against the
reference path (Python jieba, spaCy's Matcher): identical tokens, spans and findings on every
corpus, every rule example and generated input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scriptlint import lint_text
from scriptlint.api import Report, get_engine, lint_paths
from scriptlint.engine import Engine
from scriptlint.matchers.tokens import TokenMatcher
from scriptlint.pack import load_rules
from scriptlint.text.normalize import SENTENCE_END, Normalizer, split_spans

from .conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
RULES = load_rules()


def _corpus_texts() -> list[str]:
    texts: list[str] = []
    for f in sorted(CORPORA.rglob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            obj = json.loads(line)
            if "text" in obj:
                texts.append(obj["text"])
            texts += [t.get("text", "") for t in obj.get("turns", []) if isinstance(t, dict)]
    for pattern in ("*.txt", "*.md", "*.csv"):
        for f in sorted(CORPORA.rglob(pattern)):
            texts += f.read_text(encoding="utf-8").splitlines()
    for rule in RULES.rules:
        texts += rule.bad + rule.good
    return [t for t in texts if t.strip()]


TEXTS = _corpus_texts()
# Text on which the two libraries' block rules differ: Han outside U+4E00–U+9FD5, separators that
# Python's \s has and Unicode White_Space lacks, full-width and mixed scripts.
EDGE_TEXTS = [
    "㐀㐁你这个老赖\u9fd6\u9fe0还钱", "你\x1c这个\x1d老赖", "还钱\x85马上", "ＡＢＣ１２３老赖", "abc123老赖de",
    "我 们\r\n就让你好看", "𠀀𠀁坐牢", "豈更坐牢", "a.b-c_d%e#f&g+h 坐牢", "",
    "\ud800你这个老赖\udfff坐牢", "你\x00这个老赖",  # a lone surrogate (from JSON "\ud800") cannot cross into Rust
]


NORMALIZER = Normalizer(RULES.evasions)


def _sentences(text: str) -> list[str]:
    norm = NORMALIZER(text).text
    return [norm[a:b] for a, b in split_spans(norm, SENTENCE_END)]


def test_segmentation_equals_python_jieba_on_every_corpus_line():
    seg = RULES.segmenter
    sentences = [s for t in TEXTS + EDGE_TEXTS for s in _sentences(t)] + TEXTS + EDGE_TEXTS
    assert len(sentences) > 5000
    diffs = [(s, seg.cut(s), seg.cut_reference(s)) for s in sentences if seg.cut(s) != seg.cut_reference(s)]
    assert diffs == []


def test_the_total_correction_is_what_makes_them_equal():
    """Without the frequency pad, jieba-rs's total differs and some corpus lines segment differently:
    the pad is load-bearing, and the equality test above would catch its loss."""
    import rjieba

    seg = RULES.segmenter
    assert seg.plan["pad"] > 0
    bare = rjieba.Jieba()
    for word in seg.plan["deleted"]:
        bare.add_word(word, 0, None)
    for word, freq in seg.plan["added"]:
        bare.add_word(word, freq, None)
    sentences = [s for t in TEXTS for s in _sentences(t)]
    assert any(bare.cut(s, False) != seg.cut_reference(s) for s in sentences)


def test_rjieba_is_found_with_or_without_its_package_layout(monkeypatch):
    import importlib.machinery

    import rjieba

    from scriptlint.text import segment

    assert segment._rjieba_class() is rjieba.Jieba
    monkeypatch.delitem(__import__("sys").modules, "rjieba.rjieba", raising=False)
    monkeypatch.setattr(importlib.machinery, "EXTENSION_SUFFIXES", [".no-such-suffix"])
    assert segment._rjieba_class() is rjieba.Jieba  # through the package


@given(st.text(alphabet=st.sampled_from(list("你我他还钱坐牢老赖就让我们不逾期 ，。ab1\x1c㐀豈-._\ud800\x00")), max_size=40))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_segmentation_equal_on_generated_text(text):
    seg = RULES.segmenter
    assert seg.cut(text) == seg.cut_reference(text)


# -- normalising many turns at once -----------------------------------------------------------

def _norm_key(n):
    return n.text, n.starts, n.ends


JOINT = Normalizer(RULES.evasions)  # a normaliser's tables only cache: it can be shared


def test_normalising_all_corpus_texts_at_once_equals_one_by_one():
    texts = TEXTS + EDGE_TEXTS + ["ﬁ坐 牢", "a\u200bb坐牢", "zuo lao", "ZUOLAO吧", "坐-牢", "\ufeff你好", "x"]
    joint, single = Normalizer(RULES.evasions), Normalizer(RULES.evasions)
    assert [_norm_key(n) for n in joint.many(texts)] == [_norm_key(single(t)) for t in texts]
    assert sum(not n.identity for n in joint.many(texts)) > 10  # the slow path is exercised too


@given(st.lists(st.text(alphabet=st.sampled_from(list("你坐牢老赖zuolaoZ ﬁ\u200b-*.\ufeffｚ㐀\r")), max_size=12), max_size=8))
@settings(max_examples=300, deadline=None)
def test_normalising_generated_texts_at_once_equals_one_by_one(texts):
    assert [_norm_key(n) for n in JOINT.many(texts)] == [_norm_key(NORMALIZER(t)) for t in texts]


# -- the literal scanner --------------------------------------------------------------------------

def _every_occurrence(patterns, text):
    out = []
    for i, p in enumerate(patterns):
        start = text.find(p)
        while start >= 0:
            out.append((i, start, start + len(p)))
            start = text.find(p, start + 1)
    return sorted(out)


def test_scanner_finds_every_occurrence_of_every_rule_literal():
    from scriptlint.text.scan import Scanner

    engine = get_engine()
    patterns = engine.plan.scanner.patterns
    assert len(patterns) > 1000
    sentences = [s for t in TEXTS[:1500] for s in _sentences(t)]
    assert all(sorted(engine.plan.scanner(s)) == _every_occurrence(patterns, s) for s in sentences)
    scanner = Scanner(["坐牢", "牢饭", "ab", "\U00020000坐"])
    assert sorted(scanner("\U00020000坐牢饭ab")) == [(0, 1, 3), (1, 2, 4), (2, 4, 6), (3, 0, 2)]


@given(st.lists(st.text(alphabet="ab坐牢\U00020000\ud800", min_size=1, max_size=3), min_size=1, max_size=5, unique=True),
       st.text(alphabet="ab坐牢\U00020000\ud800\x00", max_size=20))
@settings(max_examples=300, deadline=None)
def test_scanner_equals_a_naive_search_on_generated_text(patterns, text):
    """Code-point offsets, overlapping matches, and lone surrogates (which cannot cross into Rust)."""
    from scriptlint.text.scan import Scanner

    patterns = [p for p in patterns if "\ud800" not in p] or ["a"]
    assert sorted(Scanner(patterns)(text)) == _every_occurrence(patterns, text)


# -- reading ------------------------------------------------------------------------------------

def _transcript_by_definition(text: str) -> bool:
    from scriptlint.inputs import frontmatter
    from scriptlint.inputs.script import lines_with_offsets
    from scriptlint.inputs.transcript import EVENT_RE, LABELS, _label

    _, body = frontmatter.split(text)
    lines = [ln for _, ln in lines_with_offsets(text, body) if ln.strip() and not EVENT_RE.match(ln)]
    known = sum(1 for ln in lines if (_label(ln)[0] or "").lower() in LABELS)
    return bool(lines) and known >= 2 and known / len(lines) >= 0.6


@given(st.lists(st.sampled_from(["坐席：您好", "客户：嗯", "A: hi", "路人：喂", "你好", "", "  ", "[客户挂断]", "12:01 坐席：在吗"]),
                max_size=30))
@settings(max_examples=400, deadline=None)
def test_transcript_detection_stops_early_with_the_same_verdict(lines):
    from scriptlint.inputs.transcript import looks_like_transcript

    text = "\n".join(lines)
    assert looks_like_transcript(text) == _transcript_by_definition(text)


# -- exception scopes: per-sentence prechecks ---------------------------------------------------

def _scope_verdicts(sentences):
    from scriptlint.scopes import SentenceScope, is_mention, is_negated

    out = []
    for sent in sentences:
        scope = SentenceScope(sent)
        for a in range(0, max(1, len(sent) - 1), 2):
            for b in (a + 1, a + 2, a + 4):
                out.append((is_negated(scope, a, min(b, len(sent))), is_mention(scope, a, min(b, len(sent)))))
    return out


def test_negation_and_mention_prechecks_only_skip_what_cannot_match(monkeypatch):
    from scriptlint.scopes import SentenceScope

    sentences = sorted({s for t in TEXTS for s in _sentences(t)})
    fast = _scope_verdicts(sentences)
    monkeypatch.setattr(SentenceScope, "negatable", True)
    monkeypatch.setattr(SentenceScope, "mentionable", True)
    assert _scope_verdicts(sentences) == fast
    assert sum(n for n, _ in fast) > 100 and sum(m for _, m in fast) > 100


# -- the token matcher ------------------------------------------------------------------------

_MATCHERS: dict[str, object] = {}


def _spacy_spans(patterns, tokens):
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

    vocab = RULES.segmenter.vocab
    key = json.dumps(patterns, ensure_ascii=False, sort_keys=True)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        matcher = _MATCHERS[key] = Matcher(vocab)
        matcher.add("p", patterns)
    doc = Doc(vocab, words=tokens, spaces=[False] * len(tokens))
    return sorted({(s, e) for _, s, e in matcher(doc)})


def _pattern_specs():
    for rule in RULES.rules:
        for spec in list(rule.matchers) + [u.data for u in rule.unless if hasattr(u.data, "kind")]:
            if spec.kind == "pattern":
                yield rule.id, spec.data


def test_every_builtin_pattern_is_handled_in_process():
    specs = list(_pattern_specs())
    assert specs
    assert all(TokenMatcher.compile(data) is not None for _, data in specs)


def test_token_matcher_equals_spacy_on_every_corpus_sentence():
    seg = RULES.segmenter
    docs = [seg.cut_reference(s) for t in TEXTS for s in _sentences(t)]
    checked = matched = 0
    for rule_id, data in _pattern_specs():
        fast = TokenMatcher.compile(data)
        for tokens in docs:
            want = _spacy_spans(data, tokens)
            assert fast.spans(tokens) == want, (rule_id, tokens)
            checked += 1
            matched += bool(want)
    assert matched > 20 and checked > 10000


_VOCAB = ["让", "你", "坐牢", "进去", "还钱", "就", "我们", "不"]
_token = st.one_of(
    st.builds(lambda w: {"LOWER": w}, st.sampled_from(_VOCAB)),
    st.builds(lambda ws: {"LOWER": {"IN": ws}}, st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=3)),
    st.builds(lambda ws: {"ORTH": {"NOT_IN": ws}}, st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=2)),
    st.just({}),
)
_op = st.sampled_from([None, "?", "*", "+", "{2}", "{0,2}", "{1,3}", "{2,}", "{,2}"])


@st.composite
def _patterns(draw):
    out = []
    for _ in range(draw(st.integers(1, 2))):
        toks = []
        for tok in draw(st.lists(_token, min_size=1, max_size=4)):
            op = draw(_op)
            toks.append({**tok, "OP": op} if op else dict(tok))
        if all(t.get("OP") in ("?", "*", "{0,2}", "{,2}") for t in toks):
            toks[0] = {k: v for k, v in toks[0].items() if k != "OP"}  # spaCy refuses all-optional patterns
        out.append(toks)
    return out


@given(_patterns(), st.lists(st.sampled_from(_VOCAB), max_size=10))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_token_matcher_equals_spacy_on_generated_patterns(patterns, tokens):
    fast = TokenMatcher.compile(patterns)
    assert fast is not None
    assert fast.spans(tokens) == _spacy_spans(patterns, tokens)


def test_unsupported_pattern_features_fall_back_to_spacy(tmp_path):
    assert TokenMatcher.compile([[{"LOWER": "你"}, {"LOWER": "好", "OP": "!"}]]) is None
    assert TokenMatcher.compile([[{"TEXT": {"REGEX": "^坐"}}]]) is None
    assert TokenMatcher.compile([[{"POS": "NOUN"}]]) is None
    pack = tmp_path / "x.yaml"
    pack.write_text(
        "rules:\n"
        "  - id: threat.regex-token\n    category: threat\n    severity: error\n    message: m\n    suggest: s\n    source: house rule\n"
        "    match:\n      pattern: [{LOWER: 让}, {LOWER: 你}, {TEXT: {REGEX: '^坐'}}]\n"
        "    examples:\n      bad: [我让你坐牢]\n      good: [我让你走]\n",
        encoding="utf-8",
    )
    engine = get_engine((str(tmp_path),), select=("threat.regex-token",))
    assert not engine.reference
    (finding,) = lint_text("我让你坐牢。", "utterance", engine=engine)
    assert (finding.rule, finding.match) == ("threat.regex-token", "让你坐牢")


# -- findings ---------------------------------------------------------------------------------

def _key(f):
    return (f.path, f.rule, f.category, f.start, f.end, f.line, f.column, f.end_line, f.end_column,
            f.fix.replacement if f.fix else None, f.call_id, f.turn)


def test_identical_findings_on_every_corpus_line():
    fast, ref = Engine(RULES, reference=False), Engine(RULES, reference=True)
    total = 0
    for text in TEXTS:
        a = [_key(f) for f in lint_text(text, "utterance", engine=fast)]
        b = [_key(f) for f in lint_text(text, "utterance", engine=ref)]
        assert a == b, text
        total += len(a)
    assert total > 1000


@pytest.mark.parametrize("sample", sorted(p.name for p in (CORPORA / "samples").iterdir()))
def test_identical_findings_on_every_sample_file(sample, monkeypatch):
    path = str(CORPORA / "samples" / sample)
    fast = lint_paths([path], jobs=1, show_examples=True)
    monkeypatch.setenv("SCRIPTLINT_REFERENCE", "1")
    ref = lint_paths([path], jobs=1, show_examples=True)
    assert isinstance(fast, Report)
    assert [_key(f) for f in fast] == [_key(f) for f in ref]
    assert len(list(fast)) > 0 or sample == "script_good.txt"


# -- one large document over worker processes ---------------------------------------------------

def test_a_large_document_split_over_workers_gives_the_serial_findings(tmp_path):
    from scriptlint.engine import PARALLEL_MIN_TURNS

    lines = [t.replace("\n", " ") for t in TEXTS]
    body = (lines * (PARALLEL_MIN_TURNS // len(lines) + 2))[: PARALLEL_MIN_TURNS + 700]
    path = tmp_path / "big.txt"
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    serial = lint_paths([str(path)], jobs=1)
    parallel = lint_paths([str(path)], jobs=2)
    assert len(list(serial)) > 1000
    assert [_key(f) for f in parallel] == [_key(f) for f in serial]


def test_findings_and_normalised_turns_survive_the_trip_back_from_workers():
    import pickle

    from scriptlint.model import Fix

    findings = lint_text("你这个老赖，再不还钱就让你坐牢。")
    findings[0].fix = Fix(1, 3, "客户")
    findings[0].fingerprint = "abc"
    assert pickle.loads(pickle.dumps(findings)) == findings
    norms = [NORMALIZER("zuo lao吧"), NORMALIZER("你好")]
    assert not norms[0].identity and norms[1].identity
    assert [_norm_key(n) for n in pickle.loads(pickle.dumps(norms))] == [_norm_key(n) for n in norms]


def test_chunks_of_a_large_document_do_not_each_read_the_whole_document(monkeypatch):
    """The listener (who the agent talks to) is read from every turn: once per document, not
    once per chunk — per chunk made a large document's lint quadratic."""
    from scriptlint.engine import PARALLEL_MIN_TURNS, TURN_CHUNK
    from scriptlint.inputs import read_text
    from scriptlint.model import Document

    reads = []
    listener = Document.listener
    monkeypatch.setattr(Document, "listener", property(lambda doc: reads.append(1) or listener.fget(doc)))
    engine = get_engine()
    doc = read_text("你这个老赖，再不还钱就让你坐牢。\n" * (PARALLEL_MIN_TURNS + 3 * TURN_CHUNK), "big.txt", "script")
    chunks_seen = []

    def in_process(chunks):  # a mapper that runs the chunks here, as a worker would
        for job in chunks:
            chunks_seen.append(job)
            yield engine.lint_turns(doc, *job)

    findings = engine.lint(doc, in_process)
    assert len(chunks_seen) > 4 and len(findings) > PARALLEL_MIN_TURNS
    assert len(reads) == 1


def test_large_single_files_default_to_all_cpus(tmp_path, monkeypatch):
    from scriptlint import parallel as api

    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("您好\n", encoding="utf-8")
    large.write_bytes("您好，请问是张先生吗？\n".encode() * (api.PARALLEL_MIN_BYTES // 30 + 1))
    monkeypatch.setattr(api.os, "cpu_count", lambda: 4)
    assert api.workers_for(None, [str(small)]) == 1
    assert api.workers_for(None, [str(large)]) == 4
    assert api.workers_for(1, [str(large)]) == 1
    assert api.workers_for(None, ["-"]) == 1


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids, max_size=3),
    max_leaves=10,
)


@given(_json)
@settings(max_examples=300, deadline=None)
def test_pretty_json_is_byte_identical_to_json_dumps_indent_2(value):
    from scriptlint.reporters.json_report import pretty

    assert pretty(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_finding_text_equals_json_dumps_of_the_finding():
    """The report's per-rule encoding of findings, on every sample's findings (fixes included) and
    on findings whose strings need escaping."""
    import dataclasses

    from scriptlint.model import Fix
    from scriptlint.reporters.json_report import finding_text

    findings = list(lint_paths([str(p) for p in sorted((CORPORA / "samples").iterdir())], jobs=1))
    # (no sample sentence is compliant once rewritten, so no sample finding carries a fix since
    # issue 14; the made-up finding below carries one)
    assert any(f.turn is not None for f in findings)
    odd = findings[0]
    findings += [
        dataclasses.replace(odd, path='a"b\\c\u2028.txt', match="坐\n牢\t\x00", message=odd.message + '"',
                            fix=Fix(1, 2, "您\"好"), speaker=None, call_id="c\u00e9", turn=3, line=None),
    ]
    for f in findings:
        assert finding_text(f) == json.dumps(f.to_dict(), ensure_ascii=False, indent=2).replace("\n", "\n    ")


def test_pretty_json_keeps_line_separators_inside_strings_intact():
    import dataclasses

    from scriptlint.reporters.json_report import Stream

    f = dataclasses.replace(lint_text("你这个老赖")[0], match="坐牢\u2028吧")
    stream = Stream()
    stream.add([f])
    stream.spool.seek(0)
    assert json.loads("[" + stream.spool.read().decode("utf-8") + "]") == [f.to_dict()]
    assert f.to_dict()["match"] == "坐牢\u2028吧"


# -- progress on a terminal ---------------------------------------------------------------------

def _run_with_tty_stderr(args: list[str], tmp_path) -> tuple[str, str]:
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    with open(tmp_path / "stdout", "wb") as stdout:  # a file: a full pipe would block the child
        proc = subprocess.Popen([sys.executable, "-m", "scriptlint", *args], stdout=stdout, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=300)
    os.close(master)
    return (tmp_path / "stdout").read_text(encoding="utf-8"), b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_for_a_large_document_never_in_the_report(tmp_path):
    from scriptlint.engine import PARALLEL_MIN_TURNS

    path = tmp_path / "big.txt"
    path.write_text("\n".join(["您好，请问是张先生吗？你这个老赖。"] * (PARALLEL_MIN_TURNS + 600)) + "\n", encoding="utf-8")
    out, err = _run_with_tty_stderr(["check", "--jobs", "2", "--format", "json", str(path)], tmp_path)
    report = json.loads(out)
    assert len(report["violations"]) >= PARALLEL_MIN_TURNS
    assert "turns" in err and "scriptlint" in err


def test_progress_bar_counts_calls_of_a_large_jsonl_batch(tmp_path):
    from scriptlint import parallel

    call = json.dumps({"id": "c", "turns": [{"speaker": "agent", "text": "您好，这里是某某银行。" * 8}]}, ensure_ascii=False)
    path = tmp_path / "calls.jsonl"
    n = parallel.PARALLEL_MIN_BYTES // len(call.encode()) + 10
    path.write_text("\n".join([call] * n) + "\n", encoding="utf-8")
    out, err = _run_with_tty_stderr(["check", "--jobs", "2", "--format", "json", str(path)], tmp_path)
    assert json.loads(out)["summary"]["files"] == 1
    assert "calls" in err


def test_many_files_without_a_terminal_lint_and_show_no_bar(tmp_path):
    """50+ files make a progress object even when stderr is not a terminal (CI): it must not
    break the run, and nothing is drawn."""
    from scriptlint import api

    for i in range(api.PROGRESS_MIN_FILES + 5):
        (tmp_path / f"s{i:02d}.txt").write_text("你这个老赖\n", encoding="utf-8")
    code, out, err = run_cli("check", "--format", "json", tmp_path)
    assert code == 1 and err == ""
    report = json.loads(out)
    assert report["summary"]["files"] == api.PROGRESS_MIN_FILES + 5
    assert {v["rule"] for v in report["violations"]} >= {"insult.laolai"}


def test_a_large_jsonl_batch_is_not_read_twice_for_a_bar_nobody_sees(tmp_path, monkeypatch):
    from scriptlint import api, parallel

    call = json.dumps({"id": "c", "turns": [{"speaker": "agent", "text": "您好，这里是某某银行。" * 8}]}, ensure_ascii=False)
    path = tmp_path / "calls.jsonl"
    path.write_text("\n".join([call] * (parallel.PARALLEL_MIN_BYTES // len(call.encode()) + 10)) + "\n", encoding="utf-8")
    counted = []
    monkeypatch.setattr(api, "count_lines", lambda p: counted.append(p) or 0)
    assert len(list(lint_paths([str(path)], jobs=2))) > 0
    assert counted == []


def test_regex_gates_are_necessary_conditions_on_every_corpus_sentence():
    from scriptlint.matchers.regex import _top_branches, class_gate

    gated = [spec for rule in RULES.rules for spec in rule.matchers if spec.kind == "regex" and spec.gate is not None]
    assert len(gated) >= 3
    sentences = [s for t in TEXTS + EDGE_TEXTS for s in _sentences(t)] + ["身份证号一二三四五六七八九零一二三四五六七八九", "卡号 6222 0212 3456 7890 123"]
    fired = 0
    for spec in gated:
        for s in sentences:
            if spec.data.search(s):
                fired += 1
                assert spec.gate.search(s), (spec.data.pattern, s)
    assert fired > 0
    assert class_gate(*_top_branches(r"[^a-z]{4}x|y\d{3}"), weak_ok=True).pattern == r"(?:[^a-z]{4})|(?:[\d]{3})"
    assert class_gate(*_top_branches(r"ab\d"), weak_ok=False) is None  # a one-character class is too weak beside a literal


def _split_reference(text: str, stops: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch in stops:
            if i + 1 > start:
                spans.append((start, i + 1))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


@given(st.text(alphabet=st.sampled_from(list("ab你。！？!?；;\n，,：:、 \r-]^\\")), max_size=30))
@settings(max_examples=500, deadline=None)
def test_sentence_split_by_regex_equals_the_character_loop(text):
    from scriptlint.text.normalize import CLAUSE_END

    for stops in (SENTENCE_END, CLAUSE_END, "-]^\\"):
        assert split_spans(text, stops) == _split_reference(text, stops)


def test_no_fork_means_a_serial_run(tmp_path, monkeypatch):
    from scriptlint import parallel as api

    large = tmp_path / "large.txt"
    large.write_bytes("你这个老赖。\n".encode() * (api.PARALLEL_MIN_BYTES // 15 + 1))
    monkeypatch.setattr(api, "can_fork", lambda: False)
    assert api.workers_for(None, [str(large)]) == 1
    assert api.workers_for(4, [str(large), str(large)]) == 1


def test_a_tripled_character_is_cut_as_python_jieba_cuts_it():
    """坐坐坐: jieba-rs and Python jieba break the AA+A / A+AA tie differently (found by the
    generated-text test); such text goes to Python jieba."""
    seg = RULES.segmenter
    for text in ("坐坐坐还", "还坐坐坐还", "哈哈哈哈你好"):
        assert seg.cut(text) == seg.cut_reference(text)
