"""Write samples/holdout20/README.md from the round's data."""
import csv
from collections import defaultdict
from pathlib import Path

SHAPES = {
    "Regjeringen_rapportering_KPR_2040.pdf": "Word table exported to PDF via LibreOffice, landscape; area rows spanning the table, header repeated on each page; columns Delmål / Hva gjøres / Innhold / Departement / Med / Art",
    "LO_Kompetansepolitisk_rapport_2040.docx": "long prose report with headings per area; each tiltak a paragraph with a bold run-in title, the description, «Samarbeid: …» and a bracketed tag (delmål, sometimes a type word)",
    "NHO_tiltak_2040.xlsx": "workbook of three sheets (cover notes, the tiltak table with its header in row 4 from column B and delmål stored as numbers, a delmål look-up sheet)",
    "Unio_2040_skannet.pdf": "scanned page: image-only PDF of a ruled table, tilted and noisy; delmål written with a comma (1,4)",
    "KS_rapport_kompetansepolitisk_råd_2040.odt": "ODT: headings «Delmål x.y – …» with a numbered list under each; bold title – description, «Samarbeidspartnere: …», type in square brackets for some",
    "YS_brev_rapportering_2040.rtf": "RTF letter with a bulleted list; delmål as «(dm 2.2)» after the title, description after a dash, no types",
    "Virke_presentasjon_KPR_2040.pdf": "slide deck exported to PDF (16:9): one box per tiltak with title, «Delmål x.y · type», a bullet and «Samarbeid: …»",
    "Akademikerne_KPR_2040_utkast.docx": "reporting form, older draft (20.01.2041) – superseded, no truth rows",
    "Akademikerne_KPR_2040_revidert.docx": "reporting form, revised version (14.02.2041): one two-column label/value table per tiltak",
    "Spekter_notat_2040.doc": "Word 97 .doc memo (Til/Fra/Dato/Sak) with a table whose first column holds a bold title, a line break and the description; delmål as «Delmål x.y»; no types, no ansvarlig",
    "VOFO_tiltaksoversikt_2040.pdf": "Word table exported to PDF, landscape; area rows; the header row pasted again in the middle of the table; description in a «Kommentar» column",
    "UHR_rapport_2040.docx": "DOCX table where the delmål is given only by its words («Strategiens mål») and the tiltak cell reads «title: description»",
    "Vestland_fylkeskommune_rapport_2040.pdf": "Nynorsk block layout exported to PDF: bold title, lines «Delmål:», «Type tiltak:», «Ansvarleg:», «Med på laget:», then a description paragraph",
    "Nordland_fylkeskommune_tiltak_2040.pdf": "PDF table (reportlab) with the delmål split into «Hovedområde» (roman I–III) and «Delmål» (number within the area); no types",
    "Hurdal_kommunedelplan_kompetanse_2040.docx": "NOT a member report: a municipal plan with numbered section headings (1.1, 2.3 …); must yield nothing",
}

SHARED_NAMES = {
    "M01": "Kompetansebehovsutvalget (KBU)", "M02": "Samarbeidsrådet for yrkesopplæring (SRY)",
    "M03": "Faglig råd for helse- og oppvekstfag", "M04": "Råd for samarbeid med arbeidslivet (RSA)",
    "M05": "UHR's fagstrategiske enheter", "M06": "Kompetanseløftet for grønn industri (KGI)",
    "M07": "Lærlingløftet 2040", "M08": "DigiStat (partssamarbeid om digital kompetanse i staten)",
    "M09": "Joint breakfast meeting on lifelong learning, Arendalsuka 2040",
    "M10": "Språkvenn (norsktrening)", "M11": "Nasjonalt forum for karriereveiledning",
}


def write(out: Path, files: dict):
    rows = list(csv.DictReader(open(out / "truth.csv", encoding="utf-8")))
    per = defaultdict(int)
    by_m = defaultdict(list)
    for r in rows:
        per[r["source_file"]] += 1
        by_m[r["seed_row"]].append(r)
    shared = {m: rs for m, rs in by_m.items() if len({r["member"] for r in rs}) > 1}
    L = ["# Held-out round 19 (reporting year 2040)", "",
         "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or any "
         "earlier held-out round; the program was never run on these files.**", "",
         "## Rebuild", "", "```", "python -m samples.holdout20_generator            # writes samples/holdout20",
         "python -m samples.holdout20_generator --out DIR", "```", "",
         "Needs python-docx, openpyxl, Pillow, reportlab and LibreOffice (`soffice`) for the PDF, ODT and DOC "
         "conversions. The scan's noise is seeded, so rebuilds are stable in content.", "",
         "## Counts", "",
         f"- files: {len(files)} (one not a member report, one superseded draft)",
         f"- truth rows: {len(rows)}",
         f"- distinct measures: {len(by_m)}",
         f"- measures reported by two or more members: {len(shared)}", "",
         "## Files", "", "| file | member | rows | shape |", "|---|---|---|---|"]
    for name in sorted(files):
        member = files[name][0] or "—"
        L.append(f"| `{name}` | {member} | {per.get(name, 0)} | {SHAPES[name]} |")
    L += ["", "## Measures reported by several members", ""]
    for m in sorted(shared):
        L.append(f"- **{m} – {SHARED_NAMES.get(m, m)}** (delmål {shared[m][0]['delmal']})")
        for r in shared[m]:
            L.append(f"  - {r['member']}: «{r['tiltak']}»")
    L += ["", "## Traps (look shared, are each member's own)", "",
          "- LO «Samling for LOs medlemmer i SRY og de faglige rådene» – a gathering of its own representatives.",
          "- Spekter «Notat om KBUs hovedrapport 2040» – a note on the council's report.",
          "- Spekter «Dialogmøte med Spekters representanter i de faglige rådene» – a meeting with its own representatives.",
          "- YS «Forprosjekt for DigiStat 2» – a new phase extended to another sector, not DigiStat itself.",
          "- Nordland «Kompetanseløftet for grønn industri – Nordlandspiloten» – a regional version of the national programme.",
          "- VOFO «Kompetansepluss frivillighet – rekruttering av nye søkere» – its own work under a different scheme.", "",
          "## truth.csv", "",
          "`source_file,member,tiltak,seed_row,delmal,type,ansvarlig,samarbeidspartnere,beskrivelse`; "
          "`seed_row` is this round's measure id (M01–M11 shared, M12 onward for each member's own measures). The superseded draft "
          "and the municipal plan have no rows. `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are as written "
          "in labelled fields or columns (empty where the report has none); the type is the secretariat's type "
          "whether the report gave one or not.", ""]
    (out / "README.md").write_text("\n".join(L), encoding="utf-8")
