"""The real `pre-commit try-repo` against this repository, in a temporary git repository.

Slow (pre-commit builds a virtualenv with scriptlint and its dependencies from the package
registry), so it is marked `slow`; CI runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _pre_commit() -> list[str]:
    exe = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(exe).exists():
        pytest.skip("pre-commit is not installed (pip install '.[test]')")
    return [exe]


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def hook_home(tmp_path_factory):
    # One pre-commit cache for the module, so the hook environment is built once.
    return tmp_path_factory.mktemp("pre-commit-home")


def _try(repo_dir: Path, hook: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com")
    return subprocess.run(_pre_commit() + ["try-repo", str(REPO), hook, "--all-files"], cwd=repo_dir, env=env,
                          capture_output=True, text=True, timeout=1500)


def _repo(tmp_path: Path, text: str) -> Path:
    d = tmp_path / "scripts-repo"
    d.mkdir()
    _git(d, "init", "-q")
    (d / "script.txt").write_text(text, encoding="utf-8")
    _git(d, "add", "script.txt")
    return d


def test_hook_fails_a_commit_holding_a_threat(tmp_path, hook_home):
    d = _repo(tmp_path, "您好，我是XX公司专员。\n你这个老赖，再不还钱就让你坐牢！\n")
    result = _try(d, "scriptlint", hook_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "overstatement" in result.stdout and "insult.laolai" in result.stdout


def test_hook_passes_a_clean_commit(tmp_path, hook_home):
    d = _repo(tmp_path, "您好，我是XX银行信用卡中心的专员，工号1024。\n您本期应还3200元，请您在15号前还款，谢谢，再见。\n")
    result = _try(d, "scriptlint", hook_home)
    assert result.returncode == 0, result.stdout + result.stderr


def test_fix_hook_rewrites_and_fails_the_commit(tmp_path, hook_home):
    d = _repo(tmp_path, "您好，我是XX公司专员，工号1。\n您好客户，老赖这个词我们不用。\n请问老赖什么时候还款？\n")
    result = _try(d, "scriptlint-fix", hook_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "请问客户什么时候还款？" in (d / "script.txt").read_text(encoding="utf-8")
