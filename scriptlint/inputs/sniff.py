"""Which files found in a repository are collection material, judged by content, not extension.

`check .` on an ordinary repository meets `package.json`, `tsconfig.json`, `requirements.txt`,
English READMEs and data files. They are skipped (listed with `--verbose`), never an error and
never a finding:

- JSON that is not a call export (an object with a `turns` list) and JSONL whose first record is
  not one — when found by walking a directory; a file named on the command line is read anyway,
  so a broken export gets a clear error;
- CSV whose header is not a call log's (a time column and a contact/number column) — likewise;
- text and Markdown with no Chinese speech (no run of two Han characters), walked or named: a
  pre-commit hook names files, and an English README is no script.

A kind given by `--kind` or by the config's `kind` globs is the user's word and is not second-guessed."""

from __future__ import annotations

import json
import os
import re

from .calllog import looks_like_calllog
from .decode import decode

HEAD_BYTES = 1 << 16
MAX_JSON_BYTES = 64 << 20  # a bigger .json is read as given (an export that large is a call)
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}")


def has_chinese_speech(text: str) -> bool:
    return _HAN_RUN.search(text) is not None


def _is_call(obj) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("turns"), list)


def skip_reason(path: str, explicit: bool) -> str | None:
    """Why `path` is not collection material (None: lint it). `explicit`: named on the command
    line rather than found in a directory."""
    lower = path.lower()
    if not os.path.isfile(path):
        return None  # FIFOs, devices, directories: never opened here (a FIFO would block); the reader reports them
    try:
        head, whole = _read_head(path, lower.endswith(".json") and not explicit)
    except OSError:
        return None  # unreadable: reported when read
    try:
        text = decode(head if whole else _trim(head), path).text
    except Exception:  # noqa: BLE001 - binary or undecodable: the reader reports it
        return None
    for ext, reason in _BY_EXTENSION:
        if lower.endswith(ext):
            return reason(text, explicit, whole)
    return None if has_chinese_speech(text) else "no Chinese speech"


def text_skip_reason(kind: str, text: str) -> str | None:
    """`skip_reason` for a whole text in memory (an editor's buffer) read as `kind`, judged as a
    file found by walking a directory is: a JSON file that is not a call export is not ours."""
    if kind == "json":
        return _json_reason(text, False, True)
    if kind == "jsonl":
        return _jsonl_reason(text, False, True)
    if kind == "calllog":
        return _csv_reason(text, False, True)
    return None if has_chinese_speech(text) else "no Chinese speech"


def _read_head(path: str, whole_json: bool) -> tuple[bytes, bool]:
    """(the first HEAD_BYTES of the file, whether that is all of it); with `whole_json`, up to
    MAX_JSON_BYTES more, so a walked .json can be parsed whole."""
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
        whole = len(head) < HEAD_BYTES
        if whole_json and not whole:
            rest = fh.read(MAX_JSON_BYTES)
            head += rest
            whole = len(rest) < MAX_JSON_BYTES
    return head, whole


def _json_reason(text: str, explicit: bool, whole: bool) -> str | None:
    if explicit or not whole:
        return None
    return _not_a_call(text, "JSON that is")


def _jsonl_reason(text: str, explicit: bool, whole: bool) -> str | None:
    if explicit:
        return None
    first = next((line for line in text.splitlines() if line.strip()), "")
    return _not_a_call(first, "JSONL whose first line is")


def _not_a_call(text: str, subject: str) -> str | None:
    """Why `text` (a JSON value) is not a call export, or None when it is one or may be one."""
    try:
        obj = json.loads(text)
    except ValueError:
        return None if '"turns"' in text else f"{subject} not a call export (no `turns`)"
    return None if _is_call(obj) else f"{subject} not a call export (no `turns` list)"


def _csv_reason(text: str, explicit: bool, whole: bool) -> str | None:
    if explicit or looks_like_calllog(text):
        return None
    return "CSV without a call log header (a time column and a contact/number column)"


# (extension, reason(text, explicit, whole)); any other file is skipped only without Chinese speech
_BY_EXTENSION = ((".json", _json_reason), (".jsonl", _jsonl_reason), (".csv", _csv_reason))


def _trim(head: bytes) -> bytes:
    """Cut a multi-byte UTF-8 character split at the end of the head (GB18030 decodes anyway)."""
    for cut in range(4):
        try:
            head[: len(head) - cut].decode("utf-8")
            return head[: len(head) - cut]
        except UnicodeDecodeError:
            continue
    return head
