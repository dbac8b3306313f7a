"""Earlier years' registers, kept in one SQLite file so a summary can compare with last year.

A year is stored whole (every tiltak) or, where only published figures exist, as counts per område
and delmål. Storing a year replaces that year and no other, in one transaction.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

import platformdirs

from normalise.catalogue import Catalogue

from tiltak_core.errors import HistoryError
from .summary import YearCounts, year_counts

SCHEMA_VERSION = 1
APPLICATION = "tiltak-historikk"
HISTORY_NAME = "historikk.sqlite"
KINDS = ("register", "matrix", "counts")
REGISTER, COUNTS = "register", "counts"  # how a year is held: every tiltak, or only counts

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE years (year INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('register', 'counts')),
                    source TEXT NOT NULL, stored_at TEXT NOT NULL);
CREATE TABLE tiltak (year INTEGER NOT NULL, position INTEGER NOT NULL, tiltak_id TEXT NOT NULL,
                     omrade TEXT NOT NULL, delmal TEXT NOT NULL, tiltak TEXT NOT NULL, type TEXT NOT NULL,
                     ansvarlig TEXT NOT NULL, samarbeidspartnere TEXT NOT NULL, rapportert_av TEXT NOT NULL,
                     PRIMARY KEY (year, position));
CREATE TABLE counts (year INTEGER NOT NULL, scope TEXT NOT NULL CHECK (scope IN ('omrade', 'delmal')),
                     key TEXT NOT NULL, count INTEGER NOT NULL CHECK (count >= 0), PRIMARY KEY (year, scope, key));
"""
_CODE = re.compile(r"^\d+\.\d+$")
_LEADING_CODE = re.compile(r"^\s*(\d+\.\d+)")
# spreadsheet_safe puts an apostrophe before these; an import takes it off again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class HistoryRow:
    """One tiltak of a stored year: the register's columns the summary and the matrix need."""

    tiltak_id: str
    omrade: str
    delmal: str
    tiltak: str
    type: str
    ansvarlig: tuple[str, ...] = ()
    samarbeidspartnere: tuple[str, ...] = ()
    rapportert_av: tuple[str, ...] = ()

    @classmethod
    def of(cls, entry: object) -> "HistoryRow":
        fields = ("tiltak_id", "omrade", "delmal", "tiltak", "type")
        lists = ("ansvarlig", "samarbeidspartnere", "rapportert_av")
        return cls(*(getattr(entry, f) for f in fields), *(tuple(getattr(entry, f)) for f in lists))


@dataclass(frozen=True)
class YearInfo:
    year: int
    kind: str  # REGISTER or COUNTS
    source: str
    stored_at: str
    tiltak: int | None  # None when only some counts are known


def default_history_path() -> Path:
    return Path(platformdirs.user_data_dir("tiltak")) / HISTORY_NAME


class History:
    """`with History(path) as h:` the years stored in one SQLite file (created on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are begun and ended here, explicitly.
            self._db = sqlite3.connect(self.path, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(f"{self.path}: historikken kan ikke åpnes ({exc}); oppgi en annen fil med --history") from exc
        try:
            self._prepare()
        except sqlite3.Error as exc:
            self._db.close()
            raise HistoryError(f"{self.path}: er ikke en tiltak-historikk ({exc}); oppgi en annen fil med --history") from exc
        except HistoryError:
            self._db.close()
            raise

    def __enter__(self) -> "History":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def _prepare(self) -> None:
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            with self._transaction():
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    self._db.execute(statement)
                self._db.executemany("INSERT INTO meta VALUES (?, ?)",
                                     [("application", APPLICATION), ("schema_version", str(SCHEMA_VERSION))])
            return
        meta = dict(self._db.execute("SELECT key, value FROM meta")) if "meta" in tables else {}
        if meta.get("application") != APPLICATION:
            raise HistoryError(f"{self.path}: denne SQLite-filen er ikke en tiltak-historikk; oppgi en annen fil med --history")
        version = int(meta.get("schema_version", "0"))
        if version > SCHEMA_VERSION:
            raise HistoryError(f"{self.path}: historikken er skrevet av en nyere tiltak (skjema {version}, "
                               f"denne leser {SCHEMA_VERSION}); oppdater tiltak")
        # Schema 1 is the first; later versions add their migrations here, in order.

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _replace(self, year: int, kind: str, source: str) -> None:
        """Within a transaction: forget everything about `year`, then record how it is now held."""
        for table in ("tiltak", "counts", "years"):
            self._db.execute(f"DELETE FROM {table} WHERE year = ?", (year,))
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self._db.execute("INSERT INTO years VALUES (?, ?, ?, ?)", (year, kind, source, stamp))

    # ---------------------------------------------------------------------------- writing
    def store(self, year: int, register_rows: Iterable[object], source: str = "tiltak run") -> int:
        """Replace `year` with these tiltak (RegisterEntry or HistoryRow); other years are untouched."""
        rows = [HistoryRow.of(r) for r in register_rows]
        try:
            with self._transaction():
                self._replace(year, REGISTER, source)
                self._db.executemany(
                    "INSERT INTO tiltak VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(year, i, r.tiltak_id, r.omrade, r.delmal, r.tiltak, r.type, json.dumps(list(r.ansvarlig), ensure_ascii=False),
                      json.dumps(list(r.samarbeidspartnere), ensure_ascii=False),
                      json.dumps(list(r.rapportert_av), ensure_ascii=False)) for i, r in enumerate(rows, 1)],
                )
        except sqlite3.Error as exc:
            raise HistoryError(f"{self.path}: året {year} kunne ikke lagres ({exc}); historikken er uendret") from exc
        return len(rows)

    def import_counts(self, year: int, per_omrade: Mapping[str, int], per_delmal: Mapping[str, int],
                      source: str = "antall") -> None:
        """Replace `year` with published counts only (a key left out stays unknown, not zero)."""
        for scope, counts in (("omrade", per_omrade), ("delmal", per_delmal)):
            for key, count in counts.items():
                if not isinstance(count, int) or count < 0:
                    raise HistoryError(f"{source}: {scope} {key}: antallet må være et helt tall, 0 eller mer, ikke {count!r}")
        try:
            with self._transaction():
                self._replace(year, COUNTS, source)
                self._db.executemany("INSERT INTO counts VALUES (?, ?, ?, ?)",
                                     [(year, "omrade", k, n) for k, n in per_omrade.items()]
                                     + [(year, "delmal", k, n) for k, n in per_delmal.items()])
        except sqlite3.Error as exc:
            raise HistoryError(f"{self.path}: året {year} kunne ikke lagres ({exc}); historikken er uendret") from exc

    def import_register_csv(self, path: Path, year: int) -> int:
        return self.store(year, read_register_csv(path), source=str(path))

    def import_matrix(self, path: Path, year: int) -> int:
        rows = read_matrix_docx(path, year) if _is_zip(path) else read_matrix_csv(path, year)
        return self.store(year, rows, source=str(path))

    def import_counts_csv(self, path: Path, year: int) -> None:
        self.import_counts(year, *read_counts_csv(path), source=str(path))

    def import_file(self, path: Path, year: int, kind: str | None = None) -> YearInfo:
        """Import a register.csv, a matrix (DOCX or CSV) or a counts CSV; the kind is guessed when not given."""
        kind = kind or guess_kind(path)
        if kind not in KINDS:
            raise HistoryError(f"{path}: ukjent slag '{kind}'; bruk et av {', '.join(KINDS)}")
        {"register": self.import_register_csv, "matrix": self.import_matrix, "counts": self.import_counts_csv}[kind](path, year)
        return next(i for i in self.describe() if i.year == year)

    # ---------------------------------------------------------------------------- reading
    def years(self) -> tuple[int, ...]:
        return tuple(r[0] for r in self._db.execute("SELECT year FROM years ORDER BY year"))

    def describe(self) -> tuple[YearInfo, ...]:
        rows = self._db.execute(
            "SELECT y.year, y.kind, y.source, y.stored_at, "
            "CASE y.kind WHEN 'register' THEN (SELECT COUNT(*) FROM tiltak t WHERE t.year = y.year) END "
            "FROM years y ORDER BY y.year")
        return tuple(YearInfo(*r) for r in rows)

    def kind(self, year: int) -> str | None:
        row = self._db.execute("SELECT kind FROM years WHERE year = ?", (year,)).fetchone()
        return row[0] if row else None

    def load(self, year: int) -> list[HistoryRow]:
        """The stored tiltak of `year` in their order; empty if the year is unknown or held as counts."""
        rows = self._db.execute(
            "SELECT tiltak_id, omrade, delmal, tiltak, type, ansvarlig, samarbeidspartnere, rapportert_av "
            "FROM tiltak WHERE year = ? ORDER BY position", (year,))
        return [HistoryRow(*r[:5], *(tuple(json.loads(v)) for v in r[5:])) for r in rows]

    def counts(self, year: int, catalogue: Catalogue) -> YearCounts | None:
        """`year`'s tiltak per område and delmål, from its tiltak or its counts; None if not stored."""
        kind = self.kind(year)
        if kind == REGISTER:
            return year_counts(year, self.load(year), catalogue)
        if kind == COUNTS:
            found: dict[str, dict[str, int]] = {"omrade": {}, "delmal": {}}
            for scope, key, count in self._db.execute("SELECT scope, key, count FROM counts WHERE year = ?", (year,)):
                found[scope][key] = count
            return YearCounts(year, found["omrade"], found["delmal"], complete=False)
        return None


def open_history(path: Path | None) -> History:
    return History(path or default_history_path())


# -------------------------------------------------------------------------------- file readers
def _is_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError as exc:
        raise HistoryError(f"{path}: kan ikke leses ({exc.strerror})") from exc


def _read_csv(path: Path, required: Sequence[str], what: str) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) for each non-blank row; the delimiter Excel chose (',' ';' or tab) is detected."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HistoryError(f"{path}: er ikke UTF-8-tekst ({exc.reason} ved byte {exc.start}); lagre den som CSV UTF-8") from exc
    except OSError as exc:
        raise HistoryError(f"{path}: kan ikke leses ({exc.strerror})") from exc
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in required if c not in header]
    if missing:
        raise HistoryError(f"{path}: ikke {what}: kolonnen(e) {', '.join(missing)} mangler "
                           f"(fant: {', '.join(header) or 'ingenting'})")
    rows = []
    for row in reader:
        values = {(k or "").strip(): _unsafe((v or "").strip()) for k, v in row.items() if not isinstance(v, list)}
        if any(values.values()):
            rows.append((reader.line_num, values))
    return rows


def _unsafe(value: str) -> str:
    """Undo spreadsheet_safe's apostrophe, so an imported name is stored as written."""
    return value[1:] if value.startswith("'") and value[1:].lstrip(" ").startswith(_FORMULA_START) else value


def _names(text: str, separators: str = ",;") -> tuple[str, ...]:
    return tuple(n.strip() for n in re.split(f"[{separators}]", text) if n.strip())


def _code(path: Path, line: int, value: str) -> str:
    if value and not _CODE.match(value):
        raise HistoryError(f"{path}, rad {line}: delmål '{value}' er ikke en kode som 1.2")
    return value


def _omrade(code: str) -> str:
    # The catalogue checks that every delmål code lies under its område ("2.4" under "2").
    return code.split(".")[0] if code else ""


def read_register_csv(path: Path) -> list[HistoryRow]:
    """The tiltak of a register.csv as `tiltak run` writes it."""
    columns = ("tiltak_id", "omrade", "delmal", "tiltak", "type", "ansvarlig", "samarbeidspartnere", "rapportert_av")
    rows = []
    for line, r in _read_csv(path, columns, "en register.csv"):
        if not r["tiltak"]:
            raise HistoryError(f"{path}, rad {line}: tiltak-kolonnen er tom")
        code = _code(path, line, r["delmal"])
        rows.append(HistoryRow(r["tiltak_id"], r["omrade"] or _omrade(code), code, r["tiltak"], r["type"],
                               _names(r["ansvarlig"], ","), _names(r["samarbeidspartnere"], ","),
                               _names(r["rapportert_av"], ";")))
    return rows


def read_matrix_csv(path: Path, year: int) -> list[HistoryRow]:
    """A matrix as CSV with the columns delmal, tiltak, type, ansvarlig, samarbeidspartnere (row optional)."""
    rows = []
    for n, (line, r) in enumerate(_read_csv(path, ("delmal", "tiltak", "type", "ansvarlig", "samarbeidspartnere"), "en matrise"), 1):
        if not r["tiltak"]:
            raise HistoryError(f"{path}, rad {line}: tiltak-kolonnen er tom")
        code = _code(path, line, r["delmal"])
        number = r.get("row") or str(n)
        rows.append(HistoryRow(f"{year}-{number}", _omrade(code), code, r["tiltak"], r["type"],
                               _names(r["ansvarlig"]), _names(r["samarbeidspartnere"])))
    return rows


def read_matrix_docx(path: Path, year: int) -> list[HistoryRow]:
    """The tiltak of a matrix.docx as we write it (Vedlegg 2): every table headed Delmål | Tiltak | …"""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from .outputs.matrix_docx import HEADERS, NO_TILTAK

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise HistoryError(f"{path}: er ikke et Word-dokument som kan leses ({exc})") from exc
    keys = ("delmal", "tiltak", "type", "ansvarlig", "samarbeidspartnere")
    rows: list[HistoryRow] = []
    for table in document.tables:
        header = [c.text.strip() for c in table.rows[0].cells]
        if header[: len(keys)] != list(HEADERS[: len(keys)]):
            continue
        for row in table.rows[1:]:
            cells = dict(zip(keys, (c.text.strip() for c in row.cells)))
            if cells["tiltak"] in ("", NO_TILTAK) or list(cells.values()) == header[: len(keys)]:
                continue
            # No code: a row of the matrix's "without delmål" table, kept as unplaced.
            m = _LEADING_CODE.match(cells["delmal"])
            code = m.group(1) if m else ""
            rows.append(HistoryRow(f"{year}-{len(rows) + 1}", _omrade(code), code, cells["tiltak"],
                                   cells["type"], _names(cells["ansvarlig"]), _names(cells["samarbeidspartnere"])))
    if not rows:
        raise HistoryError(f"{path}: ingen tabell med kolonnene {' | '.join(HEADERS[:len(keys)])} og tiltak i")
    return rows


def read_counts_csv(path: Path) -> tuple[dict[str, int], dict[str, int]]:
    """A CSV `scope,key,count` (omrade,1,24 / delmal,1.2,4) as per-område and per-delmål counts."""
    found: dict[str, dict[str, int]] = {"omrade": {}, "delmal": {}}
    for line, r in _read_csv(path, ("scope", "key", "count"), "en fil med antall (scope,key,count)"):
        scope, key, count = r["scope"].lower(), r["key"], r["count"]
        if scope not in found:
            raise HistoryError(f"{path}, rad {line}: scope '{r['scope']}' må være omrade eller delmal")
        if not key or (scope == "delmal" and not _CODE.match(key)):
            raise HistoryError(f"{path}, rad {line}: '{key}' er ikke en gyldig nøkkel for {scope}")
        if not count.isdigit():
            raise HistoryError(f"{path}, rad {line}: antallet '{count}' er ikke et helt tall, 0 eller mer")
        if key in found[scope]:
            raise HistoryError(f"{path}, rad {line}: {scope} {key} er oppgitt to ganger")
        found[scope][key] = int(count)
    return found["omrade"], found["delmal"]


def guess_kind(path: Path) -> str:
    """register, matrix or counts, from the file's content."""
    if _is_zip(path):
        return "matrix"
    try:
        with open(path, encoding="utf-8-sig") as f:
            header = {h.strip() for h in re.split(r"[,;\t]", f.readline())}
    except (OSError, UnicodeDecodeError) as exc:
        raise HistoryError(f"{path}: kan ikke leses som CSV ({exc})") from exc
    if {"scope", "key", "count"} <= header:
        return "counts"
    if "tiltak_id" in header:
        return "register"
    if {"delmal", "tiltak"} <= header:
        return "matrix"
    raise HistoryError(f"{path}: kan ikke se hva slags fil dette er; oppgi --kind {'|'.join(KINDS)}")
