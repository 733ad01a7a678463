"""The engine's token-pattern matchers, built lazily and cached per pattern spec: the in-process
`TokenMatcher` (fast path) and spaCy's `Matcher` (reference path, or features the fast one lacks).

The caches only ever gain entries, so sharing them between threads is safe (a lost race builds a
matcher twice)."""

from __future__ import annotations

from .matchers.tokens import TokenMatcher


class Matchers:
    """Matcher caches for a plan's pattern specs (`plan.patterns`), with the segmenter whose
    vocabulary spaCy's matchers use."""

    def __init__(self, plan, segmenter, reference: bool):
        self.plan = plan
        self.segmenter = segmenter
        self.reference = reference
        self._matchers: dict[int, object] = {}
        self._token_matchers: dict[int, object] = {}

    def token_matcher(self, key: int):
        """The in-process token matcher for a pattern spec, or None when the spec uses spaCy
        features it does not implement (then spaCy's Matcher runs, as on the reference path)."""
        if key not in self._token_matchers:
            self._token_matchers[key] = TokenMatcher.compile(self.plan.patterns[key])
        return self._token_matchers[key]

    def matcher_for(self, key: int):
        """One spaCy Matcher per pattern spec, built the first time a sentence needs it, so a run
        pays only for the patterns its text can trigger."""
        matcher = self._matchers.get(key)
        if matcher is None:
            from spacy.matcher import Matcher

            matcher = Matcher(self.segmenter.vocab)
            matcher.add(str(key), self.plan.patterns[key])
            self._matchers[key] = matcher
        return matcher

    def warm_up(self) -> None:
        """Load the segmenter's dictionary (and, on the reference path, import spaCy's matcher)
        now, before forking workers, so every worker shares them; matchers themselves are still
        built only when a sentence needs one."""
        if self.reference:
            self.segmenter.cut_reference("预热")
            if self.plan.patterns:
                import spacy.matcher  # noqa: F401

                _ = self.segmenter.vocab
        else:
            self.segmenter.cut("预热")
