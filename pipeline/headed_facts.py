"""A measure set as a heading, its account, then a small table of its facts (Spekter's PDF, round 77: «S1 Name»,
a paragraph, then «Strategikode | Virkemiddel | Eier | Sammen med» over one row).

The table names no tiltak column, so its one row was not read, and the heading and paragraph above it were lost with
it. Where a table of one row under a header naming the measure's fields stands right under a heading (with at most a
few paragraphs between), the heading is the tiltak and the paragraphs its description.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from parsers.content import Block, Content, Paragraph, TableBlock

from .row_fields import cell_text

MIN_FIELDS = 2  # a header naming two of the measure's fields is a fact table's, not a caption's
MAX_ACCOUNT = 3  # paragraphs between the heading and its table: an account, not a section's prose
HEADING_WORDS = 16  # a measure's name, not a sentence set large
NAMED_ELSEWHERE = {"tiltak", "beskrivelse"}  # a table that names these has its own name and account
# «S1 », «T-3 »: the report's running label for its measures, the same letters on every heading
_RUNNING_LABEL = re.compile(r"^([A-ZÆØÅ]{1,3})-?\d{1,3}[.:)]?\s+(?=\S)")


def _facts_header(block: TableBlock, field_of: Callable[[str], tuple[str, float]]) -> bool:
    """Whether the table is one row of a measure's facts under a header that names them but not the measure."""
    if len(block.rows) != 2:
        return False
    header, body = ([cell_text(c) for c in row] for row in block.rows)
    fields = [field_of(cell)[0] for cell in header if cell]
    named = set(fields) - {""}
    # Every column named, none the measure's: a column the header does not name may hold its name («tittel»).
    return (all(fields) and len(named) >= MIN_FIELDS and not named & NAMED_ELSEWHERE
            and sum(bool(c) for c in body) >= MIN_FIELDS)


def _heading_above(kept: list[Block]) -> int | None:
    """The index in `kept` of the heading the last blocks stand under, when only a short account lies between."""
    for back in range(1, MAX_ACCOUNT + 2):
        if back > len(kept):
            return None
        block = kept[-back]
        if not isinstance(block, Paragraph):
            return None
        if block.kind == "heading":
            return len(kept) - back if 0 < len(block.text.split()) <= HEADING_WORDS else None
        if block.kind != "text":
            return None
    return None


def facts_under_headings(content: Content, field_of: Callable[[str], tuple[str, float]]) -> Content:
    """The content with each fact table under a measure's heading given the heading as its «Tiltak» and the account
    between as its «Beskrivelse»; the heading and account are taken into the table."""
    kept: list[Block] = []
    changed = False
    for block in content.blocks:
        at = _heading_above(kept) if isinstance(block, TableBlock) and _facts_header(block, field_of) else None
        if at is None or not isinstance(block, TableBlock):
            kept.append(block)
            continue
        heading, account = kept[at], kept[at + 1:]
        assert isinstance(heading, Paragraph)
        text = " ".join(p.text for p in account if isinstance(p, Paragraph))
        header, body = block.rows
        del kept[at:]
        kept.append(replace(block, rows=(("Tiltak", "Beskrivelse", *header), (heading.text, text, *body))))
        changed = True
    return replace(content, blocks=_labels_dropped(tuple(kept))) if changed else content


def _labels_dropped(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks with the running label opening each fact table's name dropped, where two or more names share it."""
    labels = [m.group(1) for b in blocks if isinstance(b, TableBlock) and b.rows[0][:2] == ("Tiltak", "Beskrivelse")
              and (m := _RUNNING_LABEL.match(cell_text(b.rows[1][0])))]
    shared = {label for label in labels if labels.count(label) >= 2}

    def dropped(block: Block) -> Block:
        if not (isinstance(block, TableBlock) and block.rows[0][:2] == ("Tiltak", "Beskrivelse")):
            return block
        name = cell_text(block.rows[1][0])
        if (m := _RUNNING_LABEL.match(name)) and m.group(1) in shared:
            return replace(block, rows=(block.rows[0], (name[m.end():], *block.rows[1][1:])))
        return block
    return tuple(dropped(b) for b in blocks)
