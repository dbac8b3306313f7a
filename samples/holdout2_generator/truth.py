"""truth.csv from what the writers printed, and the checks that the plan keeps its promises: every
row coded as its measure, shared councils reported by several members, joint measures by exactly
their members, near-misses and traps by one member each, every measure used."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from .measures import MEASURES
from .model import TYPES, Item, Report, collapse
from .plan import coded_items

COLUMNS = ("source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
           "beskrivelse")
LEAST_COUNCIL_MEMBERS = 3


def rows_for(report: Report, printed: list[Item]) -> list[list[str]]:
    if not report.counts:
        return []
    return [[report.file_name, report.member, collapse(it.tiltak), it.measure, MEASURES[it.measure].delmal,
             MEASURES[it.measure].type, collapse(it.ansvarlig), collapse(it.partnere), collapse(it.beskrivelse)]
            for it in printed]


def check(reports: list[Report], rows: list[list[str]]) -> None:
    """Raise when the truth breaks the plan."""
    problems = []
    for report in reports:
        for code, it in coded_items(report):
            if it.measure and MEASURES[it.measure].delmal != code:
                problems.append(f"{report.file_name}: {it.measure} printed under {code}, measure says "
                                f"{MEASURES[it.measure].delmal}")
    reporters: dict[str, set[str]] = defaultdict(set)
    per_file: dict[tuple[str, str], int] = defaultdict(int)
    for source, member, tiltak, mid, _, typ, *_ in rows:
        if typ not in TYPES or not tiltak:
            problems.append(f"{source}: {mid} has no text or a type outside the six")
        reporters[mid].add(member)
        per_file[(source, mid)] += 1
    problems += [f"{src}: {mid} twice" for (src, mid), n in per_file.items() if n > 1]
    for m in MEASURES.values():
        who = reporters[m.id]
        if m.kind == "council" and len(who) < LEAST_COUNCIL_MEMBERS:
            problems.append(f"council {m.council} reported by {sorted(who)}")
        if m.kind == "joint" and who != set(m.members):
            problems.append(f"joint {m.id} reported by {sorted(who)}, plan says {sorted(m.members)}")
        if m.kind in ("near", "trap", "own") and len(who) != 1:
            problems.append(f"{m.kind} {m.id} reported by {sorted(who)}")
    if problems:
        raise ValueError("the round's truth breaks its plan:\n" + "\n".join(problems))


def write(rows: list[list[str]], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(COLUMNS)
        out.writerows(rows)
