"""How far a spreadsheet's cells with content spread, read from its XML before anything loads it.

A 1 KB ODS can repeat one cell a billion times (`table:number-columns-repeated`), and LibreOffice
or openpyxl would build every one of them; so each sheet's span (the rectangle from its first to
its last cell with content) is checked first, streaming the XML: over MAX_SHEET_CELLS it is
TooLarge. Empty cells, however often repeated, only move the position (LibreOffice itself writes
a million formatted empty rows).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from lxml import etree

from tiltak_core.errors import DamagedFile, TooLarge

# A sheet whose cells with content span more than this is not a report table (and would fill memory).
MAX_SHEET_CELLS = 1_000_000

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_CELL_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")
_WORKSHEET_TYPE = "spreadsheetml.worksheet+xml"
# What zipfile, zlib and lxml raise on a damaged or oddly packed member.
_UNREADABLE = (zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError, OSError, EOFError, RuntimeError, ValueError,
               NotImplementedError)


@dataclass
class _Span:
    """The rectangle the cells with content cover (0-based, inclusive)."""

    top: int | None = None
    bottom: int = 0
    left: int = 0
    right: int = 0

    def add(self, row: int, col: int, rows: int = 1, cols: int = 1) -> None:
        if self.top is None:
            self.top, self.bottom, self.left, self.right = row, row + rows - 1, col, col + cols - 1
            return
        self.top, self.bottom = min(self.top, row), max(self.bottom, row + rows - 1)
        self.left, self.right = min(self.left, col), max(self.right, col + cols - 1)

    def check(self, source_file: str, sheet: str) -> None:
        if self.top is None:
            return
        height, width = self.bottom - self.top + 1, self.right - self.left + 1
        if height * width > MAX_SHEET_CELLS:
            raise too_large(source_file, sheet, height, width)


def too_large(source_file: str, sheet: str, height: int, width: int) -> TooLarge:
    return TooLarge(source_file, f"arket «{sheet}» spenner over {height} rader og {width} kolonner, mer enn "
                    f"{MAX_SHEET_CELLS} celler", "Slett tomme rader og kolonner langt unna tabellen, eller be om "
                    "tiltakene i et mindre ark")


def _events(stream: IO[bytes], tags: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
    events: Iterator[tuple[str, Any]] = etree.iterparse(
        stream, events=("start", "end"), tag=tags, resolve_entities=False, load_dtd=False, no_network=True,
        huge_tree=False, remove_comments=True)
    return events


def drop(element: etree._Element) -> None:
    """Free a finished element and its siblings before it: a million rows must not pile up in memory."""
    element.clear()
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def _repeat(element: etree._Element, name: str) -> int:
    value = element.get(f"{{{_TABLE}}}{name}", "1")
    return int(value) if value.isascii() and value.isdigit() and len(value) < 12 else 1


def check_ods(path: Path, source_file: str) -> None:
    """Raise TooLarge if a sheet of the ODS spans more than MAX_SHEET_CELLS cells with content."""
    try:
        with zipfile.ZipFile(path) as z:
            if "content.xml" not in z.NameToInfo:
                return  # LibreOffice says what is wrong with such a file
            with z.open("content.xml") as stream:
                _check_ods_content(stream, source_file)
    except _UNREADABLE as exc:
        raise DamagedFile(source_file, "ODS-filen er skadet (innholdet i den kan ikke leses)",
                          "Åpne den i LibreOffice og lagre den på nytt, eller be medlemmet om en ny kopi") from exc


def check_fods(path: Path, source_file: str) -> None:
    """Raise TooLarge if a sheet of a flat ODS (one XML file, the content of an ODS's content.xml in it) spans
    more than MAX_SHEET_CELLS cells with content."""
    try:
        with open(path, "rb") as stream:
            _check_ods_content(stream, source_file)
    except _UNREADABLE as exc:
        raise DamagedFile(source_file, "FODS-filen er skadet (den er ikke gyldig XML)",
                          "Åpne den i LibreOffice og lagre den på nytt, eller be medlemmet om en ny kopi") from exc


def _check_ods_content(stream: IO[bytes], source_file: str) -> None:
    tags = (f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row", f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
    tables: list[tuple[str, _Span, list[int]]] = []  # per open table: its name, span and [row, column] reached
    for event, el in _events(stream, tags):
        kind = etree.QName(el).localname
        if kind == "table":
            if event == "start":
                tables.append((el.get(f"{{{_TABLE}}}name", "?"), _Span(), [0, 0]))
            else:
                name, span, _ = tables.pop()
                span.check(source_file, name)
                el.clear()
            continue
        if not tables:
            continue
        _, span, at = tables[-1]
        if kind == "table-row":
            if event == "start":
                at[1] = 0
            else:
                at[0] += _repeat(el, "number-rows-repeated")
                drop(el)
        elif event == "end":  # a cell, covered or not
            cols = _repeat(el, "number-columns-repeated")
            if el.get(f"{{{_OFFICE}}}value-type") or "".join(el.itertext()).strip():
                row_el = el.getparent()
                span.add(at[0], at[1], _repeat(row_el, "number-rows-repeated") if row_el is not None else 1, cols)
            at[1] += cols
            el.clear()


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - 64
    return number - 1


def _worksheets(z: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, part name) of every worksheet, named as in the workbook where that can be told."""
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    types = etree.fromstring(z.read("[Content_Types].xml"), parser)
    parts = [o.get("PartName", "").lstrip("/") for o in types.iter("{*}Override")
             if o.get("ContentType", "").endswith(_WORKSHEET_TYPE)]
    names: dict[str, str] = {}
    try:
        rels = etree.fromstring(z.read("xl/_rels/workbook.xml.rels"), parser)
        targets = {r.get("Id"): "xl/" + r.get("Target", "").lstrip("/").removeprefix("xl/") for r in rels.iter("{*}Relationship")}
        for sheet in etree.fromstring(z.read("xl/workbook.xml"), parser).iter("{*}sheet"):
            rid = next((v for k, v in sheet.attrib.items() if etree.QName(k).localname == "id"), None)
            if rid in targets:
                names[targets[rid]] = sheet.get("name", "?")
    except KeyError:
        pass
    return [(names.get(part, part), part) for part in parts if part in z.NameToInfo]


def check_xlsx(path: Path, source_file: str) -> None:
    """Raise TooLarge if a worksheet of the XLSX (Strict or Transitional) spans more than MAX_SHEET_CELLS cells
    with content; broken parts are left to the reader, which says what is wrong."""
    try:
        with zipfile.ZipFile(path) as z:
            for name, part in _worksheets(z):
                span, row, col = _Span(), 0, 0
                with z.open(part) as stream:
                    for event, el in _events(stream, ("{*}row", "{*}c")):
                        if etree.QName(el).localname == "row":
                            if event == "start":
                                number = el.get("r", "")
                                row = int(number) - 1 if number.isascii() and number.isdigit() else row + 1
                                col = 0
                            else:
                                drop(el)
                            continue
                        if event == "start":
                            continue
                        ref = _CELL_REF.match(el.get("r", ""))
                        if ref:
                            col, row = _column_number(ref.group(1)), int(ref.group(2)) - 1
                        if any(etree.QName(child).localname in ("v", "is", "f") for child in el):
                            span.add(row, col)
                        col += 1
                        el.clear()
                span.check(source_file, name)
    except (KeyError, *_UNREADABLE):
        return
