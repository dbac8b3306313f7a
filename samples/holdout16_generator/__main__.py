"""python -m samples.holdout16_generator [--out DIR]: build every file of the 2036 held-out round."""
import argparse
import csv
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import data as D
from . import docs, other

# file name -> (member, rows) ; rows None = no truth rows
FILES = [
    ("Regjeringen_rapportering_KPR_2036.pdf", "Regjeringen", D.REGJ),
    ("LO_KPR_rapportering_2036.xlsx", "LO", D.LO),
    ("NHO_rapport_KPR_2036.docx", "NHO", None),
    ("NHO_rapport_KPR_2036_revidert.docx", "NHO", D.NHO),
    ("Unio_brev_tiltak_2036.doc", "Unio", D.UNIO),
    ("KS_KPR_2036_presentasjon.pdf", "KS", D.KS),
    ("YS_tiltak_2036_skann.pdf", "YS", D.YS),
    ("Virke_notat_tiltak_2036.odt", "Virke", D.VIRKE),
    ("Akademikerne_tiltak_2036.rtf", "Akademikerne", D.AKAD),
    ("Spekter_rapporteringsskjema_2036.pdf", "Spekter", D.SPEKTER),
    ("VOFO_innrapportering_2036.docx", "VOFO", D.VOFO),
    ("UHR_rapport_kompetansestrategien_2036.docx", "UHR", D.UHR),
    ("Vestland_fylkeskommune_rapport_2036.pdf", "Vestland fylkeskommune", D.VESTLAND),
    ("Nordland_fylkeskommune_tiltak_2036.docx", "Nordland fylkeskommune", D.NORDLAND),
    ("Kompetanseplan_Sunndal_kommune_2036-2039.pdf", "", None),
]
COLS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
        "beskrivelse"]


def _soffice(fmt, srcs, outdir):
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir)] + [str(s) for s in srcs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=600)


def build(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    for f in out.iterdir():
        if f.is_file():
            f.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        stems = {"pdf": [], "odt": [], "rtf": [], "doc": []}
        jobs = [(docs.regjeringen, "Regjeringen_rapportering_KPR_2036", "pdf"),
                (docs.spekter, "Spekter_rapporteringsskjema_2036", "pdf"),
                (docs.vestland, "Vestland_fylkeskommune_rapport_2036", "pdf"),
                (docs.virke, "Virke_notat_tiltak_2036", "odt"),
                (docs.akademikerne, "Akademikerne_tiltak_2036", "rtf"),
                (docs.unio, "Unio_brev_tiltak_2036", "doc")]
        for fn, stem, fmt in jobs:
            fn(tmp / f"{stem}.docx")
            stems[fmt].append(tmp / f"{stem}.docx")
        conv = tmp / "conv"
        conv.mkdir()
        for fmt, srcs in stems.items():
            target = {"doc": "doc:MS Word 97", "rtf": "rtf:Rich Text Format"}.get(fmt, fmt)
            _soffice(target, srcs, conv)
        for f in conv.iterdir():
            shutil.copy(f, out / f.name)
    docs.nho(out / "NHO_rapport_KPR_2036.docx", revised=False)
    docs.nho(out / "NHO_rapport_KPR_2036_revidert.docx", revised=True)
    docs.vofo(out / "VOFO_innrapportering_2036.docx")
    docs.uhr(out / "UHR_rapport_kompetansestrategien_2036.docx")
    docs.nordland(out / "Nordland_fylkeskommune_tiltak_2036.docx")
    other.lo(out / "LO_KPR_rapportering_2036.xlsx")
    other.ks(out / "KS_KPR_2036_presentasjon.pdf")
    other.ys(out / "YS_tiltak_2036_skann.pdf")
    other.sunndal(out / "Kompetanseplan_Sunndal_kommune_2036-2039.pdf")
    missing = [f for f, _, _ in FILES if not (out / f).exists()]
    if missing:
        raise SystemExit(f"not built: {missing}")
    write_truth(out / "truth.csv")
    write_readme(out / "README.md")


def truth_rows():
    for fname, member, rows in FILES:
        for r in rows or []:
            yield {"source_file": fname, "member": member, "tiltak": r["t"], "seed_row": r["m"], "delmal": r["d"],
                   "type": r["ty"], "ansvarlig": r["a"], "samarbeidspartnere": r["p"], "beskrivelse": r["b"]}


def write_truth(path):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS)
        w.writeheader()
        for row in truth_rows():
            w.writerow(row)


SHAPES = {
    "Regjeringen_rapportering_KPR_2036.pdf":
        "Word report exported to PDF by LibreOffice; headings per hovedinnsatsområde and per delmål given in "
        "words only (no codes); each tiltak a bold line, a description paragraph and an italic "
        "Ansvarlig/Samarbeidspartnere line; no types",
    "LO_KPR_rapportering_2036.xlsx":
        "workbook with a notes sheet and one sheet per hovedinnsatsområde; header in row 4 from column B "
        "(Aktivitet i 2036 / Kort omtale / Delmål / Art / Hovedansvar / Med hvem); delmål as numbers or "
        "\"dm 2.1\"; own type words; one hidden row (moved to next year, not a tiltak)",
    "NHO_rapport_KPR_2036.docx":
        "older draft (UTKAST, January): superseded by the revised version, no truth rows",
    "NHO_rapport_KPR_2036_revidert.docx":
        "revised version (February), landscape table Delmål / Hva gjør NHO? / Ansvar / Sammen med / "
        "Kategori; title and description as two paragraphs in one cell; merged area rows; header repeats on "
        "each page",
    "Unio_brev_tiltak_2036.doc":
        "letter in Word 97 format; numbered paragraphs typed by hand: title, type in parentheses, delmål "
        "in brackets ([1.4], [2,2]), colon, description",
    "KS_KPR_2036_presentasjon.pdf":
        "slide deck (16:9 PDF): title slide, one slide per hovedinnsatsområde with bullets (bold title, "
        "description line, grey tag line \"DM 1.4 | type | Ansvar | Samarbeid\"), a key-figures slide and a "
        "closing slide",
    "YS_tiltak_2036_skann.pdf":
        "scanned page: image-only PDF, tilted and noisy; ruled table Delmål / Tiltak / Type / "
        "Samarbeidspartnere, delmål with comma (1,1)",
    "Virke_notat_tiltak_2036.odt":
        "memo (NOTAT, Til/Fra/Dato/Sak) as ODT; block per tiltak: bold title, lines Delmål (code and "
        "words) / Form / Ansvar / Partnere, then a description paragraph",
    "Akademikerne_tiltak_2036.rtf":
        "RTF with a table Delmål / Tiltak og beskrivelse (bold title and description in one cell) / "
        "Ansvarlig / partnere (merged in one cell, split by a slash) / Kategori",
    "Spekter_rapporteringsskjema_2036.pdf":
        "filled-in form exported to PDF: one two-column label/value table per tiltak, type as a row of "
        "check boxes (☒/☐)",
    "VOFO_innrapportering_2036.docx":
        "Word table Tiltak / Delmål / Type / Ansvarlig / Samarbeid med; area rows spanning the table; "
        "header row repeated as a body row before each area; delmål in roman notation (III.2); no "
        "descriptions",
    "UHR_rapport_kompetansestrategien_2036.docx":
        "long prose report with numbered sections; tiltak as bold lead-ins of paragraphs, "
        "\"(delmål 1.4)\" after the title; opinion and plan paragraphs that are not tiltak",
    "Vestland_fylkeskommune_rapport_2036.pdf":
        "Nynorsk, Word exported to PDF, landscape; table with a two-row header (Tiltak over Namn / "
        "Skildring; Delmål, Type tiltak, Ansvarleg, Samarbeidspartnarar)",
    "Nordland_fylkeskommune_tiltak_2036.docx":
        "short Word report, numbered list under area headings; bold title, (delmål 1.3), description, "
        "Ansvarlig and Samarbeid in the same item; no types",
    "Kompetanseplan_Sunndal_kommune_2036-2039.pdf":
        "NOT a member report: a municipality's competence plan with numbered section headings (1.1, 2.1, "
        "3.1 …); must yield nothing",
}


def write_readme(path):
    rows = list(truth_rows())
    ids = {r["seed_row"] for r in rows}
    by = {}
    for r in rows:
        by.setdefault(r["seed_row"], []).append(r)
    shared = {k: v for k, v in by.items() if len({r["member"] for r in v}) > 1}
    L = ["# Held-out round 15 (reporting year 2036)", "",
         "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or any "
         "earlier held-out round; the program was never run on these files.**", "",
         "Rebuild: `python -m samples.holdout16_generator [--out DIR]` (default `samples/holdout16`; needs "
         "python-docx, openpyxl, Pillow, reportlab and LibreOffice for the PDF/ODT/RTF/DOC exports).", "",
         f"{len(FILES)} files, {len(rows)} truth rows, {len(ids)} distinct measures, {len(shared)} of them "
         "reported by two or more members. One file is not a member report, and one NHO file is an older "
         "version superseded by the revised one; neither has truth rows.", "",
         "| file | member | rows | shape |", "| --- | --- | --- | --- |"]
    for fname, member, rs in FILES:
        L.append(f"| {fname} | {member or '—'} | {len(rs or [])} | {SHAPES[fname]} |")
    L += ["", "## Measures reported by several members", ""]
    for k in sorted(shared):
        L.append(f"- **{k}** (delmål {shared[k][0]['delmal']}):")
        for r in shared[k]:
            L.append(f"  - {r['member']}: «{r['tiltak']}»")
    L += ["", "Traps kept apart (own measures, not the shared one): a member's gathering for its own "
          "council representatives, a member's note on a council's report, an evaluation of a joint scheme, a "
          "regional version of a national council and of a national programme, and a new phase of a pilot.", ""]
    path.write_text("\n".join(L), encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "holdout16"))
    a = ap.parse_args()
    build(Path(a.out))
    print(f"built {len(FILES)} files in {a.out}")


if __name__ == "__main__":
    main()
