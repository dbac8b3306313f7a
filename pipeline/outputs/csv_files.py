"""extracted.csv and register.csv: the column contracts other tools rely on.

The column names stay English and stable for scripts; the files are UTF-8 with a byte order mark,
without which Excel reads them as the local 8-bit code page and shows "RÃ¥d" for "Råd". People
open register.xlsx instead, where delmål are text and nothing is turned into a date.
"""

from __future__ import annotations

import csv
from pathlib import Path

from tiltak_core.records import RegisterEntry, Tiltak
from .safe import spreadsheet_safe

EXTRACTED_COLUMNS = (
    "kilde", "source_file", "member", "page", "delmal", "tiltak", "type", "ansvarlig", "samarbeidspartnere",
    "beskrivelse", "delmal_raw", "type_raw", "delmal_confidence", "type_confidence", "ekstra", "lesing", "status",
    "forrige_tiltak_id",
)
REGISTER_COLUMNS = (
    "tiltak_id", "omrade", "delmal", "tiltak", "type", "ansvarlig", "samarbeidspartnere", "beskrivelse",
    "rapportert_av", "kilder", "confidence", "needs_review", "merknader", "forrige_tiltak_id", "status",
)


def yes_no(flag: bool) -> str:
    return "ja" if flag else "nei"


# "utf-8-sig" writes the byte order mark, and reads a file with or without one.
ENCODING = "utf-8-sig"


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV as this module writes it (or as written by hand, with or without a BOM)."""
    with open(path, encoding=ENCODING, newline="") as f:
        return list(csv.DictReader(f))


def _write(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with open(path, "w", encoding=ENCODING, newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: spreadsheet_safe(v) for k, v in row.items()})


def extracted_row(t: Tiltak) -> dict:
    raw, prov = t.row.raw, t.row.provenance
    return {
        "kilde": t.kilde,
        "source_file": prov.source_file,
        "member": t.member,
        "page": prov.page if prov.page is not None else "",
        "delmal": t.delmal.value,
        "tiltak": raw.get("tiltak"),
        "type": t.type.value,
        "ansvarlig": raw.get("ansvarlig"),
        "samarbeidspartnere": raw.get("samarbeidspartnere"),
        "beskrivelse": raw.get("beskrivelse"),
        "delmal_raw": raw.get("delmal"),
        "type_raw": raw.get("type"),
        "delmal_confidence": f"{t.delmal.confidence:.3f}",
        "type_confidence": f"{t.type.confidence:.3f}",
        "ekstra": " | ".join(f"{k}: {v}" for k, v in raw.extra),
        "lesing": " | ".join(raw.evidence),  # how the row was read: each column's role and why
        "status": raw.status,
        "forrige_tiltak_id": raw.forrige_tiltak_id,
    }


def description(e: RegisterEntry) -> str:
    """The description given beside the tiltak: from the row whose text the register shows, else any row."""
    given = [(t.text == e.tiltak, t.row.raw.get("beskrivelse")) for t in e.rows if t.row.raw.get("beskrivelse")]
    return max(given, key=lambda g: g[0])[1] if given else ""


def register_row(e: RegisterEntry) -> dict:
    return {
        "tiltak_id": e.tiltak_id,
        "omrade": e.omrade,
        "delmal": e.delmal,
        "tiltak": e.tiltak,
        "type": e.type,
        "ansvarlig": ", ".join(e.ansvarlig),
        "samarbeidspartnere": ", ".join(e.samarbeidspartnere),
        "beskrivelse": description(e),
        "rapportert_av": "; ".join(e.rapportert_av),
        "kilder": "; ".join(e.kilder),
        "confidence": f"{e.confidence:.3f}",
        "needs_review": yes_no(e.needs_review),
        "merknader": "; ".join(e.review_reasons),
        "forrige_tiltak_id": e.forrige_tiltak_id,
        "status": e.status,
    }


def write_extracted(path: Path, tiltak: list[Tiltak]) -> None:
    _write(path, EXTRACTED_COLUMNS, [extracted_row(t) for t in tiltak])


def write_register(path: Path, entries: list[RegisterEntry]) -> None:
    _write(path, REGISTER_COLUMNS, [register_row(e) for e in entries])
