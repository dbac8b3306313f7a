"""Stage: ExtractedRow -> Tiltak. Matches each row to its delmål, type, organisations and council."""

from __future__ import annotations

import hashlib

from normalise.councils import CouncilMatcher
from normalise.matchers import Matchers
from normalise.text import fold

from tiltak_core.records import ExtractedRow, Match, Tiltak


def row_key(member: str, tiltak: str) -> str:
    """A row's identity that survives re-runs, re-ordered reports and new reports beside it."""
    return hashlib.sha1(f"{fold(member)}|{fold(tiltak)}".encode()).hexdigest()[:12]


class RowMatcher:
    def __init__(self, matchers: Matchers) -> None:
        self.m = matchers
        self.councils = CouncilMatcher(matchers.catalogue)

    def delmal(self, row: ExtractedRow) -> Match:
        raw, text = row.raw.get("delmal"), row.raw.get("tiltak")
        if raw:
            found = self.m.delmal.match(raw)
            if found.value:
                return found
            guess = self.m.delmal.infer(text)
            return Match(guess.value, guess.confidence, guess.runner_up, guess.runner_up_score,
                         f"«{raw[:60]}» nevner ikke noe delmål; {guess.evidence}", inferred=True)
        return self.m.delmal.infer(text)

    def match(self, row: ExtractedRow) -> Tiltak:
        text = row.raw.get("tiltak")
        type_ = self.m.types.match(row.raw.get("type"), text)
        ansvarlig = self.m.orgs.normalise(row.raw.get("ansvarlig")) or ((row.member,) if row.member else ())
        council, _ = self.councils.participation(text, type_.value)
        return Tiltak(
            row=row,
            delmal=self.delmal(row),
            type=type_,
            ansvarlig=ansvarlig,
            samarbeidspartnere=self.m.orgs.normalise(row.raw.get("samarbeidspartnere")),
            council=council,
            key=row_key(row.member, text),
        )


def match_rows(rows: list[ExtractedRow], matchers: Matchers) -> list[Tiltak]:
    """Every extracted row matched, in the same order."""
    matcher = RowMatcher(matchers)
    return [matcher.match(r) for r in rows]
