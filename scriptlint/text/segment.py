"""jieba segmentation inside spaCy `Doc`s.

One private `jieba.Tokenizer` per rule set: every rule phrase is added to its dictionary so a
phrase segments as one token, and pack-declared glue words (就让, 请进去…) are removed so that the
words inside them stay visible to token patterns. spaCy is used as a blank Chinese pipeline whose
`Doc`s we build from jieba's tokens, so no model is ever downloaded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from functools import cached_property
from pathlib import Path


def cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    path = os.path.join(base, "scriptlint")
    try:
        os.makedirs(path, exist_ok=True)
        return path
    except OSError:
        import tempfile

        return tempfile.gettempdir()


class Segmenter:
    def __init__(self, words: set[str], split: set[str]):
        self._words = sorted(words)
        self._split = sorted(split)

    @cached_property
    def tokenizer(self):
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        tk.tmp_dir = cache_dir()
        tk.initialize()
        for word in self._split:
            tk.del_word(word)
        # suggest_freq segments each word; the resulting frequencies are cached so later runs
        # replay the same add_word sequence (the same dictionary state) without segmenting.
        key = hashlib.sha256(json.dumps([self._words, self._split, jieba.__version__]).encode()).hexdigest()[:24]
        cache = os.path.join(cache_dir(), f"jieba-words-{key}.json")
        try:
            with open(cache, encoding="utf-8") as fh:
                added = json.load(fh)
        except (OSError, ValueError):
            added = None
        if added is not None:
            for word, freq in added:
                tk.add_word(word, freq=freq)
            return tk
        added = []
        for word in self._words:
            if len(word) > 1:
                freq = tk.suggest_freq(word) + 10
                tk.add_word(word, freq=freq)
                added.append((word, freq))
        try:
            tmp = f"{cache}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(added, fh, ensure_ascii=False)
            os.replace(tmp, cache)
        except OSError:
            pass
        return tk

    @cached_property
    def vocab(self):
        import spacy

        return spacy.blank("zh").vocab

    def cut(self, text: str) -> list[str]:
        return self.tokenizer.lcut(text, HMM=False)

    def doc(self, tokens: list[str]):
        from spacy.tokens import Doc

        return Doc(self.vocab, words=tokens, spaces=[False] * len(tokens))
