"""A Word document's section headers over the blocks of their sections: a report that names each chapter only in its
section's header («Fagskolerådet · Rapport 2098 · Delmål 1.4 – …», a section per chapter, each header unlinked) says
it nowhere else."""

from __future__ import annotations

from collections.abc import Sequence

import docx.document


def section_heads(document: docx.document.Document, starts: Sequence[int]) -> tuple[tuple[int, str], ...]:
    """(index of the section's first block, its header's text) of each section whose header has text; a section whose
    header is linked to the one before has that one's."""
    heads: list[tuple[int, str]] = []
    text = ""
    for n, (section, first) in enumerate(zip(document.sections, starts)):
        header = section.header
        if not header.is_linked_to_previous:
            text = "\n".join(p.text.strip() for p in header.paragraphs if p.text.strip())
        elif n == 0:
            text = ""  # the first section linked to none: it has no header
        if text:
            heads.append((first, text))
    return tuple(heads)
