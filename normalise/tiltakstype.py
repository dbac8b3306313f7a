"""Decides a tiltak's type: from what the report wrote, else inferred from the tiltak's own words."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from tiltak_core.records import Match

from .catalogue import Catalogue
from .text import fold, stem, words

GIVEN_SCORE = 85  # a written type below this resemblance is not taken as that type
INFERRED_CAP = 0.7  # an inferred type always ranks below a type the report gave
_LEAD_WORDS = 3  # "Seminar om ...", "Forskningsrapport ...": the first words say most


def _key(text: str) -> str:
    return re.sub(r"\s*/\s*", "/", re.sub(r"[^0-9a-zæøå/&]+", " ", fold(text))).strip()


class TypeMatcher:
    """Matches a written type to the catalogue's six types, or infers one from cue words."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._names = [(t.name, _key(s)) for t in catalogue.types for s in (t.name, *t.synonyms)]
        self._cues: dict[str, list[tuple[str, float]]] = {}
        for t in catalogue.types:
            for cue in t.cues:
                for i, w in enumerate(words(cue)):
                    # Multi-word cues count their head word; single stems match inflected forms.
                    self._cues.setdefault(stem(w), []).append((t.name, 1.0 if i == 0 else 0.5))
        self._order = [t.name for t in catalogue.types]

    def given(self, raw: str) -> Match | None:
        """The type a type cell names, or None when it names none of them."""
        key = _key(raw)
        if not key:
            return None
        scores: dict[str, float] = {}
        for name, synonym in self._names:
            s = 100.0 if key == synonym else fuzz.ratio(key, synonym)
            scores[name] = max(scores.get(name, 0.0), s)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], self._order.index(kv[0])))
        (best, score), (runner, runner_score) = ranked[0], ranked[1]
        if score < GIVEN_SCORE:
            return None
        return Match(best, round(score / 100, 3), runner, round(runner_score / 100, 3), f"skrevet «{raw.strip()}»")

    def infer(self, tiltak: str) -> Match:
        """A type guessed from cue words in the tiltak text, marked inferred, never above INFERRED_CAP."""
        score: dict[str, float] = {}
        hits: dict[str, list[str]] = {}
        for i, w in enumerate(words(tiltak)):
            for name, weight in self._cues.get(stem(w), []):
                # Norwegian compounds put the head last, but the opening words name the activity.
                w8 = weight * (2.0 if i < _LEAD_WORDS else 1.0)
                score[name] = score.get(name, 0.0) + w8
                hits.setdefault(name, []).append(w)
        if not score:
            return Match("", 0.0, evidence="ingen type oppgitt, og ingen ord i teksten peker mot en type", inferred=True)
        ranked = sorted(score.items(), key=lambda kv: (-kv[1], self._order.index(kv[0])))
        best, top = ranked[0]
        runner, second = ranked[1] if len(ranked) > 1 else ("", 0.0)
        share = top / (top + second)
        confidence = INFERRED_CAP * share * min(1.0, top / 2)
        return Match(
            best,
            round(confidence, 3),
            runner,
            round(INFERRED_CAP * (second / (top + second)) * min(1.0, second / 2), 3),
            f"ingen type oppgitt; gjettet fra ordene {', '.join(dict.fromkeys(hits[best]))}",
            inferred=True,
        )

    def match(self, raw: str, tiltak: str) -> Match:
        """The written type when it names one; otherwise inferred from the tiltak text."""
        given = self.given(raw)
        if given:
            return given
        inferred = self.infer(tiltak)
        if raw.strip():
            note = f"skrevet «{raw.strip()}» er ingen kjent type; "
            return Match(inferred.value, inferred.confidence, inferred.runner_up, inferred.runner_up_score,
                         note + inferred.evidence, inferred=True)
        return inferred
