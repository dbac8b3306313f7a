"""Decides which delmål a report's delmål cell, heading or lead-in names: by code, else by its text."""

from __future__ import annotations

import math
import re
from collections import Counter

from rapidfuzz import fuzz

from tiltak_core.records import NO_MATCH, Match

from .catalogue import Catalogue
from .text import fold, stems, words

# "2.1", "2,1", "D2.1", "Delmål 2.1", "delmål nr. 2.1" -- but not "2.1.2019" nor "12.1".
_CODE = re.compile(
    r"(?<![\d.,])(?:(?:del)?m[åa]l(?:et)?\s*(?:nr\.?\s*)?|d\s*)?([1-9])\s?[.,]\s?(\d{1,2})(?![\d]|[.,]\d)",
    re.IGNORECASE,
)
# Where a heading or lead-in starts by naming a delmål ("Under delmål 2.2 har ...", "3.1 Gi fleksibel ...").
_LEAD = re.compile(
    r"^\W*(?:(?:tiltak\s+)?(?:under|for|til|innenfor|innanfor|knyttet til|knytt til)\s+)?"
    r"(?:(?:del)?m[åa]l(?:et)?\s*(?:nr\.?\s*)?|d\s*)?[1-9]\s?[.,]\s?\d{1,2}(?![\d]|[.,]\d)",
    re.IGNORECASE,
)
TEXT_SCORE = 80  # below this a text resemblance names no delmål
INFERRED_CAP = 0.5  # a delmål guessed from the tiltak's own words is never confident


class DelmalMatcher:
    """Matches free text against the catalogue's delmål (code, text, Nynorsk text, short name)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.codes = {d.code for d in catalogue.delmal}
        stop = catalogue.vocabulary.stopwords
        self._stop = stop
        self._variants = [
            (d.code, fold(v), " ".join(stems(v, stop)))
            for d in catalogue.delmal
            for v in (d.text, d.nynorsk, d.short)
            if v
        ]
        # Words that stand in many delmål say little about which one a tiltak belongs to.
        doc_freq = Counter(s for d in catalogue.delmal for s in set(stems(f"{d.text} {d.nynorsk} {d.short}", stop)))
        n = len(catalogue.delmal)
        self._idf = {s: math.log((n + 1) / (df + 0.5)) for s, df in doc_freq.items()}
        self._profile = {
            d.code: set(stems(f"{d.text} {d.nynorsk} {d.short}", stop)) for d in catalogue.delmal
        }

    def codes_in(self, text: str) -> list[str]:
        """Catalogue codes written in the text, in order, each once."""
        found = []
        for m in _CODE.finditer(text or ""):
            code = f"{m.group(1)}.{m.group(2)}"
            if code in self.codes and code not in found:
                found.append(code)
        return found

    def names_delmal(self, text: str, heading: bool) -> bool:
        """Whether a heading or lead-in sets the delmål for the items below it."""
        if _LEAD.match(text or "") and self.codes_in(text):
            return True
        if heading or text.rstrip().endswith(":"):
            return self._by_text(text).confidence >= TEXT_SCORE / 100
        return False

    def names_omrade(self, text: str) -> bool:
        """Whether a heading names a hovedinnsatsområde (its items then have no delmål yet)."""
        folded = fold(text)
        if "innsatsområde" in folded:
            return True
        names = [fold(n) for o in self.catalogue.omrader for n in (o.name, *o.aliases)]
        return any(fuzz.ratio(re.sub(r"^[\d.\s]+", "", folded), n) >= 90 for n in names)

    def _by_text(self, text: str) -> Match:
        raw = fold(re.sub(_CODE, " ", text)).strip(" .:-–")
        raw_stems = " ".join(stems(raw, self._stop))
        if not raw:
            return NO_MATCH
        single_word = len(words(raw)) < 2
        best: dict[str, float] = {}
        for code, variant, variant_stems in self._variants:
            score = fuzz.ratio(raw, variant)
            if single_word:
                # One word names a delmål only by (nearly) being its short name.
                best[code] = max(best.get(code, 0.0), score if score >= 95 else 0.0)
                continue
            if len(raw) >= 20:
                # A heading is often the delmål's first clause: compare it with the same stretch.
                score = max(score, fuzz.partial_ratio(raw, variant) if len(raw) <= len(variant) else 0)
            if len(raw_stems.split()) >= 3:
                score = max(score, fuzz.token_sort_ratio(raw_stems, variant_stems))
            best[code] = max(best.get(code, 0.0), score)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        (code, score), (second, second_score) = ranked[0], ranked[1]
        if score < TEXT_SCORE:
            return Match("", 0.0, code, round(score / 100, 3), f"tekst likner ikke noe delmål (best {code}: {score:.0f})")
        # A near tie between two delmål is not a confident answer, however high both score.
        gap = score - second_score
        confidence = score / 100 * min(1.0, 0.75 + gap / 40)
        return Match(code, round(confidence, 3), second, round(second_score / 100, 3), f"tekst likner delmål {code} ({score:.0f})")

    def match(self, raw: str) -> Match:
        """The delmål a delmål cell or heading names; code first, then the delmål's words."""
        codes = self.codes_in(raw)
        by_text = self._by_text(raw)
        if codes:
            code = codes[0]
            evidence = f"kode «{code}»"
            runner, runner_score, confidence = "", 0.0, 1.0
            if len(codes) > 1:
                runner, runner_score, confidence = codes[1], 0.8, 0.8
                evidence += f", også {', '.join(codes[1:])} nevnt"
            if by_text.value and by_text.value != code:
                # The code and the words point at different delmål: keep the code, ask a person.
                runner, runner_score, confidence = by_text.value, by_text.confidence, 0.6
                evidence += f", men teksten likner {by_text.value}"
            return Match(code, confidence, runner, runner_score, evidence)
        return by_text

    def infer(self, tiltak: str) -> Match:
        """A guess from the tiltak's own words, when the report gives no delmål; never confident."""
        own = set(stems(tiltak, self._stop))
        scored = sorted(
            ((sum(self._idf.get(s, 0) for s in own & profile), code) for code, profile in self._profile.items()),
            reverse=True,
        )
        (score, code), (second, runner) = scored[0], scored[1]
        if score <= 0:
            return Match("", 0.0, evidence="ingen delmål oppgitt, og teksten peker ikke mot noe", inferred=True)
        shared = sorted(own & self._profile[code])
        confidence = INFERRED_CAP * score / (score + second + 1)
        return Match(code, round(confidence, 3), runner, round(INFERRED_CAP * second / (score + second + 1), 3),
                     f"ingen delmål oppgitt; gjettet fra ordene {', '.join(shared[:5])}", inferred=True)
