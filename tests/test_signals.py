"""Issue 15: interrupted runs exit with the shell's codes, quietly; --jobs is capped."""

from __future__ import annotations

import contextlib
import json
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


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        return []


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs /proc to find the workers")
def test_a_signal_to_the_workers_alone_loses_nothing(tree):
    """The workers leave SIGTERM and Ctrl-C to the parent: one killed half-way through writing
    its result would leave the parent waiting for the rest of it for ever."""
    proc = _start("--jobs", "2", "--format", "json", tree)
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
        time.sleep(0.05)
        workers = _children(proc.pid)
    if proc.poll() is not None or len(workers) < 2:
        pytest.skip("the run finished before its workers could be signalled")
    for pid in workers:
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
    out, err = proc.communicate(timeout=120)  # a lost task once meant waiting for ever
    assert proc.returncode == 1, err
    assert "Traceback" not in err
    report = json.loads(out)
    assert len(report["files"]) == 40
    assert len(report["violations"]) >= 40


def test_an_abandoned_parallel_run_leaves_no_workers(tmp_path):
    """Stopping early (a consumer that goes away, an error) cancels what has not started, lets
    the workers finish the task in hand and joins them: no process is left behind."""
    from scriptlint import parallel

    if not parallel.can_fork():
        pytest.skip("no fork here")
    files = []
    for i in range(12):
        path = tmp_path / f"s{i:02d}.txt"
        path.write_text(TEXT[: len(TEXT) // 8], encoding="utf-8")
        files.append(str(path))
    from scriptlint.config import load_config
    from scriptlint.factory import get_engine

    before = set(_children(os.getpid()))
    reports = parallel.lint_files(get_engine(), files, "auto", load_config(None), False, set(), 2)
    first = next(reports)
    assert first.findings
    reports.close()  # GeneratorExit inside the pool
    assert set(_children(os.getpid())) <= before
