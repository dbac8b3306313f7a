"""Build every file of the round, the truth file and the README.

    python -m samples.holdout23_generator [--out DIR]
"""
import argparse
import csv
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import data as D
from . import docs, others

# final file name -> (member, rows in truth, shape, how it is made)
FILES = [
    ("Regjeringen_rapportering_KPR_2043.pdf", "Regjeringen", D.REGJERINGEN,
     "long prose report, bold titles under delmål headings, exported from Word to PDF"),
    ("LO_tiltak_2043.xlsx", "LO", D.LO,
     "workbook: cover sheet, two area sheets with header on row 4, notes sheet; delmål as numbers and '1,4'"),
    ("NHO_rapportering_2043.docx", "NHO", [],
     "older version (superseded by the revised PDF): plain six-column table"),
    ("NHO_rapportering_2043_revidert.pdf", "NHO", D.NHO,
     "revised version, Word to PDF: table Delmål | title+description in one cell | Kategori | ansvar (partners)"),
    ("Unio_brev_rapportering_2043.rtf", "Unio", D.UNIO,
     "letter with numbered paragraphs, delmål and type inline in brackets"),
    ("KS_rapport_2043_skannet.pdf", "KS", D.KS, "scanned table (image-only PDF, tilted, noisy)"),
    ("YS_rapporteringsskjema_2043.odt", "YS", D.YS, "reporting form: one label/value box per measure (ODT)"),
    ("Virke_KPR_2043_presentasjon.pdf", "Virke", D.VIRKE, "slide deck PDF, one slide per measure"),
    ("Akademikerne_notat_tiltak_2043.doc", "Akademikerne", D.AKADEMIKERNE,
     "memo (.doc), bullets under headings that give the delmål only in words"),
    ("Spekter_oppfolging_strategi_2043.pdf", "Spekter", D.SPEKTER,
     "Word table exported to PDF, area rows spanning the table, header row pasted again mid-table"),
    ("VOFO_rapport_2043.docx", "VOFO", D.VOFO,
     "numbered list with [roman delmål – type] tags, description and ansvar lines under each"),
    ("UHR_innrapportering_2043.docx", "UHR", D.UHR,
     "table Delmål | Innsats | Hva ble gjort | 'Ansvar: … Samarbeid: …' in one cell; no types"),
    ("Vestland_fylkeskommune_rapport_2043.odt", "Vestland fylkeskommune", D.VESTLAND,
     "Nynorsk prose, measures as numbered subheadings (1.2.1 …) under delmål headings (ODT)"),
    ("Innkalling_mote_KPR_mars_2044.pdf", "", [],
     "not a member report: the secretariat's meeting notice (Word to PDF)"),
]

TRUTH_COLS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
              "samarbeidspartnere", "beskrivelse"]


def _soffice(fmt, files, outdir):
    if files:
        subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir),
                        *[str(f) for f in files]], check=True, capture_output=True, timeout=600)


def build(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    for p in out.iterdir():
        if p.is_file():
            p.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "src"
        conv = tmp / "conv"
        src.mkdir()
        conv.mkdir()
        to_pdf = {
            "Regjeringen_rapportering_KPR_2043": docs.regjeringen,
            "NHO_rapportering_2043_revidert": lambda p: docs.nho(p, D.NHO, True),
            "Spekter_oppfolging_strategi_2043": docs.spekter,
            "Innkalling_mote_KPR_mars_2044": docs.innkalling,
        }
        to_rtf = {"Unio_brev_rapportering_2043": docs.unio}
        to_doc = {"Akademikerne_notat_tiltak_2043": docs.akademikerne}
        to_odt = {"YS_rapporteringsskjema_2043": docs.ys, "Vestland_fylkeskommune_rapport_2043": docs.vestland}
        for group in (to_pdf, to_rtf, to_doc, to_odt):
            for stem, fn in group.items():
                fn(src / f"{stem}.docx")
        _soffice("pdf:writer_pdf_Export", [src / f"{s}.docx" for s in to_pdf], conv)
        _soffice("rtf", [src / f"{s}.docx" for s in to_rtf], conv)
        _soffice("doc:MS Word 97", [src / f"{s}.docx" for s in to_doc], conv)
        _soffice("odt", [src / f"{s}.docx" for s in to_odt], conv)
        for f in conv.iterdir():
            shutil.copy(f, out / f.name)
    docs.nho(out / "NHO_rapportering_2043.docx", D.NHO_OLD, False)
    docs.vofo(out / "VOFO_rapport_2043.docx")
    docs.uhr(out / "UHR_innrapportering_2043.docx")
    others.lo(out / "LO_tiltak_2043.xlsx")
    others.ks_scan(out / "KS_rapport_2043_skannet.pdf")
    others.virke_slides(out / "Virke_KPR_2043_presentasjon.pdf")

    missing = [f for f, *_ in FILES if not (out / f).exists()]
    if missing:
        raise SystemExit(f"not built: {missing}")

    truth = []
    for fname, member, rows, _ in FILES:
        for r in rows:
            truth.append([fname, member, r.t, r.id, r.dm, r.typ, r.ans, r.sam, r.besk])
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(TRUTH_COLS)
        w.writerows(truth)
    (out / "README.md").write_text(readme(truth), encoding="utf-8")
    return truth


def readme(truth):
    ids = [t[3] for t in truth]
    distinct = sorted(set(ids))
    shared = {i: [t for t in truth if t[3] == i] for i in distinct}
    shared = {i: ts for i, ts in shared.items() if len({t[1] for t in ts}) > 1}
    lines = [
        "# Held-out round 22 (reporting year 2043)",
        "",
        "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or any "
        "earlier held-out round; the program was never run on these files.**",
        "",
        "## Rebuild",
        "",
        "```",
        "python -m samples.holdout23_generator            # writes samples/holdout23",
        "python -m samples.holdout23_generator --out DIR",
        "```",
        "",
        "Needs python-docx, openpyxl, Pillow, reportlab and LibreOffice (`soffice`) for the PDF, RTF, DOC and "
        "ODT conversions. PDFs converted by LibreOffice carry the build date in their metadata.",
        "",
        "## Counts",
        "",
        f"- files: {len(FILES)} (one superseded version and one non-report, both without truth rows)",
        f"- truth rows: {len(truth)}",
        f"- distinct measures: {len(distinct)}",
        f"- measures reported by two or more members: {len(shared)}",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "|---|---|---|---|",
    ]
    for fname, member, rows, shape in FILES:
        lines.append(f"| {fname} | {member or '–'} | {len(rows)} | {shape} |")
    lines += ["", "## Measures reported by several members", ""]
    for i, ts in shared.items():
        lines.append(f"- **{i}** (delmål {ts[0][4]}, {ts[0][5]}):")
        for t in ts:
            lines.append(f"  - {t[1]}: «{t[2]}»")
    lines += ["", "## Traps (look shared, are not)", ""]
    traps = {"M20": "own training of its council representatives", "M33": "a note on the council's report",
             "M37": "own seminar for its council representatives", "M45": "an evaluation of the council",
             "M25": "a new phase of a joint project, extended to another sector",
             "M38": "an extension of a joint programme to another sector",
             "M49": "a regional version of a national programme",
             "M56": "an evaluation of a national scheme"}
    for i, why in traps.items():
        t = next(t for t in truth if t[3] == i)
        lines.append(f"- {i} {t[1]}: «{t[2]}» – {why}")
    lines.append("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "holdout23"))
    a = ap.parse_args()
    truth = build(Path(a.out))
    print(f"{len(FILES)} files, {len(truth)} truth rows -> {a.out}")
