"""What `tiltak history import` reads into the history: a register.csv, a matrix (Vedlegg 2 as DOCX or
CSV) or published counts, each checked row by row, and never one member's own report as a whole year.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path
from typing import Sequence

from normalise.orgs import OrgMatcher

from tiltak_core.errors import HistoryError
from .history import History, HistoryRow, YearInfo
from .outputs.safe import spreadsheet_unsafe

KINDS = ("register", "matrix", "counts")
_CODE = re.compile(r"^\d+\.\d+$")
_LEADING_CODE = re.compile(r"^\s*(\d+\.\d+)")
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
        values = {(k or "").strip(): spreadsheet_unsafe((v or "").strip())
                  for k, v in row.items() if not isinstance(v, list)}
        if any(values.values()):
            rows.append((reader.line_num, values))
    return rows


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


# -------------------------------------------------------------------------------- importing
def import_register_csv(history: History, path: Path, year: int, partial: bool = False) -> int:
    return history.store(year, read_register_csv(path), source=str(path), partial=partial)


def import_matrix(history: History, path: Path, year: int, partial: bool = False) -> int:
    rows = read_matrix_docx(path, year) if _is_zip(path) else read_matrix_csv(path, year)
    return history.store(year, rows, source=str(path), partial=partial)


def import_counts_csv(history: History, path: Path, year: int) -> None:
    history.import_counts(year, *read_counts_csv(path), source=str(path))


def one_members_report(path: Path, rows: Sequence[HistoryRow], orgs: OrgMatcher) -> str:
    """The council member whose own report this looks like, or "" for what looks like a whole year: the file
    is named for one member, or more than half its tiltak come from (register) or belong to (matrix) one."""
    named = orgs.find_member("", "", path.name).name
    if named:
        return named
    who: Counter[str] = Counter()
    for r in rows:
        names = r.rapportert_av or r.ansvarlig[:1]
        members = {orgs.member_of(n) or n for n in names} if r.rapportert_av else set().union(
            *(orgs.members_named(n) for n in names))
        who.update(members)
    top = who.most_common(1)
    return top[0][0] if top and top[0][1] * 2 > len(rows) else ""


def import_file(history: History, path: Path, year: int, orgs: OrgMatcher, kind: str | None = None,
                partial: bool = False) -> tuple[YearInfo, YearInfo | None]:
    """Import a register.csv, a matrix (DOCX or CSV) or a counts CSV, the kind guessed when not given; a member's
    own report is refused unless `partial` (--delvis). Returns the year as stored and what it replaced."""
    kind = kind or guess_kind(path)
    if kind not in KINDS:
        raise HistoryError(f"{path}: ukjent slag '{kind}'; bruk et av {', '.join(KINDS)}")
    replaced = history.info(year)
    if kind == "counts":
        import_counts_csv(history, path, year)
    else:
        rows = read_register_csv(path) if kind == "register" else (
            read_matrix_docx(path, year) if _is_zip(path) else read_matrix_csv(path, year))
        member = "" if partial else one_members_report(path, rows, orgs)
        if member:
            raise HistoryError(f"{path}: ser ut som rapporten fra {member} alene ({len(rows)} tiltak), ikke hele "
                               f"året; historikken er uendret. Importer registeret eller matrisen for hele {year}, "
                               "eller bruk --delvis for å lagre denne som et delvis år")
        history.store(year, rows, source=str(path), partial=partial)
    stored = history.info(year)
    assert stored is not None
    return stored, replaced
