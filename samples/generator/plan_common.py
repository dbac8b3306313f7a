"""What the invented rounds (2019, 2020) share: measures with ids, items built from them, and the checks
that every plan and truth file keeps its measures straight.

A measure is a shared council (one tiltak, reported by several members in their own words), a joint
measure (exactly two members, each naming the other) or a member's own measure (one report only).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Item, Report
from .seed import DELMAL, TYPES


@dataclass(frozen=True)
class Measure:
    id: str
    delmal: str
    type: str
    kind: str  # "council", "joint" or "own"
    about: str  # a note for people reading the plan; never printed


def measure_item(measures: dict[str, Measure], mid: str, tiltak: str, ansvarlig: str = "", partnere: str = "",
                 type_written: str = "", status: str = "", beskrivelse: str = "") -> Item:
    m = measures[mid]
    # seed_row holds the measure id (a str here; 2018's seed rows are ints): truth.csv writes either.
    return Item(seed_row=mid, delmal=m.delmal, tiltak=tiltak, type=m.type,  # type: ignore[arg-type]
                ansvarlig=ansvarlig, samarbeidspartnere=partnere, type_written=type_written, status=status,
                beskrivelse=beskrivelse)


def ordered(items: list[Item]) -> tuple[Item, ...]:
    """Grouped by delmål in the strategy's order; plan order kept within a delmål."""
    return tuple(sorted(items, key=lambda i: tuple(int(p) for p in i.delmal.split("."))))


def check_plan(plan: list[Report], measures: dict[str, Measure], joint: dict[str, tuple[str, str]],
               councils: dict[str, str], council_min: dict[str, int], label: str) -> None:
    """Every measure in a counted report; own measures in exactly one, joint in exactly the two named
    members' (each naming the other), councils in at least their minimum; coding always the measure's.
    Reports that are not counted (older versions) may only repeat measures their member counts elsewhere."""
    problems = []
    seen: dict[str, list[Report]] = {}
    counted_members = {r.member for r in plan if r.counted}
    for rep in plan:
        for it in rep.items:
            m = measures.get(str(it.seed_row))
            if m is None:
                problems.append(f"{rep.file_name}: unknown measure {it.seed_row}")
                continue
            if (it.delmal, it.type) != (m.delmal, m.type) or it.delmal not in DELMAL or it.type not in TYPES:
                problems.append(f"{rep.file_name}: {m.id} coded {it.delmal}/{it.type}")
            if rep.counted:
                seen.setdefault(m.id, []).append(rep)
            elif rep.member not in counted_members:
                problems.append(f"{rep.file_name}: an uncounted report of a member with no counted one")
    for mid, m in measures.items():
        reps = seen.get(mid, [])
        members = [r.member for r in reps]
        if not reps:
            problems.append(f"{mid} in no counted report")
        elif m.kind == "own" and len(reps) != 1:
            problems.append(f"{mid} is own but in {members}")
        elif m.kind == "joint":
            if sorted(members) != sorted(joint[mid]):
                problems.append(f"joint {mid} in {members}, planned {joint[mid]}")
            for rep in reps:
                other = next(x for x in joint[mid] if x != rep.member)
                it = next(i for i in rep.items if i.seed_row == mid)
                # The other member is named as ansvarlig or partner (by its short name).
                short = other.split()[0]
                if short not in f"{it.ansvarlig} {it.samarbeidspartnere}":
                    problems.append(f"{rep.file_name}: joint {mid} does not name {other}")
        if len(set(members)) != len(members):
            problems.append(f"{mid} twice in one member's reports")
    for council, mid in councils.items():
        if len(seen.get(mid, [])) < council_min[council]:
            problems.append(f"{council} in fewer than {council_min[council]} reports")
    names = [r.file_name for r in plan]
    if len(set(names)) != len(names):
        problems.append("duplicate file names")
    if problems:
        raise ValueError(f"{label} is inconsistent:\n" + "\n".join(problems))


def check_truth(rows: list, measures: dict[str, Measure], label: str) -> None:
    """truth.csv of a round: every measure at least once, every row coded as its measure."""
    missing = sorted(set(measures) - {r.seed_row for r in rows})
    wrong = [r for r in rows if (r.delmal, r.type) != (measures[r.seed_row].delmal, measures[r.seed_row].type)]
    if missing or wrong:
        raise ValueError(f"{label} truth incomplete: missing measures {missing}; miscoded {wrong}")
