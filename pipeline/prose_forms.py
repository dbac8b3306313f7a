"""Key/value tables in a prose report: «Tiltak | …», «Ansvarlig | …», one row per «Tiltak» label."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from normalise.columns import FIELD_LABELS, ColumnMapper
from normalise.text import clean, fold, ticked
from parsers.content import Block, Paragraph, TableBlock

from .draft_row import PROSE_CONFIDENCE, DraftRow
from tiltak_core.records import Provenance

FORM = "lest som skjema: ledetekst | verdi"
TITLED_FORM = "tittelen over skjemaet er tiltaket, skjemaet gir feltene"
TITLED_FORM_FIELDS = 2  # «Delmål» and «Type», «Ansvarlig» …: a form's particulars, not a stray pair of cells
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+")  # «3.1 », «2. »: the chapter's number


def sideways_tiltak(rows: Sequence[Sequence[str | None]], field_of: Callable[[str], tuple[str, float]]
                    ) -> tuple[int, list[int]] | None:
    """A table laid out sideways («Tiltak | A | B», «Delmål | 2.3 | 2.4»): its «Tiltak» row and the columns that hold a
    tiltak of their own there; None for a form of one value column or none."""
    for r, cells in enumerate(rows):
        if cells and field_of(clean(cells[0]))[0] == "tiltak":
            texts = [clean(c) for c in cells[1:]]
            columns = [c for c, t in enumerate(texts, 1) if t and t not in texts[: c - 1]]  # a merged cell repeats
            return (r, columns) if len(columns) >= 2 else None
    return None


def _tiltak_columns(block: TableBlock, mapper: ColumnMapper) -> list[int]:
    """The columns of a form laid out sideways that hold a tiltak of their own; [] for a form of one value column."""
    found = sideways_tiltak(block.rows, mapper.field_of)
    return found[1] if found else []


def _read_sideways(block: TableBlock, mapper: ColumnMapper, source_file: str, section: str | None,
                   columns: list[int]) -> list[DraftRow]:
    rows = [DraftRow(Provenance(source_file, page=block.page, table=block.index, column=c + 1), {"delmal": section or ""},
                     {}, block.confidence * PROSE_CONFIDENCE, ["lest som skjema på tvers: ledetekst | ett tiltak per kolonne"])
            for c in columns]
    named_tiltak = False
    for cells in block.rows:
        name, _ = mapper.field_of(clean(cells[0])) if cells else ("", None)
        if name == "tiltak" and named_tiltak:
            name = "beskrivelse"  # «Tiltak | …» then «Hva er gjort | …»: the second says what was done
        named_tiltak = named_tiltak or name == "tiltak"
        if name:
            for row, c in zip(rows, columns):
                if c < len(cells) and clean(cells[c]):
                    said = row.fields.get(name, "") if name == "beskrivelse" else ""
                    row.fields[name] = clean(f"{said} {cells[c]}")
        elif named_tiltak and cells and clean(cells[0]):
            # «Status 2067 | Pågår | … | Planlagt – oppstart mars 2068»: a line of its own, kept as each tiltak's.
            for row, c in zip(rows, columns):
                if c < len(cells) and clean(cells[c]):
                    row.extra[clean(cells[0])] = clean(cells[c])
    return [row for row in rows if clean(row.fields.get("tiltak"))]


FORM_LABELS = 3  # «Tiltak», «Mål i strategien», «Kategori» down the first column: labels, each answered beside it


_FIGURE = re.compile(r"[\d\s.,%+–-]+")


def key_figures(texts: list[tuple[str, ...]], header_rows: Sequence[int], tiltak: int | None, mapper: ColumnMapper) -> bool:
    """Whether a table is key figures: «Nøkkeltall 2063 | Antall» (the vocabulary's figure words) over names and
    numbers only."""
    if not header_rows or tiltak is None or tiltak >= len(texts[header_rows[0]]):
        return False
    lead_ins = tuple(fold(w) for w in mapper.vocabulary.figure_words)
    body = [row for r, row in enumerate(texts) if r > header_rows[-1] and any(row)]
    return fold(texts[header_rows[0]][tiltak]).startswith(lead_ins) and bool(body) and all(
        _FIGURE.fullmatch(t) for row in body for c, t in enumerate(row) if t and c != tiltak)


def labels_down(texts: list[tuple[str, ...]], mapper: ColumnMapper) -> bool:
    """Whether a two-column table is a form: its first column names «Tiltak» first and other fields under it (a
    sheet's title or a note over it, in a cell of its own, aside)."""
    if not texts or any(len([t for t in row if t]) > 2 for row in texts):
        return False
    named = [mapper.field_of(row[0])[0] for row in texts if row and row[0] and len([t for t in row if t]) == 2]
    return bool(named) and named[0] == "tiltak" and len(set(named) - {""}) >= FORM_LABELS


def empty_form(block: TableBlock, mapper: ColumnMapper) -> bool:
    """Whether a table is a form's block nobody filled in: labels down its first column, «Tiltak» among them, and no
    answer beside any (tick boxes none of which is ticked answer nothing) — the blank block a form ends with."""
    named = {mapper.field_of(clean(row[0]))[0] for row in block.rows if row and clean(row[0])} - {""}
    answers = [ticked(clean(c)) for row in block.rows for c in row[1:] if c and clean(c)]
    return "tiltak" in named and len(named) >= FORM_LABELS and not any(answers)


def form_label(label: str) -> str:
    """A form's label as its blocks repeat it: «Tiltak 2» is the «Tiltak 1» of the next block."""
    return re.sub(r"[\d\W]+", " ", fold(label)).strip()


def _describes(name: str, label: str, row: DraftRow | None) -> bool:
    """Whether a label the vocabulary gives to the tiltak («Hva er gjort i 2090») is the account of the row a form's
    other tiltak label opened («Navn på tiltaket»): the form asks for the name once per block, under one label."""
    return (name == "tiltak" and row is not None and bool(row.opened_by) and form_label(label) != row.opened_by
            and bool(clean(row.fields.get("tiltak"))) and not clean(row.fields.get("beskrivelse")))


def read_form(block: TableBlock, mapper: ColumnMapper, source_file: str, section: str | None,
              heading: str = "") -> list[DraftRow]:
    """A 'label | value' table: one row per 'Tiltak' label, the other labels filling it; laid out sideways, one
    tiltak per value column. A form naming no tiltak right under a `heading` is that heading's tiltak."""
    columns = _tiltak_columns(block, mapper)
    if columns:
        return _read_sideways(block, mapper, source_file, section, columns)
    across = labels_across(block, mapper, heading)
    if across is not None:
        # «Delmål | Form | Ansvar | Partnere» over one row of values under the tiltak's heading: the form laid across.
        found = read_form(across, mapper, source_file, section, heading)
        for row in found:
            row.provenance = Provenance(source_file, page=block.page, table=block.index, row=2)
        return found
    rows: list[DraftRow] = []
    current: DraftRow | None = None
    for r, cells in enumerate(block.rows):
        texts = [clean(c) for c in cells if c]
        if len(texts) < 2:
            continue
        name, _ = mapper.field_of(texts[0])
        value = " ".join(texts[1:])
        if _describes(name, texts[0], current):
            name = "beskrivelse"
        if not name:
            if current is not None:
                # «Status 31.12.2068 | Avsluttet 2067», «Kontaktperson | …»: kept with the tiltak, as a table's
                # unnamed columns are (a status placing it in another year sets it aside).
                current.extra.setdefault(texts[0], value)
            continue
        if current is None or (name == "tiltak" and clean(current.fields.get("tiltak"))):
            current = DraftRow(
                Provenance(source_file, page=block.page, table=block.index, row=block.first_row + r + 1),
                {"delmal": section or ""},
                {},
                block.confidence * PROSE_CONFIDENCE,
                [FORM],
                opened_by=form_label(texts[0]) if name == "tiltak" else "",
            )
            rows.append(current)
        current.fields[name] = value
    if heading and len(rows) == 1 and _titled_by(block, mapper, heading):
        # «3.1 Kompetanseforum Innlandet» over «Delmål | 1.2 – …», «Type | Råd», «Ansvarlig | …»: the heading's
        # tiltak, its particulars in the table (its number the chapter's, not the delmål's).
        rows[0].fields["tiltak"] = _SECTION_NUMBER.sub("", clean(heading))
        rows[0].evidence.append(TITLED_FORM)
    for row in rows:
        if not clean(row.fields.get("tiltak")) and clean(row.fields.get("beskrivelse")):
            row.fields["tiltak"] = row.fields.pop("beskrivelse")  # a form's only text is its tiltak
    return [row for row in rows if clean(row.fields.get("tiltak"))]


def labels_across(block: TableBlock, mapper: ColumnMapper, heading: str) -> TableBlock | None:
    """A table of two rows under a heading whose first row labels fields other than the tiltak («Delmål | Form |
    Ansvar | Partnere»), as the form of labels down it would read it; None for any other table."""
    if not heading or len(block.rows) != 2:
        return None
    # Its labels are a form's: «Form» names the type here as in «(Form: kurs.)», though too short for a column's header.
    fields = [(mapper.field_of(label)[0] or mapper.label_field(label.rstrip(":"))) if (label := clean(c)) else None
              for c in block.rows[0]]
    named = [f for f in fields if f is not None]  # one per label written
    known = [f for f in named if f]
    # A form gives its tiltak's delmål or type; «Dette har vi gjort | Hvem har ansvaret | Sammen med» heads a table.
    if "tiltak" in named or not {"delmal", "type"} & set(named) or len(known) < TITLED_FORM_FIELDS or len(named) - len(known) > 1:
        return None
    said = [FIELD_LABELS.get(f, c) if f else c for c, f in zip(block.rows[0], fields)]
    return TableBlock(page=block.page, index=block.index, rows=tuple(zip(said, block.rows[1])), confidence=block.confidence)


def _titled_by(block: TableBlock, mapper: ColumnMapper, heading: str) -> bool:
    """Whether a form naming no tiltak gives the particulars of one (its delmål or type, and another) and the
    heading over it has words to name it."""
    named = {mapper.field_of(clean(cells[0]))[0] for cells in block.rows if cells and clean(cells[0])} - {""}
    return ("tiltak" not in named and bool(named & {"delmal", "type"}) and len(named) >= TITLED_FORM_FIELDS
            and bool(_SECTION_NUMBER.sub("", clean(heading))))


def continues_form(block: TableBlock, mapper: ColumnMapper, previous: DraftRow | None) -> bool:
    """Whether a «label | value» table that names no tiltak ends the form read just before it (its last questions
    carried over to the next page); if so, its values fill that form's row."""
    if previous is None or FORM not in previous.evidence:
        return False
    named = [("beskrivelse" if _describes(name, clean(cells[0]), previous) else name, " ".join(clean(c) for c in cells[1:] if c))
             for cells in block.rows if cells and clean(cells[0]) for name in [mapper.field_of(clean(cells[0]))[0]]]
    if not named or any(not name or name == "tiltak" or clean(previous.fields.get(name)) for name, _ in named):
        return False
    previous.fields.update((name, value) for name, value in named if value)
    return True


_LABELLED = re.compile(r"^[^:]{1,40}:\s")  # «Strategimål: …», «Ansvarlig i Virke: …»


def without_captions(blocks: Sequence[Block], captions: frozenset[str]) -> list[Block]:
    """The blocks without a box's caption standing as a line of its own over labelled lines («Fakta» over a floated
    box's «Strategimål: …»): it names the box, and is neither a tiltak nor the title of the lines under it. (Over a
    table or a text, heading_over steps past it.)"""
    return [b for n, b in enumerate(blocks) if not (
        isinstance(b, Paragraph) and fold(clean(b.text)) in captions and n + 1 < len(blocks)
        and isinstance(after := blocks[n + 1], Paragraph) and _LABELLED.match(clean(after.text)))]


BOX_BLOCKS = 4  # a title, «Kort fortalt», its text and «Fakta» over a fact sheet's table


def heading_over(blocks: Sequence[Block], n: int, captions: frozenset[str]) -> str:
    """The heading a table stands under; past a box's caption and its text («Kort fortalt», «Fakta» on a fact sheet)
    to the title above them. '' when the block above is no heading."""
    k, boxed = n - 1, False
    while k >= max(0, n - BOX_BLOCKS) and isinstance(above := blocks[k], Paragraph):
        if above.kind == "heading" and fold(clean(above.text)) not in captions:
            return above.text
        if above.kind != "heading" and not boxed:
            return ""
        boxed, k = True, k - 1
    return ""

