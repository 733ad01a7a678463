"""Issue 15: interrupted runs exit with the shell's codes, quietly; --jobs is capped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from .conftest import run_cli

TEXT = "您好，我是XX公司专员。你这个老赖，再不还钱就让你坐牢！\n" * 400


@pytest.fixture
def tree(tmp_path):
    for i in range(40):
        (tmp_path / f"s{i:02d}.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def _start(*args):
    return subprocess.Popen([sys.executable, "-m", "scriptlint", "check", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signals_exit_with_the_shells_code_without_tracebacks(tree, sig, code):
    proc = _start("--jobs", "2", tree)
    time.sleep(4)  # imports done, workers forked
    if proc.poll() is not None:
        pytest.skip("the run finished before the signal (machine too fast for this input)")
    os.killpg(proc.pid, sig)  # as a terminal's Ctrl-C reaches the whole process group
    out, err = proc.communicate(timeout=120)
    if proc.returncode == 1 and "problem" in out:  # the summary line: the run ended just before the signal
        pytest.skip("the run finished between the check and the signal (a loaded machine)")
    assert proc.returncode == code, err
    assert "Traceback" not in err


def test_broken_pipe_exits_141_quietly(tree):
    res = subprocess.run(["bash", "-c", f"set -o pipefail; {sys.executable} -m scriptlint check --jobs 1 {tree} | head -n 1 >/dev/null"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 141, res.stderr
    assert "Traceback" not in res.stderr and "internal error" not in res.stderr


def test_jobs_are_capped_by_cpus_and_work(tmp_path, monkeypatch):
    from scriptlint import parallel

    sizes = []
    real = parallel._pool
    monkeypatch.setattr(parallel, "_pool", lambda n: sizes.append(n) or real(n))
    one = tmp_path / "one.txt"
    one.write_text(TEXT, encoding="utf-8")
    code, _, _ = run_cli("check", "--jobs", "300", one)
    assert code == 1
    two = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for p in two:
        p.write_text(TEXT, encoding="utf-8")
    code, _, _ = run_cli("check", "--jobs", "300", *two)
    assert code == 1
    assert sizes and max(sizes) <= min(os.cpu_count() or 1, 2), sizes
