"""README.md of the generated round: provenance, counts, shapes and the answer key's judgement calls."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from .rows import Report

INTRO = """# Held-out round 5 (reporting year 2025)

**Held out. Do not use for tuning, do not read while writing the program.** This folder is
measured once by the lead after the round; rules shaped on it prove nothing.

Written by an independent helper who had not read the program's code, vocabulary or catalogue,
nor any earlier held-out round. Each report is invented for the year 2025 in the words and
layouts a member might really send; no sentence is copied from the seed. The program was never
run on these files while they were written.

Rebuild (needs LibreOffice, poppler and Pillow; two LibreOffice calls, one per target format):

    .venv/bin/python -m samples.holdout5_generator [--out DIR]

`truth.csv` is deterministic; the PDFs, ODT and Office files carry LibreOffice's and the
libraries' own timestamps, so their bytes may differ between builds.
"""

TRAPS = """## Traps (separate measures although they resemble a shared one)

- LO «Skolering av LO-representanter i SRY og faglige råd» — the member's own course, not SRY.
- Spekter «Dialogmøte med Spekters medlemmer i de faglige rådene» — a meeting of its own, not SRY.
- Unio «Frokostseminar om KBUs rapport 2025» — a seminar about the council's report, not KBU.
- Akademikerne «Innspill til KBUs temarapport …» — input to the council's report, not KBU.
- Finnmark «Regionalt forum for karriereveiledning i Finnmark» — the regional forum, not the national one.
- Vestland «Regionalt bransjeprogram for sjømatnæringa» — a regional programme, not the national bransjeprogrammene.
- NHO «KOMPIS 2: ny fase med reiseliv og handel» — a new phase with its own funding, not KOMPIS.
"""

CALLS = """## Judgement calls in the answer key

- `ansvarlig`: where a report presents the measures as its own without a column for it (LO, NHO,
  KS, Unio, UHR, Spekter, Nordland, VOFO by its note), the member is the ansvarlig; otherwise the
  cell as written (KD, HK-dir, IMDi, Karriere Finnmark …).
- `beskrivelse`: LO's «Kommentar» column, the second line in the ministry's tiltak cell, the text
  after a bold lead-in (KS), after the colon (Nordland), under an item title (NHO) and the
  «Beskrivelse»/«Skildring» columns. Footnote text is not part of a description. NHO's delmål in
  brackets and Nordland's «(delmål 2.3)» are not part of the description.
- `type` as written maps to the six types: «Utvalg», «Nettverk», «Råd» → Råd/utvalg/nettverk;
  «Utredning», «Forskning» → FoU; «Utdanning», «Tilskuddsordning/kurs» → Kurs/utdanning;
  «Forsøk/prosjekt» → Prosjekt; «Konferanse» → Arrangement. Where no type is written it is inferred
  from the wording (participation in a council → Råd/utvalg/nettverk; survey, analysis,
  kartlegging → FoU; campaign, guide, input → Informasjon; seminar, meeting, festival, fair →
  Arrangement; programmes funding courses → Kurs/utdanning).
- Bransjeprogrammene are placed under 2.4 (they link businesses' needs to providers) and typed
  Kurs/utdanning; LO's steering-group work in them is the same measure.
- KOMPIS is one joint project of NHO, LO and Nordland fylkeskommune; the county's partner role is
  the same measure.
- Nettverk for lærebedrifter i nord (NLN) is one network of Nordland and Finnmark.
- «Fagbrev på jobb» (Møre og Romsdal) is under 2.5 (documenting competence gained at work).
- Spekter and Møre og Romsdal give delmål only as words; the code is the answer key's reading.
- The scanned Finnmark page is a real image-only PDF: its rows are expected to need review.
- A type is written in the document for 45 rows (ministry, KS in part, Akademikerne, VOFO,
  Finnmark, both Nynorsk counties) and only inferable for the other 38.
- In the ministry's table the row for 2.6 is split by the page break: the header row repeats and
  the rest of the row's cells continue on page 2; it is one tiltak.
- Virke's consultation reply has a numbered structure and a table but no tiltak: no rows.
"""


def write_readme(reports: tuple[Report, ...], ids: list[list[str]], rows: int, path: Path) -> None:
    members_by_id: dict[str, list[str]] = defaultdict(list)
    wording: dict[str, list[str]] = defaultdict(list)
    for report, per_report in zip(reports, ids):
        for row, measure in zip(report.rows, per_report):
            members_by_id[measure].append(report.member)
            wording[measure].append(f"{report.member}: «{row.tiltak}»")
    shared = {m: w for m, w in wording.items() if len(members_by_id[m]) > 1}
    per_file = Counter(r.file for r in reports for _ in r.rows)
    lines = [INTRO, "## Counts", ""]
    lines.append(
        f"{len(reports)} files ({sum(1 for r in reports if r.rows)} reports and one non-report), "
        f"{rows} truth rows, {len(members_by_id)} distinct measures, {len(shared)} of them "
        f"reported by two or more members ({sum(len(w) for w in shared.values())} rows)."
    )
    lines += ["", "## Files and shapes", "", "| file | member | rows | shape |", "| --- | --- | --- | --- |"]
    for report in reports:
        lines.append(f"| {report.file} | {report.member or '—'} | {per_file[report.file]} | {report.shape} |")
    lines += ["", "## Measures reported by several members", ""]
    for measure, words in shared.items():
        lines.append(f"- {measure}: " + "; ".join(words))
    lines += ["", TRAPS, CALLS]
    path.write_text("\n".join(lines), encoding="utf-8")
