"""A report's own notation for the delmål, rewritten as the strategy's codes before the tables are read (rounds 74
and 75): the delmål's running number 1–16 in the strategy's order, the letters (or chapters) a key line gives an
område and the delmål's number («LA2», «kap. 5.4»), codes written without their point where a line says so, a
number in the column of its område, and the dates a spreadsheet made of typed codes («2.4» became 2 April)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from normalise.columns import HeaderMap
from normalise.text import clean, fold
from parsers.content import Content, Paragraph, TableBlock

from .row_fields import table_where

HeaderOf = Callable[[tuple[str | None, ...]], HeaderMap | None]

HEADER_DEPTH = 6  # a delmål column's header stands within a table's first rows, under a title and a note
_NUMBER = re.compile(r"\d{1,2}")
# 4–9 can be neither an område nor a code written without its point («13»): a running number.
_ONLY_RUNNING = range(4, 10)
# «GV = Gode valg for den enkelte og for samfunnet, LA = Læring i arbeidslivet»: a key of the report's letters.
_KEY_PAIR = re.compile(r"(?<!\w)([A-ZÆØÅ]{1,4})\s*=\s*([^,;=()]+?)\s*(?=[,;.)]|$)")
# «Kapittel 4 er hovedinnsatsområdet Gode valg …, kapittel 5 er Læring i arbeidslivet» (round 75): the strategy
# document's chapters, each an område.
_CHAPTER_PAIR = re.compile(r"(?<!\w)kap(?:ittel|\.)?\s*(\d{1,2})\s*(?:=|er|:)\s*(?:(?:hoved|hovud)?innsatsområdet\s+)?"
                           r"([^,;.()]+?)\s*(?=[,;.)]|\s+og\s+kap|$)", re.IGNORECASE)
_LETTERED = re.compile(r"(?:kap(?:ittel|\.)?\s*)?([A-ZÆØÅ]{1,4}|\d{1,2})\s*[-.,]?\s*(\d)", re.IGNORECASE)
# «2095-04-02»: a date cell as the spreadsheet reader writes it; a Norwegian Excel reads «2.4» as 2 April.
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?")


def _header(block: TableBlock, header_of: HeaderOf) -> tuple[int, int] | None:
    """(row, column) of the delmål column's header in a table whose header names one; None for any other."""
    for r, row in enumerate(block.rows[:HEADER_DEPTH]):
        found = header_of(row)
        if found is not None:
            column = found.column("delmal")
            return None if column is None else (r, column)
    return None


def _area_columns(block: TableBlock, omrade_led: Callable[[str], str]) -> TableBlock:
    """A table with a narrow column per område, the delmål's number in the one it falls under («Gode valg | Læring i
    arbeidslivet | Svak tilknytning», round 75), with those columns joined into one «Delmål» column of codes; the
    table as it was where no row's number falls in one column only."""
    for r, row in enumerate(block.rows[:HEADER_DEPTH]):
        areas = {c: omrade for c, cell in enumerate(row) if cell and (omrade := omrade_led(clean(cell)))}
        if len(areas) < 2 or len(set(areas.values())) < len(areas):
            continue
        rows = [list(x) for x in block.rows]
        first = min(areas)
        joined = False
        for n in range(r + 1, len(rows)):
            filled = [(c, clean(rows[n][c])) for c in areas if c < len(rows[n]) and clean(rows[n][c])]
            if len(filled) == 1 and _NUMBER.fullmatch(filled[0][1]):
                c, number = filled[0]
                code = f"{areas[c]}.{int(number)}"
                rows[n][c] = ""
                rows[n][first] = f"{code} ({clean(row[c])}: {number})"
                joined = True
        if not joined:
            return block
        rows[r][first] = "Delmål"
        for c in areas:
            if c != first:
                rows[r][c] = ""
        return replace(block, rows=tuple(tuple(x) for x in rows))
    return block


def _rewritten(block: TableBlock, at: tuple[int, int], cell_code: Callable[[list[str]], list[str] | None]) -> TableBlock:
    """The table with its delmål column's cells below the header replaced by `cell_code`'s, where it gives them."""
    r0, col = at
    body = [clean(row[col]) if col < len(row) else "" for row in block.rows[r0 + 1:]]
    codes = cell_code(body)
    if codes is None:
        return block
    rows = [list(row) for row in block.rows]
    for n, code in enumerate(codes, start=r0 + 1):
        if code:
            rows[n][col] = code
    return replace(block, rows=tuple(tuple(row) for row in rows))


def _mapped(code_of: Callable[[str], str], shown: str, codes_known: set[str], every: bool = False,
            also: Callable[[list[str]], bool] = lambda _: True) -> Callable[[list[str]], list[str] | None]:
    """A reader of a delmål column: each cell's code by `code_of` with the cell kept in brackets after `shown`
    («2.3 (løpenummer 7)»), '' for a cell it gives none; None where no cell gives one, where `every` filled cell
    must and one does not, or where `also` refuses the filled cells."""
    def codes(cells: list[str]) -> list[str] | None:
        found = [(c, code_of(c) if c else "") for c in cells]
        filled = [c for c in cells if c]
        if not any(k in codes_known for _, k in found) or every and not all(k in codes_known for c, k in found if c) \
                or not also(filled):
            return None
        return [f"{k} ({shown}{c})" if k in codes_known else "" for c, k in found]
    return codes


def _running(order: Sequence[str], told: bool) -> Callable[[list[str]], list[str] | None]:
    def code_of(cell: str) -> str:
        return order[int(cell) - 1] if told and _NUMBER.fullmatch(cell) and 1 <= int(cell) <= len(order) else ""
    return _mapped(code_of, "løpenummer ", set(order), every=True,
                   also=lambda filled: any(int(c) in _ONLY_RUNNING for c in filled))


# «(13 = delmål 1.3)»: a line showing that the report writes the codes without their point (round 75).
_DOTLESS_EXAMPLE = re.compile(r"(?<!\d)(\d)(\d{1,2})\s*(?:=|er|betyr|tyder)\s*(?:delmål(?:et)?\s*)?\1[.,]\2(?!\d)",
                              re.IGNORECASE)


def _dotless(codes_known: set[str], told: bool) -> Callable[[list[str]], list[str] | None]:
    return _mapped(lambda c: f"{c[0]}.{c[1:]}" if told and re.fullmatch(r"\d{2,3}", c) else "", "", codes_known,
                   every=True)


def _dated(codes_known: set[str]) -> Callable[[list[str]], list[str] | None]:
    return _mapped(lambda c: f"{int(m[3])}.{int(m[2])}" if (m := _ISO_DATE.fullmatch(c)) else "", "datoen ",
                   codes_known)


def _letter_key(paragraphs: Sequence[Paragraph], omrade_led: Callable[[str], str]) -> tuple[dict[str, str], int | None]:
    """({letters: område}, the line's index) from a line pairing two or more letter groups (or the strategy's
    chapters' numbers) with the områder's names; ({}, None) if none."""
    for n, p in enumerate(paragraphs):
        found = [*_KEY_PAIR.findall(clean(p.text)), *_CHAPTER_PAIR.findall(clean(p.text))]
        pairs = {letters: omrade for letters, name in found if (omrade := omrade_led(name))}
        if len(pairs) >= 2 and len(set(pairs.values())) == len(pairs):
            return pairs, n
    return {}, None


def _lettered(key: dict[str, str], codes_known: set[str]) -> Callable[[list[str]], list[str] | None]:
    return _mapped(lambda c: f"{key[m[1]]}.{m[2]}" if (m := _LETTERED.fullmatch(c)) and m[1] in key else "", "",
                   codes_known)


def delmal_numbering_applied(content: Content, header_of: HeaderOf, order: Sequence[str],
                             omrade_led: Callable[[str], str], running_words: Sequence[str],
                             source_file: str) -> Content:
    """The content with a delmål column's running numbers, keyed letters or dates rewritten as codes (the report's
    own notation kept in brackets), each table so read noted; unchanged where no table uses such a notation. Running
    numbers are read only where a line of the report says the delmål are numbered so."""
    paragraphs = [b for b in content.blocks if isinstance(b, Paragraph)]
    said = tuple(fold(w) for w in running_words)
    told = next((p for p in paragraphs if any(w in fold(p.text) for w in said)), None)
    dotless = next((p for p in paragraphs if _DOTLESS_EXAMPLE.search(p.text)), None)
    key, keyed = _letter_key(paragraphs, omrade_led)
    codes_known = set(order)
    # Each reader with the line that explains the notation: once used, a key, not a tiltak's text.
    readers = [(_running(order, told is not None), told, "delmålenes løpenummer i strategiens rekkefølge"),
               (_dotless(codes_known, dotless is not None), dotless, "koder skrevet uten punktum"),
               (_dated(codes_known), None, "datoer regnearket har gjort av delmålskodene (2.4 ble 2. april)"),
               (_lettered(key, codes_known), paragraphs[keyed] if keyed is not None else None,
                "rapportens egne bokstaver for innsatsområdet og delmålets nummer")]
    blocks, notes, used = list(content.blocks), [], set()
    for i, block in enumerate(blocks):
        if isinstance(block, TableBlock) and (joined := _area_columns(block, omrade_led)) is not block:
            blocks[i] = block = joined
            notes.append(f"{source_file}: tabell {table_where(block)} gir delmålet som et nummer i kolonnen for sitt "
                         "innsatsområde; kolonnene er lest som én kolonne med delmålenes koder")
        if not isinstance(block, TableBlock) or (at := _header(block, header_of)) is None:
            continue
        for reader, line, what in readers:
            rewritten = _rewritten(block, at, reader)
            if rewritten is not block:
                blocks[i] = rewritten
                used.update([id(line)] if line is not None else [])
                notes.append(f"{source_file}: tabell {table_where(block)} gir delmålene som {what}; de er lest som "
                             "delmålenes koder" + (f" etter linjen «{clean(line.text)[:60]}»" if line else ""))
                break
    if not notes:
        return content
    return replace(content, blocks=tuple(b for b in blocks if id(b) not in used),
                   warnings=(*content.warnings, *notes))
