"""python -m samples.holdout14_generator [--out DIR]  — builds the 2034 held-out round."""
import argparse
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile
from collections import OrderedDict
from pathlib import Path

from . import data as d
from . import docs, other

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "holdout14"

# file name -> (member, rows, shape)
FILES = OrderedDict([
    ("KD_departementenes_tiltak_2034.pdf", ("Regjeringen", d.REGJERINGEN,
        "Word (landscape) exported to PDF via LibreOffice; table Ref./Dep./Hva gjøres/Status 2034/Sammen med/Kat., delmål as 'dm x.y'")),
    ("LO_rapport_KPR_2034.docx", ("LO", d.LO,
        "prose report; area headings, each measure a Heading 3 title + paragraph + italic tag line '(Delmål x.y, type)'")),
    ("NHO_tiltak_2034.xlsx", ("NHO", d.NHO,
        "workbook: notes sheet, sheet with header on row 4, second sheet with header on row 3 from column B, hidden draft sheet; delmål as numbers")),
    ("Unio_tiltak_2034_skann.pdf", ("Unio", d.UNIO,
        "scanned page (Pillow, tilted, noise), image-only PDF; table Delmål/Tiltak/Type, delmål 'x,y'")),
    ("KS_rapportering_2034.odt", ("KS", d.KS,
        "ODT (from Word via LibreOffice); table with bold title + description in one cell, delmål as code or delmål words, ansvar+samarbeid in one cell")),
    ("YS_notat_tiltak_2034.rtf", ("YS", d.YS,
        "memo as RTF (via LibreOffice); numbered items with bold run-in title, delmål in roman notation 'II.3', type/partners on a line below")),
    ("Virke_rapporteringsskjema_2034.docx", ("Virke", [],
        "older version (superseded): filled-in form, one two-column table per measure")),
    ("Virke_rapporteringsskjema_2034_revidert.docx", ("Virke", d.VIRKE,
        "revised version (counts): filled-in form, one two-column table per measure")),
    ("Akademikerne_2034.doc", ("Akademikerne", d.AKADEMIKERNE,
        "Word 97 .doc (via LibreOffice); headings giving delmål by words only, bullets; no types")),
    ("Spekter_KPR_2034_presentasjon.pdf", ("Spekter", d.SPEKTER,
        "slide deck PDF (landscape, reportlab): cover, key messages, one slide per delmål, closing slide")),
    ("VOFO_rapport_kompetansepolitikk_2034.pdf", ("VOFO", d.VOFO,
        "long prose report from Word via LibreOffice PDF; sections per delmål, measures as bold run-in titles in paragraphs")),
    ("UHR_innrapportering_2034.docx", ("UHR", d.UHR,
        "table with two-row header (Tiltak over Navn/Beskrivelse), delmål '(x.y)', type in brackets in the partner cell")),
    ("Vestland_fylkeskommune_rapport_2034.docx", ("Vestland fylkeskommune", d.VESTLAND,
        "Nynorsk table with area rows spanning the table and a repeated header row; delmål 'x.y' or 'x,y'")),
    ("Nordland_fk_brev_kompetansetiltak_2034.pdf", ("Nordland fylkeskommune", d.NORDLAND,
        "letter from Word via LibreOffice PDF; numbered list, title then '(delmål x.y, type).' then description")),
    ("Referat_arbeidsgruppe_indikatorer_2035-02.docx", ("(ikke medlemsrapport)", [],
        "minutes of a working group with numbered headings like delmål codes: not a member report, yields nothing")),
])


def soffice(fmt, files, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def build(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    for p in out.iterdir():
        if p.is_file():
            p.unlink()
    t = dt.datetime
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # Word sources that LibreOffice converts
        docs.regjeringen(tmp / "KD_departementenes_tiltak_2034.docx", t(2035, 1, 20, 10, 0))
        docs.vofo(tmp / "VOFO_rapport_kompetansepolitikk_2034.docx", t(2035, 1, 15, 9, 0))
        docs.nordland(tmp / "Nordland_fk_brev_kompetansetiltak_2034.docx", t(2035, 1, 24, 13, 0))
        docs.ks(tmp / "KS_rapportering_2034.docx", t(2035, 1, 15, 8, 0))
        docs.ys(tmp / "YS_notat_tiltak_2034.docx", t(2035, 1, 22, 11, 0))
        docs.akademikerne(tmp / "Akademikerne_2034.docx", t(2035, 1, 19, 14, 0))
        pdf_in = [tmp / f for f in ("KD_departementenes_tiltak_2034.docx", "VOFO_rapport_kompetansepolitikk_2034.docx",
                                    "Nordland_fk_brev_kompetansetiltak_2034.docx")]
        soffice("pdf", pdf_in, tmp)
        soffice("odt", [tmp / "KS_rapportering_2034.docx"], tmp)
        soffice("rtf", [tmp / "YS_notat_tiltak_2034.docx"], tmp)
        soffice("doc:MS Word 97", [tmp / "Akademikerne_2034.docx"], tmp)
        for name in FILES:
            if (tmp / name).exists():
                shutil.copy(tmp / name, out / name)
    docs.lo(out / "LO_rapport_KPR_2034.docx", t(2035, 1, 21, 15, 0))
    other.nho(out / "NHO_tiltak_2034.xlsx", t(2035, 1, 18, 12, 0))
    other.unio(out / "Unio_tiltak_2034_skann.pdf", t(2035, 1, 16, 9, 0))
    docs.virke(out / "Virke_rapporteringsskjema_2034.docx", t(2035, 1, 10, 9, 0), d.VIRKE_OLD, "utkast 10.01.2035")
    docs.virke(out / "Virke_rapporteringsskjema_2034_revidert.docx", t(2035, 1, 27, 16, 0), d.VIRKE,
               "revidert 27.01.2035")
    other.spekter(out / "Spekter_KPR_2034_presentasjon.pdf", t(2035, 1, 23, 10, 0))
    docs.uhr(out / "UHR_innrapportering_2034.docx", t(2035, 1, 17, 10, 0))
    docs.vestland(out / "Vestland_fylkeskommune_rapport_2034.docx", t(2035, 1, 28, 9, 0))
    docs.referat(out / "Referat_arbeidsgruppe_indikatorer_2035-02.docx", t(2035, 2, 6, 12, 0))
    missing = [f for f in FILES if not (out / f).exists()]
    if missing:
        raise SystemExit(f"missing outputs: {missing}")
    write_truth(out)
    write_readme(out)


def truth_rows():
    for fname, (member, rows, shape) in FILES.items():
        for sid, tiltak, dm, typ, ans, part, besk, given in rows:
            yield dict(source_file=fname, member=member, tiltak=tiltak, seed_row=sid, delmal=dm, type=typ,
                       ansvarlig=ans, samarbeidspartnere=part, beskrivelse=besk)


COLS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
        "beskrivelse"]


def write_truth(out):
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS)
        w.writeheader()
        for r in truth_rows():
            w.writerow(r)


def write_readme(out):
    rows = list(truth_rows())
    ids = OrderedDict()
    for r in rows:
        ids.setdefault(r["seed_row"], []).append(r)
    shared = [(k, v) for k, v in ids.items() if len({x["member"] for x in v}) > 1]
    L = []
    L.append("# Held-out round 13 (reporting year 2034)")
    L.append("")
    L.append("**Held out: written by an author who did not read the program's code, vocabulary, catalogue or any "
             "earlier held-out round; the program was never run on these files.**")
    L.append("")
    L.append("Rebuild (from the repository root, LibreOffice needed):")
    L.append("")
    L.append("    .venv/bin/python -m samples.holdout14_generator [--out DIR]")
    L.append("")
    L.append(f"{len(FILES)} files, {len(rows)} truth rows, {len(ids)} distinct measures, "
             f"{len(shared)} measures reported by two or more members. One file is not a member report; one "
             "member sent two versions (only the revised one is in the truth).")
    L.append("")
    L.append("| file | member | rows | shape |")
    L.append("|---|---|---|---|")
    for fname, (member, rws, shape) in FILES.items():
        L.append(f"| {fname} | {member} | {len(rws)} | {shape} |")
    L.append("")
    L.append("## Measures reported by several members")
    L.append("")
    for k, v in shared:
        L.append(f"- **{k}** (delmål {v[0]['delmal']}, {v[0]['type']})")
        for x in v:
            L.append(f"  - {x['member']}: «{x['tiltak']}»")
    L.append("")
    L.append("Look-alikes kept apart on purpose: M14 (LO's note on the KBU report), M38 (Akademikerne's input to "
             "KBU), M41 (Spekter's gathering of its own council representatives), M48 (UHR's evaluation of RSA), "
             "M53 (Vestland's regional DILA pilot), M33 (YS's member survey about DILA), M56 (Nordland's county "
             "vocational training board, not SRY).")
    L.append("")
    (out / "README.md").write_text("\n".join(L), encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    a = ap.parse_args()
    build(Path(a.out))


if __name__ == "__main__":
    main()
