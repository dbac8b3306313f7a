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
from .registry import ParseOptions, register
from .text import ITEM

_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
# «Mål i strategien: delmål 1.4» opening a box: its first field, the slide's title naming the tiltak.
LABELLED = re.compile(r"^\w[\w ]{0,30}:\s")
REPEATED_SHARE = 0.5  # of the slides a text stands on, from which it is the deck's furniture (a footer)


def _shapes(shapes) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The slide's shapes top to bottom, left to right, a group's own shapes in its place."""
    for shape in sorted(shapes, key=lambda s: (s.top or 0, s.left or 0)):
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _shapes(shape.shapes)
        else:
            yield shape


def _lines(shape) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    if not shape.has_text_frame:
        return []
    return [(p.level, text) for p in shape.text_frame.paragraphs if (text := " ".join(p.text.split()))]


def _is_title(shape) -> bool:  # type: ignore[no-untyped-def]
    return bool(shape.is_placeholder and shape.placeholder_format.type in _TITLES or "title" in shape.name.casefold()
                or "tittel" in shape.name.casefold())


def _slide_blocks(slide, number: int, repeated: set[str], tables: list[int]) -> list[Block]:  # type: ignore[no-untyped-def]
    blocks: list[Block] = []
    shapes = list(_shapes(slide.shapes))
    titled = any(_is_title(s) for s in shapes)

    def add(text: str, kind: str, level: int = 0) -> None:
        blocks.append(Paragraph(number, len(blocks) + 1, text, kind, level))  # type: ignore[arg-type]

    for n, shape in enumerate(shapes):
        if getattr(shape, "has_table", False):
            rows = tuple(tuple(" ".join(cell.text.split()) for cell in row.cells) for row in shape.table.rows)
            tables[0] += 1
            blocks.append(TableBlock(number, tables[0], rows))
            continue
        lines = [(level, text) for level, text in _lines(shape) if text not in repeated]
        if not lines:
            continue
        if _is_title(shape) or not titled and n == 0 and len(lines) == 1:
            add(" ".join(t for _, t in lines), "heading", 1)
            continue
        for k, (level, text) in enumerate(lines):
            item = ITEM.match(text)
            if k == 0 and len(lines) > 1 and not item and not LABELLED.match(text):
                add(text, "heading", 2)  # a box's first line over more: its title, unless it opens the box's fields
            elif item or level:
                add(text[item.end():] if item else text, "numbered" if item and item["number"] else "bullet", level)
            else:
                add(text, "text")
    return blocks


@register("pptx")
def parse_pptx(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The deck's slides in order: titles, boxes of text, tables; the speaker's notes are not read."""
    check_zip(Path(path), source_file, options, "pptx")
    try:
        deck = Presentation(str(path))
        slides = list(deck.slides)
    except Exception as exc:  # noqa: BLE001 -- python-pptx trips many ways on a broken deck
        raise DamagedFile(source_file, "presentasjonen (PPTX) kan ikke åpnes; den er trolig skadet",
                          "Åpne den i PowerPoint og lagre den som PDF, eller be medlemmet om en ny kopi") from exc
    counts = Counter(text for slide in slides for text in {t for s in _shapes(slide.shapes) for _, t in _lines(s)})
    repeated = {t for t, c in counts.items() if len(slides) >= 3 and c >= REPEATED_SHARE * len(slides)}
    tables = [0]
    blocks = [b for n, slide in enumerate(slides, 1) for b in _slide_blocks(slide, n, repeated, tables)]
    title = (deck.core_properties.title or "").strip() or next(
        (b.text for b in blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    return Content(blocks=tuple(blocks), pages=len(slides), title=title)
