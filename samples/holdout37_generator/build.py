"""Build every document of the round, then truth.csv and README.md."""
from __future__ import annotations

import os

from . import converted, docx_prose, docx_tables, pdf_layout, pdf_prose, scan, xlsx_files
from .common import Row, write_truth
from .readme import write_readme

# (builder, file name, member or description, shape)
BUILDERS = [
    (docx_tables.build_regjeringen, docx_tables.REGJ_FILE, "Regjeringen",
     "Word table, landscape; two-row header with merged cells (Forankring i strategien / Gjennomføring), "
     "own category words, merged source-note row"),
    (pdf_prose.build_lo, pdf_prose.LO_FILE, "LO",
     "two-column PDF; run-in bold headings inside paragraphs; sections by innsatsområde; no codes, no types"),
    (docx_prose.build_nho_draft, docx_prose.NHO_DRAFT_FILE, "NHO (draft)",
     "superseded draft v0.3, bullet notes with placeholders; replaced by the xlsx (0 rows)"),
    (xlsx_files.build_nho_final, xlsx_files.NHO_FILE, "NHO",
     "workbook: instructions sheet; data sheet with title rows, hidden example row, hidden column, "
     "cell notes, type dropdown, numeric delmål, one blank type; lookup sheet of delmål; hidden 2056 archive sheet"),
    (converted.build_virke, converted.VIRKE_FILE, "Virke",
     "ODT made by soffice from Word; one two-column label/value table per tiltak; delmål as code + short text"),
    (pdf_prose.build_ys, pdf_prose.YS_FILE, "YS",
     "printed e-mail (Outlook header block), numbered items 1)–3), delmål in words only, quoted request below"),
    (pdf_layout.build_spekter, pdf_layout.SPEKTER_FILE, "Spekter",
     "16:9 slide deck PDF: title slide, agenda slide listing the names, one slide per tiltak with a side box"),
    (docx_prose.build_uhr, docx_prose.UHR_FILE, "UHR",
     "Word list with direct numbering (numPr on paragraphs, no list style); a)/b) sub-items for delmål and "
     "form/ansvar/partnere; description as indented paragraph"),
    (pdf_layout.build_unio, pdf_layout.UNIO_FILE, "Unio",
     "landscape PDF table running over two pages with repeated header; three intro paragraphs above"),
    (converted.build_ks, converted.KS_FILE, "KS",
     "letter converted to RTF by soffice; bold subheadings, prose descriptions, delmål in an italic sentence"),
    (docx_tables.build_akademikerne, docx_tables.AKAD_FILE, "Akademikerne",
     "Word table inside content controls (every cell + repeating section), dropdown delmål, "
     "empty placeholder row"),
    (docx_prose.build_fagskoleradet, docx_prose.FAG_FILE, "Fagskolerådet",
     "Nynorsk prose annual report; run-in bold headings; grey meta line 'Delmål: x · Type: y', one type missing"),
    (docx_tables.build_vestland, docx_tables.VEST_FILE, "Vestland fylkeskommune",
     "Nynorsk Word table, column order Type, Delmål, Namn, Skildring, Ansvarleg, Partnarar; "
     "vertically merged type cell"),
    (scan.build_sametinget, scan.SAME_FILE, "Sametinget",
     "image-only scanned letter (rotated 0.7°, noise, received stamp), no text layer"),
    (converted.build_nordland, converted.NORD_FILE, "Nordland fylkeskommune",
     "Word 97 .doc made by soffice; tiltak table plus a budget table repeating the names"),
    (pdf_layout.build_vofo, pdf_layout.VOFO_FILE, "VOFO",
     "form PDF: one boxed label/value block per tiltak, checkboxes, own type words, one delmål in words only"),
    (pdf_prose.build_minutes, pdf_prose.MIN_FILE, "secretariat (not a member report)",
     "minutes of council meeting 4/2057 with a sak table naming councils and projects (0 rows)"),
]
SOFFICE_FILES = {converted.VIRKE_FILE, converted.KS_FILE, converted.NORD_FILE}


def build(out: str) -> list[Row]:
    os.makedirs(out, exist_ok=True)
    known = {b[1] for b in BUILDERS} | {"truth.csv", "README.md"}
    for name in os.listdir(out):
        if name in known:
            os.remove(os.path.join(out, name))
    rows: list[Row] = []
    per_file: list[tuple[str, str, int, str]] = []
    for fn, fname, who, shape in BUILDERS:
        got = fn(out)
        assert all(r.source_file == fname for r in got), fname
        rows.extend(got)
        per_file.append((fname, who, len(got), shape))
    write_truth(rows, os.path.join(out, "truth.csv"))
    write_readme(rows, per_file, SOFFICE_FILES, os.path.join(out, "README.md"))
    return rows
