"""A LibreOffice Base database (.odb) read as its tables, each linked value shown as the row it links to.

Base keeps an embedded HSQLDB database as SQL text in the package («database/script», read by hsqldb.py). A column
that looks a row up in another table (a declared foreign key, or «DelmaalID» beside a table «Delmaal») shows that
row's text, «2.1 Digital kompetanse», as a clerk reading the database sees it joined; a table only looked up in is
read through those links, not on its own. A Base file that links to a database elsewhere, or embeds Firebird, holds no data to read here.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from tiltak_core.errors import DamagedFile, TooLarge

from .archive import check_zip
from .content import Content, TableBlock
from .hsqldb import ScriptError, Table, TooManyRows, tables
from .registry import ParseOptions, register

MAX_ROWS = 5000  # of one table: a register of measures, not a log
_DB = "urn:oasis:names:tc:opendocument:xmlns:database:1.0"
_XLINK = "{http://www.w3.org/1999/xlink}href"
_EXPORT = ("Be om tabellene eksportert som regneark (kopier tabellen til LibreOffice Calc og lagre som Excel) eller "
           "som CSV")
_LOOKED_UP = re.compile(r"^(.+?)_?ID$", re.IGNORECASE)
_SHOWN = 3  # cells of a linked row shown in the cell that links to it: its code and its name, mostly


def _source(z: zipfile.ZipFile) -> str:
    """Where the database's data is, as content.xml says: «sdbc:embedded:hsqldb», a server's or a file's address."""
    try:
        root = etree.fromstring(z.read("content.xml"), etree.XMLParser(resolve_entities=False, no_network=True))
    except (KeyError, etree.XMLSyntaxError):
        return ""
    for element in root.iter(f"{{{_DB}}}connection-resource", f"{{{_DB}}}file-based-database",
                             f"{{{_DB}}}server-database"):
        return element.get(_XLINK) or element.get(f"{{{_DB}}}type") or "server"
    return ""


def _script(path: Path, source_file: str, options: ParseOptions) -> tuple[str, bool]:
    """The embedded database's script, and whether its binary data file holds rows; DamagedFile for no data here."""
    check_zip(path, source_file, options, "odb")
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        source = _source(z)
        if "firebird" in source.lower() or "database/firebird.fbk" in names:
            raise DamagedFile(source_file, "Base-filen har dataene sine i en innebygd Firebird-database, som ikke kan "
                              "leses her, så den har ingen lesbare data", _EXPORT)
        if source and source.lower() != "sdbc:embedded:hsqldb" or "database/script" not in names:
            raise DamagedFile(source_file, "Base-filen har ingen data i seg: den peker til en database et annet sted"
                              + (f" ({source})" if source else ""), _EXPORT)
        data = z.getinfo("database/data").file_size if "database/data" in names else 0
        return z.read("database/script").decode("utf-8", errors="replace"), data > 0


def _linked(table: Table, found: dict[str, Table]) -> dict[str, tuple[Table, str]]:
    """The columns of a table that look a row up in another: declared, or named «<Other>ID» / «<Other>_ID» beside a
    table «<Other>» keyed by one column."""
    lower = {name.lower(): t for name, t in found.items()}
    links: dict[str, tuple[Table, str]] = {}
    for column in table.columns:
        other, key = table.links.get(column, ("", ""))
        if not other and (named := _LOOKED_UP.match(column)) and named.group(1).lower() in lower:
            other = lower[named.group(1).lower()].name
        target = found.get(other)
        if target is None or target is table:
            continue
        key = key or (target.key[0] if len(target.key) == 1 else "ID" if "ID" in target.columns else "")
        if key in target.columns:
            links[column] = (target, key)
    return links


def _labels(target: Table, key: str, its_links: dict[str, tuple[Table, str]]) -> dict[str | None, str]:
    """A looked-up table's key → its row's readable text: its first few text cells (else other cells) that are neither
    keys nor links (`its_links`, the target's own), one after another."""
    at = target.columns.index(key)
    own = [c for c in target.columns if c != key and c not in target.key and c not in its_links]
    shown = [target.columns.index(c) for c in [c for c in own if c in target.texts] or own]
    return {row[at]: " ".join(v for v in (row[n] for n in shown[:_SHOWN] if n < len(row)) if v)
            for row in target.rows if at < len(row)}


def _block(table: Table, links_of: dict[str, dict[str, tuple[Table, str]]], index: int) -> TableBlock:
    """The table with each linked value shown as its row's text; `links_of` holds every table's links by its name."""
    links = {column: _labels(target, key, links_of[target.name]) for column, (target, key) in links_of[table.name].items()}
    rows = [tuple(links[c].get(v, v) if c in links and v is not None else v for c, v in zip(table.columns, row))
            for row in table.rows]
    # «DelmålID» showing the delmål's row is the delmål, as the database reader calls «maal_id» «maal».
    header = tuple(named.group(1) if c in links and (named := _LOOKED_UP.match(c)) else c for c in table.columns)
    return TableBlock(None, index, (header, *rows), caption=table.name, records=True)


@register("odb")
def parse_odb(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A LibreOffice Base file: each table of its embedded database, linked values shown as the rows they link to."""
    script, binary_rows = _script(path, source_file, options)
    try:
        found = tables(script, MAX_ROWS)
    except TooManyRows as exc:
        raise TooLarge(source_file, f"tabellen «{exc}» i Base-filen har over {MAX_ROWS} rader", _EXPORT) from exc
    except ScriptError as exc:
        raise DamagedFile(source_file, "Base-filen er skadet (databasens skript kan ikke leses)", _EXPORT) from exc
    # A table only looked up in (the strategy's delmål, a list of units) is read through the tables that look it up, as
    # the SQLite reader does: on its own its rows would pass for measures («2.1 | Digital kompetanse …»).
    links_of = {t.name: _linked(t, found) for t in found.values()}
    looked_up = {target.name for links in links_of.values() for target, _ in links.values()}
    kept = [t for t in found.values() if not (t.name in looked_up and not links_of[t.name])]
    blocks = tuple(_block(t, links_of, n) for n, t in enumerate(kept, 1))
    unread = [t.name for t in found.values() if t.cached and not t.rows] if binary_rows else []
    warnings = (f"{source_file}: radene i {', '.join(f'«{n}»' for n in unread)} ligger i Base-filens binære datafil, "
                f"som ikke leses; {_EXPORT[0].lower()}{_EXPORT[1:]}",) if unread else ()
    return Content(blocks=blocks, warnings=warnings)
