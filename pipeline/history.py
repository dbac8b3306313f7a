"""Earlier years' registers, kept in one SQLite file so a summary can compare with last year.

A year is stored whole (every tiltak) or, where only published figures exist, as counts per område
and delmål. Storing a year replaces that year and no other, in one transaction, and records where it
came from (the inbox of the run, or the file imported) and when. A file that fails SQLite's check is
refused as damaged, never half-read.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping

import platformdirs

from normalise.catalogue import Catalogue

from tiltak_core.errors import HistoryError

if TYPE_CHECKING:
    from .summary import YearCounts

SCHEMA_VERSION = 2
APPLICATION = "tiltak-historikk"
HISTORY_NAME = "historikk.sqlite"
REGISTER, COUNTS = "register", "counts"  # how a year is held: every tiltak, or only counts

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE years (year INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('register', 'counts')),
                    source TEXT NOT NULL, stored_at TEXT NOT NULL, inbox TEXT NOT NULL DEFAULT '',
                    partial INTEGER NOT NULL DEFAULT 0);
CREATE TABLE tiltak (year INTEGER NOT NULL, position INTEGER NOT NULL, tiltak_id TEXT NOT NULL,
                     omrade TEXT NOT NULL, delmal TEXT NOT NULL, tiltak TEXT NOT NULL, type TEXT NOT NULL,
                     ansvarlig TEXT NOT NULL, samarbeidspartnere TEXT NOT NULL, rapportert_av TEXT NOT NULL,
                     PRIMARY KEY (year, position));
CREATE TABLE counts (year INTEGER NOT NULL, scope TEXT NOT NULL CHECK (scope IN ('omrade', 'delmal')),
                     key TEXT NOT NULL, count INTEGER NOT NULL CHECK (count >= 0), PRIMARY KEY (year, scope, key));
CREATE TABLE runs (run_id TEXT PRIMARY KEY, year INTEGER NOT NULL, stored_at TEXT NOT NULL);
"""
# Schema 1 -> 2: where each year came from, partial years, and the runs whose outputs went with a store.
_MIGRATE_1 = """
ALTER TABLE years ADD COLUMN inbox TEXT NOT NULL DEFAULT '';
ALTER TABLE years ADD COLUMN partial INTEGER NOT NULL DEFAULT 0;
CREATE TABLE runs (run_id TEXT PRIMARY KEY, year INTEGER NOT NULL, stored_at TEXT NOT NULL);
"""
RUN_SOURCE = "tiltak run"


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
    inbox: str = ""  # the inbox of the run that stored it ("" for an imported year)
    partial: bool = False  # imported with --delvis: not the whole year

    def describe(self) -> str:
        """The year as the secretariat reads it: what is held, from where, and when."""
        held = f"{self.tiltak} tiltak" if self.tiltak is not None else "bare antall per område og delmål"
        where = f"kjøringen over {self.inbox}" if self.inbox else self.source
        return f"{self.year}: {held}{' (delvis)' if self.partial else ''} fra {where}, lagret {self.stored_at}"


@dataclass(frozen=True)
class StorePlan:
    """Whether a run stores its year, and what the secretariat is told about it."""

    store: bool
    replaces: YearInfo | None
    note: str


def default_history_path() -> Path:
    return Path(platformdirs.user_data_dir("tiltak")) / HISTORY_NAME


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _damaged(path: Path, exc: object) -> HistoryError:
    return HistoryError(f"{path}: historikken er skadet ({exc}); legg tilbake en sikkerhetskopi av filen, eller "
                        "flytt den bort og bygg den opp igjen med «tiltak history import»")


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
        except sqlite3.DatabaseError as exc:
            self._db.close()
            if "not a database" in str(exc):
                raise HistoryError(f"{self.path}: er ikke en tiltak-historikk ({exc}); oppgi en annen fil med --history") from exc
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise HistoryError(f"{self.path}: historikken kan ikke skrives til ({exc}); sjekk tilgangen til filen "
                                   "eller oppgi en annen med --history") from exc
            raise _damaged(self.path, exc) from exc
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
        check = [r[0] for r in self._db.execute("PRAGMA quick_check")]
        if check != ["ok"]:
            raise _damaged(self.path, "; ".join(check[:3]))
        if version == 1:
            with self._transaction():
                for statement in filter(str.strip, _MIGRATE_1.split(";")):
                    self._db.execute(statement)
                self._db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def commit(self) -> None:
        self._db.execute("COMMIT")

    def rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    @contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise _damaged(self.path, exc) from exc

    def _replace(self, year: int, kind: str, source: str, inbox: str = "", partial: bool = False) -> None:
        """Within a transaction: forget everything about `year`, then record how it is now held."""
        for table in ("tiltak", "counts", "years"):
            self._db.execute(f"DELETE FROM {table} WHERE year = ?", (year,))
        self._db.execute("INSERT INTO years VALUES (?, ?, ?, ?, ?, ?)", (year, kind, source, _now(), inbox, int(partial)))

    def _insert(self, year: int, rows: list[HistoryRow]) -> None:
        self._db.executemany(
            "INSERT INTO tiltak VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(year, i, r.tiltak_id, r.omrade, r.delmal, r.tiltak, r.type, json.dumps(list(r.ansvarlig), ensure_ascii=False),
              json.dumps(list(r.samarbeidspartnere), ensure_ascii=False),
              json.dumps(list(r.rapportert_av), ensure_ascii=False)) for i, r in enumerate(rows, 1)],
        )

    def _not_stored(self, year: int, exc: sqlite3.Error) -> HistoryError:
        return HistoryError(f"{self.path}: året {year} kunne ikke lagres ({exc}); historikken er uendret")

    # ---------------------------------------------------------------------------- writing
    def store(self, year: int, register_rows: Iterable[object], source: str = RUN_SOURCE, inbox: str = "",
              partial: bool = False) -> int:
        """Replace `year` with these tiltak (RegisterEntry or HistoryRow); other years are untouched."""
        rows = [HistoryRow.of(r) for r in register_rows]
        try:
            with self._transaction():
                self._replace(year, REGISTER, source, inbox, partial)
                self._insert(year, rows)
        except sqlite3.Error as exc:
            raise self._not_stored(year, exc) from exc
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
            raise self._not_stored(year, exc) from exc

    def plan(self, year: int, inbox: Path, force: bool) -> StorePlan:
        """A run stores its year when it is the round's run: the year is new, or was stored by a run over this
        same inbox, or the user said so (--lagre-historikk). Otherwise the year stays as it is."""
        held = self.info(year)
        here = str(Path(inbox).resolve())
        if held is None:
            return StorePlan(True, None, f"{year} er lagret i historikken {self.path} for første gang")
        if held.inbox == here or force:
            return StorePlan(True, held, f"{year} i historikken {self.path} er erstattet; før: {held.describe()}")
        return StorePlan(False, held, f"lagret ikke {year} i historikken {self.path}: der ligger {held.describe()}. "
                                      "Bruk --lagre-historikk for å erstatte det med denne kjøringen")

    def storing(self, year: int, register_rows: Iterable[object], source: str, inbox: str) -> "PendingStore":
        return PendingStore(self, year, [HistoryRow.of(r) for r in register_rows], source, inbox)

    def has_run(self, run_id: str) -> bool:
        with self._reading():
            return self._db.execute("SELECT 1 FROM runs WHERE run_id = ?", (run_id,)).fetchone() is not None

    # ---------------------------------------------------------------------------- reading
    def years(self) -> tuple[int, ...]:
        with self._reading():
            return tuple(r[0] for r in self._db.execute("SELECT year FROM years ORDER BY year"))

    def describe(self) -> tuple[YearInfo, ...]:
        with self._reading():
            rows = self._db.execute(
                "SELECT y.year, y.kind, y.source, y.stored_at, "
                "CASE y.kind WHEN 'register' THEN (SELECT COUNT(*) FROM tiltak t WHERE t.year = y.year) END, "
                "y.inbox, y.partial FROM years y ORDER BY y.year")
            return tuple(YearInfo(year, kind, source, stored_at, count, inbox, bool(partial))
                         for year, kind, source, stored_at, count, inbox, partial in rows)

    def info(self, year: int) -> YearInfo | None:
        return next((i for i in self.describe() if i.year == year), None)

    def kind(self, year: int) -> str | None:
        with self._reading():
            row = self._db.execute("SELECT kind FROM years WHERE year = ?", (year,)).fetchone()
        return row[0] if row else None

    def register(self, year: int) -> tuple[list[HistoryRow], bool] | None:
        """`year`'s stored register and whether it is the whole year; None when the year is not held as a register."""
        info = self.info(year)
        if info is None or info.kind != REGISTER:
            return None
        return self.load(year), not info.partial

    def load(self, year: int) -> list[HistoryRow]:
        """The stored tiltak of `year` in their order; empty if the year is unknown or held as counts."""
        with self._reading():
            rows = self._db.execute(
                "SELECT tiltak_id, omrade, delmal, tiltak, type, ansvarlig, samarbeidspartnere, rapportert_av "
                "FROM tiltak WHERE year = ? ORDER BY position", (year,)).fetchall()
            return [HistoryRow(*r[:5], *(tuple(json.loads(v)) for v in r[5:])) for r in rows]

    def _counts(self, year: int) -> dict[str, dict[str, int]]:
        found: dict[str, dict[str, int]] = {"omrade": {}, "delmal": {}}
        with self._reading():
            for scope, key, count in self._db.execute("SELECT scope, key, count FROM counts WHERE year = ?", (year,)):
                found[scope][key] = count
        return found

    def counts(self, year: int, catalogue: Catalogue) -> YearCounts | None:
        """`year`'s tiltak per område and delmål, from its tiltak or its counts; None if not stored."""
        # Only the publication counts a year: the summary's code is not loaded by a run with nothing new.
        from .summary import YearCounts, year_counts

        info = self.info(year)
        if info is None:
            return None
        if info.kind == REGISTER:
            counts = year_counts(year, self.load(year), catalogue)
            return YearCounts(year, counts.per_omrade, counts.per_delmal, complete=False) if info.partial else counts
        found = self._counts(year)
        return YearCounts(year, found["omrade"], found["delmal"], complete=False)

    def digest(self, year: int) -> str:
        """A digest of what `year` holds, for deciding whether outputs that compare with it are still current."""
        info = self.info(year)
        held = (info.kind, info.partial, self.load(year), sorted(self._counts(year).items())) if info else None
        return hashlib.sha256(repr(held).encode()).hexdigest()


class PendingStore:
    """A year stored inside a transaction the output commit ends: `begin()` writes it, `commit()` makes it
    count, `rollback()` forgets it. The run id it records lets a later start tell whether it was committed."""

    def __init__(self, history: History, year: int, rows: list[HistoryRow], source: str, inbox: str) -> None:
        self.history, self.year, self.rows, self.source, self.inbox = history, year, rows, source, inbox
        self.run_id = uuid.uuid4().hex

    @property
    def path(self) -> Path:
        return self.history.path

    def begin(self) -> None:
        db = self.history._db
        try:
            db.execute("BEGIN IMMEDIATE")
            self.history._replace(self.year, REGISTER, self.source, self.inbox)
            self.history._insert(self.year, self.rows)
            db.execute("INSERT INTO runs VALUES (?, ?, ?)", (self.run_id, self.year, _now()))
        except sqlite3.Error as exc:
            self.history.rollback()
            raise self.history._not_stored(self.year, exc) from exc

    def commit(self) -> None:
        try:
            self.history.commit()
        except sqlite3.Error as exc:
            self.history.rollback()
            raise self.history._not_stored(self.year, exc) from exc

    def rollback(self) -> None:
        self.history.rollback()


def open_history(path: Path | None) -> History:
    return History(path or default_history_path())
