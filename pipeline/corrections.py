"""Corrections a member puts before a report it sends again («RETTELSER … 1. Tiltak 3 «X» står under delmål 2.2, men
hører til delmål 2.4. 2. Tiltak 6 «Y» skal ikke være med …»): each applied to the row it names where the run can
(another delmål, a tiltak taken out), and otherwise put on that row as a doubt for the reviewer."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from normalise.text import clean, fold
from normalise.vocabulary import Vocabulary
from parsers.content import Block, Paragraph
from tiltak_core.records import RawRow, SkippedRow

from .not_tiltak import some
from .rows import RowsRead

Codes = Callable[[str], list[str]]  # the delmål codes a text gives (DelmalMatcher.codes_in)

ITEMS_AFTER = 8  # the corrections stand right under their heading, before the report itself
WITHDRAWN = "tatt ut i en rettelse i dokumentet"
_QUOTED = re.compile(r"[«\"“]([^»\"”]{3,120})[»\"”]")
_NUMBERED = r"(?<!\w)(?:tiltak(?:et)?|pkt\.?|punkt(?:et)?)\s+(?:nr\.?\s*)?(\d{1,3})(?!\d)"


def correction_items(blocks: Sequence[Block], vocabulary: Vocabulary) -> list[str]:
    """The paragraphs under a heading (or opening paragraph) that says it corrects the report, up to the next
    heading."""
    words = tuple(fold(w) for w in vocabulary.correction_headings)
    items: list[str] = []
    for i, block in enumerate(blocks):
        if not (isinstance(block, Paragraph) and words and fold(clean(block.text)).startswith(words)):
            continue
        for after in blocks[i + 1:i + 1 + ITEMS_AFTER]:
            # «Pkt. 4 utgår –» on a sticky note OCR read large: a line naming an item is the correction's, whatever its size.
            if not isinstance(after, Paragraph) or after.kind == "heading" and not re.search(_NUMBERED, fold(after.text)):
                break
            items.append(clean(after.text))
    return items


def _list_numbers(blocks: Sequence[Block]) -> dict[tuple[int | None, int], str]:
    """(page, line) → the number a numbered list item stands under («4» for the fourth), counted through the
    document: what a note calls «pkt. 4»."""
    numbered = [b for b in blocks if isinstance(b, Paragraph) and b.kind == "numbered" and b.level == 0]
    return {(b.page, b.line): str(n) for n, b in enumerate(numbered, 1)}


def _names(item: str, row: RawRow, identifiers: frozenset[str], listed: dict[tuple[int | None, int], str]) -> bool:
    """Whether a correction names the row: by its name in quotes, or by its number («tiltak 5», «pkt. 4») in the row's
    own number column or list."""
    name = fold(row.get("tiltak"))
    if name and any(fold(q) == name or len(fold(q)) >= 8 and fold(q) in name for q in _QUOTED.findall(item)):
        return True
    numbers = {clean(v) for k, v in row.extra if re.sub(r"\W", "", fold(k)) in identifiers}
    p = row.provenance
    if p.table is None and p.line is not None and (p.page, p.line) in listed:
        numbers.add(listed[(p.page, p.line)])
    return any(n in numbers for n in re.findall(_NUMBERED, fold(item)))


def _corrected(row: RawRow, item: str, codes_in: Codes) -> RawRow:
    """The row with the delmål the correction moves it to («står under delmål 2.2, men hører til delmål 2.4»), or
    with the correction as a doubt where it says something else."""
    codes = codes_in(item)
    own = codes_in(row.get("delmal"))
    if len(codes) == 2 and own[:1] == codes[:1] and codes[1] != codes[0]:
        fields = dict(row.fields) | {"delmal": codes[1]}
        return replace(row, fields=tuple(fields.items()), evidence=row.evidence + (
            f"delmål {codes[0]} er rettet til {codes[1]} etter rettelsen i dokumentet («{item[:120]}»)",))
    doubt = f"en rettelse i dokumentet gjelder tiltaket: «{item[:160]}»"
    return replace(row, doubt="; ".join(d for d in (row.doubt, doubt) if d))


def apply_corrections(read: RowsRead, blocks: Sequence[Block], source_file: str, codes_in: Codes,
                      vocabulary: Vocabulary) -> RowsRead:
    """The rows with the document's own corrections applied: a row taken out is skipped and warned of."""
    items = correction_items(blocks, vocabulary)
    if not items:
        return read
    identifiers = frozenset(re.sub(r"\W", "", fold(w)) for w in vocabulary.identifier_words)
    withdrawn = tuple(fold(w) for w in vocabulary.withdrawn_phrases)
    listed = _list_numbers(blocks)
    kept: list[RawRow] = []
    skipped: list[SkippedRow] = []
    for row in read.rows:
        mine = [item for item in items if _names(item, row, identifiers, listed)]
        out = next((item for item in mine if any(w in fold(item) for w in withdrawn)), "")
        if out:
            skipped.append(SkippedRow(row.provenance.locator, f"{WITHDRAWN} («{out[:100]}»)", row.get("tiltak")))
            continue
        for item in mine:
            row = _corrected(row, item, codes_in)
        kept.append(row)
    warnings = [f"{source_file}: {len(skipped)} tiltak er tatt ut av "
                f"rapporten i en rettelse foran den ({some([s.locator for s in skipped])}), og ble ikke tatt med"
                ] if skipped else []
    return replace(read, rows=tuple(kept), skipped=(*read.skipped, *skipped), warnings=(*read.warnings, *warnings))
