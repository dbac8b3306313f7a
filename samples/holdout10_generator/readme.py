"""README.md of the round."""
from collections import OrderedDict

SHAPES = {
    "regjeringen": "Long prose report (Word exported to PDF by LibreOffice): area and delmål headings, one heading per tiltak, description paragraph, italic responsibility line; no types",
    "lo": "Letter as .doc (LibreOffice, Word 97): table with columns Nr. / what was done / delmål / form / with whom; types for some rows; delmål 1,4 and '2.3 / yrkesfag'",
    "nho": "XLSX: a notes sheet first, data sheet with title rows, header in row 6 repeated mid-sheet, merged area rows, delmål stored as numbers",
    "unio": "Scanned page: tilted, noisy image-only PDF of a ruled table, delmål with comma",
    "ks": "ODT: headings naming the delmål in words only (no codes), numbered list 'title: description'",
    "ys": "RTF memo with bullets, delmål inline as '(dm 2.2)', type in square brackets for some",
    "virke_draft": "Older draft (UTKAST) of the same form: superseded, no truth rows",
    "virke": "DOCX form: a key/value table per tiltak (revised version; newer dates in metadata)",
    "akademikerne": "Slide deck as PDF (16:9 pages): title slide, agenda, one slide per tiltak with 'DELMÅL x.y' label and type/responsible box",
    "spekter": "DOCX table: delmål in roman notation (II.3), tiltak cell holds bold title plus description paragraph, no type column",
    "vofo": "Letter exported to PDF: numbered bold titles with '(delmål x.y)', description, 'Type:/Samarbeid:' line",
    "uhr": "DOCX table with two-row header ('Tiltak' over 'Navn' and 'Beskrivelse')",
    "vestland": "Nynorsk table exported to PDF, rows grouped under merged area rows, delmål '1,3', Nynorsk column names and types",
    "nordland": "Landscape DOCX form, transposed: one tiltak per column, field names in the first column",
    "innkalling": "Not a member report: the secretariat's meeting notice with numbered agenda items (1.1, 2.1 …); must yield nothing",
}
MEMBER = {"regjeringen": "Regjeringen (KD)", "lo": "LO", "nho": "NHO", "unio": "Unio", "ks": "KS", "ys": "YS",
          "virke_draft": "Virke", "virke": "Virke", "akademikerne": "Akademikerne", "spekter": "Spekter",
          "vofo": "VOFO", "uhr": "UHR", "vestland": "Vestland fylkeskommune", "nordland": "Nordland fylkeskommune",
          "innkalling": "— (secretariat)"}


def write_readme(out, files, truth):
    per_file = {}
    for r in truth:
        per_file[r[0]] = per_file.get(r[0], 0) + 1
    ids = OrderedDict()
    for r in truth:
        ids.setdefault(r[3], []).append(r)
    shared = {k: v for k, v in ids.items() if len({x[1] for x in v}) > 1}
    L = ["# Held-out round 9 (reporting year 2030)", "",
         "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or any "
         "earlier held-out round; the program was never run on these files.**", "",
         "Rebuild: `python -m samples.holdout10_generator --out samples/holdout10` (needs python-docx, openpyxl, "
         "Pillow, reportlab and LibreOffice `soffice` on PATH).", "",
         f"Counts: {len(files)} files ({len(files) - 2} member reports, 1 superseded draft, 1 non-report), "
         f"{len(truth)} truth rows, {len(ids)} distinct measures, {len(shared)} reported by two or more members.", "",
         "| file | member | rows | shape |", "|---|---|---|---|"]
    for key, f in files.items():
        L.append(f"| {f} | {MEMBER[key]} | {per_file.get(f, 0)} | {SHAPES[key]} |")
    L += ["", "## Measures reported by several members", ""]
    for mid, rows in shared.items():
        L.append(f"- **{mid}** (delmål {rows[0][4]}, {rows[0][5]}):")
        for r in rows:
            L.append(f"  - {r[1]}: «{r[2]}»")
    L += ["", "## Traps (look shared, are not)", "",
          "- M33 NHO's note on KBU's main report; M49 Virke's input to a KBU theme report (not KBU membership).",
          "- M30 LO's training of its own SRY/faglig råd representatives; M57 Spekter's dialogue meeting with its representatives in faglige råd.",
          "- M62 UHR's evaluation of the RSA arrangement (not RSA participation).",
          "- M68 Vestland's regional version of Kompetanseløft grønn industri (M06).",
          "- M23 Regjeringen's negotiations on a new samfunnskontrakt 2031–2035 (new phase of M07).",
          "- M66/M70 two county councils' own regional competence forums (different measures).",
          "", "Virke sent two versions: `Virke_rapportering_2030_utkast.docx` (draft, December 2030) is replaced by "
          "`Virke_rapportering_2030_revidert.docx` (January 2031); only the revised one is in truth.csv.", ""]
    (out / "README.md").write_text("\n".join(L), encoding="utf-8")
