"""How a confidence is shown to the secretariat: with a decimal comma, and with one label decided by one
scale from the run's thresholds, so the same number always carries the same word."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..settings import Thresholds

SURE = 0.9  # «sikker» never starts lower than this
SIKKER, SANNSYNLIG, USIKKER = "sikker", "sannsynlig", "usikker"
BAND_RANK = {SIKKER: 0, SANNSYNLIG: 1, USIKKER: 2}
# A score the program wrote into a text ("usikker sammenslåing (0.94)", "tekstlikhet 0.54"): one digit, a point,
# two or three decimals. A delmål (2.1) or a date (15.02.2019) is no such score.
_SCORE_IN_TEXT = re.compile(r"(?<![\d.,])(\d)\.(\d{2,3})(?![\d.,])")


def decimal_comma(value: float) -> str:
    """0.9 -> "0,90": two decimals, as Norwegian text writes them."""
    return f"{value:.2f}".replace(".", ",")


def commas_in(text: str) -> str:
    """The program's own scores in a text written with a decimal comma."""
    return _SCORE_IN_TEXT.sub(r"\1,\2", text)


@dataclass(frozen=True)
class Scale:
    """«sikker» from `sure`, «sannsynlig» from `likely`, «usikker» below: one scale for every score."""

    sure: float
    likely: float

    @classmethod
    def of(cls, t: Thresholds) -> Scale:
        """«sikker» only above every review threshold (nothing «sikker» is flagged for its score); «usikker»
        only below every one of them."""
        review = (t.delmal, t.type, t.member, t.parse, t.merge_review)
        return cls(sure=max(SURE, *review), likely=min(review))

    def label(self, value: float) -> str:
        """The label of a score as it is shown (rounded to two decimals)."""
        shown = round(value, 2)
        if shown >= round(self.sure, 2):
            return SIKKER
        return SANNSYNLIG if shown >= round(self.likely, 2) else USIKKER

    def score(self, value: float) -> Score:
        return Score(round(value, 2), self.label(value))


@dataclass(frozen=True)
class Score:
    value: float  # as shown: two decimals
    band: str

    @property
    def text(self) -> str:
        return decimal_comma(self.value)
