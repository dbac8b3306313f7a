"""truth.csv and README.md for the round, both written from the same Report objects the files were built from."""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from .model import Report

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]

SHARED_NAMES = {
    "M01": "Kompetansebehovsutvalget (KBU)",
    "M02": "Råd for samarbeid med arbeidslivet (RSA)",
    "M03": "Samarbeidsrådet for yrkesopplæring (SRY) and the faglige råd",
    "M04": "UHR's fagstrategiske enheter (NRT, NRLU …)",
    "M05": "Nasjonalt fagskoleråd",
    "M06": "Nasjonalt forum for karriereveiledning",
    "M07": "Bransjeprogram for varehandel (joint programme)",
    "M08": "Samfunnskontrakten for flere læreplasser",
    "M09": "Arendalsuka breakfast seminar, Spekter with LO (joint event)",
    "M10": "DigiKomp, the partners' project on digital skills in the municipal sector",
    "M11": "Menn i helse (recruitment programme led by KS)",
    "M12": "NorskPåJobb, Norwegian tuition at the workplace (trial)",
}

TRAPS = [
    ("M13", "Regjeringen", "«Evaluering av Kompetansebehovsutvalget» — an evaluation of a council, not KBU (M01)."),
    ("M15", "Regjeringen", "«Bransjeprogrammene – ny programperiode 2046–2049» — the next period of the "
                           "programmes, not the retail programme LO and Virke report (M07)."),
    ("M27", "KS", "«KS' innspill til KBU-rapporten 2045» — a note on a council's report, not a seat in KBU."),
    ("M39", "Akademikerne", "«DigiKomp Stat – utvidelse til statlig sektor» — an extension of DigiKomp (M10) to "
                            "another sector."),
    ("M42", "Spekter", "«Samling for Spekters representanter i faglige råd og yrkesopplæringsnemnder» — training "
                       "the member's own council representatives, not SRY participation (M03)."),
    ("M45", "VOFO", "«Evaluering av Kompetansepluss frivillighet» — an evaluation of the scheme the ministry "
                    "reports as «Tilskuddsordningen Kompetansepluss frivillighet» (M17)."),
    ("M55", "Vestland fylkeskommune", "«Regionalt forum for karriererettleiing i Vestland» — a regional forum, "
                                      "reported in the same file as the national one (M06)."),
    ("M56", "Vestland fylkeskommune", "«Menn i helse – regional satsing i Vestland» — a regional version of "
                                      "Menn i helse (M11)."),
]


def write_truth(reports: list[Report], out: Path) -> list[list[str]]:
    rows = []
    for rep in reports:
        if not rep.truth:
            continue
        for row in rep.rows:
            rows.append([rep.filename, rep.member, row.tiltak, row.mid, row.delmal, row.type, row.ansvarlig,
                         row.partnere, row.beskrivelse])
    with open(out / "truth.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return rows


def shared_measures(rows: list[list[str]]) -> dict[str, list[tuple[str, str]]]:
    by_mid: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        by_mid[row[3]].append((row[1], row[2]))
    return {mid: items for mid, items in sorted(by_mid.items()) if len({m for m, _ in items}) >= 2}


def write_readme(reports: list[Report], rows: list[list[str]], out: Path) -> dict[str, int]:
    shared = shared_measures(rows)
    counts = {"files": len(reports), "rows": len(rows), "measures": len({r[3] for r in rows}),
              "shared": len(shared)}
    per_file = defaultdict(int)
    for row in rows:
        per_file[row[0]] += 1
    lines = [
        "# Held-out round 24 (reporting year 2045)",
        "",
        "Held out: written by an author who did not read the program's code, vocabulary, catalogue or any earlier "
        "held-out round; the program was never run on these files. Use it once, blind, to measure how the "
        "program reads reports written by hands it has never seen.",
        "",
        "Rebuild (from the repository root; needs LibreOffice for the .doc, .odt, .rtf and the Word-to-PDF file):",
        "",
        "```sh",
        "python -m samples.holdout25_generator            # writes samples/holdout25/",
        "python -m samples.holdout25_generator --out DIR  # elsewhere",
        "```",
        "",
        "The build is deterministic: dates inside the files (zip entries, document properties, PDF dates and "
        "IDs) are fixed, and the scan's noise is seeded.",
        "",
        f"Counts: **{counts['files']} files**, **{counts['rows']} truth rows**, **{counts['measures']} distinct "
        f"measures** (`seed_row` M01…), **{counts['shared']} measures reported by two or more members**.",
        "",
        "Truth conventions: `tiltak` is the measure's title as written in the file (without a «Tiltak n:» or "
        "«n)» prefix and without a trailing full stop or bracketed type); `beskrivelse` its description as "
        "written (empty in the scan); where a file gives no type (LO, UHR) the type is the one the secretariat "
        "would assign, and where it gives only an area or words the delmål is the secretariat's reading. Where a "
        "file names no ansvarlig (LO's letter, UHR), `ansvarlig` is the reporting member. SRY and the faglige "
        "råd (named by their own names, e.g. «Faglig råd for helse- og oppvekstfag») count as one measure (M03), "
        "as do UHR's fagstrategiske enheter named by their own names (M04). RSA at named institutions is M02.",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "| --- | --- | --- | --- |",
    ]
    for rep in reports:
        member = rep.member or "—"
        shape = (rep.shape + (f" ({rep.note})" if rep.note else "")).replace("|", "\\|")
        lines.append(f"| `{rep.filename}` | {member} | {per_file.get(rep.filename, 0)} | {shape} |")
    lines += ["", "## Measures reported by several members", ""]
    for mid, items in shared.items():
        lines.append(f"- **{mid} {SHARED_NAMES.get(mid, '')}**")
        for member, wording in items:
            lines.append(f"  - {member}: «{wording}»")
    lines += ["", "## Traps (look shared, are not)", ""]
    for mid, member, text in TRAPS:
        lines.append(f"- {mid} ({member}): {text}")
    lines += ["", "Also: the agenda `Saksliste_KPR_mote_2046-03-12.docx` has numbered headings (2.1, 2.2, 3.1, "
              "3.2 …) that name KBU, SRY, RSA and the career guidance forum but is no member report; Spekter's "
              "e-mail quotes the secretariat's request naming KBU, SRY and the faglige råd (no tiltak); Unio's "
              "draft is in the inbox beside the final version and gives no truth rows.", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
    return counts
