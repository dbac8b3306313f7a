"""A slide deck (PPTX) as blocks, slide by slide: its title a heading, each text box a titled block, tables as tables.

A ministry may report by the slides it showed the council. A box of several lines («Kompetansebehovsutvalget (KBU)» /
«Delmål 1.1 · Utvalg» / «Ansvar: KD») is a tiltak's title over its labelled lines, as a card on a page is. A text the
deck repeats on every slide (its footer) is no part of any.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

from tiltak_core.errors import DamagedFile

from .archive import check_zip
from .content import Block, Content, Paragraph, TableBlock
from .office_package import deck_package
from .registry import ParseOptions, register
from .text import ITEM
from tiltak_core.years import YEAR

_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
# «Mål i strategien: delmål 1.4» opening a box: its first field, the slide's title naming the tiltak. A label
# may be given in two languages («Ulbmil / Delmål: …»).
LABELLED = re.compile(r"^\w[\w ]{0,30}(?:/ ?\w[\w ]{0,30})?:\s")
# A box's first line that is a whole sentence is its text, not a title over it.
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){5,}[^.]\.$")
REPEATED_SHARE = 0.5  # of the slides a text stands on, from which it is the deck's furniture (a footer)
ROW_TOLERANCE = 12 * 12700  # EMU: shapes whose tops are this close stand on one row (12 pt)
_YEAR = re.compile(YEAR)
_SECTION = "{http://schemas.microsoft.com/office/powerpoint/2010/main}section"
_SLIDE_ID = "{http://schemas.microsoft.com/office/powerpoint/2010/main}sldId"


def _in_rows(shapes) -> list[Any]:  # type: ignore[no-untyped-def]
    """The shapes top to bottom, and left to right among those whose tops are a few points apart: a swimlane's label
    set a little lower than the lane's first box still comes first."""
    rows: list[list[Any]] = []
    for shape in sorted(shapes, key=lambda s: (s.top or 0, s.left or 0)):
        if rows and (shape.top or 0) - (rows[-1][0].top or 0) <= ROW_TOLERANCE:
            rows[-1].append(shape)
        else:
            rows.append([shape])
    return [shape for row in rows for shape in sorted(row, key=lambda s: (s.left or 0, s.top or 0))]


def _shapes(shapes) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The slide's shapes top to bottom, left to right, a group's own shapes in its place."""
    for shape in _in_rows(shapes):
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _shapes(shape.shapes)
        else:
            yield shape


def _year_columns(shapes: list[Any]) -> list[tuple[int, int]]:
    """(year, centre) of a roadmap's year headings: two or more boxes holding a year alone, side by side."""
    years = [(int(t), (s.left or 0) + (s.width or 0) // 2, s.top or 0) for s in shapes
             if s.has_text_frame and _YEAR.fullmatch(t := s.text_frame.text.strip())]
    if len(years) < 2 or max(t for *_, t in years) - min(t for *_, t in years) > ROW_TOLERANCE:
        return []
    return sorted((y, centre) for y, centre, _ in years)


def _period(shape: Any, columns: list[tuple[int, int]]) -> str:
    """«Periode: 2081–2082» for a box laid over the year columns it spans; '' when it spans none."""
    left, right = shape.left or 0, (shape.left or 0) + (shape.width or 0)
    years = [y for y, centre in columns if left <= centre <= right]
    if not years:
        return ""
    return f"Periode: {years[0]}" if len(years) == 1 else f"Periode: {years[0]}–{years[-1]}"


def _notes(slide: Any) -> dict[str, str]:
    """The speaker's notes that open with a box's title («Fagbrev i finans: Avsluttet i 2081 …»), by that title."""
    if not slide.has_notes_slide:
        return {}
    said: dict[str, str] = {}
    for paragraph in slide.notes_slide.notes_text_frame.paragraphs:
        head, colon, text = " ".join(paragraph.text.split()).partition(": ")
        if colon and text:
            said[head.casefold()] = text
    return said


def _lines(shape) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    if not shape.has_text_frame:
        return []
    return [(p.level, text) for p in shape.text_frame.paragraphs if (text := " ".join(p.text.split()))]


def _is_title(shape) -> bool:  # type: ignore[no-untyped-def]
    return bool(shape.is_placeholder and shape.placeholder_format.type in _TITLES or "title" in shape.name.casefold()
                or "tittel" in shape.name.casefold())


def _sections(deck: Any) -> dict[int, str]:
    """The name of each named section by the id of the slide it opens (PowerPoint 2010's p14:sectionLst): the outline
    a deck may be ordered by, shown only in the thumbnail pane."""
    found: dict[int, str] = {}
    for section in deck.part._element.iter(_SECTION):
        first = next(section.iter(_SLIDE_ID), None)
        if first is not None and first.get("id", "").isdigit() and (name := " ".join(section.get("name", "").split())):
            found[int(first.get("id"))] = name
    return found


def _slide_blocks(slide, number: int, repeated: set[str], tables: list[int],  # type: ignore[no-untyped-def]
                  under: int = 0) -> list[Block]:
    """The slide's blocks; `under` is 1 in a deck of sections, whose names stand as headings over the slides'."""
    blocks: list[Block] = []
    shapes = list(_shapes(slide.shapes))
    titled = any(_is_title(s) for s in shapes)
    columns = _year_columns(shapes)
    notes = _notes(slide)

    def add(text: str, kind: str, level: int = 0) -> None:
        level += under if kind == "heading" else 0
        blocks.append(Paragraph(number, len(blocks) + 1, text, kind, level))  # type: ignore[arg-type]

    for n, shape in enumerate(shapes):
        if getattr(shape, "has_table", False):
            rows = tuple(tuple(" ".join(cell.text.split()) for cell in row.cells) for row in shape.table.rows)
            tables[0] += 1
            blocks.append(TableBlock(number, tables[0], rows))
            continue
        every = _lines(shape)
        # A field every slide's box gives alike («Ansvar: Opplæringsavdelingen») is the measure's, not the deck's footer.
        own = any(text not in repeated for _, text in every)
        lines = [(level, text) for level, text in every if text not in repeated or own and LABELLED.match(text)]
        if not lines or columns and _YEAR.fullmatch(lines[0][1]) and len(lines) == 1:
            continue  # a roadmap's year heading: said in each box's period instead
        if len(lines) > 1:
            # A roadmap's box: the years it lies over, and what the speaker's notes say under its title.
            period = _period(shape, columns) if columns else ""
            told = notes.get(lines[0][1].casefold(), "")
            lines += [(0, text) for text in (period, told) if text]
        if _is_title(shape) or not titled and n == 0 and len(lines) == 1:
            add(" ".join(t for _, t in lines), "heading", 1)
            continue
        for k, (level, text) in enumerate(lines):
            item = ITEM.match(text)
            if k == 0 and len(lines) > 1 and not item and not LABELLED.match(text) and not _SENTENCE.match(text):
                add(text, "heading", 2)  # a box's first line over more: its title, unless it opens the box's fields
            elif item or level:
                add(text[item.end():] if item else text, "numbered" if item and item["number"] else "bullet", level)
            else:
                add(text, "text")
    return blocks


@register("pptx")
def parse_pptx(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The deck's slides in order: titles, boxes of text, tables; a speaker's note is read only under the box whose
    title it opens with."""
    check_zip(Path(path), source_file, options, "pptx")
    try:
        deck = Presentation(deck_package(Path(path)))
        slides = list(deck.slides)
    except Exception as exc:  # noqa: BLE001 -- python-pptx trips many ways on a broken deck
        raise DamagedFile(source_file, "presentasjonen (PPTX) kan ikke åpnes; den er trolig skadet",
                          "Åpne den i PowerPoint og lagre den som PDF, eller be medlemmet om en ny kopi") from exc
    counts = Counter(text for slide in slides for text in {t for s in _shapes(slide.shapes) for _, t in _lines(s)})
    repeated = {t for t, c in counts.items() if len(slides) >= 3 and c >= REPEATED_SHARE * len(slides)}
    tables = [0]
    sections = _sections(deck)
    blocks: list[Block] = []
    for n, slide in enumerate(slides, 1):
        if name := sections.get(slide.slide_id):
            blocks.append(Paragraph(n, 0, name, "heading", 1))
        blocks += _slide_blocks(slide, n, repeated, tables, 1 if sections else 0)
    title = (deck.core_properties.title or "").strip() or next(
        (b.text for b in blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    return Content(blocks=tuple(blocks), pages=len(slides), title=title)
