"""Issue 15, hardening round 2: an untrusted tree, config, pack or input must not run code, read
outside the project, hang, or lose the run. Each test reproduces one attack."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

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


# -- 2. the rule-pack cache -------------------------------------------------------------------------

class _Boom:
    """A pickle that runs code when loaded: touches `marker`."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def _plant(directory: Path, marker: Path) -> None:
    import pickle

    from scriptlint import pack, packcache

    key = packcache.cache_key(pack.pack_files(pack.builtin_rules_dir()), pack.MAX_PACK_BYTES)
    directory.mkdir(parents=True, exist_ok=True)
    body = pickle.dumps(_Boom(marker))
    (directory / f"rules-{key}.pickle").write_bytes(body)
    (directory / f"rules-{key}.pickle").chmod(0o600)


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    home = tmp_path / "cache-home"
    home.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("SCRIPTLINT_NO_CACHE", raising=False)
    return home


def test_rule_cache_without_the_users_key_is_never_unpickled(cache_home, tmp_path):
    from scriptlint import pack

    marker = tmp_path / "pwned"
    _plant(cache_home / "scriptlint", marker)
    ruleset = pack.load_rules()
    assert ruleset.rules and not marker.exists()
    again = pack.load_rules()  # the rebuilt, authenticated entry is used from now on
    assert [r.id for r in again.rules] == [r.id for r in ruleset.rules]


def test_no_cache_in_a_directory_others_can_write(cache_home, tmp_path):
    import tempfile

    from scriptlint import pack, packcache

    os.chmod(cache_home, 0o777)  # a shared, non-sticky parent: someone else could swap our directory
    marker = tmp_path / "pwned"
    _plant(cache_home / "scriptlint", marker)
    assert packcache.private_dir() is None
    assert pack.load_rules().rules and not marker.exists()
    os.chmod(cache_home, 0o700)
    os.chmod(cache_home / "scriptlint", 0o777)  # the directory itself is writable by others
    assert packcache.private_dir() is None
    assert pack.load_rules().rules and not marker.exists()
    # no private directory at all: nothing falls back to the shared temp directory
    (cache_home / "scriptlint").chmod(0o700)
    shutil.rmtree(cache_home / "scriptlint")
    (cache_home / "scriptlint").write_text("not a directory")
    before = set(os.listdir(tempfile.gettempdir()))
    assert packcache.private_dir() is None
    assert pack.load_rules().rules
    assert not {n for n in set(os.listdir(tempfile.gettempdir())) - before if "rules-" in n}


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give a file to another user")
def test_cache_file_owned_by_another_user_is_ignored(cache_home, tmp_path):
    from scriptlint import pack

    pack.load_rules()  # a valid entry, then handed to "nobody"
    (entry,) = (cache_home / "scriptlint").glob("rules-*.pickle")
    os.chown(entry, 65534, 65534)
    before = entry.stat().st_mtime_ns
    assert pack.load_rules().rules
    assert entry.stat().st_uid == os.getuid() or entry.stat().st_mtime_ns != before  # rebuilt, not trusted


def test_old_cache_entries_are_pruned(cache_home):
    from scriptlint import pack, packcache

    pack.load_rules()
    directory = cache_home / "scriptlint"
    for i in range(10):
        (directory / f"rules-old{i}.pickle").write_bytes(b"x")
        os.utime(directory / f"rules-old{i}.pickle", (1000 + i, 1000 + i))
    packcache.prune(str(directory))
    left = sorted(p.name for p in directory.glob("rules-*.pickle"))
    assert len(left) == packcache.KEEP and not any(n == "rules-old0.pickle" for n in left)


# -- 3. -o and --write-baseline never follow a planted FILE.tmp link; -o never overwrites an input -----

@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_planted_tmp_symlink_is_not_followed(tmp_path, option):
    victim = tmp_path / "victim"
    victim.write_text("precious\n")
    (tmp_path / "a.txt").write_text(VIOLATION, encoding="utf-8")
    target = tmp_path / "report.json"
    os.symlink(victim, tmp_path / "report.json.tmp")
    code, _, err = run_cli("check", "--format", "json", option, target, tmp_path / "a.txt")
    assert code in (0, 1), err
    assert victim.read_text() == "precious\n"
    assert json.loads(target.read_text())
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".scriptlint-tmp-")]


def test_output_onto_an_input_is_refused(tmp_path):
    a = tmp_path / "x.txt"
    a.write_text(VIOLATION, encoding="utf-8")
    os.link(a, tmp_path / "hard.txt")
    for out in (a, tmp_path / "hard.txt"):
        code, _, err = run_cli("check", a, "-o", out)
        assert code == 2 and "is one of the inputs" in err
    assert a.read_text(encoding="utf-8") == VIOLATION


def test_unwritable_output_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text(VIOLATION, encoding="utf-8")
    code, _, err = run_cli("check", tmp_path / "a.txt", "-o", tmp_path / "no-such-dir" / "r.json")
    assert code == 2 and "cannot write the report" in err and "internal error" not in err
    code, _, err = run_cli("check", tmp_path / "a.txt", "--write-baseline", tmp_path / "no-such-dir" / "b.json")
    assert code == 2 and "cannot write the baseline" in err and "internal error" not in err


@pytest.mark.parametrize("content", ["{", "[]", '{"fingerprints": {"a": 1e999}}', '{"fingerprints": ' * 5000, '{"fingerprints": 3}'])
def test_malformed_baseline_is_a_clear_error(tmp_path, content):
    (tmp_path / "a.txt").write_text(VIOLATION, encoding="utf-8")
    (tmp_path / "b.json").write_text(content)
    code, _, err = run_cli("check", tmp_path / "a.txt", "--baseline", tmp_path / "b.json")
    assert code == 2 and "not a scriptlint baseline" in err and "internal error" not in err


def test_concurrent_reports_to_one_path_do_not_collide(tmp_path):
    import sys

    (tmp_path / "a.txt").write_text(VIOLATION * 50, encoding="utf-8")
    out = tmp_path / "r.json"
    cmd = [sys.executable, "-m", "scriptlint.cli", "check", "--format", "json", "-o", str(out), str(tmp_path / "a.txt")]
    procs = [subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True) for _ in range(6)]
    results = [(p.wait(), p.stderr.read()) for p in procs]
    assert all(code == 1 for code, _ in results), results
    assert json.loads(out.read_text())["violations"]


# -- 5, 6, 18. names and texts from inputs cannot command the terminal, GitHub or break XML ----------

EVIL_NAME = "x\n::error file=pwned.txt::injected\x1b]0;title\x07.txt"


def _evil_file(tmp_path) -> Path:
    p = tmp_path / EVIL_NAME
    p.write_text("你这个老赖\x1b[2J\x1b]8;;http://evil\x07点我\x1b]8;;\x07\u202e\n", encoding="utf-8")
    return p


def test_github_annotations_escape_a_file_name(tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    p = _evil_file(tmp_path)
    code, out, err = run_cli("check", p)
    assert code == 1
    for line in (out + err).splitlines():
        assert not line.startswith("::error file=pwned"), line
        assert "\x1b" not in line
    assert all(line.startswith("::") for line in out.splitlines() if line)
    assert "%0A%3A%3Aerror file=pwned.txt%3A%3Ainjected" in out


def test_stderr_messages_escape_a_file_name(tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    p = tmp_path / EVIL_NAME
    p.write_bytes(b"\x00binary")
    code, out, err = run_cli("check", "--format", "json", p)
    assert code == 2
    assert "\x1b" not in err and not any(line.startswith("::") for line in err.splitlines())
    assert "\\x0a::error" in err


def test_text_report_shows_control_characters_escaped(tmp_path):
    p = _evil_file(tmp_path)
    code, out, err = run_cli("check", "--no-color", p)
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b]8;;http://evil\\x07" in out and "\\x0a::error" in out


def test_junit_is_well_formed_with_control_characters(tmp_path):
    from xml.etree import ElementTree as ET

    p = _evil_file(tmp_path)
    code, out, _ = run_cli("check", "--format", "junit", p)
    assert code == 1
    root = ET.fromstring(out)
    assert root.find(".//failure") is not None and "\\x1b" in ET.tostring(root, encoding="unicode")
