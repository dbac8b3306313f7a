"""Several tables stacked on one sheet, each under its own header in its own column order (KS's workbook, round 58:
one table per hovedinnsatsområde, «Tiltak | Delmål | …» over one, «Delmål | Tiltak | …» over the next). The sheet
reads as one grid; it is cut where a header that orders the columns otherwise begins."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

from normalise.columns import HeaderMap
from parsers.content import TableBlock

from .row_fields import cell_text


def stacked_tables(block: TableBlock, header_of: Callable[[Sequence[str]], HeaderMap | None]) -> list[TableBlock]:
    """The block cut into the tables stacked in it, each with the rows it starts at; [block] when it holds one."""
    texts = [tuple(cell_text(c) for c in row) for row in block.rows]
    heads = [(r, h.fields) for r, row in enumerate(texts) if (h := header_of(row)) is not None and h.column("tiltak") is not None]
    # Rows of a table stand between the two headers: a header's second row («Navn | Beskrivelse» under «Tiltak») is
    # none of this.
    cuts = [r for (top, before), (r, fields) in zip(heads, heads[1:])
            if fields != before and any(sum(1 for t in texts[k] if t) >= 2 for k in range(top + 1, r))]
    if not cuts:
        return [block]
    starts = [0]
    for cut in cuts:
        # The caption over the next table («Hovedinnsatsområde 2 – …») and the blank rows before it go with it.
        start = cut
        while start - 1 > starts[-1] and sum(1 for t in texts[start - 1] if t) <= 1:
            start -= 1
        starts.append(start)
    return [replace(block, rows=block.rows[a:b], first_row=block.first_row + a)
            for a, b in zip(starts, [*starts[1:], len(block.rows)])]
