"""README for the round."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .data import MEMBERS, NOT_A_REPORT

SHAPES = {
    "kd_rapportering_kompetansepolitikk_2050.docx":
        "DOCX letter: headings per innsatsområde and delmål (code + name), bold "
        "title with type in parentheses, description paragraph, «Ansvarlig: … "
        "Samarbeidspartnere: …» line; summary, an empty delmål, contact",
    "lo_innspill_tiltak_2050.pdf":
        "PDF exported from Word (LibreOffice), landscape 6-column table "
        "(Hva / Strategiens mål «delmål 1.1» / Form / Hvem leder / Sammen med), "
        "empty row, «Ingen tiltak» row, no descriptions",
    "nho_tiltak_2050.xlsx":
        "XLSX transposed: one column per tiltak, field labels down column A, "
        "delmål as «dm 1.1», spare empty column, note below",
    "unio_rapport_2050.rtf":
        "RTF written by hand: «Tiltak n:» label paragraphs with Delmål/Ansvarlig/"
        "Samarbeidspartnere/Beskrivelse lines; no type given",
    "ks_rapportering_2050.pdf":
        "reportlab landscape table; title and description in one cell; type as "
        "two-letter code with a key under the table; «Ingen tiltak» row",
    "ys_tiltaksrapport_2050.doc":
        "DOC (Word 97 via LibreOffice): one two-column form per tiltak, type as "
        "ticked checkbox line, trailing blank form",
    "virke_kompetanse_2050.odt":
        "ODT (via LibreOffice): landscape table «Delmål / Vårt tiltak / Art / Hvem "
        "har ballen / Hvem er med / Kommentar», codes with comma «2,1», empty row, "
        "«Ingen tiltak i år» row",
    "akademikerne_skannet_2050.pdf":
        "scanned image-only PDF (200 dpi, skew + noise, no text layer) of a "
        "5-column table, no descriptions",
    "spekter_2050.pdf":
        "reportlab two-column newsletter: «DM 2.3 · NAME» headings, tiltak "
        "subheadings, description, italic «Tiltakstype · Ansvar · Partnere» line",
    "vofo_rapport_2050.docx":
        "DOCX, Nynorsk: 5-column table with merged group rows naming the delmål "
        "in words only (no codes), «Ingen tiltak» row, blank last row",
    "uhr_presentasjon_2050.pdf":
        "reportlab 16:9 slide deck: title slide, agenda, one slide per tiltak "
        "with bullets (Delmål/Type/Ansvar/Partnere) and a description box",
    "sametinget_rapport_2050.pdf":
        "PDF exported from Word (LibreOffice): «dm 1.2 – …» headings, tiltak "
        "headings with type in square brackets, «Ansvar: … – samarbeid: …» line",
    "nordland_fk_tiltak_2050.xlsx":
        "XLSX with a «Les meg» sheet holding the numeric type key and a «Tiltak» "
        "sheet (header on row 4, «Område 1 / 1.2», type code 1–6, blank rows, "
        "budget and a sum row)",
    "vestland_fk_2050.docx":
        "DOCX, Nynorsk: one table per hovudinnsatsområde, name (type) + "
        "description in one cell, «Ansvarleg:/Partnarar:» in one cell, "
        "«Ingen tiltak» row",
    NOT_A_REPORT:
        "not a member report: the secretariat's seminar invitation with a "
        "programme table (no truth rows)",
}


def write_readme(path: Path, truth: list[dict]) -> None:
    per_file = Counter(r["source_file"] for r in truth)
    seeds = Counter()
    members_by_seed: dict[str, set] = {}
    for r in truth:
        seeds[r["seed_row"]] += 1
        members_by_seed.setdefault(r["seed_row"], set()).add(r["member"])
    shared = sum(1 for s in members_by_seed.values() if len(s) >= 2)
    n_files = len(MEMBERS) + 1
    lines = [
        "# Held-out round 29 (reporting year 2050)",
        "",
        "This round was written by an author who did not read the program's code, "
        "vocabulary, catalogue or any earlier round, and the program was never run "
        "on these files. The documents, their shapes and wordings are the author's "
        "own choice.",
        "",
        "Rebuild from the repository root:",
        "",
        "```",
        "python -m samples.holdout30_generator --out samples/holdout30",
        "```",
        "",
        "## Counts",
        "",
        f"- files: {n_files} ({len(MEMBERS)} member reports + 1 document that is "
        "not a member report)",
        f"- truth rows: {len(truth)}",
        f"- distinct measures: {len(seeds)}",
        f"- measures reported by two or more members: {shared}",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "|---|---|---|---|",
    ]
    for m in MEMBERS:
        lines.append(f"| {m['file']} | {m['member']} | {per_file[m['file']]} | "
                     f"{SHAPES[m['file']]} |")
    lines.append(f"| {NOT_A_REPORT} | – (not a member report) | 0 | "
                 f"{SHAPES[NOT_A_REPORT]} |")
    lines += ["", "`truth.csv` has one row per tiltak as it appears in a file; rows "
              "of different members that are the same measure share a `seed_row`.",
              ""]
    path.write_text("\n".join(lines), encoding="utf-8")
