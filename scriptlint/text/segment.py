"""jieba segmentation inside spaCy `Doc`s.

One private `jieba.Tokenizer` per rule set: every rule phrase is added to its dictionary so a
phrase segments as one token, and pack-declared glue words (就让, 请进去…) are removed so that the
words inside them stay visible to token patterns. spaCy is used as a blank Chinese pipeline whose
`Doc`s we build from jieba's tokens, so no model is ever downloaded.
"""

from __future__ import annotations

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
        for word in self._words:
            if len(word) > 1:
                tk.add_word(word, freq=tk.suggest_freq(word) + 10)
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
