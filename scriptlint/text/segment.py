"""jieba segmentation, exact and fast.

One private dictionary per rule set: every rule phrase is added so a phrase segments as one token,
and pack-declared glue words (就让, 请进去…) are removed so that the words inside them stay visible
to token patterns. Segmentation is jieba's dictionary mode without HMM (`lcut(text, HMM=False)`).

Two backends give identical tokens:
- the reference: Python jieba (`jieba.Tokenizer`), loaded only on the reference path or to compute
  the frequencies of rule words the first time a rule set is seen (then cached);
- the fast path: jieba-rs through `rjieba` — the same dictionary, DAG and dynamic programme in
  Rust. Python jieba's `add_word` never subtracts a replaced word's frequency from the total while
  jieba-rs does, and the total weighs every path, so the plan below records that difference and
  adds it back as a frequency on a word no text can contain. Blocks are split with jieba's own
  expressions whenever a text has characters on which the two libraries' block rules differ.
  `tests/test_fastpath.py` checks token equality on every corpus line and rule example.

spaCy is used, on the reference path, as a blank Chinese pipeline whose `Doc`s we build from
jieba's tokens, so no model is ever downloaded.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import re
from functools import cached_property

from .. import safeio

# jieba's own block expressions (jieba/__init__.py, default mode).
_RE_HAN = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_RE_SKIP = re.compile("(\r\n|\\s)")
# Characters on which jieba-rs's block rules differ from Python jieba's: Han outside U+4E00–U+9FD5
# (jieba-rs keeps them in a block) and the separators Python's \s has and Unicode's White_Space lacks;
# also lone surrogates (JSON "\ud800"), which cannot cross into Rust: they are never inside a block.
_RISKY = re.compile("[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f\x1c-\x1f\x85\ud800-\udfff]")
# A character three times running (坐坐坐) makes a tie between AA+A and A+AA that jieba-rs and
# Python jieba break differently: such text is cut by Python jieba.
_TIE = re.compile(r"(.)\1\1")
_PAD_WORD = "\ue000\ue001"  # private use: never inside a block, so it carries frequency only


def cache_dir() -> str | None:
    """The user's private cache directory, or None (then nothing is cached: see packcache)."""
    from ..packcache import private_dir

    return private_dir()


def _jieba_identity() -> str:
    """jieba's version and dictionary size, read without importing jieba (its import costs ~0.3 s)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        return "absent"
    pkg = os.path.dirname(spec.origin)
    try:
        with open(spec.origin, encoding="utf-8") as fh:
            m = re.search(r"__version__\s*=\s*['\"]([^'\"]+)", fh.read())
        size = os.path.getsize(os.path.join(pkg, "dict.txt"))
    except OSError:
        return "unknown"
    return f"{m.group(1) if m else '?'}:{size}"


@functools.lru_cache(maxsize=1)
def _scratch_dir() -> str:
    import atexit
    import shutil
    import tempfile

    path = tempfile.mkdtemp(prefix="scriptlint-")  # 0700, a fresh name
    atexit.register(shutil.rmtree, path, True)
    return path


def _python_jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    # jieba loads its dictionary cache from tmp_dir; never from a shared temp directory
    tk.tmp_dir = cache_dir() or _scratch_dir()
    tk.initialize()
    return tk


def _rjieba_class():
    """rjieba's `Jieba` class. `import rjieba` also builds a module-level instance with the default
    dictionary (~0.2 s) that scriptlint never uses, so the compiled module is loaded on its own
    when it can be; otherwise (another layout) through the package."""
    import importlib.machinery
    import importlib.util

    try:
        spec = importlib.util.find_spec("rjieba")
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return None
    candidates = (os.path.join(directory, "rjieba" + suffix) for directory in spec.submodule_search_locations or ()
                  for suffix in importlib.machinery.EXTENSION_SUFFIXES)
    path = next((p for p in candidates if os.path.exists(p)), None)
    module = None
    if path is not None:
        with contextlib.suppress(ImportError, OSError):
            ext = importlib.util.spec_from_file_location("rjieba.rjieba", path)
            module = importlib.util.module_from_spec(ext)
            ext.loader.exec_module(module)
    if module is None:
        try:
            import rjieba as module
        except ImportError:
            return None
    return getattr(module, "Jieba", None)


class Segmenter:
    def __init__(self, words: set[str], split: set[str]):
        self._words = sorted(words)
        self._split = sorted(split)

    # -- the dictionary plan: what to add and delete, computed once with Python jieba ----------

    @cached_property
    def plan(self) -> dict:
        """{"added": [[word, freq]…], "deleted": [word…], "pad": int} — the add_word sequence
        (frequencies from jieba's suggest_freq on the dictionary as it grows) and the total that
        jieba-rs must add back to equal Python jieba's. Cached per word list and jieba version."""
        key = hashlib.sha256(json.dumps([self._words, self._split, _jieba_identity(), 2]).encode()).hexdigest()[:24]
        directory = cache_dir()
        path = os.path.join(directory, f"jieba-plan-{key}.json") if directory else None
        try:
            plan = json.loads(safeio.read_capped(path, 64 << 20)) if path else None
            if isinstance(plan, dict) and {"added", "deleted", "pad"} <= plan.keys():
                return plan
        except (OSError, ValueError):
            pass
        tk = _python_jieba()
        pad = 0
        deleted = []
        for word in self._split:
            pad += tk.FREQ.get(word, 0)
            tk.del_word(word)
            deleted.append(word)
        added = []
        for word in self._words:
            if len(word) > 1:
                # suggest_freq segments each word on the dictionary as it grows
                freq = tk.suggest_freq(word) + 10
                pad += tk.FREQ.get(word, 0)
                tk.add_word(word, freq=freq)
                added.append([word, freq])
        self._built = tk  # exactly the reference dictionary: reused if this process needs it
        plan = {"added": added, "deleted": deleted, "pad": pad}
        if path:
            # a fresh temp name beside it, then a rename: never a partial file, never through a link
            with contextlib.suppress(OSError, ValueError), safeio.atomic_output(path, perms=0o600) as fh:
                json.dump(plan, fh, ensure_ascii=False)
        return plan

    # -- reference backend: Python jieba -------------------------------------------------------

    @cached_property
    def reference_tokenizer(self):
        plan = self.plan
        tk = self.__dict__.pop("_built", None)
        if tk is not None:
            return tk
        tk = _python_jieba()
        for word in plan["deleted"]:
            tk.del_word(word)
        for word, freq in plan["added"]:
            tk.add_word(word, freq=freq)
        return tk

    def cut_reference(self, text: str) -> list[str]:
        return self.reference_tokenizer.lcut(text, HMM=False)

    # -- fast backend: jieba-rs ----------------------------------------------------------------

    @cached_property
    def fast_tokenizer(self):
        plan = self.plan
        jieba_class = _rjieba_class()
        if jieba_class is None:  # no wheel for this platform: the reference backend does the work
            return None
        tk = jieba_class()  # our own instance: rjieba's module-level one is left as its users expect
        for word in plan["deleted"]:
            tk.add_word(word, 0, None)
        for word, freq in plan["added"]:
            tk.add_word(word, freq, None)
        if plan["pad"]:
            tk.add_word(_PAD_WORD, plan["pad"], None)
        return tk

    def cut(self, text: str) -> list[str]:
        tk = self.fast_tokenizer
        if tk is None:
            return self.cut_reference(text)
        if _TIE.search(text):
            return self.cut_reference(text)
        if not _RISKY.search(text):
            return tk.cut(text, False)
        # Split blocks the way Python jieba does and give jieba-rs one block at a time.
        out: list[str] = []
        cut = tk.cut
        for blk in _RE_HAN.split(text):
            if not blk:
                continue
            if _RE_HAN.match(blk):
                out.extend(cut(blk, False))
            else:
                for x in _RE_SKIP.split(blk):
                    if _RE_SKIP.match(x):
                        out.append(x)
                    else:
                        out.extend(x)
        return out

    # -- spaCy, for the reference token matcher -----------------------------------------------

    @cached_property
    def vocab(self):
        import spacy

        return spacy.blank("zh").vocab

    def doc(self, tokens: list[str]):
        from spacy.tokens import Doc

        return Doc(self.vocab, words=tokens, spaces=[False] * len(tokens))

