"""truth.csv of the held-out round, written from what the writers say they printed, and the checks
that the plan keeps what it promises (shared councils, joint measures, near-misses, traps)."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from .measures import COUNCILS, JOINT, MEASURES, NEAR, TRAPS
from .model import TYPES, Item, Report, collapse

COLUMNS = ("source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere")


def rows_for(report: Report, printed: list[Item]) -> list[list[str]]:
    if not report.counts:
        return []
    return [[report.file_name, report.member, collapse(it.tiltak), it.measure, it.delmal, it.type,
             collapse(it.ansvarlig), collapse(it.partnere)] for it in printed]


def check(rows: list[list[str]]) -> None:
    """Raise when the truth breaks the plan's promises."""
    problems = []
    reporters: dict[str, set[str]] = defaultdict(set)
    per_file: dict[tuple[str, str], int] = defaultdict(int)
    for source, member, tiltak, mid, delmal, typ, _, _ in rows:
        m = MEASURES[mid]
        if (delmal, typ) != (m.delmal, m.type) or typ not in TYPES:
            problems.append(f"{source}: {mid} coded {delmal}/{typ}, measure says {m.delmal}/{m.type}")
        if not tiltak:
            problems.append(f"{source}: {mid} has no text")
        reporters[mid].add(member)
        per_file[(source, mid)] += 1
    problems += [f"{src}: {mid} twice" for (src, mid), n in per_file.items() if n > 1]
    for council, (mid, least) in COUNCILS.items():
        if len(reporters[mid]) < least:
            problems.append(f"{council} reported by {len(reporters[mid])} members, plan says at least {least}")
    for mid, members in JOINT.items():
        if reporters[mid] != set(members):
            problems.append(f"joint {mid} reported by {sorted(reporters[mid])}, plan says {members}")
    for mid in list(NEAR) + list(TRAPS):
        if len(reporters[mid]) != 1:
            problems.append(f"{mid} must be one member's own measure")
    unused = sorted(set(MEASURES) - set(reporters))
    if unused:
        problems.append(f"measures no report carries: {unused}")
    if problems:
        raise ValueError("held-out truth breaks the plan:\n" + "\n".join(problems))


def write(rows: list[list[str]], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(COLUMNS)
        out.writerows(rows)
