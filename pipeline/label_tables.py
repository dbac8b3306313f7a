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
CARD_TITLE_WORDS = 16  # a tiltak's name, not its account
CARD_LEVEL = 2  # a card's name is a heading under the report's own


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


def _named(rows: list[list[str]]) -> bool:
    """Whether a table's cleaned rows open with a card's name: a row of one cell, a name's length, with rows under it."""
    return len(rows) >= 2 and len(rows[0]) == 1 and len(rows[0][0].split()) <= CARD_TITLE_WORDS


def _card_heading(block: TableBlock, line: int, name: str, under: int) -> Paragraph:
    """A card's name as a heading: under the report's own headings, and under the heading above the card."""
    return Paragraph(block.page, line, name, "heading", max(CARD_LEVEL, under + 1))


def _card(block: TableBlock, first_line: int, field_of: Callable[[str], tuple[str, float]],
          under: int = 0) -> list[Paragraph] | None:
    """A card for one tiltak (round 73): its name alone in the top row, rows of labels beside their answers, two pairs
    side by side («Delmål | 1.1 | Form | Analyse»), and its account alone in the bottom row: the name as a heading,
    the account under it, then its pairs as one line of particulars. `under`: the level of the heading above the card
    (a wiki's delmål heading), under which its name stands."""
    rows = [[clean(c) for c in row if clean(c)] for row in block.rows]
    rows = [row for row in rows if row]
    if not _named(rows):
        return None
    account = rows[-1][0] if len(rows) > 2 and len(rows[-1]) == 1 else ""
    middle = rows[1:-1] if account else rows[1:]
    # A label whose answer was left empty («Samarbeid | »): no pair, and no reason to doubt the card.
    middle = [row for row in middle if not (len(row) == 1 and field_of(row[0].rstrip(" :"))[1] >= SURE_LABEL)]
    if any(len(row) % 2 for row in middle):
        return None  # a row of the middle that is no pairs
    pairs = [(row[k].rstrip(" :"), row[k + 1]) for row in middle for k in range(0, len(row), 2)]
    if len(pairs) < 2:
        return None
    fields = [field_of(label) for label, _ in pairs]
    if any(score < SURE_LABEL or field in ("", "tiltak") for field, score in fields) or len({f for f, _ in fields}) < 2 \
            or field_of(rows[0][0])[1] >= SURE_LABEL or any(field_of(value)[1] >= SURE_LABEL for _, value in pairs):
        return None  # (a header row of labels only is no row of answers: «Delmål | Tiltak | Type | Ansvar»)
    # The account before the labels, and the labels on one line closing it, as a report sets a heading's text and
    # its line of particulars: what follows the card (a closing line) is then no part of its account.
    lines = [_card_heading(block, first_line, rows[0][0], under)]
    if account:
        lines.append(Paragraph(block.page, first_line + 1, account))
    particulars = " · ".join(f"{label}: {value}" for label, value in pairs)
    return [*lines, Paragraph(block.page, first_line + len(lines), particulars)]


_CAPTION = re.compile(r"^((?:[A-ZÆØÅ]{2,}[\s-]*){1,4}(?:\d{4})?)(?:\s*\n\s*|\s+)(?=\S)")  # «RESULTAT 2097\n…»


def _captioned_card(block: TableBlock, first_line: int, field_of: Callable[[str], tuple[str, float]],
                    under: int = 0) -> list[Paragraph] | None:
    """A card whose cells each open with a caption in capitals over their text («ARBEIDSFORM Enhetsmøter»,
    «STRATEGIEN» over «Bidrar til delmål 1.3.», round 77), its name alone in the top row: the name a heading, a
    caption that names a field a labelled line, and what the others hold as the text it is."""
    rows = [[c for c in (clean(x) if x else "" for x in row) if c] for row in block.rows]
    rows = [row for row in rows if row]
    if not _named(rows) or sum(len(row) for row in rows[1:]) < 2:
        return None
    raw = [str(c) for row in block.rows[1:] for c in row if c and clean(c)]
    captions = [_CAPTION.match(c) for c in raw]
    if any(m is None for m in captions):
        return None
    lines = [_card_heading(block, first_line, rows[0][0], under)]
    for cell, caption in zip(raw, captions):
        assert caption is not None
        label, text = " ".join(caption[1].split()), clean(cell[caption.end():])
        field = field_of(label.capitalize())
        said = [f"{label.capitalize()}: {text}"] if field[1] >= SURE_LABEL else [
            clean(line) for line in cell[caption.end():].splitlines() if clean(line)]
        lines.extend(Paragraph(block.page, first_line + len(lines), line) for line in said)
    return lines


def _lines(block: TableBlock, first_line: int, field_of: Callable[[str], tuple[str, float]],
           label_field: Callable[[str], str], under: int = 0) -> list[Paragraph] | None:
    if boxes := _boxes(block, first_line, label_field):
        return boxes
    if card := _card(block, first_line, field_of, under):
        return card
    if card := _captioned_card(block, first_line, field_of, under):
        return card
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
    under: dict[int, int] = {}  # each table's heading level above it
    level = 0
    for b in content.blocks:
        if isinstance(b, Paragraph) and b.kind == "heading":
            level = b.level
        elif isinstance(b, TableBlock):
            under[id(b)] = level
    return tables_as_paragraphs(content, lambda block, line: _lines(block, line, field_of, label_field,
                                                                    under.get(id(block), 0)))
