"""Build every file of the 2041 held-out round, its truth.csv and README.md."""
import argparse
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile
from collections import OrderedDict

from . import data as D
from . import docs, other

# file name -> (member, rows, shape) ; rows None: no truth rows
FILES = OrderedDict([
    ("Regjeringen_KPR_rapportering_2041.pdf", ("Regjeringen", D.REGJERINGEN,
        "Word table exported to PDF, landscape; area rows merged across; columns Delmål / Innsats / description / Departement / partners / Kategori")),
    ("LO_notat_kompetansepolitisk_raad_2041.docx", ("LO", D.LO,
        "memo (Til/Fra/Dato/Sak), numbered list of bold titles with '(dm x.y)', description and an italic Ansvar/Samarbeid/Kategori line")),
    ("NHO_tiltaksoversikt_2041.xlsx", ("NHO", D.NHO,
        "workbook: cover sheet, tiltak sheet with header on row 4, notes sheet, hidden lookup sheet; delmål as numbers")),
    ("Unio_arsrapport_kompetansepolitikk_2041.odt", ("Unio", D.UNIO,
        "long prose report (ODT) with numbered headings per area; tiltak as bold run-in titles inside paragraphs")),
    ("KS_rapport_2041_skannet.pdf", ("KS", D.KS,
        "scanned table: image-only PDF, tilted, noisy; delmål with comma")),
    ("YS_brev_til_sekretariatet_2041.rtf", ("YS", D.YS,
        "letter in RTF; bullets 'Title: description (Delmål x.y, type)'")),
    ("Virke_rapporteringsskjema_2041.doc", ("Virke", D.VIRKE,
        "filled-in form (.doc): one labelled two-column box per tiltak; delmål as 'Innsatsområde 2, delmål 5'")),
    ("Akademikerne_KPR_2041_utkast.docx", ("Akademikerne", None,
        "superseded draft of the next file (no truth rows)")),
    ("Akademikerne_KPR_2041_revidert.docx", ("Akademikerne", D.AKADEMIKERNE,
        "revised version; table DM / bold title + description in one cell / 'Ansvarlig / samarbeid' merged")),
    ("Spekter_presentasjon_KPR_2041.pdf", ("Spekter", D.SPEKTER,
        "slide deck PDF, one slide per area, bullets with [code · type] tags and dash sub-lines")),
    ("VOFO_innrapportering_2041.pdf", ("VOFO", D.VOFO,
        "Word table to PDF; delmål by words only; 'Title: description' in one cell; header row pasted again mid-table")),
    ("Vestland_fylkeskommune_rapportering_2041.docx", ("Vestland fylkeskommune", D.VESTLAND,
        "Nynorsk, two-row header (Tiltaket over Namn / Skildring)")),
    ("UHR_rapport_kompetansepolitisk_strategi_2041.pdf", ("UHR", D.UHR,
        "two-column PDF from Word; headings 'Delmål x.y – words'; bold title, description, Ansvar line")),
    ("Kompetanseplan_Nes_kommune_2041_utdrag.docx", ("(none)", None,
        "not a member report: a municipality's competence plan with numbered headings and a course table")),
])

TRUTH_COLS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
              "samarbeidspartnere", "beskrivelse"]


def _soffice(fmt, srcs, outdir):
    if not srcs:
        return
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, *srcs], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600)


def build(out):
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    tmp = tempfile.mkdtemp(prefix="h21_")
    try:
        to_pdf = {
            "Regjeringen_KPR_rapportering_2041": docs.regjeringen,
            "VOFO_innrapportering_2041": docs.vofo,
            "UHR_rapport_kompetansepolitisk_strategi_2041": docs.uhr,
        }
        for stem, fn in to_pdf.items():
            fn(os.path.join(tmp, stem + ".docx"))
        docs.unio(os.path.join(tmp, "Unio_arsrapport_kompetansepolitikk_2041.docx"))
        docs.virke(os.path.join(tmp, "Virke_rapporteringsskjema_2041.docx"))
        _soffice("pdf", [os.path.join(tmp, s + ".docx") for s in to_pdf], tmp)
        _soffice("odt", [os.path.join(tmp, "Unio_arsrapport_kompetansepolitikk_2041.docx")], tmp)
        _soffice("doc:MS Word 97", [os.path.join(tmp, "Virke_rapporteringsskjema_2041.docx")], tmp)
        for stem in to_pdf:
            shutil.copy(os.path.join(tmp, stem + ".pdf"), out)
        shutil.copy(os.path.join(tmp, "Unio_arsrapport_kompetansepolitikk_2041.odt"), out)
        shutil.copy(os.path.join(tmp, "Virke_rapporteringsskjema_2041.doc"), out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    docs.lo(os.path.join(out, "LO_notat_kompetansepolitisk_raad_2041.docx"))
    other.nho(os.path.join(out, "NHO_tiltaksoversikt_2041.xlsx"))
    other.ks_scan(os.path.join(out, "KS_rapport_2041_skannet.pdf"))
    other.ys(os.path.join(out, "YS_brev_til_sekretariatet_2041.rtf"))
    docs.akademikerne(os.path.join(out, "Akademikerne_KPR_2041_utkast.docx"), D.AKADEMIKERNE_UTKAST,
                      "Utkast – sendt 10. januar 2042", dt.datetime(2042, 1, 10, 9, 0))
    docs.akademikerne(os.path.join(out, "Akademikerne_KPR_2041_revidert.docx"), docs.akademikerne_rows(),
                      "Revidert versjon 3. februar 2042 – erstatter utkastet av 10. januar",
                      dt.datetime(2042, 2, 3, 14, 30))
    other.spekter(os.path.join(out, "Spekter_presentasjon_KPR_2041.pdf"))
    docs.vestland(os.path.join(out, "Vestland_fylkeskommune_rapportering_2041.docx"))
    docs.kommuneplan(os.path.join(out, "Kompetanseplan_Nes_kommune_2041_utdrag.docx"))

    truth = []
    for fname, (member, rows, _) in FILES.items():
        assert os.path.exists(os.path.join(out, fname)), fname
        for r in rows or []:
            truth.append([fname, member, r.tiltak, r.seed, r.delmal, r.type, r.ansvarlig, r.partnere,
                          r.beskrivelse])
    with open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(TRUTH_COLS)
        w.writerows(truth)
    write_readme(out, truth)
    return truth


def write_readme(out, truth):
    seeds = OrderedDict()
    for row in truth:
        seeds.setdefault(row[3], []).append(row)
    shared = [(s, rows) for s, rows in seeds.items() if len({r[1] for r in rows}) > 1]
    lines = [
        "# Held-out round 20 (reporting year 2041)",
        "",
        "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or any "
        "earlier held-out round; the program was never run on these files.**",
        "",
        "Rebuild: `python -m samples.holdout21_generator [--out DIR]` (default `samples/holdout21`; needs "
        "python-docx, openpyxl, Pillow, reportlab and LibreOffice for the PDF/ODT/DOC conversions).",
        "",
        f"Files: {len(FILES)} (one superseded draft and one document that is not a member report, both "
        f"without truth rows). Truth rows: {len(truth)}. Distinct measures: {len(seeds)}. Measures reported "
        f"by two or more members: {len(shared)}.",
        "",
        "| File | Member | Rows | Shape |",
        "|---|---|---|---|",
    ]
    for fname, (member, rows, shape) in FILES.items():
        lines.append(f"| {fname} | {member} | {len(rows) if rows else 0} | {shape} |")
    lines += ["", "## Measures reported by several members", ""]
    for s, rows in shared:
        lines.append(f"- **{s}** (delmål {rows[0][4]}, {rows[0][5]})")
        for r in rows:
            lines.append(f"  - {r[1]}: «{r[2]}»")
    lines += ["", "Traps that look shared but are each member's own measure: LO's training of its council "
              "representatives, NHO's note on the KBU report, Spekter's gathering for its representatives, "
              "Unio's extension of DIKOS to the hospitals, Vestland's regional version of Grønt fagløft, "
              "UHR's network of RSA leaders.", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser(prog="python -m samples.holdout21_generator")
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--out", default=os.path.join(here, "holdout21"))
    a = ap.parse_args()
    truth = build(a.out)
    print(f"{len(FILES)} files, {len(truth)} truth rows -> {a.out}")
