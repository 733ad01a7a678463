"""The bad-input matrix: each case builds a hostile input and states what scriptlint must do.

`tests/test_hostile_inputs.py` runs every case; `python -m tests.hostile_cases` writes
`docs/reliability.md` from the same table, so the document cannot drift from the tests."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

VIOLATION = "你这个老赖\n"


@dataclass
class Case:
    name: str
    input: str  # what the input is, for the table
    behaviour: str  # what scriptlint does, for the table
    exit_code: int  # exit code of a run on this input alone
    message: str  # substring expected on stderr ("" for none)
    build: Callable[[Path], str]  # creates the input under a directory; returns the CLI argument
    stdin: bytes | None = None
    unreadable: bool = False


def _write(name: str, data: bytes | str):
    def build(d: Path) -> str:
        p = d / name
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return str(p)
    return build


def _dir_named_txt(d: Path) -> str:
    p = d / "x.txt"
    p.mkdir()
    (p / "inner.txt").write_text("您好，我是XX公司专员，工号1。您本期应还200元，请于15号前还款，谢谢，再见。\n", encoding="utf-8")
    return str(p)


def _symlink_loop(d: Path) -> str:
    os.symlink(d / "loop-b.txt", d / "loop-a.txt")
    os.symlink(d / "loop-a.txt", d / "loop-b.txt")
    return str(d / "loop-a.txt")


def _dir_symlink_loop(d: Path) -> str:
    tree = d / "tree"
    tree.mkdir()
    os.symlink(tree, tree / "again")
    (tree / "ok.txt").write_text("您好，我是XX公司专员，工号1。您本期应还200元，请于15号前还款，谢谢，再见。\n", encoding="utf-8")
    return str(tree)


def _fifo(d: Path) -> str:
    p = d / "pipe.txt"
    os.mkfifo(p)
    return str(p)


def _jsonl_broken(d: Path) -> str:
    call = {"id": "c1", "turns": [{"speaker": "agent", "text": "你这个老赖"}]}
    p = d / "calls.jsonl"
    p.write_text(json.dumps(call, ensure_ascii=False) + "\n{\"id\": \"c2\", \"turns\": [\n" + json.dumps(dict(call, id="c3"), ensure_ascii=False) + "\n", encoding="utf-8")
    return str(p)


def _huge_json(d: Path) -> str:
    turns = [{"speaker": "agent" if i % 2 == 0 else "debtor", "text": "您好，请问您现在方便吗？"} for i in range(20000)]
    turns.append({"speaker": "agent", "text": "你这个老赖"})
    p = d / "huge.json"
    p.write_text(json.dumps({"id": "huge", "turns": turns}, ensure_ascii=False), encoding="utf-8")
    return str(p)


def _fifo_jsonl(d: Path) -> str:
    p = d / "calls.jsonl"
    os.mkfifo(p)
    return str(p)


def _dev_zero_link(d: Path) -> str:
    os.symlink("/dev/zero", d / "zero.txt")
    return str(d / "zero.txt")


def _non_utf8_name(d: Path) -> str:
    name = os.path.join(os.fsencode(d), b"bad\xff.txt")
    with open(name, "wb") as fh:
        fh.write(VIOLATION.encode())
    return os.fsdecode(name)


_BOMB = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n你这个老赖\n"

CASES = [
    Case("empty", "an empty (zero-byte) `.txt` file", "checked, clean", 0, "", _write("empty.txt", b"")),
    Case("empty-jsonl", "a zero-byte `.jsonl` file", "checked, no calls, clean", 0, "", _write("empty.jsonl", b"")),
    Case("whitespace", "a file of blank lines and spaces", "checked, clean", 0, "", _write("blank.txt", "\n \n\t\n")),
    Case("nul", "text with NUL bytes", "reported as binary and skipped", 2, "binary file", _write("nul.txt", "你好\x00老赖".encode())),
    Case("binary", "random binary bytes", "reported and skipped", 2, "skipped",
         _write("random.txt", bytes(random.Random(7).randrange(256) for _ in range(4096)))),
    Case("invalid-utf8", "invalid UTF-8 (a broken sequence)", "reported as undecodable and skipped", 2, "cannot decode",
         _write("bad.txt", b"abc\xc3\x28\xa0\xa1 def")),
    Case("mixed-encodings", "UTF-8 text with GBK bytes in the middle", "reported as mixed encoding and skipped", 2, "mixed or broken encoding",
         _write("mixed.txt", "你这个老赖，再不还钱就让你坐牢！".encode() + "欠款五千元".encode("gbk") + "请您尽快处理，谢谢。".encode())),
    Case("huge-line", "a 5-million-character single line ending in a violation", "checked; the finding is at column 5,000,004",
         1, "", _write("long.txt", "你好" * 2_500_000 + VIOLATION)),
    Case("deep-json", "JSON nested 100,000 levels deep", "reported (nested too deeply) and skipped", 2, "nested too deeply",
         _write("deep.json", "[" * 100_000 + "]" * 100_000)),
    Case("huge-json", "a JSON call with 20,001 turns", "checked; the violation in the last turn is found", 1, "", _huge_json),
    Case("jsonl-broken", "a JSONL file with a broken line in the middle", "the line is reported by number; the other calls are checked",
         2, "calls.jsonl:2: malformed JSON", _jsonl_broken),
    Case("json-lone-surrogate", "a JSONL call whose text escapes a lone UTF-16 surrogate (`\\ud800`)",
         "checked; the surrogate becomes U+FFFD (reported as a warning), the violation beside it is found", 1,
         "lone UTF-16 surrogate", _write("sur.jsonl", '{"id": "s", "turns": [{"speaker": "agent", "text": "\\ud800你这个老赖"}]}\n')),
    Case("json-not-call", "a JSON file named on the command line that is not a call", "reported and skipped", 2, "not a call export", _write("x.json", "[1, 2, 3]")),
    Case("dir-named-txt", "a directory named `x.txt`", "treated as a directory and searched", 0, "", _dir_named_txt),
    Case("symlink-loop", "a symlink loop (a → b → a)", "reported as unreadable and skipped", 2, "cannot read", _symlink_loop),
    Case("dir-symlink-loop", "a directory holding a symlink to itself", "the symlinked directory is not followed; the rest is checked",
         0, "", _dir_symlink_loop),
    Case("fifo", "a FIFO named `pipe.txt`", "reported as not a regular file (never blocks)", 2, "not a regular file", _fifo),
    Case("unreadable", "a file without read permission", "reported as unreadable and skipped", 2, "cannot read",
         _write("secret.txt", VIOLATION), unreadable=True),
    Case("missing", "a path that does not exist", "reported; exit 2", 2, "no such file or directory", lambda d: str(d / "nope.txt")),
    Case("stdin", "`-` with text on standard input", "read and checked as <stdin>", 1, "", lambda d: "-", stdin=VIOLATION.encode()),
    Case("fifo-jsonl", "a FIFO named `calls.jsonl` (a JSONL batch is streamed, possibly by workers)",
         "reported as not a regular file (never blocks)", 2, "not a regular file", _fifo_jsonl),
    Case("dev-zero-link", "a symlink named `zero.txt` to `/dev/zero`", "reported as not a regular file; nothing is read", 2,
         "not a regular file", _dev_zero_link),
    Case("non-utf8-name", "a file name that is not UTF-8 (`bad\\xff.txt`)", "checked; reported as `bad\\xff.txt` in every format",
         1, "", _non_utf8_name),
    Case("front-matter-aliases", "YAML front matter with aliases (an alias-expansion bomb)", "reported (front matter refused) and skipped",
         2, "front matter refused: YAML aliases", _write("bomb.txt", _BOMB)),
    Case("front-matter-deep", "YAML front matter nested 5,000 levels deep", "reported (front matter refused) and skipped", 2,
         "front matter refused", _write("deep.txt", "---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\n你这个老赖\n")),
    Case("meta-records", "a JSONL call whose `meta.records` is not a list of records", "that call is reported; the others are checked",
         2, "`meta.records` must be a list", _write("rec.jsonl", '{"id": "r", "meta": {"records": 5}, "turns": []}\n'
                                                   '{"id": "ok", "turns": [{"speaker": "agent", "text": "你这个老赖"}]}\n')),
    Case("stdin-binary", "`-` with binary on standard input", "reported and skipped", 2, "binary file", lambda d: "-", stdin=b"\x00\x01\x02"),
]


UNTRUSTED = [
    ("the scanned repository's `.git/config` sets `core.fsmonitor`", "git is never run; `.gitignore` files are read with pathspec"),
    ("a rule-pack cache planted in a shared or foreign directory", "loaded only from a private cache directory, after its HMAC checks"),
    ("a planted `report.json.tmp` symlink beside `-o` / `--write-baseline`", "not followed: fresh mkstemp name, then rename"),
    ("`-o` naming one of the inputs", "refused, exit 2; the input is untouched"),
    ("a symlink in the tree to `/etc/passwd`; config `rules: [/usr]`", "not followed; config packs must be inside the project"),
    ("a file name holding a newline and `::error`, ESC or OSC sequences", "shown escaped (`\\x0a`, `\\x1b`) on stderr and in every report"),
    ("a pack regex with nested counted repetition", "refused before compiling, naming file, line and rule"),
    ("a 5 M-character line with a finding every 5 characters", "linear: fingerprints normalise a bounded window"),
    ("`--config /dev/zero`, a 1 GB pack, `fix` through a link to `/dev/zero`", "refused before reading (type and size checked)"),
    ("`fix` on UTF-32 / UTF-16BE with BOM, a symlink, hard links, a 0444 file", "encoding and byte order kept; target fixed, link kept; hard-linked and read-only files refused"),
    ("`kill -9` during `fix`", "the file is old or new, never partial; the stale temp file is removed by the next fix there"),
    ("a date-only `started_at`; an epoch timestamp", "no night-call finding without a time; epoch seconds/ms read in UTC+8"),
]


def render() -> str:
    lines = [
        "# Reliability: hostile inputs",
        "",
        "Generated from `tests/hostile_cases.py` by `python -m tests.hostile_cases`; the test suite fails when",
        "this file is stale. Every case is also run beside a normal file, which must still be checked.",
        "No case may print a traceback.",
        "",
        "| input | behaviour | exit code | message |",
        "|---|---|---|---|",
    ]
    for c in CASES:
        lines.append(f"| {c.input} | {c.behaviour} | {c.exit_code} | {('`' + c.message + '`') if c.message else '—'} |")
    lines += ["", "Rule packs: YAML is loaded with a safe loader (python tags are rejected), aliases are refused",
              "(no alias-expansion bombs), packs over 5 MB or over 5,000 rules are refused before they are read, and every",
              "regex runs with a time bound; each timeout is an error of the run naming the rule, and after three the rule is switched off for the rest of the run. See `tests/test_hostile_inputs.py`.",
              "",
              "Untrusted repositories, configs and files (issue 15; `tests/test_untrusted*.py`):",
              "",
              "| attack | behaviour |",
              "|---|---|"]
    lines += [f"| {attack} | {behaviour} |" for attack, behaviour in UNTRUSTED]
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "docs" / "reliability.md"
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
