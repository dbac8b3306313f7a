"""A sheet used as a word processor: a letter typed line by line down one column, its tiltak numbered in it.

Read as a table it has no columns and was passed over as loose text. Its lines are the letter's: an empty row parts
paragraphs, a line going on in lower case goes on the line above (the writer broke it by hand), «1. …» opens an item.
The prose reader then reads it as it reads any letter.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from parsers.content import Content, Paragraph, TableBlock

from .row_fields import cell_text
from .tables_as_text import tables_as_paragraphs

TYPED_LINES = 6  # fewer lines make a note, not a letter
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")
_ENDS = (".", "!", "?", ":", ")")


def is_typed_text(block: TableBlock, is_header: Callable[[tuple[str, ...]], bool]) -> bool:
    """One column of lines, none a table's header, with empty rows between its paragraphs: text typed in a sheet."""
    columns = {i for row in block.rows for i, c in enumerate(row) if cell_text(c)}
    lines = [cell_text(c) for row in block.rows for c in row if cell_text(c)]
    breaks = sum(1 for row in block.rows if not any(cell_text(c) for c in row))
    return len(columns) == 1 and len(lines) >= TYPED_LINES and breaks >= 2 and not any(is_header((t,)) for t in lines)


def _paragraphs(block: TableBlock, first_line: int) -> list[Paragraph]:
    out: list[Paragraph] = []
    joinable = False  # the last paragraph may take the next line: no empty row since, no sentence's end
    for row in block.rows:
        text = next((t for c in row if (t := cell_text(c))), "")
        if not text:
            joinable = False
            continue
        numbered = _NUMBERED.match(text)
        if joinable and out and not numbered and text[:1].islower():
            out[-1] = replace(out[-1], text=f"{out[-1].text} {text}")
        else:
            out.append(Paragraph(block.page, first_line + len(out), text[numbered.end():] if numbered else text,
                                 "numbered" if numbered else "text"))
        joinable = not out[-1].text.endswith(_ENDS)
    return out


def typed_text_as_paragraphs(content: Content, is_header: Callable[[tuple[str, ...]], bool]) -> Content:
    """The content with each sheet of typed text read as its paragraphs; unchanged where there is none."""
    return tables_as_paragraphs(content, lambda block, first_line: _paragraphs(block, first_line) if is_typed_text(
        block, is_header) else None)
