"""README.md for held-out round 51."""
from __future__ import annotations

from collections import Counter

from .common import TYPES


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def write_readme(out, per_file, all_rows):
    L = []
    a = L.append
    a("# Held-out round 51 – reporting year 2071")
    a("")
    a("Regenerate with `python -m samples.holdout51_generator` (writes `samples/holdout51`); "
      "check with `python -m samples.holdout51_generator.verify`. The build is deterministic "
      "(fixed dates, metadata, seeds and zip timestamps), so a rebuild gives byte-identical files.")
    a("")
    a("Every report covers the measures of 2071. Items that a file marks as finished in 2070 or "
      "planned for 2072 are not truth rows.")
    a("")
    a("| # | File | Member | Format / how made | Shape | Truth rows |")
    a("|---|------|--------|-------------------|-------|-----------:|")
    for i, (mod, rows) in enumerate(per_file, 1):
        member = mod.MEMBER or "— (not a member report)"
        a(f"| {i} | `{_cell(mod.FILENAME)}` | {_cell(member)} | {_cell(mod.FORMAT)} | "
          f"{_cell(mod.SHAPE)} | {len(rows)} |")
    a("")
    a("## Counts")
    a("")
    seeds = [r["seed_row"] for r in all_rows]
    m = [s for s in seeds if s.startswith("M")]
    j = [s for s in seeds if s.startswith("J")]
    u = [s for s in seeds if s.startswith("U")]
    members = {r["member"] for r in all_rows}
    a(f"- Files: {len(per_file)} ({len(members)} member reports from {len(members)} different "
      f"members, {sum(1 for mod, _ in per_file if mod.MEMBER is None)} document that is not a "
      "member report)")
    a(f"- Truth rows: {len(all_rows)}")
    a(f"- Shared-council seats (M): {len(m)} rows in {len(set(m))} measures "
      f"({', '.join(f'{k}×{v}' for k, v in sorted(Counter(m).items()))})")
    a(f"- Joint measures (J): {len(j)} rows in {len(set(j))} measures "
      f"({', '.join(f'{k}×{v}' for k, v in sorted(Counter(j).items()))})")
    a(f"- Single-member measures (U): {len(u)} rows")
    tc = Counter(r["type"] for r in all_rows)
    a("- Types: " + ", ".join(f"{t} {tc.get(t, 0)}" for t in TYPES))
    dc = Counter(r["delmal"] for r in all_rows)
    a("- Delmål: " + ", ".join(f"{k} {v}" for k, v in sorted(dc.items())))
    a("")
    a("Council ids: M01 = KBU, M02 = SRY, M03 = RSA, M04 = NFK, M05 = FSR, M06 = UHR-FSE.")
    a("")
    a("## Notes")
    a("")
    a("- `truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, "
      "samarbeidspartnere, beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and "
      "`beskrivelse` are written as the file states them (line breaks inside a cell joined with "
      "a space); `beskrivelse` is empty where the file gives no description for that measure.")
    a("- Where a file gives no type (or leaves a type field unset), the truth type is the "
      "secretariat's reading of the description. Delmål given only as words or by a parent "
      "node/heading are resolved to their code in the truth.")
    a("- Traps: three members report their own measure *about* a council (training their own "
      "council representatives, a seminar on the KBU report, written input to Nasjonalt "
      "fagskoleråd by a member that has no seat there); these are U rows, not council seats.")
    a("- The e-mail file carries its report partly in the body and partly in the attached "
      "document; all its rows belong to that .eml file.")
    a("- The e-invoice names council events and measures but reports nothing; it has no rows.")
    a("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    a("")
    (out / "README.md").write_bytes("\n".join(L).encode("utf-8"))
