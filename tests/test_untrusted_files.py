"""Issue 15: FIFOs, devices and oversized files are refused before reading; `fix` never loses data
(encodings and byte orders, symlinks, hard links, read-only files, killed runs); odd file names."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from .conftest import run_cli

VIOLATION = "你这个老赖\n"
TEXT = "您好。\r\n你这个老赖，请还款。\r\n"
FIXED = TEXT.replace("你这个老赖", "您")  # the insulting form of address goes as a whole


def _within(seconds: float, fn, *args):
    """Run fn(*args) in a thread; fail (instead of hanging the suite) if it takes longer."""
    result: list = []
    t = threading.Thread(target=lambda: result.append(fn(*args)), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"still running after {seconds} s (blocked?)"
    return result[0]


# -- 12. FIFOs and devices, caps before reading -----------------------------------------------------

def test_fifo_named_jsonl_does_not_block_check(tmp_path):
    os.mkfifo(tmp_path / "calls.jsonl")
    good = tmp_path / "good.txt"
    good.write_text(VIOLATION, encoding="utf-8")
    # a real process, as a shell or a hook runs it (`--jobs 2` forks a worker pool)
    for jobs in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "scriptlint", "check", "--format", "json", "--jobs", jobs,
                               str(tmp_path / "calls.jsonl"), str(good)],
                              capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
        assert proc.returncode == 2 and "not a regular file" in proc.stderr, proc.stderr
        assert {v["path"] for v in json.loads(proc.stdout)["violations"]} == {str(good)}


def test_fix_refuses_fifo_and_device_links(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    for name in ("pipe.txt", "zero.txt"):
        for extra in ((), ("--diff",)):
            code, _, err = _within(60, run_cli, "fix", *extra, tmp_path / name)
            assert code == 2 and "not a regular file" in err, err


def test_config_from_a_device_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(VIOLATION, encoding="utf-8")
    code, _, err = _within(60, run_cli, "check", "--config", "/dev/zero", tmp_path / "a.txt")
    assert code == 2 and "not a regular file" in err
    big = tmp_path / "big.yaml"
    big.write_text("# " + "x" * (2 << 20) + "\n")
    code, _, err = run_cli("check", "--config", big, tmp_path / "a.txt")
    assert code == 2 and "larger than" in err


def test_oversized_pack_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from scriptlint import pack, safeio

    d = tmp_path / "pack"
    d.mkdir()
    p = d / "p.yaml"
    with open(p, "wb") as fh:  # sparse: 1 GB that costs nothing on disk
        fh.truncate(1 << 30)
    reads = []
    real = safeio.read_capped
    monkeypatch.setattr(safeio, "read_capped", lambda path, limit, **kw: reads.append(limit) or real(path, limit, **kw))
    start = time.monotonic()
    with pytest.raises(pack.PackError, match="larger than"):
        pack.load_rules([d])
    assert time.monotonic() - start < 10 and all(limit <= pack.MAX_PACK_BYTES for limit in reads)


# -- 14. a file name that is not UTF-8 ----------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "text", "sarif", "github", "junit", "codequality"])
def test_non_utf8_file_name_is_reported_not_a_crash(tmp_path, fmt):
    d = os.fsencode(tmp_path)
    with open(os.path.join(d, b"bad\xff.txt"), "wb") as fh:
        fh.write(VIOLATION.encode())
    (tmp_path / "good.txt").write_text(VIOLATION, encoding="utf-8")
    code, out, err = run_cli("check", "--format", fmt, tmp_path)
    assert code == 1 and "internal error" not in err, err
    assert "xff.txt" in out and "good.txt" in out  # shown as bad\xff.txt (JSON doubles the backslash)


# -- 15. fix keeps what it does not change ------------------------------------------------------------

@pytest.mark.parametrize(("codec", "bom"), [("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff"),
                                            ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"\xff\xfe"), ("utf-8", b"\xef\xbb\xbf")])
def test_fix_keeps_encoding_byte_order_and_bom(tmp_path, codec, bom):
    p = tmp_path / "s.txt"
    p.write_bytes(bom + TEXT.encode(codec))
    code, _, err = run_cli("fix", p)
    assert code == 1, err
    assert p.read_bytes() == bom + FIXED.encode(codec)


def test_fix_through_a_symlink_fixes_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(TEXT, encoding="utf-8", newline="")
    link = tmp_path / "link.txt"
    os.symlink("real.txt", link)
    code, _, err = run_cli("fix", link)
    assert code == 1, err
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert target.read_bytes().decode() == FIXED


def test_fix_refuses_hard_linked_and_read_only_files(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(TEXT, encoding="utf-8", newline="")
    os.link(a, tmp_path / "b.txt")
    code, _, err = run_cli("fix", a)
    assert code == 2 and "hard links; not fixed" in err
    assert a.read_bytes().decode() == TEXT and os.stat(a).st_nlink == 2
    ro = tmp_path / "ro.txt"
    ro.write_text(TEXT, encoding="utf-8", newline="")
    ro.chmod(0o444)
    code, _, err = run_cli("fix", ro)
    assert code == 2 and "read-only; not fixed" in err
    assert ro.read_bytes().decode() == TEXT and (ro.stat().st_mode & 0o777) == 0o444


def test_fix_keeps_permissions(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text(TEXT, encoding="utf-8", newline="")
    p.chmod(0o640)
    assert run_cli("fix", p)[0] == 1
    assert (p.stat().st_mode & 0o777) == 0o640 and p.read_bytes().decode() == FIXED


def test_temp_file_of_a_killed_fix_is_cleaned_and_never_partial(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 200_000, encoding="utf-8", newline="")
    original = big.read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "scriptlint", "fix", str(big)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if any(n.startswith(".scriptlint-fix-") for n in os.listdir(tmp_path)):
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert big.read_bytes() in (original, (TEXT * 200_000).replace("你这个老赖", "您").encode())  # old or new, never partial
    # a stale temp file (planted, as a killed run leaves one) is removed by the next fix there
    Path(tmp_path / ".scriptlint-fix-stale.tmp").write_bytes(b"x" * 1000)
    small = tmp_path / "small.txt"
    small.write_text(TEXT, encoding="utf-8", newline="")
    assert run_cli("fix", small)[0] == 1
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".scriptlint-fix-")]


def test_init_replaces_a_planted_symlink_instead_of_following_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    victim = tmp_path / "elsewhere" / "victim"
    os.symlink(victim, tmp_path / ".scriptlint.yaml")  # dangling: exists() is False
    code, _, err = run_cli("init")
    assert code == 2 and "already exists" in err
    code, _, _ = run_cli("init", "--force")
    assert code == 0 and not victim.exists()
    assert not (tmp_path / ".scriptlint.yaml").is_symlink()


def test_eval_refuses_a_fifo_corpus(tmp_path):
    os.mkfifo(tmp_path / "c.jsonl")
    code, _, err = _within(60, run_cli, "eval", tmp_path / "c.jsonl")
    assert code == 2 and "not a regular file" in err


def test_worker_pools_end_cleanly_when_there_is_nothing_to_do(tmp_path):
    """An empty JSONL batch starts a pool and hands it no work: the pool must be closed and joined,
    not terminated while its workers are still starting (which once left CI joining a worker for
    ever). Thirty pools in one process, bounded by a timeout."""
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "one.jsonl").write_text('{"id": "c1", "turns": [{"speaker": "agent", "text": "你这个老赖"}]}\n', encoding="utf-8")
    code = ("import sys\nfrom scriptlint.api import lint_paths\n"
            "for _ in range(15):\n"
            "    lint_paths([sys.argv[1]], jobs=2)\n"
            "    assert len(list(lint_paths([sys.argv[2]], jobs=2))) >= 1\n")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "empty.jsonl"), str(tmp_path / "one.jsonl")],
                          capture_output=True, text=True, timeout=240, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
