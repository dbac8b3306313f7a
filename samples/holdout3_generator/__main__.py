"""Writes the held-out round: every report, truth.csv, README.md and .tiltakignore, from the plan."""

from __future__ import annotations

import argparse
from collections import Counter
from functools import partial
from pathlib import Path

from . import layouts_prose as prose
from . import layouts_tables as tables
from . import plan_parties as parties
from . import plan_public as public
from .model import Report, write_truth

ALL = frozenset({"ansvarlig", "partnere", "beskrivelse"})
RESP_PARTNERS = frozenset({"ansvarlig", "partnere"})

REPORTS = [
    Report("kd_rapport_2023.docx", "Regjeringen", public.KD, RESP_PARTNERS, tables.build_kd),
    Report("lo_kompetanse_2023.pdf", "LO", parties.LO, frozenset({"partnere", "beskrivelse"}), prose.build_lo),
    Report("nho_rapportering_2023.docx", "NHO", parties.NHO, ALL, prose.build_nho),
    Report("unio_2023.docx", "Unio", parties.UNIO, frozenset({"partnere", "beskrivelse"}), prose.build_unio),
    Report("ks_2023_rapport.pdf", "KS", parties.KS, RESP_PARTNERS, tables.build_ks),
    Report("ys_2023.docx", "YS", parties.YS, frozenset({"beskrivelse"}), prose.build_ys),
    Report("virke_2023.xlsx", "Virke", parties.VIRKE, ALL, tables.build_virke),
    Report("spekter_2023.docx", "Spekter", parties.SPEKTER_TABLE + parties.SPEKTER_LIST, RESP_PARTNERS,
           partial(prose.build_spekter, table_part=len(parties.SPEKTER_TABLE))),
    Report("vofo_2023_skannet.pdf", "VOFO", public.VOFO, RESP_PARTNERS, tables.build_vofo),
    Report("uhr_2023.pdf", "UHR", public.UHR, RESP_PARTNERS, tables.build_uhr),
    Report("fagskoleradet_2023.pdf", "Fagskolerådet", public.FAGSKOLERADET, ALL, prose.build_fagskoleradet),
    Report("vestland_fk_2023.docx", "Vestland fylkeskommune", public.VESTLAND, RESP_PARTNERS, tables.build_vestland),
    Report("more_og_romsdal_fk_2023.odt", "Møre og Romsdal fylkeskommune", public.MORE_OG_ROMSDAL, ALL,
           prose.build_more_og_romsdal),
]
NOT_A_REPORT = "referat_partnarskapsmote_2023.docx"

README = """# Held-out round holdout3 (reports on 2023)

Written apart from the program by a third author, who did not read the program's code or vocabulary and did
not run the program on it. It measures how reading and matching generalise to reports written by other hands:
**do not use it for tuning**, and do not read it while developing.

{reports} member reports ({rows} truth rows, {shared} measures reported by two or more members) and one
document that is no council report ({minutes}, no rows in truth).
`truth.csv` has the columns of the earlier rounds; `seed_row` holds the measure id (H01, …): rows with the
same id are one register row.

Rebuild (LibreOffice and poppler needed): `.venv/bin/python -m samples.holdout3_generator [--out DIR]`.
"""


def build(out: Path) -> int:
    """Builds every file into out and returns the number of truth rows."""
    out.mkdir(parents=True, exist_ok=True)
    for report in REPORTS:
        report.build(report, out)
        print(f"{report.file}: {len(report.entries)} tiltak")
    prose.build_minutes(NOT_A_REPORT, out)
    rows = write_truth(REPORTS, out / "truth.csv")
    members = Counter()
    for report in REPORTS:
        for measure_id in {entry.measure.id for entry in report.entries}:
            members[measure_id] += 1
    shared = sum(1 for count in members.values() if count >= 2)
    (out / "README.md").write_text(README.format(reports=len(REPORTS), rows=rows, shared=shared,
                                                 minutes=NOT_A_REPORT), encoding="utf-8")
    (out / ".tiltakignore").write_text("# Not member reports: the answer key and the round's description.\n"
                                       "truth.csv\nREADME.md\n", encoding="utf-8")
    print(f"truth.csv: {rows} rows, {shared} measures shared by two or more members")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description="Build the held-out round samples/holdout3.")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "holdout3")
    build(parser.parse_args().out)


if __name__ == "__main__":
    main()
