"""A SQLite database (a small registration app's file) read as its owner reads it: its views, else its tables.

A view is the report the database's owner prepared («v_kpr_rapport_2074»: the joins made, the year chosen); without
one, each table that no other table looks up in is read with its lookups resolved (`enhet_id` → the unit's name) and
the names a link table gives it (tiltak ↔ partner) in a column of their own. The file is opened read-only and
immutable, so reading it never writes beside it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from contextlib import closing
from pathlib import Path
from typing import Any

from tiltak_core.errors import DamagedFile, TooLarge

from .content import Content, TableBlock
from .registry import ParseOptions, register

MAX_ROWS = 5000  # of one view or table: a register of measures, not a log
_STEPS = 50_000_000  # virtual machine steps all queries may take: a view joining everything to everything stops
_FIX = "Be om tiltakene som Excel-eksport (velg «Eksporter» i programmet), eller om databasen kopiert på nytt"


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return None  # a picture or a file stored in the row: nothing to read as text
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _rows(con: sqlite3.Connection, source: str, name: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    cursor = con.execute(f"SELECT * FROM {_quoted(name)} LIMIT {MAX_ROWS + 1}")
    rows = cursor.fetchall()
    if len(rows) > MAX_ROWS:
        raise TooLarge(source, f"«{name}» i databasen har over {MAX_ROWS} rader", _FIX)
    return [d[0] for d in cursor.description], rows


def _foreign_keys(con: sqlite3.Connection, tables: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """Each table's lookups: (column, table looked up in, column there)."""
    return {t: [(fk[3], fk[2], fk[4] or "rowid") for fk in con.execute(f"PRAGMA foreign_key_list({_quoted(t)})")]
            for t in tables}


def _labels(con: sqlite3.Connection, table: str, key: str) -> dict[Any, str]:
    """A lookup table's key → its first text column that is not the key («delmal.id» → «kode»)."""
    columns = [(c[1], (c[2] or "").upper()) for c in con.execute(f"PRAGMA table_info({_quoted(table)})")]
    text = next((c for c, kind in columns if c != key and ("CHAR" in kind or "TEXT" in kind or not kind)), None)
    if text is None:
        return {}
    return {k: str(v) for k, v in con.execute(f"SELECT {_quoted(key)}, {_quoted(text)} FROM {_quoted(table)}")
            if v is not None}


def _table_block(con: sqlite3.Connection, source: str, table: str, keys: dict[str, list[tuple[str, str, str]]],
                 index: int) -> TableBlock | None:
    """A table with its lookups resolved and the names its link tables give each row; None for a table of pairs."""
    header, rows = _rows(con, source, table)
    if len(header) <= 2:
        return None  # «nokkel | verdi»: the app's settings, not a register
    lookups = {column: _labels(con, target, key) for column, target, key in keys[table]}
    out_header = [c[:-3] if c.lower().endswith("_id") and c in lookups else c for c in header]
    body = [[lookups[c].get(v, _cell(v)) if c in lookups else _cell(v) for c, v in zip(header, row)] for row in rows]
    # A link table (tiltak_partner: tiltak_id, partner_id) gives each row the names it links it to.
    own_key = next((c[1] for c in con.execute(f"PRAGMA table_info({_quoted(table)})") if c[5]), "rowid")
    own = [row[header.index(own_key)] if own_key in header else None for row in rows]
    for link, links in keys.items():
        ours = [column for column, target, _ in links if target == table]
        others = [(column, target, key) for column, target, key in links if target != table]
        if link == table or len(ours) != 1 or len(others) != 1:
            continue
        names = _labels(con, others[0][1], others[0][2])
        given: dict[Any, list[str]] = defaultdict(list)
        # «rekkefolge» beside the two keys: the order the names are given in.
        order = [c[1] for c in con.execute(f"PRAGMA table_info({_quoted(link)})") if c[1] not in (ours[0], others[0][0])]
        by = f" ORDER BY {_quoted(order[0])}" if order else ""
        for mine, theirs in con.execute(f"SELECT {_quoted(ours[0])}, {_quoted(others[0][0])} FROM {_quoted(link)}{by}"):
            if theirs in names:
                given[mine].append(names[theirs])
        out_header.append(others[0][1])
        for row, key in zip(body, own):
            row.append(", ".join(given.get(key, [])) or None)
    return TableBlock(None, index, (tuple(out_header), *map(tuple, body)), caption=table)


@register("sqlite")
def parse_sqlite(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A SQLite database: each view a table, or without views each table no other looks up in."""
    steps = [0]

    def budget() -> int:
        steps[0] += 1
        return 1 if steps[0] * 1000 > _STEPS else 0

    try:
        with closing(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)) as con:
            con.set_progress_handler(budget, 1000)
            listed = con.execute("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'table') "
                                 "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid").fetchall()
            blocks, warnings = [], []
            for n, view in enumerate((name for kind, name in listed if kind == "view"), 1):
                try:
                    header, rows = _rows(con, source_file, view)
                except sqlite3.OperationalError:
                    if steps[0] * 1000 > _STEPS:
                        raise
                    # A view naming a table since dropped: the others may still be the report.
                    warnings.append(f"{source_file}: visningen «{view}» i databasen kan ikke leses (den viser til noe "
                                    "som ikke finnes), og ble hoppet over")
                    continue
                blocks.append(TableBlock(None, n, (tuple(header), *(tuple(map(_cell, r)) for r in rows)), caption=view))
            if blocks:
                return Content(blocks=tuple(blocks), warnings=tuple(warnings))
            tables = [name for kind, name in listed if kind == "table"]
            keys = _foreign_keys(con, tables)
            linking = {t for t in tables if len(keys[t]) >= 2 and _only_links(con, t, keys[t])}
            looked_up = {target for t, links in keys.items() if t not in linking for _, target, _ in links}
            read = [_table_block(con, source_file, t, keys, n) for n, t in enumerate(tables, 1)
                    if t not in looked_up | linking]
            return Content(blocks=tuple(b for b in read if b is not None), warnings=tuple(warnings))
    except sqlite3.OperationalError as exc:
        if steps[0] * 1000 > _STEPS:
            raise TooLarge(source_file, "databasen er for tung å lese (en visning tar for lang tid)", _FIX) from exc
        raise DamagedFile(source_file, "databasen kan ikke leses (skadet eller kryptert)", _FIX) from exc
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(source_file, "databasen kan ikke leses (skadet eller kryptert)", _FIX) from exc


def _only_links(con: sqlite3.Connection, table: str, links: list[tuple[str, str, str]]) -> bool:
    """Whether a table only links rows of others (its columns their keys and an order)."""
    columns = [c[1] for c in con.execute(f"PRAGMA table_info({_quoted(table)})")]
    return len(columns) - len(links) <= 1
