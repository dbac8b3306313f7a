"""Numbered items whose particulars stand in a table keyed by their numbers («Nr. | Delmål | Type» over «1 | 1.1 |
Utvalg»), as a letter lists its measures in prose and sums them up at the end: each item gets its row's cells as a
line of particulars closing its text, and the key, told by them, goes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from normalise.text import clean
from parsers.content import Block, Content, Paragraph, TableBlock, with_column

from .row_fields import cell_text

FieldOf = Callable[[str], tuple[str, float]]  # the field a header names, and how surely (ColumnMapper.field_of)

MIN_ITEMS = 2  # a key to several items; one numbered line and a row of one table may be anything
_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")
_NUMBER = re.compile(r"^\s*(\d{1,2})\.?\s*$")
_FIELDS = frozenset({"delmal", "type", "ansvarlig", "samarbeidspartnere"})


def _key(blocks: list[Block], i: int, field_of: FieldOf) -> tuple[dict[int, list[tuple[str, str]]], list[int]]:
    """Item number → (header, value) of each particular, and the blocks the key stands in, for a table at `i` whose
    first column numbers items and whose others name fields (never the tiltak); ({}, []) for any other table. Rows
    going on in the next table (a page later, no header) belong to it."""
    table = blocks[i]
    assert isinstance(table, TableBlock)
    if len(table.rows) < 2:
        return {}, []
    header = [cell_text(c) for c in table.rows[0]]
    fields = [field_of(h)[0] if h else "" for h in header[1:]]
    if not any(f in _FIELDS for f in fields) or "tiltak" in fields or _NUMBER.match(header[0] or ""):
        return {}, []
    key: dict[int, list[tuple[str, str]]] = {}
    used = [i]
    rows = list(table.rows[1:])
    k = i + 1
    while k < len(blocks) and isinstance(b := blocks[k], TableBlock) and len(b.rows[0]) == len(header) and all(
            _NUMBER.match(cell_text(r[0])) for r in b.rows):
        rows += b.rows  # the key going on over the page, its header not repeated
        used.append(k)
        k += 1
    for row in rows:
        number = _NUMBER.match(cell_text(row[0]))
        if number is None:
            return {}, []
        key[int(number[1])] = [(h, cell_text(v)) for h, v, f in zip(header[1:], row[1:], fields)
                               if f in _FIELDS and cell_text(v)]
    return key, used


def items_keyed_by_table(content: Content, field_of: FieldOf) -> Content:
    """The content with each numbered item («1. Vår plass i …») closed by a line of its key row's particulars
    («Delmål: 1.1 · Type: Utvalg»), when a table after the items keys every one of its rows to one of them."""
    blocks = list(content.blocks)
    for i, block in enumerate(blocks):
        if not isinstance(block, TableBlock):
            continue
        key, used = _key(blocks, i, field_of)
        if len(key) < MIN_ITEMS:
            continue
        items = {int(m[1]): n for n, b in enumerate(blocks[:i]) if isinstance(b, Paragraph) and b.kind in (
            "heading", "text") and (m := _ITEM.match(clean(b.text)))}
        if not set(key) <= set(items):
            continue
        ends = _item_ends(blocks, items, i)
        inserts = {ends[n]: Paragraph(last.page, last.line, " · ".join(f"{h}: {v}" for h, v in key[number]))
                   for number, n in items.items() if number in key and key[number]
                   and isinstance(last := blocks[ends[n]], Paragraph)}
        out: list[Block] = []
        for n, b in enumerate(blocks):
            if n in used:
                continue
            out.append(b)
            if n in inserts:
                out.append(inserts[n])
        return replace(content, blocks=tuple(out))
    return content


def _item_ends(blocks: list[Block], items: dict[int, int], stop: int) -> dict[int, int]:
    """Item's block index → the index of the last block of its text: before the next item, a heading of its rank or
    above, or the key."""
    starts = sorted(items.values())
    ends = {}
    for s, start in enumerate(starts):
        limit = starts[s + 1] if s + 1 < len(starts) else stop
        end = start
        level = b.level if isinstance(b := blocks[start], Paragraph) else 0
        for n in range(start + 1, limit):
            b = blocks[n]
            if not isinstance(b, Paragraph) or b.kind == "heading" and b.level <= level:
                break
            end = n
        ends[start] = end
    return ends


# «(3) Tre kursdager …», «3. Tre kursdager …», «3) …»: a paragraph opening with the number of the row it describes.
_ACCOUNT_NUMBER = re.compile(r"^\s*\(?(\d{1,2})[.)]\s+(?=\S)")
ACCOUNT_HEADER = "Omtale"  # the column the accounts are given, a header the vocabulary reads as the description


def _numbered_rows(table: TableBlock, field_of: FieldOf) -> list[int] | None:
    """The numbers a table's first column gives its rows in order (1, 2, 3 …), under an «Nr.» header, the table
    naming its tiltak and no description; None for any other table."""
    header = [cell_text(c) for c in table.rows[0]]
    fields = [field_of(h)[0] if h else "" for h in header]
    if len(table.rows) < MIN_ITEMS + 1 or "tiltak" not in fields or "beskrivelse" in fields or not re.fullmatch(
            r"(?i)nr\.?|nummer|#", header[0] or ""):
        return None
    numbers = [int(m[1]) if (m := _NUMBER.match(cell_text(r[0]))) else 0 for r in table.rows[1:]]
    return numbers if numbers == list(range(1, len(numbers) + 1)) else None


def _accounts_after(blocks: list[Block], i: int, count: int) -> list[tuple[list[int], str]] | None:
    """The blocks and text of `count` numbered accounts, one per row, under a heading right after the table at `i` (or
    right under it): numbered paragraphs, or numbered headings each over its text («7 NHO-prisen …» over «Utdelingen er
    utsatt …», round 75); None when what follows is not such a list."""
    k = i + 1
    if k < len(blocks) and isinstance(b := blocks[k], Paragraph) and b.kind == "heading" and not _HEADED.match(b.text):
        k += 1
    found: list[tuple[list[int], str]] = []
    while k < len(blocks) and isinstance(b := blocks[k], Paragraph) and len(found) < count:
        headed = _HEADED.match(b.text) if b.kind == "heading" else None
        if headed and int(headed[1]) == len(found) + 1:
            # The heading names the row again; the paragraphs under it, up to the next heading, are its account.
            body = []
            while k + 1 < len(blocks) and isinstance(t := blocks[k + 1], Paragraph) and t.kind != "heading" and not (
                    _CLOSING.match(t.text)):
                k += 1
                body.append(k)
            found.append(([k - len(body), *body], " ".join(clean(p.text) for n in body if isinstance(p := blocks[n], Paragraph))))
            k += 1
            continue
        number = _ACCOUNT_NUMBER.match(b.text)
        if b.kind != "numbered" and (number is None or int(number[1]) != len(found) + 1):
            break
        found.append(([k], _ACCOUNT_NUMBER.sub("", clean(b.text))))
        k += 1
    return found if len(found) == count else None


# «Kilde: NHO Analyse.» after the last account: the page's own note, no part of it.
_CLOSING = re.compile(r"^\s*(?:kilde|kjelde|kontakt|merk|nb|note)\s*:", re.IGNORECASE)
_HEADED = re.compile(r"^\s*(\d{1,2})[.)]?\s+\S")  # «7 NHO-prisen for kompetanse 2095.»: a heading opening with a row's number


def accounts_keyed_to_rows(content: Content, field_of: FieldOf) -> Content:
    """The content with a table of numbered rows («Nr. | Tiltak | …») given each row's account from the numbered
    paragraphs under it («Omtale av tiltakene» over «(1) …», «(2) …»), one per row, as a column of its own."""
    blocks = list(content.blocks)
    for i, block in enumerate(blocks):
        if not isinstance(block, TableBlock) or (numbers := _numbered_rows(block, field_of)) is None:
            continue
        accounts = _accounts_after(blocks, i, len(numbers))
        if accounts is None:
            continue
        texts = [text for _, text in accounts]
        blocks[i] = with_column(block, ACCOUNT_HEADER, texts)
        taken = {k for ks, _ in accounts for k in ks}
        blocks = [b for k, b in enumerate(blocks) if k not in taken]
        return accounts_keyed_to_rows(replace(content, blocks=tuple(blocks)), field_of)
    return content
