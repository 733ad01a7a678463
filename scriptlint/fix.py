"""`scriptlint fix`: apply `swap` rewrites in place, safely.

A fix never launders an insult (你这个老赖 → 你这个客户 is still contempt):
- `safe_only` keeps a finding's fix only if its sentence, with every fix in that sentence applied,
  re-lints clean with every rule of the pack (selected or not) and holds no contempt construction
  (`contempt`: 你这个X / 你个X / 你们全家都是X / 你就是个X with X a person noun). Otherwise the
  finding keeps its message and suggestion, and its `fix` is None — in `check` reports too.
- `merge_specific`: when a finding without a fix covers a span in which a fix-bearing rule of the
  same category matches (the engine keeps one finding per category for overlapping spans, so
  你个老赖还有脸 came out as `insult.dialect-slur` and hid `insult.laolai`), the two are merged
  into one finding: the wider span, with the rule, message, suggestion and fix of the narrower
  match — the rule that names the exact offending word is the more specific one. `fix` then
  applies what is safe whatever overlaps.
Both run wherever findings are made for users (`check`, `fix`, `lint_text`, `lint_paths`).

File mechanics:
- Only text outside nothing but the fix spans changes; overlapping fixes keep the first.
- The file is written back in its own encoding, with its BOM and line endings.
- Writes are atomic (a temp file in the same directory, fsync, rename) and keep the permissions
  and owner; a temp file left by a killed run (`.scriptlint-fix-*.tmp`) is removed by the next fix
  in that directory.
- Through a symlink the target is fixed and the link kept. A read-only file, a file with other
  hard links (a rename would split them) and anything that is not a regular file are refused
  with a message; they are never written.
- Concurrent runs on one directory are serialised with a lock, and a file that changed after it
  was read is left alone with a message — so two runs at once end as one run would."""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import fcntl
import os
import re
import stat
import tempfile
from dataclasses import dataclass

from . import safeio
from .inputs.decode import decode
from .model import Finding, Fix, InputError

# -- contempt constructions --------------------------------------------------------------------

_ADDRESS = re.compile(
    r"(?:你|您)(?:们)?(?:这个|这种|这号|这样的|这一个|就是个|就是一个|真是个|真是一个|算个|算什么|个)"
    r"|(?:你|您)(?:们)?(?:全家|一家子?|一家人|家里人|家人)(?:人)?(?:都|全|全都)?是(?:一[群帮窝]|些)?"
)
# Person nouns: X in 你这个X is contempt when it names the person (客户, 老赖, 人, 东西), not a
# thing (月, 情况, 问题, 号码): a word from this list, or a word ending in a person suffix.
PERSON_WORDS = ("客户", "用户", "东西", "玩意", "玩意儿", "家伙", "废物", "垃圾", "畜生", "败类", "无赖", "老赖",
                "赖子", "骗子", "欠债的", "欠钱的", "赖账的", "要饭的", "讨饭的", "骗钱的", "债务人", "借款人", "欠款人",
                "穷鬼", "懒鬼", "先生", "女士", "小姐")
PERSON_SUFFIXES = "人鬼货蛋棍精狗猪贼户汉婆佬虫徒犬子"
NOT_PERSON = ("样子", "日子", "例子", "案子", "单子", "本子", "法子", "点子", "房子", "车子", "位子", "号子")


def _person_noun(after: str) -> str | None:
    """The person noun that `after` starts with, if any."""
    for word in PERSON_WORDS:
        if after.startswith(word) and word not in NOT_PERSON:
            return word
    for n in (4, 3, 2, 1):
        word = after[:n]
        if len(word) == n and all("\u4e00" <= c <= "\u9fff" for c in word) and word[-1] in PERSON_SUFFIXES:
            if (n == 1 and word != "人") or any(word.startswith(x) or x.startswith(word) for x in NOT_PERSON if len(x) >= n):
                continue
            return word
    return None


def contempt(text: str) -> str | None:
    """The first contempt construction in `text` (你这个X, 你个X, 你们全家都是X, 你就是个X … with X
    a person noun), or None."""
    for m in _ADDRESS.finditer(text):
        noun = _person_noun(text[m.end():].lstrip())
        if noun:
            return text[m.start(): m.end()] + noun
    return None


# -- which fixes are safe ----------------------------------------------------------------------

_SENTENCE_END = set("。！？!?；;\n…：:")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    a = start
    while a > 0 and text[a - 1] not in _SENTENCE_END:
        a -= 1
    b = end
    while b < len(text) and text[b] not in _SENTENCE_END:
        b += 1
    if b < len(text) and text[b] != "\n":
        b += 1  # keep the sentence's own punctuation
    return a, b


ADDRESS = re.compile(r"(?:你这个|你个|你这|你这种|你这号|您这个|您个)$")


def _widened(sentence: str, f: Finding) -> Finding:
    """The fix taken back over an insulting form of address before it (你这个[老赖]) and made 您."""
    m = ADDRESS.search(sentence, 0, f.fix.start)
    if m is None:
        return f
    return dataclasses.replace(f, fix=Fix(m.start(), f.fix.end, "您"))


def safe_only(text: str, findings: list[Finding], relint) -> None:
    """Drop (set to None) every fix whose sentence, with all of that sentence's fixes applied, is
    not compliant: `relint(sentence)` returns findings from every rule, or the sentence holds a
    contempt construction. Fixes of one sentence stand or fall together."""
    groups: dict[tuple[int, int], list[Finding]] = {}
    for f in findings:
        if f.fix:
            groups.setdefault(sentence_bounds(text, f.fix.start, f.fix.end), []).append(f)
    for (a, b), group in groups.items():
        sentence = text[a:b]
        local = [dataclasses.replace(f, fix=Fix(f.fix.start - a, f.fix.end - a, f.fix.replacement)) for f in group]
        fixed, _ = apply_fixes(sentence, local)
        if fixed == sentence:
            continue
        if not (contempt(fixed) or relint(fixed.strip())):
            continue
        # 你这个老赖 → 你这个客户 relabels the insult: drop the whole form of address instead (→ 您)
        wide = [_widened(sentence, f) for f in local]
        fixed, _ = apply_fixes(sentence, wide)
        ok = wide != local and fixed != sentence and not (contempt(fixed) or relint(fixed.strip()))
        for f, w in zip(group, wide, strict=True):
            f.fix = Fix(w.fix.start + a, w.fix.end + a, w.fix.replacement) if ok else None


def merge_specific(findings: list[Finding], text: str, fixer, categories: set[str]) -> list[Finding]:
    """Merge a fix-less finding with a fix-bearing match inside its span (same category):
    `fixer(snippet)` lints a snippet with the fix-bearing rules only. See the module docstring."""
    out = []
    for f in findings:
        if f.fix is None and f.category in categories and f.end > f.start and not f.counter_example:
            hit = next((h for h in fixer(text[f.start:f.end]) if h.fix and h.category == f.category), None)
            if hit is not None and not any(g.rule == hit.rule and g.start < f.end and f.start < g.end for g in findings):
                f = dataclasses.replace(
                    f, rule=hit.rule, severity=hit.severity, message=hit.message, suggestion=hit.suggestion,
                    fix=Fix(f.start + hit.fix.start, f.start + hit.fix.end, hit.fix.replacement))
        out.append(f)
    return out


def make_safe(engine, doc_text: str, findings: list[Finding]) -> list[Finding]:
    """Findings as users see them: overlaps merged into the more specific rule, unsafe fixes dropped."""
    if not findings:
        return findings
    categories = _fix_categories(engine)
    if categories and any(f.category in categories and f.fix is None for f in findings):
        helpers = _helpers(engine)
        findings = merge_specific(findings, doc_text, helpers.fixer, categories)
    if any(f.fix for f in findings):
        safe_only(doc_text, findings, _helpers(engine).relint)
    return findings


def _fix_categories(engine) -> set[str]:
    """Categories of the engine's fix-bearing rules (cheap; the helper engines are built only when needed)."""
    cats = engine.__dict__.get("_fix_categories")
    if cats is None:
        cats = engine.__dict__["_fix_categories"] = {
            r.category for r in engine.rules if any(m.kind == "swap" for m in r.matchers)}
    return cats


class _Helpers:
    """Per engine: an engine of its fix-bearing rules, and one of every rule of the pack."""

    def __init__(self, engine):
        from .engine import Engine

        self.engine = engine
        fixers = [r for r in engine.rules if any(m.kind == "swap" for m in r.matchers)]
        self.categories = {r.category for r in fixers}
        self._fix_engine = Engine(engine.ruleset, fixers, engine.options) if fixers else None
        self._full = None
        self._cache: dict[str, bool] = {}

    def _lint(self, engine, text: str) -> list[Finding]:
        from .inputs import read_text

        found = engine.lint(read_text(text, "<fix>", "utterance"))
        return [f for f in found if not f.counter_example]

    def fixer(self, snippet: str) -> list[Finding]:
        return self._lint(self._fix_engine, snippet) if self._fix_engine else []

    def relint(self, sentence: str) -> bool:
        if sentence not in self._cache:
            if self._full is None:
                from .engine import Engine

                self._full = Engine(self.engine.ruleset, None, self.engine.options)
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[sentence] = bool(self._lint(self._full, sentence))
        return self._cache[sentence]


def _helpers(engine) -> _Helpers:
    helpers = engine.__dict__.get("_fix_helpers")
    if helpers is None:
        helpers = engine.__dict__["_fix_helpers"] = _Helpers(engine)
    return helpers


TEMP_PREFIX = ".scriptlint-fix-"


@dataclass
class FixResult:
    path: str
    applied: int
    new_text: str | None  # None when nothing changed
    old_text: str
    encoding: str


def chosen_fixes(text: str, findings: list[Finding]) -> list[tuple[int, int, str]]:
    """The (start, end, replacement) edits `apply_fixes` makes, in order: of overlapping fixes
    the first is kept, and a fix that changes nothing is no edit."""
    out, pos = [], 0
    for start, end, replacement in sorted({(f.fix.start, f.fix.end, f.fix.replacement) for f in findings if f.fix}):
        if start < pos or text[start:end] == replacement:
            continue
        out.append((start, end, replacement))
        pos = end
    return out


def apply_fixes(text: str, findings: list[Finding]) -> tuple[str, int]:
    out, pos = [], 0
    fixes = chosen_fixes(text, findings)
    for start, end, replacement in fixes:
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out), len(fixes)


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16":
        return text.encode("utf-16")  # writes a BOM, as the file had one
    return text.encode(encoding)


@contextlib.contextmanager
def directory_lock(path: str):
    directory = os.path.dirname(os.path.abspath(path)) or "."
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _clean_stale_temps(directory: str) -> None:
    """Temp files a killed `fix` left behind. Called under the directory lock, so no other fix is
    writing here: every temp file of ours is stale."""
    with contextlib.suppress(OSError):
        for name in os.listdir(directory):
            if name.startswith(TEMP_PREFIX) and name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(directory, name))


def atomic_write(path: str, data: bytes, expected: bytes) -> None:
    """Replace `path` with `data` unless its bytes are no longer `expected`."""
    with os.fdopen(safeio.open_regular(path, follow=False), "rb") as fh:
        if fh.read(len(expected) + 1) != expected:
            raise InputError(path, "changed on disk since it was read; not fixed (run fix again)")
        st = os.fstat(fh.fileno())
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, st.st_mode & 0o7777)
        with contextlib.suppress(OSError):
            os.chown(tmp, st.st_uid, st.st_gid)  # as root, fixing another user's file keeps its owner
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _target(path: str) -> str:
    """The file to rewrite: a symlink's target (the link itself is kept), which must be a regular
    file that is writable and has no other hard links — replacing it would silently split a
    hard-linked file into two, so such a file is refused with a message instead."""
    target = os.path.realpath(path)
    try:
        st = os.stat(target)
    except OSError as exc:
        raise InputError(path, f"cannot fix: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, "not a regular file (FIFO, socket, device or directory); not fixed")
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise InputError(path, "read-only; not fixed (make it writable to fix it)")
    if st.st_nlink > 1:
        raise InputError(path, f"has {st.st_nlink} hard links; not fixed (rewriting it would break them)")
    return target


def fix_file(path: str, lint, write: bool = True) -> FixResult:
    """`lint(text, path) -> findings` for the decoded text. Holds the directory lock while it works.
    Through a symlink the target is fixed and the link kept; read-only and hard-linked files are
    refused; the file keeps its encoding, byte order, BOM, line endings and permissions."""
    target = _target(path) if write else path
    lock = directory_lock(target) if write else contextlib.nullcontext()
    with lock:
        if write:
            _clean_stale_temps(os.path.dirname(os.path.abspath(target)))
        try:
            raw = safeio.read_capped(target, safeio.MAX_INPUT_BYTES)
        except safeio.UnsafeFile as exc:
            raise InputError(path, f"{exc}; not fixed") from None
        decoded = decode(raw, path)
        findings = lint(decoded.text, path)
        new_text, applied = apply_fixes(decoded.text, findings)
        if not applied or new_text == decoded.text:
            return FixResult(path, 0, None, decoded.text, decoded.label)
        if write:
            atomic_write(target, decoded.encode(new_text), raw)
        return FixResult(path, applied, new_text, decoded.text, decoded.label)


def unified_diff(result: FixResult) -> str:
    return "".join(difflib.unified_diff(
        result.old_text.splitlines(keepends=True), (result.new_text or "").splitlines(keepends=True),
        fromfile=f"a/{result.path}", tofile=f"b/{result.path}"))
