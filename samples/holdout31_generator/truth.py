"""The manifest of the round, truth.csv and README.md."""
from __future__ import annotations

import csv
import os
from collections import Counter

from . import data_a as A
from . import data_b as B

# file name, member (canonical), rows, shape
MANIFEST = [
    ("KD_rapport_kompetansepolitisk_rad_2051.docx", "Regjeringen",
     A.REGJERINGEN, "DOCX letter; tiltak as numbered paragraphs under "
     "innsatsområde and delmål headings, type in brackets"),
    ("LO_innrapportering_2051.pdf", "LO", A.LO,
     "PDF exported from Word; long table over a page break, title and "
     "description in one cell, ansvar and samarbeid in one cell"),
    ("NHO_tiltak_2051.xlsx", "NHO", A.NHO,
     "XLSX; blank separator columns, letter type codes with a key sheet, "
     "empty rows, totals row"),
    ("KS_rapporteringsskjema_2051.pdf", "KS", A.KS,
     "PDF drawn with reportlab; one form per tiltak, type as checkboxes"),
    ("Virke_notat_tiltak_2051.odt", "Virke", A.VIRKE,
     "ODT memo; two-level bullet list (delmål, then tiltak with type, "
     "ansvar and partners inline)"),
    ("YS_brev_2051.rtf", "YS", A.YS,
     "RTF letter; tiltak as prose paragraphs, own number key for the type"),
    ("UHR_rapportering_2051.doc", "UHR", A.UHR,
     "DOC, landscape table; delmål as «dm 1.4», vertically merged delmål "
     "cell, «Ingen tiltak» rows, an empty row"),
    ("Fagskuleradet_presentasjon_2051.pdf", "Fagskolerådet",
     B.FAGSKOLERADET, "PDF slide deck (reportlab), Nynorsk; one slide per "
     "tiltak, description as bullets"),
    ("VOFO_skannet_rapport_2051.pdf", "VOFO", B.VOFO,
     "scanned image-only PDF of a table (200 dpi, skew, noise)"),
    ("Sametinget_tiltak_2051.docx", "Sametinget", B.SAMETINGET,
     "DOCX table with Northern Sami/Bokmål headers; delmål in words only, "
     "no type"),
    ("Vestland_fk_rapport_2051.docx", "Vestland fylkeskommune", B.VESTLAND,
     "DOCX, Nynorsk; one table per hovudinnsatsområde, delmål with "
     "decimal comma, free type words, «Ingen tiltak» rows"),
    ("Trondelag_fk_tiltak_2051.xlsx", "Trøndelag fylkeskommune",
     B.TRONDELAG, "XLSX; merged område rows, delmål as numbers, free type "
     "words, summary sheet"),
    ("Nordland_fk_arsrapport_2051.pdf", "Nordland fylkeskommune",
     B.NORDLAND, "PDF exported from Word; bullet report under delmål "
     "names with code in parentheses, Type/Ansvar/Partnere lines"),
    ("MoreogRomsdal_fk_tiltak_2051.odt", "Møre og Romsdal fylkeskommune",
     B.MORE, "ODT, Nynorsk, landscape table; type as a cross in one of six "
     "columns, delmål group rows, no descriptions"),
    ("Innkalling_radsmote_12mars2052.docx", None, [],
     "DOCX meeting notice from the secretariat – not a member report"),
]

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
          "ansvarlig", "samarbeidspartnere", "beskrivelse"]


def truth_rows():
    rows, nxt = [], 13
    for fname, member, items, _ in MANIFEST:
        for r in items:
            seed = r.seed
            if not seed:
                seed = f"M{nxt:02d}"
                nxt += 1
            rows.append([fname, member, r.tiltak, seed, r.delmal, r.type,
                         r.ansvarlig, r.partnere, r.beskrivelse])
    return rows


def check(rows):
    seeds = Counter(r[3] for r in rows)
    by_seed = {}
    for r in rows:
        by_seed.setdefault(r[3], set()).add((r[4], r[5]))
    for s, v in by_seed.items():
        assert len(v) == 1, (s, v)          # one delmål and type a measure
    members = {}
    for r in rows:
        members.setdefault(r[3], []).append(r[1])
    for s, m in members.items():
        assert len(m) == len(set(m)), s     # a member reports it once
    return seeds


def write(out):
    rows = truth_rows()
    seeds = check(rows)
    with open(os.path.join(out, "truth.csv"), "w", newline="",
              encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    shared = sum(1 for v in seeds.values() if v >= 2)
    lines = [
        "# Held-out round 30 (reporting year 2051)",
        "",
        "Reports of tiltak for reporting year 2051 from fourteen members of "
        "Kompetansepolitisk råd, plus one document in the inbox that is not "
        "a member report. This round was written by an author who did not "
        "read the program's code, vocabulary, catalogue or any earlier "
        "round, and the program was never run on it.",
        "",
        "Rebuild (from the repository root):",
        "",
        "    python -m samples.holdout31_generator --out samples/holdout31",
        "",
        "LibreOffice (`soffice`) is needed for the DOC, RTF, ODT and the "
        "Word-exported PDFs; dates in document properties are pinned so a "
        "rebuild gives the same files.",
        "",
        "## Counts",
        "",
        f"- files: {len(MANIFEST)} ({len(MANIFEST) - 1} member reports, "
        "1 non-report)",
        f"- truth rows: {len(rows)}",
        f"- distinct measures: {len(seeds)}",
        f"- measures reported by two or more members: {shared}",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "|---|---|---|---|",
    ]
    for fname, member, items, shape in MANIFEST:
        lines.append(f"| {fname} | {member or '– (not a report)'} | "
                     f"{len(items)} | {shape} |")
    lines += [
        "",
        "`truth.csv` has one row per tiltak as it appears in a file. "
        "`seed_row` is a measure id: rows of different members that are "
        "the same measure (shared councils, joint programmes) share the "
        "id. `delmal` and `type` are what the secretariat would assign, "
        "also where the document gives no type or gives it as a code.",
        "",
    ]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    return rows, seeds, shared
