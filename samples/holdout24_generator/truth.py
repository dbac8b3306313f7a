"""truth.csv and README.md of the round."""
from __future__ import annotations

import csv
import io
from collections import OrderedDict
from pathlib import Path

from .model import Report

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere", "beskrivelse"]

SHARED_NAMES = {
    "M01": "Kompetansebehovsutvalget (KBU)",
    "M02": "Råd for samarbeid med arbeidslivet (RSA)",
    "M03": "Samarbeidsrådet for yrkesopplæring (SRY) og de faglige rådene",
    "M04": "UHRs fagstrategiske enheter (UHR-Helse og velferd, UHR-Lærerutdanning, UHR-MNT)",
    "M05": "Nasjonalt fagskoleråd",
    "M06": "Nasjonalt forum for karriereveiledning",
    "M07": "Kompetanseløftet for grønn industri (KGI) – joint programme",
    "M08": "Arendalsuka 2044: Spekter and Unio's breakfast seminar – joint event",
    "M09": "«Læring i jobben 2044» (Fafo), commissioned by NHO and LO – joint FoU",
    "M10": "Norsk på arbeidsplassen (NoA) – joint pilot",
    "M11": "Kompetansepluss frivillighet – the scheme run with VOFO",
    "M12": "Samfunnskontrakten for flere læreplasser 2041–2045",
}

TRAPS = [
    ("M13", "Regjeringen", "«Ekstern evaluering av Kompetansebehovsutvalgets arbeidsform» – an evaluation of KBU, not KBU (M01)."),
    ("M17", "LO", "«Skolering av LOs representanter i de faglige rådene …» – training LO's own council representatives, "
                  "not the SRY/faglige råd participation (M03) in the same letter."),
    ("M19", "NHO", "«Notat med NHOs merknader til KBUs hovedrapport 2044» – a note on the council's report, not KBU (M01)."),
    ("M25", "KS", "«Utvidelse av Norsk på arbeidsplassen til kommunal helse og omsorg» – an extension of NoA (M10) to "
                  "another sector, KS' own measure."),
    ("M35", "Akademikerne", "«Andre fase av «Læring i jobben» …» – a new phase, not the 2044 survey of NHO and LO (M09)."),
    ("M41", "VOFO", "«Evaluering av Kompetansepluss frivillighet» – an evaluation of the scheme (M11), reported in the "
                    "same e-mail as VOFO's part in the scheme."),
    ("M53", "Trøndelag fylkeskommune", "«Kompetanseløftet for grønn industri – Trøndelagspilot» – a regional version "
                                       "of KGI (M07), a measure of its own."),
]


def truth_rows(reports: list[Report]) -> list[list[str]]:
    rows = []
    for report in reports:
        if not report.truth:
            continue
        for row in report.rows:
            rows.append([report.filename, report.member, row.tiltak, row.seed, row.delmal, row.type, row.ansvarlig,
                         row.partnere, row.beskrivelse])
    return rows


def write_truth(reports: list[Report], out: Path) -> list[list[str]]:
    rows = truth_rows(reports)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    (out / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    return rows


def shared_measures(rows: list[list[str]]) -> OrderedDict[str, list[tuple[str, str]]]:
    by_seed: OrderedDict[str, list[tuple[str, str]]] = OrderedDict()
    for row in sorted(rows, key=lambda r: r[3]):
        by_seed.setdefault(row[3], []).append((row[1], row[2]))
    return OrderedDict((seed, entries) for seed, entries in by_seed.items() if len({m for m, _ in entries}) > 1)


def counts(reports: list[Report], rows: list[list[str]]) -> dict[str, int]:
    return {
        "files": len(reports),
        "rows": len(rows),
        "measures": len({r[3] for r in rows}),
        "shared": len(shared_measures(rows)),
    }


def write_readme(reports: list[Report], rows: list[list[str]], out: Path) -> None:
    n = counts(reports, rows)
    shared = shared_measures(rows)
    lines = [
        "# Held-out round 23 (reporting year 2044)",
        "",
        "Held out: written by an author who did not read the program's code, vocabulary, catalogue, tests or any "
        "earlier held-out round (only the seed, `pyproject.toml` and the top-level README); the program was never run "
        "on these files. Measure it once, blind, before anything is tuned on it.",
        "",
        "Rebuild from the repository root (needs LibreOffice for the .pdf/.doc/.odt/.rtf conversions, and python-docx, "
        "openpyxl, Pillow, reportlab; the check after the build reads PDFs with pypdfium2):",
        "",
        "```sh",
        ".venv/bin/python -m samples.holdout24_generator            # writes samples/holdout24/",
        ".venv/bin/python -m samples.holdout24_generator --out DIR  # elsewhere",
        "```",
        "",
        "The build is deterministic (fixed document dates, zip entry times and PDF ids) and ends by checking that every "
        "truth row's `tiltak` text stands in its file (the scan excepted: it has no text layer).",
        "",
        "## Counts",
        "",
        f"- files: {n['files']} (one superseded draft and one document that is not a member report among them)",
        f"- truth rows: {n['rows']}",
        f"- distinct measures (`seed_row`): {n['measures']}",
        f"- measures reported by two or more members: {n['shared']}",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "| --- | --- | --- | --- |",
    ]
    for report in reports:
        count = len(report.rows) if report.truth else 0
        member = report.member or "(none)"
        lines.append(f"| `{report.filename}` | {member} | {count} | {report.shape} |")
    lines += [
        "",
        "Delmål are given as codes (Regjeringen, NHO, Unio, KS, YS, VOFO, UHR), as code plus keyword (Virke), as "
        "words paraphrasing the delmål (LO's headings, Akademikerne's text, Vestland in Nynorsk), as the area only "
        "(Spekter) or as area words in a merged cell (Trøndelag); the truth's `delmal` is what the secretariat would "
        "assign. Types stand in cells, in brackets (Akademikerne, Trøndelag, VOFO), as Nynorsk or loose words "
        "(Vestland: «Nettverk», «Opplæring»), or not at all (LO, Spekter: the truth type is the secretariat's).",
        "",
        "## Measures reported by several members",
        "",
    ]
    for seed, entries in shared.items():
        lines.append(f"- **{seed} {SHARED_NAMES.get(seed, '')}**")
        for member, text in entries:
            lines.append(f"  - {member}: «{text}»")
    lines += ["", "## Traps (look shared, are not)", ""]
    for seed, member, text in TRAPS:
        lines.append(f"- {seed} ({member}): {text}")
    lines += [
        "",
        "Also: `NHO_tiltak_2044_UTKAST.docx` is the superseded draft of `NHO_tiltak_2044_endelig.docx` (truth rows only "
        "for the final one; the draft has a row the final dropped); `Saksliste_KPR_møte_mars_2045.docx` is a meeting "
        "agenda with numbered headings naming KBU, the Samfunnskontrakt and the career-guidance forum, and has no truth "
        "rows; VOFO's e-mail quotes the secretariat's reminder with a numbered list below the tiltak.",
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
