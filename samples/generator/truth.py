"""truth.csv: one row per tiltak as it stands in one report, in document order.

Written from what the writers report they printed, never from the plan, so a writer that drops a
field (prose reports print no ansvarlig) is reflected here. tiltak text is whitespace-collapsed.
A report that is not counted (an older version of a report, a document that is no member report)
adds no rows: the run must count its rows nowhere.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .model import Item, Report, collapse
from .seed import load_seed

COLUMNS = ("source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
           "beskrivelse")


@dataclass(frozen=True)
class TruthRow:
    source_file: str
    member: str
    tiltak: str
    seed_row: int
    delmal: str
    type: str
    ansvarlig: str
    samarbeidspartnere: str
    beskrivelse: str = ""


def rows_for(report: Report, written: list[Item]) -> list[TruthRow]:
    return [
        TruthRow(report.file_name, report.member, collapse(it.tiltak), it.seed_row, it.delmal, it.type,
                 collapse(it.ansvarlig), collapse(it.samarbeidspartnere), collapse(it.beskrivelse))
        for it in written
    ] if report.counted else []


def check_truth(rows: list[TruthRow]) -> None:
    """Every seed row at least once, canonical coding equal to the seed's."""
    seed = load_seed()
    missing = sorted(set(seed) - {r.seed_row for r in rows})
    wrong = [r for r in rows if (r.delmal, r.type) != (seed[r.seed_row].delmal, seed[r.seed_row].type)]
    if missing or wrong:
        raise ValueError(f"truth incomplete: missing seed rows {missing}; miscoded {wrong}")


def write_truth(rows: list[TruthRow], path: Path) -> None:
    # "\n" line ends: the committed file diffs cleanly and is byte-identical on every platform.
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([getattr(r, c) for c in COLUMNS])


def read_truth(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))
