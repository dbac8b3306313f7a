"""Reading the reviewers' decisions from an edited review.xlsx, as forgiving as people are: a delmål a
spreadsheet turned into a date or a number is the delmål, case and stray spaces do not matter, and every
cell that is still wrong is named at once (sheet, cell, what is wrong, what to write instead)."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterator, TypeVar, overload

from normalise.catalogue import Catalogue

from tiltak_core.errors import DecisionsError
from .decisions import (
    ANSVARLIG, COMMENT, DECISION, DELMAL, ENTRY_HEADERS, ENTRY_OPTIONAL, ENTRY_SHEET, FORRIGE, ID, KEEP_APART, KEYS,
    KILDE, MERGE, MERGE_PAIR, MOVE, NO, NO_LINK, OTHER_ID, OTHER_KEYS, PAIR_HEADERS, PAIR_SHEET, REVIEWED, ROW_HEADERS, ROW_KEY,
    ROW_SHEET, SPLIT, TYPE, WORDING, YES, Decisions, EntryDecision, PairDecision, RowDecision,
)

T = TypeVar("T")

_ID = re.compile(r"^T[0-9A-F]{8}(?:-\d+)?$")
# A delmål typed as "3.6" that a Norwegian spreadsheet stored as the date 3 June, written back as text.
_DATE_TEXT = (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:\s+00:00(?::00)?)?$"),  # 03.06.2018
              re.compile(r"^\d{4}-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$"))  # 2018-06-03 00:00:00
_YES = (YES, "x", "j", "yes", "true", "sann")
_NO = (NO, "n", "no", "false", "usann")
_MAX_LISTED = 50  # bad cells named in one message; a workbook wrong throughout is wrong for one reason


class CellProblem(ValueError):
    """What is wrong with one cell, and what to write instead."""


def _text(value: object) -> str:
    return "" if value is None else str(value).strip().lstrip("'")


def _folded(text: str) -> str:
    """For comparing what a person typed: case, runs of spaces and spaces around a slash do not count."""
    return re.sub(r"\s*/\s*", "/", " ".join(text.split())).casefold()


def delmal_of(value: object, codes: list[str]) -> str:
    """The delmål a cell means: "3.6", " 3,6 ", 3.6 as a number, or the date 3 June a spreadsheet made of it."""
    if value is None or value == "":
        return ""
    if isinstance(value, (datetime, date)):
        candidate = f"{value.day}.{value.month}"
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        candidate = f"{value:.1f}"
    else:
        text = _text(value).replace(",", ".")
        candidate = text
        for pattern in _DATE_TEXT:
            m = pattern.match(text)
            if m:
                day, month = (m.group(1), m.group(2)) if pattern is _DATE_TEXT[0] else (m.group(2), m.group(1))
                candidate = f"{int(day)}.{int(month)}"
    if candidate in codes:
        return candidate
    raise CellProblem(f"«{_text(value)}» er ikke et delmål; skriv et av {', '.join(codes)} (velg fra listen)")


def choice_of(value: object, allowed: list[str], what: str) -> str:
    """One of `allowed` whatever its case or spacing; "" for an empty cell."""
    text = _text(value)
    if not text:
        return ""
    for a in allowed:
        if _folded(a) == _folded(text):
            return a
    quoted = [f"«{a}»" for a in allowed]
    raise CellProblem(f"«{text}» er ikke {what}; skriv {', '.join(quoted[:-1])} eller {quoted[-1]} (velg fra listen)")


def yes_no_of(value: object) -> bool:
    """«ja» (or x, any case, or a TRUE cell) is yes; empty or «nei» is no."""
    if isinstance(value, bool):
        return value
    text = _folded(_text(value))
    if text in ("", *_NO):
        return False
    if text in _YES:
        return True
    raise CellProblem(f"«{_text(value)}» skal være «{YES}» eller «{NO}»; skriv «{YES}» eller la cellen stå tom")


def tiltak_id_of(value: object) -> str:
    """A tiltak id as review.xlsx writes them, whatever its case."""
    text = _text(value).upper()
    if text and not _ID.match(text):
        raise CellProblem(f"«{_text(value)}» er ikke en tiltak-ID; skriv ID-en slik den står i kolonnen «{ID}» "
                          "(for eksempel T1A2B3C4D)")
    return text


def previous_of(value: object) -> str:
    """Last year's tiltak a reviewer links a tiltak to: its id as last year's register has it (a run's «T…» in
    upper case, an imported matrix's «2018-12» as written), or «ny» for none."""
    text = _text(value)
    if _folded(text) == NO_LINK:
        return NO_LINK
    if " " in text:
        raise CellProblem(f"«{text}» er ikke en tiltak-ID; skriv ID-en fra fjorårets register (for eksempel "
                          f"T1A2B3C4D), eller «{NO_LINK}» når tiltaket er nytt")
    return text.upper() if _ID.match(text.upper()) else text


@dataclass(frozen=True)
class _SheetRow:
    """One row of a decisions sheet: its values by header, where each stands ("Tiltak!K7"), and the problems
    found in it so far (shared by the whole workbook)."""

    sheet: str
    number: int
    values: tuple
    columns: dict[str, int]
    letters: dict[str, str]
    problems: list[str]

    def raw(self, header: str) -> object:
        i = self.columns.get(header, 0) - 1
        return self.values[i] if 0 <= i < len(self.values) else None  # an optional column may be missing

    def get(self, header: str) -> str:
        return _text(self.raw(header))

    def cell(self, header: str) -> str:
        return f"{self.sheet}!{self.letters[header]}{self.number}"

    @overload
    def read(self, header: str, read: Callable[[object], str]) -> str: ...
    @overload
    def read(self, header: str, read: Callable[[object], T], empty: T) -> T: ...

    def read(self, header: str, read: Callable[[object], object], empty: object = "") -> object:
        """The cell read by `read`; a cell it refuses is noted and counts as empty."""
        try:
            return read(self.raw(header))
        except CellProblem as exc:
            self.note(header, str(exc))
            return empty

    def note(self, header: str, problem: str) -> None:
        self.problems.append(f"celle {self.cell(header)} (kolonne «{header}»): {problem}")


def _rows(wb, sheet: str, headers: tuple[str, ...], path: str, problems: list[str],
          optional: tuple[str, ...] = ()) -> Iterator[_SheetRow]:
    ws = wb[sheet]
    found: dict[str, int] = {}
    for c in next(ws.iter_rows(min_row=1, max_row=1), ()):
        if _text(c.value):
            found.setdefault(_folded(_text(c.value)), c.column)
    missing = [h for h in headers if _folded(h) not in found]
    if missing:
        raise DecisionsError(f"{path}: ark «{ws.title}» mangler kolonnen {', '.join(f'«{m}»' for m in missing)} i rad 1; "
                             "bruk review.xlsx fra en kjøring som mal")
    from openpyxl.utils import get_column_letter

    columns = {h: found[_folded(h)] for h in (*headers, *optional) if _folded(h) in found}
    letters = {h: get_column_letter(c) for h, c in columns.items()}
    for number, values in enumerate(ws.iter_rows(min_row=2, values_only=True), 2):
        yield _SheetRow(sheet, number, values, columns, letters, problems)


def _keys(cell: str) -> tuple[str, ...]:
    return tuple(k for k in re.split(r"[;,\s]+", cell) if k)


def read_decisions(path: Path, catalogue: Catalogue) -> Decisions:
    """Every filled-in decision of the workbook; DecisionsError lists every cell that is wrong."""
    # openpyxl is imported here: most runs have no decisions to read, and the import takes long.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    label = str(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise DecisionsError(f"{label}: kan ikke leses som en Excel-fil ({exc}); lagre den som .xlsx") from exc
    for sheet in (ENTRY_SHEET, ROW_SHEET):
        if sheet not in wb.sheetnames:
            raise DecisionsError(f"{label}: arket «{sheet}» mangler; bruk review.xlsx fra en kjøring som mal")
    codes, types = [d.code for d in catalogue.delmal], [t.name for t in catalogue.types]
    problems: list[str] = []
    entries = [entry for row in _rows(wb, ENTRY_SHEET, ENTRY_HEADERS, label, problems, ENTRY_OPTIONAL)
               if (entry := _entry(row, codes, types)) is not None]
    rows = [moved for row in _rows(wb, ROW_SHEET, ROW_HEADERS, label, problems) if (moved := _row(row)) is not None]
    pairs = [] if PAIR_SHEET not in wb.sheetnames else [
        pair for row in _rows(wb, PAIR_SHEET, PAIR_HEADERS, label, problems) if (pair := _pair(row)) is not None]
    wb.close()
    if problems:
        shown = "\n".join(f"  - {p}" for p in problems[:_MAX_LISTED])
        more = f"\n  … og {len(problems) - _MAX_LISTED} til" if len(problems) > _MAX_LISTED else ""
        raise DecisionsError(f"{label}: {len(problems)} celle(r) må rettes før beslutningene kan brukes (ingen er "
                             f"brukt ennå); rett dem, lagre og kjør igjen:\n{shown}{more}")
    return Decisions(label, tuple(entries), tuple(rows), tuple(pairs))


def _entry(row: _SheetRow, codes: list[str], types: list[str]) -> EntryDecision | None:
    tid, merge = row.read(ID, tiltak_id_of), row.read(MERGE, tiltak_id_of)
    delmal, type_ = row.read(DELMAL, lambda v: delmal_of(v, codes)), row.read(TYPE, lambda v: choice_of(v, types, "en type tiltak"))
    reviewed, comment, wording = row.read(REVIEWED, yes_no_of, False), row.get(COMMENT), row.get(WORDING)
    ansvarlig = tuple(a.strip() for a in re.split(r"[;,]", row.get(ANSVARLIG)) if a.strip())
    forrige = row.read(FORRIGE, previous_of)
    given = delmal or type_ or merge or reviewed or comment or wording or ansvarlig or forrige
    if not given and not any(row.get(h) for h in (DELMAL, TYPE, MERGE, REVIEWED)):
        return None
    if not row.get(ID):
        row.note(ID, f"raden har en beslutning, men ingen tiltak-ID; skriv tiltakets ID i kolonnen «{ID}» eller tøm raden")
        return None
    if merge and merge == tid:
        row.note(MERGE, "et tiltak kan ikke slås sammen med seg selv; skriv ID-en til et annet tiltak")
    if not given or not tid:
        return None
    return EntryDecision(row.cell(ID), tid, _keys(row.get(KEYS)), delmal, type_, merge, reviewed, comment, wording,
                         ansvarlig, forrige)


def _row(row: _SheetRow) -> RowDecision | None:
    split, move = row.read(SPLIT, yes_no_of, False), row.read(MOVE, tiltak_id_of)
    if not (split or move):
        return None
    if split and move:
        row.note(SPLIT, f"velg enten «{SPLIT}» eller «{MOVE}», ikke begge; tøm den ene")
        return None
    if not row.get(ROW_KEY):
        row.note(ROW_KEY, "raden har en beslutning, men ingen radnøkkel; bruk raden slik review.xlsx skrev den")
        return None
    return RowDecision(row.cell(ROW_KEY), row.get(ROW_KEY), row.get(KILDE), split, move, row.get(COMMENT))


def _pair(row: _SheetRow) -> PairDecision | None:
    """A possible duplicate a reviewer decided (a workbook of an earlier version has no such sheet)."""
    decision = row.read(DECISION, lambda v: choice_of(v, [MERGE_PAIR, KEEP_APART], "en beslutning"))
    if not decision:
        return None
    tid, other = row.read(ID, tiltak_id_of), row.read(OTHER_ID, tiltak_id_of)
    if not tid or not other:
        if not (row.get(ID) and row.get(OTHER_ID)):
            row.note(DECISION, "beslutningen mangler en tiltak-ID; bruk raden slik review.xlsx skrev den")
        return None
    return PairDecision(row.cell(DECISION), tid, _keys(row.get(KEYS)), other, _keys(row.get(OTHER_KEYS)),
                        decision == MERGE_PAIR, row.get(COMMENT))
