"""A table that sorts the measures by delmål by their numbers («Delmål | Tiltak nr.» over «2.1 Digital kompetanse |
5, 7»), the measures themselves in a numbered table without a delmål: each measure gets the delmål its number is
listed under, as a column of its table, and the key, told by it, goes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from parsers.content import Content, TableBlock, with_column

from .row_fields import cell_text

FieldOf = Callable[[str], tuple[str, float]]  # the field a header names, and how surely (ColumnMapper.field_of)

MIN_KEYED = 2  # numbers the key must give a delmål: one row of two cells may be anything
_NUMBERS = re.compile(r"\d{1,3}(?:\s*(?:,|;|/|&|og|\+)\s*\d{1,3})*")
_NUMBER = re.compile(r"^\s*(\d{1,3})\.?\s*$")


def _key(table: TableBlock, field_of: FieldOf, numbers_rows: Callable[[str], bool]) -> dict[int, str] | None:
    """Measure number → the delmål it is listed under, for a key of two columns (the delmål, then the numbers); None
    for any other table, or for a key that lists one number under two delmål (which one is not for us to say)."""
    header = [cell_text(c) for c in table.rows[0]] if table.rows else []
    if len(header) != 2 or field_of(header[0])[0] != "delmal" or not numbers_rows(header[1]):
        return None
    key: dict[int, str] = {}
    for row in table.rows[1:]:
        goal, numbers = cell_text(row[0]), cell_text(row[1])
        if not numbers:
            continue  # a delmål with no measure listed
        if not goal or not _NUMBERS.fullmatch(numbers):
            return None
        for n in map(int, re.findall(r"\d+", numbers)):
            if key.get(n, goal) != goal:
                return None
            key[n] = goal
    return key if len(key) >= MIN_KEYED else None


def _numbered(table: TableBlock, field_of: FieldOf, numbers_rows: Callable[[str], bool]) -> tuple[int, list[int | None]] | None:
    """(the column numbering the measures, each body row's number) of a table with a tiltak column and no delmål
    column; None for any other."""
    header = [cell_text(c) for c in table.rows[0]] if table.rows else []
    fields = [field_of(h)[0] if h else "" for h in header]
    column = next((c for c, h in enumerate(header) if h and numbers_rows(h) and fields[c] in ("", "tiltak")), None)
    if column is None or "delmal" in fields or "tiltak" not in fields[:column] + fields[column + 1:]:
        return None
    numbers = [int(m[1]) if (m := _NUMBER.match(cell_text(r[column]) if column < len(r) else "")) else None
               for r in table.rows[1:]]
    return column, numbers


def delmal_by_numbers(content: Content, field_of: FieldOf, numbers_rows: Callable[[str], bool]) -> Content:
    """The content with the numbered table of measures given a «Delmål» column from a key table that lists the
    measures' numbers under each delmål, and the key taken out; as it was when no table numbers every keyed measure."""
    blocks = list(content.blocks)
    tables = [i for i, b in enumerate(blocks) if isinstance(b, TableBlock)]
    for i in tables:
        key_table = blocks[i]
        assert isinstance(key_table, TableBlock)
        key = _key(key_table, field_of, numbers_rows)
        if key is None:
            continue
        for j in sorted((t for t in tables if t != i), key=lambda t: abs(t - i)):
            target = blocks[j]
            assert isinstance(target, TableBlock)
            numbered = _numbered(target, field_of, numbers_rows)
            if numbered is None or not set(key) <= {n for n in numbered[1] if n is not None}:
                continue
            column, numbers = numbered
            blocks[j] = with_column(target, "Delmål", [key.get(n, "") if n is not None else "" for n in numbers],
                                    column + 1)
            del blocks[i]
            return replace(content, blocks=tuple(blocks))
    return content
