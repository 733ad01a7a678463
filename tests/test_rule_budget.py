"""A rule whose regex runs out of time is reported and switched off, never silently dropped
(issue 15, item 9); an engine is shared safely between threads (item 14)."""

from __future__ import annotations

import textwrap
import threading

from scriptlint.api import lint_text
from scriptlint.engine import TIMEOUT_BUDGET, Engine
from scriptlint.pack import load_rules

from .conftest import run_cli

SLOW_PACK = """\
rules:
  - id: threat.slow-house
    category: threat
    message: 测试
    suggest: 请您按时还款。
    source: house rule
    match:
      regex: "(?:(?:啊|啊啊)+)+呀"
    examples:
      bad: [啊呀, 啊啊呀, 啊啊啊呀, 啊啊啊啊呀, 啊呀啊呀]
      good: [您好, 谢谢, 再见, 好的, 嗯嗯]
"""


def test_a_regex_that_times_out_spends_its_budget_then_is_switched_off_and_the_run_fails(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "slow.yaml").write_text(textwrap.dedent(SLOW_PACK), encoding="utf-8")
    script = tmp_path / "s.txt"
    script.write_text(("呀" + "啊" * 40 + "哦。") * 300 + "\n你这个老赖\n", encoding="utf-8")
    code, out, err = run_cli("check", "--rules", pack, "--format", "json", script)
    assert code == 2
    reports = [line for line in err.splitlines() if "threat.slow-house" in line]
    assert len(reports) == TIMEOUT_BUDGET  # 300 slow sentences cost 3 timeouts, not 300
    assert "switched off" in reports[-1] and "slow.yaml:8" in reports[-1]
    assert '"insult.laolai"' in out  # the other rules still ran


def test_one_engine_lints_from_eight_threads():
    engine = Engine(load_rules())  # cold: matchers and caches are built while the threads run
    texts = ["你这个老赖再不还钱就让你坐牢", "我们会联系你单位领导", "您好，请问您什么时候方便还款？",
             "你等着吃牢饭吧", "滚一边去，让你老婆接电话"] * 20
    expected = [sorted(f.rule for f in lint_text(t, "script", engine=Engine(load_rules()))) for t in texts]
    errors, results = [], {}

    def work(n):
        try:
            results[n] = [sorted(f.rule for f in lint_text(t, "script", engine=engine)) for t in texts]
        except Exception as exc:  # noqa: BLE001 - the test reports any crash
            errors.append(repr(exc))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert all(results[n] == expected for n in range(8))


class _Starved:
    """A compiled regex stand-in whose first search times out having used no processor time (the
    thread was starved), as on a busy machine; later searches find 老赖."""

    def __init__(self):
        self.calls = 0

    def finditer(self, text, timeout):
        import regex

        self.calls += 1
        if self.calls == 1:
            raise TimeoutError("regex timed out")
        return regex.finditer("老赖", text)


class _Sentence:
    text = "你这个老赖"

    def __init__(self):
        self.timeouts = 0

    def timed_out(self, spec):
        self.timeouts += 1


def test_a_search_starved_of_the_processor_is_run_again_and_costs_no_budget():
    from scriptlint.matchers import MatchSpec
    from scriptlint.matchers import regex as regex_matcher

    spec, sent = MatchSpec("regex", _Starved(), 1), _Sentence()
    assert regex_matcher.find(spec, sent) == [(3, 5, None)]
    assert sent.timeouts == 0 and spec.data.calls == 2


def test_a_search_that_burns_the_processor_until_its_timeout_still_counts():
    import time

    from scriptlint.matchers import MatchSpec
    from scriptlint.matchers import regex as regex_matcher

    class _Slow:
        def finditer(self, text, timeout):
            end = time.thread_time() + timeout
            while time.thread_time() < end:
                pass
            raise TimeoutError("regex timed out")

    sent = _Sentence()
    assert regex_matcher.find(MatchSpec("regex", _Slow(), 1), sent) == []
    assert sent.timeouts == 1
