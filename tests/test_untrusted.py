"""Issue 15, hardening round 2: an untrusted tree, config, pack or input must not run code, read
outside the project, hang, or lose the run. Each test reproduces one attack."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from .conftest import run_cli

VIOLATION = "你这个老赖\n"
CLEAN = "您好，我是XX公司专员，工号1。您本期应还200元，请于15号前还款，谢谢，再见。\n"


def _git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull})


# -- 1. git config of the scanned tree never runs -------------------------------------------------

@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_scanned_repository_fsmonitor_is_not_run(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    marker = tmp_path / "pwned"
    hook = tmp_path / "hook.sh"
    hook.write_text(f"#!/bin/sh\ntouch {marker}\n")
    hook.chmod(0o755)
    _git("config", "core.fsmonitor", str(hook), cwd=repo)
    (repo / "a.txt").write_text(VIOLATION, encoding="utf-8")
    code, out, err = run_cli("check", "--format", "json", repo)
    assert code == 1, err
    assert not marker.exists()
    assert json.loads(out)["violations"]


def test_gitignore_rules_are_honoured_without_git(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git" / "info").mkdir(parents=True)
    (repo / ".git" / "info" / "exclude").write_text("excluded.txt\n")
    (repo / ".gitignore").write_text("build/\n*.log.txt\n!keep.log.txt\n")
    (repo / "sub").mkdir()
    (repo / "sub" / ".gitignore").write_text("local.txt\n")
    (repo / "build").mkdir()
    for name in ("build/x.txt", "a.log.txt", "keep.log.txt", "excluded.txt", "sub/local.txt", "sub/ok.txt", "ok.txt"):
        (repo / name).write_text(VIOLATION, encoding="utf-8")
    code, out, err = run_cli("check", "--format", "json", repo)
    paths = sorted({os.path.relpath(v["path"], repo) for v in json.loads(out)["violations"]})
    assert paths == ["keep.log.txt", "ok.txt", os.path.join("sub", "ok.txt")]
    # A subdirectory of the repository: the top's rules still apply.
    code, out, err = run_cli("check", "--format", "json", repo / "sub")
    assert {os.path.basename(v["path"]) for v in json.loads(out)["violations"]} == {"ok.txt"}


# -- 4. symlinks out of the tree; config `rules:` outside the project --------------------------------

def test_symlinked_file_leading_out_of_the_tree_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(VIOLATION, encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    os.symlink(secret, tree / "leak.txt")
    (tree / "inner.txt").write_text(VIOLATION, encoding="utf-8")
    os.symlink(tree / "inner.txt", tree / "alias.txt")  # inside the tree: fine
    code, out, err = run_cli("check", "--format", "json", tree)
    paths = sorted({os.path.basename(v["path"]) for v in json.loads(out)["violations"]})
    assert paths == ["alias.txt", "inner.txt"]


def test_config_rules_outside_the_project_are_refused(tmp_path, monkeypatch):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "p.yaml").write_text("rules: []\n")
    project = tmp_path / "project"
    (project / "packs").mkdir(parents=True)
    (project / "a.txt").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(project)
    for rules in ("[/usr]", f"[{outside}]", "[../outside]"):
        (project / ".scriptlint.yaml").write_text(f"rules: {rules}\n")
        code, _, err = run_cli("check", "a.txt")
        assert code == 2 and "outside the project" in err and "--rules" in err, err
    # a link inside the project's pack directory that leads out
    os.symlink(outside / "p.yaml", project / "packs" / "p.yaml")
    (project / ".scriptlint.yaml").write_text("rules: [packs]\n")
    code, _, err = run_cli("check", "a.txt")
    assert code == 2 and "outside the project" in err
    # the same pack given on the command line is the user's choice
    (project / ".scriptlint.yaml").write_text("select: [insult]\n")
    code, _, err = run_cli("check", "--rules", outside, "a.txt")
    assert code == 0, err
