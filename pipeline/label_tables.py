"""A table of labels beside their answers («Ansvar: | Tekna», «Med: | LO, YS») under a tiltak's title: its labelled
lines, set in two columns by a template (a LaTeX macro's tabular, a Word template's box), not a table of tiltak."""

from __future__ import annotations

import re
from typing import Callable

from normalise.text import clean
from parsers.content import Content, Paragraph, TableBlock

from .tables_as_text import tables_as_paragraphs

_CODE_AT_END = re.compile(r"\b\d\.\d{1,2}\.?$")
LABEL_WORDS = 4  # «Type tiltak:», «Kort om tiltaket:»: a few words
SURE_LABEL = 0.9


def _boxes(block: TableBlock, first_line: int, label_field: Callable[[str], str]) -> list[Paragraph] | None:
    """A fact box of one row, each cell a label and its answer («Departement: KD | Virkemiddel: Utvalg | Strategien
    pkt. 1.1», round 67): a line per cell."""
    cells = [clean(c) for c in block.rows[0] if clean(c)] if len(block.rows) == 1 else []
    labels = [cell.split(":", 1)[0] for cell in cells if ":" in cell]
    if len(cells) < 2 or len(labels) < 2 or len(cells) - len(labels) > 1 or any(
            len(label.split()) > LABEL_WORDS for label in labels) or not all(
            label_field(label) not in ("", "tiltak") for label in labels):
        return None
    # The one cell without a label that ends with a code («Strategien pkt. 1.1») is where the box gives the delmål.
    return [Paragraph(block.page, first_line + n, f"Delmål: {cell}" if ":" not in cell and _CODE_AT_END.search(cell) else cell)
            for n, cell in enumerate(cells)]


def _lines(block: TableBlock, first_line: int, field_of: Callable[[str], tuple[str, float]],
           label_field: Callable[[str], str]) -> list[Paragraph] | None:
    if boxes := _boxes(block, first_line, label_field):
        return boxes
    rows = [tuple(clean(c) for c in row if clean(c)) for row in block.rows]
    if len(rows) < 2 or any(len(row) != 2 for row in rows):
        return None
    labels = [row[0] for row in rows]
    fields = [field_of(label.rstrip(" :")) for label in labels]
    if any(field == "tiltak" for field, _ in fields):
        return None  # «Tiltak: | …» among them: a form's own box for one tiltak, read as a form is
    # Every row «Label:», one of them a field's: a template's labels, known or not. (A box of known labels without
    # colons under a numbered heading is read as a form of particulars is, the heading its title.)
    if not any(score >= SURE_LABEL for _, score in fields) or not all(label.endswith(":") for label in labels) or any(
            len(label.split()) > LABEL_WORDS for label in labels):
        return None
    return [Paragraph(block.page, first_line + n, f"{label.rstrip(' :')}: {value}")
            for n, (label, value) in enumerate(rows)]


def label_tables_as_lines(content: Content, field_of: Callable[[str], tuple[str, float]],
                          label_field: Callable[[str], str]) -> Content:
    """The content with each two-column table of labels and answers, and each one-row box of labelled cells, written
    as «Label: answer» lines."""
    return tables_as_paragraphs(content, lambda block, line: _lines(block, line, field_of, label_field))
