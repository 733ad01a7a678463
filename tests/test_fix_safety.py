"""`fix` never damages a file: concurrent runs, files changed under it, crashes mid-write."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from scriptlint import fix as fix_mod
from scriptlint.model import InputError

TEXT = "您好，我是XX公司专员。\n请问老赖什么时候还款？\n老赖的事我们再谈。\n" * 50
FIXED = TEXT.replace("老赖", "客户")


def _lint_with(mutator=None):
    from scriptlint import lint_text

    def lint(text, path):
        if mutator:
            mutator(path)
        return lint_text(text, "script")

    return lint


def test_two_concurrent_runs_end_as_one_run(tmp_path):
    for i in range(3):
        p = tmp_path / f"s{i}.txt"
        p.write_text(TEXT, encoding="utf-8")
        procs = [subprocess.Popen([sys.executable, "-m", "scriptlint", "fix", str(p)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE) for _ in range(2)]
        results = [proc.communicate(timeout=300) for proc in procs]
        codes = sorted(proc.returncode for proc in procs)
        assert p.read_text(encoding="utf-8") == FIXED, results
        assert codes == [0, 1], results  # one run fixed it; the other found nothing left to fix
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".scriptlint-")]


def test_file_changed_since_read_is_refused(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")

    def someone_edits(path):
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("另一个人刚加的一行。\n")

    with pytest.raises(InputError, match="changed on disk"):
        fix_mod.fix_file(str(p), _lint_with(someone_edits))
    assert p.read_text(encoding="utf-8") == TEXT + "另一个人刚加的一行。\n"


@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_crash_mid_write_leaves_the_original_whole(tmp_path, monkeypatch, where):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, where, boom)
    with pytest.raises(OSError):
        fix_mod.fix_file(str(p), _lint_with())
    monkeypatch.undo()
    assert p.read_text(encoding="utf-8") == TEXT
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".scriptlint-")]


def test_diff_mode_does_not_take_the_lock_or_write(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    result = fix_mod.fix_file(str(p), _lint_with(), write=False)
    assert result.applied and result.new_text == FIXED
    assert p.read_text(encoding="utf-8") == TEXT
