"""List items that open a block: a memo's numbered titles, each with text and a line of labels under it.

«1. Kompetanseforum» / «Forumet la fram …» / «Mål: …. Kategori: nettverk.»: the item is the tiltak, the text
its description, the labels its fields, though no heading above names a delmål: the item's own labels do.
"""

from __future__ import annotations

from typing import Callable, Sequence

from parsers.content import Paragraph

BLOCK_LINES = 3  # lines of text and labels that may stand between an item and its labelled line


def labelled_items(paragraphs: Sequence[Paragraph], labels: Callable[[Paragraph | None], dict]) -> frozenset[tuple]:
    """(page, line) of every list item whose own lines, before the next item or heading, name its delmål by a
    label or a line of particulars («Delmål 1.4 · Råd/utvalg · Ansvar: KS»)."""
    found = set()
    for n, p in enumerate(paragraphs):
        if p.kind not in ("bullet", "numbered"):
            continue
        for q in paragraphs[n + 1 : n + 1 + BLOCK_LINES]:
            if q.kind != "text":
                break
            if "delmal" in labels(q):
                found.add((p.page, p.line))
                break
    return frozenset(found)
