"""A form's receipt written as lines: each question or label on a line of its own, the answer on the next
("Tiltakets navn" / "Medlem i KBU"). Which field a line asks for is the vocabulary's field names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from normalise.columns import ColumnMapper
from normalise.text import clean, fold, opens_with_box
from parsers.content import Paragraph, TableBlock

from .draft_row import PROSE_CONFIDENCE, DraftRow
from tiltak_core.records import Provenance
from tiltak_core.years import YEAR_WORD

LABEL_WORDS = 8  # a question or label is short; a longer line is an answer or running text
_ASIDE = re.compile(r"\([^)]*\)")  # "(valgfritt)", "(maks 500 tegn)": help for whoever fills the form in
QUESTION_WORDS = 16  # «Hvilket delmål i Nasjonal kompetansepolitisk strategi bidrar tiltaket mest til?»
_QUESTION_NUMBER = re.compile(r"^\s*(?:spørsmål\s+)?\d{1,2}(?:\.\d{1,2})?[a-z]?[.):]?\s+", re.IGNORECASE)  # «1.2 », «3a) »
_ASKING = frozenset({"beskriv", "skildre", "skildr", "oppgi", "forklar", "gjør", "fortell"})  # an imperative asks too


def field_label(p: Paragraph | None, mapper: ColumnMapper) -> str:
    """The field a plain line asks for when the line is nothing but a label or question; else ''. A form may number
    its questions («1. Navn på tiltaket», «2.3 Hva slags tiltak er det?»), which Word reads as a numbered list, and
    set them in bold, which reads as a heading."""
    if p is None or p.kind not in ("text", "numbered", "heading"):
        return ""
    bare = _ASIDE.sub(" ", _QUESTION_NUMBER.sub("", p.text)).strip(" ?:.")
    parts = bare.split()
    if not parts:
        return ""
    # «2 Tiltak i 2071»: a section's heading, not the question for a tiltak's name («Hva ble gjort i 2066» asks for
    # its account all the same).
    if len(parts) <= LABEL_WORDS and (label := mapper.field_of(bare)[0]) and not (label == "tiltak" and YEAR_WORD.search(bare)):
        return label
    if len(parts) > QUESTION_WORDS or not (_ASIDE.sub(" ", p.text).rstrip().endswith("?") or fold(parts[0]) in _ASKING):
        return ""
    # «Hvilket delmål i strategien bidrar tiltaket mest til?»: a question holding one field's words asks for it.
    said = {fold(w) for w in re.findall(r"[\w-]+", bare)}
    asked = [name for name, ws in mapper.vocabulary.question_words.items() if said & {fold(w) for w in ws}]
    return asked[0] if len(asked) == 1 else ""


def is_answer_form(paragraphs: Sequence[Paragraph], mapper: ColumnMapper) -> bool:
    """Whether a document asks for the tiltak and at least two other fields as label lines each answered on the
    line under it: then its lines are read in pairs, not as headings and lists."""
    asked = {field for p, answer in zip(paragraphs, paragraphs[1:])
             if (field := field_label(p, mapper)) and answer.kind not in ("bullet", "numbered")
             and not field_label(answer, mapper)}
    return "tiltak" in asked and len(asked) >= 3


def unanswered(text: str, mapper: ColumnMapper) -> bool:
    """An answer that says none was given ("Ikke besvart")."""
    return fold(text).strip(" .-–") in {fold(w) for w in mapper.vocabulary.unanswered} or not text.strip(" .-–")


@dataclass
class AnswerLines:
    """Reads a form's receipt line by line: a label line waits for its answer on the line under it."""

    source_file: str
    mapper: ColumnMapper
    row: DraftRow | None = None  # the tiltak the answers fill
    _pending: str = ""  # the field the last label line asked for
    _next: dict[str, str] = field(default_factory=dict)  # answers given before the next tiltak's name

    def box_answer(self, block: TableBlock) -> Paragraph | None:
        """The answer a grid of tick boxes gives to the label above it («Type tiltak (sett ett kryss)» over «☐ FoU |
        ☒ Prosjekt | …»), as one line of its boxes for the type's reader to pick the ticked one from; None else."""
        cells = [clean(c) for row in block.rows for c in row if clean(c)]
        if not self._pending or not cells or not all(opens_with_box(c) for c in cells):
            return None
        return Paragraph(block.page, 0, " ".join(cells))

    def takes(self, p: Paragraph) -> bool:
        """Whether the line is a label, or the answer a label above it waits for; before the first tiltak is named, a
        plain line is the receipt's own too («Organisasjon», «Kontaktperson»), no tiltak."""
        return bool(self._pending or field_label(p, self.mapper) or (p.kind == "text" and self.row is None))

    def read(self, p: Paragraph, delmal: str) -> DraftRow | None:
        """The answer to «Tiltakets navn» opens a row (of the delmål it stands under); the others fill the open
        row, or the next one when the open row has that field already (the next tiltak's delmål)."""
        label = field_label(p, self.mapper)
        if label:
            self._pending = label
            return None
        if not self._pending:
            return None  # the receipt's own particulars, above its first tiltak
        name, self._pending = self._pending, ""
        value = "" if unanswered(p.text, self.mapper) else p.text
        if name == "tiltak":
            fields = {"delmal": delmal, **self._next, "tiltak": value}
            self._next = {}
            self.row = DraftRow(Provenance(self.source_file, page=p.page, line=p.line), fields, {}, PROSE_CONFIDENCE,
                                ["lest som skjema i linjer: spørsmålet på én linje, svaret på linjen under"])
            return self.row
        if self.row is not None and not clean(self.row.fields.get(name)):
            self.row.fields[name] = value
        elif value:
            self._next[name] = value
        return None
