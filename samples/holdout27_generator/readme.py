"""Write samples/holdout27/README.md from the built truth."""
from collections import defaultdict
from pathlib import Path

TRAPS = [
    ("LO", "Opplæring av LOs representanter i de faglige rådene", "training LO's own council members, not a seat in the faglige råd (M04)"),
    ("Akademikerne", "Innspill til KBUs rapport om behovet for høyere utdannet arbeidskraft",
     "a note on KBU's report, not participation in KBU (M01)"),
    ("Regjeringen", "Evaluering av Samarbeidsrådet for yrkesopplæring og de faglige rådene",
     "an evaluation of SRY and the faglige råd (FoU), not participation (M03/M04)"),
    ("UHR", "Evaluering av RSA-ordningen", "an evaluation of the RSA scheme, not RSA participation (M02)"),
    ("NHO", "Utvidelse av bransjeprogrammet til reiselivsnæringen",
     "an extension of the bransjeprogram idea to another sector, not the varehandel programme (M08)"),
    ("YS", "DigiHelse fase 2", "a new phase of DigiHelse, not the DigiHelse reported by Unio and Spekter (M11)"),
    ("Vestland fylkeskommune", "Regionalt kompetansebehovsutval i Vestland", "a regional version of KBU (Nynorsk), not KBU (M01)"),
    ("VOFO (draft)", "Livslangkonferansen, Kompetansepluss frivillighet, Pilot: digitale kurs for seniorer",
     "rows of the superseded draft; only the final version has truth rows"),
    ("Referat_AU_2047-03-12.docx", "2. Orientering om Kompetansebehovsutvalgets arbeid (a numbered heading)",
     "minutes, not a member report; no truth rows"),
]


def write_readme(out: Path, files, extra, truth) -> None:
    by_m = defaultdict(list)
    for row in truth:
        by_m[row[3]].append(row)
    shared = {m: rs for m, rs in by_m.items() if len({r[1] for r in rs}) >= 2}
    lines = [
        "# Held-out round 26 (reporting year 2047)",
        "",
        "Held out: written by an author who did not read the program's code, vocabulary, catalogue or any earlier "
        "held-out round; the program was never run on these files.",
        "",
        "Rebuild: `python -m samples.holdout27_generator [--out DIR]` (needs python-docx, openpyxl, Pillow, reportlab "
        "and LibreOffice `soffice` for the PDF/ODT/RTF/.doc conversions; LibreOffice output may differ in bytes "
        "between builds, not in text).",
        "",
        f"- files: {len(files) + len(extra)} ({len(files)} member reports with truth rows, 1 superseded draft, "
        "1 document that is not a report)",
        f"- truth rows: {len(truth)}",
        f"- distinct measures: {len(by_m)}",
        f"- measures reported by two or more members: {len(shared)}",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "| --- | --- | --- | --- |",
    ]
    for name, member, rows, _b, shape in files:
        lines.append(f"| {name} | {member} | {len(rows)} | {shape} |")
    for name, member, shape in extra:
        lines.append(f"| {name} | {member} | 0 | {shape} |")
    lines += ["", "## Measures reported by several members", ""]
    for m in sorted(shared):
        rs = shared[m]
        lines.append(f"- **{m}** (delmål {rs[0][4]}, {rs[0][5]}): " + "; ".join(f"{r[1]}: «{r[2]}»" for r in rs))
    lines += ["", "## Traps (look shared, are not)", ""]
    for who, what, why in TRAPS:
        lines.append(f"- {who}: «{what}» — {why}.")
    lines += ["", "Types not written in a file (LO, KS, some of Akademikerne and Fagskolerådet) are in the truth as the "
              "secretariat would assign them; Akademikerne gives only the area, so its delmål are assigned too; "
              "where a file names no ansvarlig, the truth's ansvarlig is the member.", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
