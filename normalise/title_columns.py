"""Which of a table's columns names the tiltak and which describes it, where the header leaves it open: short titles
beside sentences, a header naming the tiltak twice, a column of sentences the header gives no role."""

from __future__ import annotations

import re

from typing import Callable, Sequence

from .cell_kinds import figures, is_sentence, mean_words, numbered
from .columns import ColumnMapper, HeaderMap, header_key
from .delmal import DelmalMatcher

# How sure a role is when the cells gave it and the header did not.
CONTENT_CONFIDENCE = {"tiltak": 0.85, "delmal": 0.9, "type": 0.9, "ansvarlig": 0.85, "samarbeidspartnere": 0.85}
SHARE = 0.6  # of a column's filled cells that must show a kind for the column to take that role
SAMPLE_ROWS = 40  # body rows looked at to decide a column's role
TITLE_MIN_WORDS = 2  # a column of titles holds names of a few words, not numbers or single words
TITLE_SHARE = 0.6  # titles are shorter than the sentences beside them by this much
STRAY_SENTENCES = 0.25  # of a column of titles that may be sentences: a note or greeting among them


# «Sak 12/78», «KPR-2.4-05», «Nr. 3»: a case's or a project's number, which titles nothing (a decision's follow-up table
# lists its tiltak beside the case they follow up).
_REF_PART = r"\(?(?:[^\W\d_]{1,6}\.?|\d[\w/.:-]*)\)?"
# «Sak 12/78», «TB 2082 pkt. 3.1», «Suppl. TB nr. 2/2082 (AID)»: short words and numbers, a number among them
_REFERENCE = re.compile(rf"(?=.*\d){_REF_PART}(?:[\s-]+{_REF_PART}){{0,5}}")


def _is_reference(text: str) -> bool:
    return bool(_REFERENCE.fullmatch(text.strip()))


class TitleColumns:
    """The title and description columns of ColumnRoles (a mixin: it uses the roles' mapper, delmål and cell kinds)."""

    mapper: ColumnMapper
    delmal: DelmalMatcher
    _extras: set[str]
    _kind_of_column: Callable[[list[str]], str]  # what a column's cells hold: ColumnRoles's

    def _with_description(self, header: HeaderMap, row: tuple[str, ...], body: list[tuple[str, ...]]) -> HeaderMap:
        """A column the header leaves without a role («Kommentar», «Status 2024», «Hva er gjort i 2024») whose cells
        are sentences describes the tiltak beside it: its `beskrivelse`. Notes of a few words («Pågår») stay extras."""
        if header.column("tiltak") is None or header.column("beskrivelse") is not None:
            return header
        for c, label in header.extras:
            cells = [r[c] for r in body[:SAMPLE_ROWS] if c < len(r) and r[c]]
            said = sum(1 for x in cells if is_sentence(x))
            if len(cells) >= 2 and said >= SHARE * len(cells):
                why = f"kolonne {c + 1} («{label}») lest som beskrivelse: {said} av {len(cells)} celler er setninger"
                return HeaderMap(fields=tuple(sorted([*header.fields, (c, "beskrivelse")])),
                                 extras=tuple((k, t) for k, t in header.extras if k != c), score=header.score,
                                 evidence=(*header.evidence, why), confidence=header.confidence)
        return header

    def _with_title_column(self, header: HeaderMap, row: tuple[str, ...], body: list[tuple[str, ...]]) -> HeaderMap:
        """A header naming a description but no tiltak («Hva | Beskrivelse»), the tiltak twice («Tiltaket | Hva ble
        gjort»), or over sentences («Virkemiddel | … | Hva er gjort i 2070»): a column of short titles left of it, each
        its own, holds the tiltak, and the other is the description."""
        t = header.column("tiltak")
        if t is None:
            return header
        # «Tiltaket | Hva ble gjort»: two headers that name the tiltak; the short titles left of the sentences are it.
        twice = {c for c, label in header.extras if self.mapper.field_of(label, loose=True)[0] == "tiltak"}
        described = [r[t] for r in body[:SAMPLE_ROWS] if t < len(r) and r[t]]
        accounts = len(described) >= 2 and sum(1 for x in described if is_sentence(x)) >= SHARE * len(described)
        if self.mapper.field_of(row[t], loose=True)[0] != "beskrivelse" and not twice and not accounts:
            return header
        # Names opening with a type's word («Bransjeprogram for …», «Forsøk med …») where the header gives the type.
        kinds = ("delmal", "org") if header.column("type") is not None else ("delmal", "type", "org")

        def titles(c: int, cells: list[str]) -> bool:
            if c > t or twice and c not in twice or len(cells) < 2 or numbered(cells, SHARE) or figures(cells, SHARE) or (
                    self._kind_of_column(cells) in kinds) or sum(map(_is_reference, cells)) >= SHARE * len(cells):
                return False  # «KS-P-2092-003» under «Prosjektnr.»: the project's number, the title is beside it
            # An area or a target group names many rows alike, or one merged over them; a measure's name is its own.
            if accounts and not twice and (len(set(cells)) < len(cells) or any(self.delmal.names_omrade(x) for x in cells)
                                           or any(c < len(r) and r[c] is None for r in body[:SAMPLE_ROWS])):
                return False
            return sum(1 for x in cells if is_sentence(x)) < SHARE * len(cells) and mean_words(cells) < mean_words(described)

        for c, label in header.extras:
            cells = [r[c] for r in body[:SAMPLE_ROWS] if c < len(r) and r[c]]
            # «Indikator | Møte i panelet» beside «Tiltak» (round 58's scorecard): a column the vocabulary knows as no
            # tiltak's measures it, however short its cells.
            if header_key(label) in self._extras or not titles(c, cells):
                continue
            why = (f"kolonne {c + 1} («{label}») lest som tiltak: korte titler til venstre for beskrivelsen "
                   f"(i snitt {mean_words(cells):.0f} ord mot {mean_words(described):.0f})")
            return HeaderMap(
                fields=tuple(sorted([*((k, "beskrivelse" if k == t else f) for k, f in header.fields), (c, "tiltak")])),
                extras=tuple((k, x) for k, x in header.extras if k != c), score=header.score,
                evidence=(*(e for e in header.evidence if not e.startswith(f"kolonne {t + 1} ")),
                          f"kolonne {t + 1} («{row[t]}») lest som beskrivelse: "
                          + ("setningene ved siden av titlene" if twice else "overskriften"), why),
                confidence=min(header.confidence, CONTENT_CONFIDENCE["tiltak"]))
        return header

    def _titles_before(self, longest: int, texts: list[int], columns: dict[int, list[str]]) -> int | None:
        """«Vårt bidrag | Kort om status»: where the longest free text is sentences, a column of short titles left of
        it names the tiltak and the sentences describe them; None when there is no such column."""
        sentences = columns[longest]
        if sum(1 for x in sentences if is_sentence(x) or self._opens_with_labels(x)) < SHARE * len(sentences):
            return None
        for c in sorted(t for t in texts if t < longest):
            cells = columns[c]
            # A board's titles may hold a note or greeting that is a sentence («Velkomen til tavla!»): a few, not most.
            # «Sak 12/78» numbers a case; «Sametinget skal …» in quotes cites a decision; «Ansvar: …» gives particulars:
            # none titles a tiltak.
            references = sum(_is_reference(x) or x.strip()[:1] in "«\"“" or self._opens_with_labels(x) for x in cells)
            if len(cells) >= 2 and not numbered(cells, SHARE) and references < SHARE * len(cells) and sum(
                    map(is_sentence, cells)) <= len(cells) * STRAY_SENTENCES and (
                    TITLE_MIN_WORDS <= mean_words(cells) <= TITLE_SHARE * mean_words(sentences)):
                return c
        return None

    def _opens_with_labels(self, text: str) -> bool:
        """«Type: forum / Ansvarleg: … / Fylkeskommunen har …»: a cell of particulars over an account, no name."""
        head, labelled = self.mapper.split_labels(text.split("\n", 1)[0])
        return not head and bool(labelled)

    def description_as_tiltak(self, header: HeaderMap, head: Sequence[str]) -> str:
        """Why the table's tiltak may be another column: its description column was taken for the tiltak (no column
        is headed «Tiltak») beside a column the run could not name; '' otherwise."""
        column = header.column("tiltak")
        named = head[column] if column is not None and column < len(head) else ""
        unnamed = [text for _, text in header.extras if header_key(text) not in self._extras]
        if not named or self.mapper.field_of(named)[0] != "beskrivelse" or not unnamed:
            return ""
        return f"kolonnen «{named}» er lest som tiltaket fordi ingen kolonne heter «Tiltak»; se om kolonnen «{unnamed[0]}» er tiltaket"
