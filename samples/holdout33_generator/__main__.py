"""python -m samples.holdout33_generator --out samples/holdout33"""
import argparse
import csv
import os

from . import build_pdf, build_rtf, build_scan, build_word_a, build_word_b, build_xlsx
from . import data_1, data_2, data_3
from .common import truth_rows

# file name, member (None = not a member report), builder, rows, shape
FILES = [
    ("KD_rapport_kompetansepolitisk_rad_2053.docx", "Regjeringen",
     build_word_a.build_kd, data_1.KD,
     "landscape table, two-row header with merged «Ansvar» over two columns, "
     "main-area band rows, delmål code+name column"),
    ("LO_tiltak_2053.pdf", "LO", build_pdf.build_lo, data_1.LO,
     "reportlab landscape table continued over pages with repeated header; "
     "delmål as bare code, type in «Form»"),
    ("NHO_rapportering_2053.xlsx", "NHO", build_xlsx.build_nho, data_1.NHO,
     "workbook: instruction sheet first, table sheet with title rows, "
     "question-style headers, delmål as numbers, status column"),
    ("Unio_tiltak_2053.odt", "Unio", build_word_b.build_unio, data_1.UNIO,
     "ODT prose: delmål headings, bold lead-in title – description; no type, "
     "no responsible"),
    ("KS_rapport_2053.rtf", "KS", build_rtf.build_ks, data_1.KS,
     "RTF numbered paragraphs with «Delmål x.y | Type:» line, description, "
     "Ansvarlig/Samarbeidspartnere lines"),
    ("YS_tiltaksoversikt_2053.doc", "YS", build_word_b.build_ys, data_2.YS,
     "Word 97 .doc (soffice): key/value blocks separated by rules, "
     "optional fields left out"),
    ("Virke_kompetansetiltak_2053.pdf", "Virke", build_word_b.build_virke, data_2.VIRKE,
     "PDF exported by soffice: bullet lists under delmål named without codes, "
     "type in square brackets"),
    ("Akademikerne_rapport_2053.pdf", "Akademikerne", build_pdf.build_akademikerne,
     data_2.AKAD,
     "reportlab two-column prose; sections paraphrase the delmål; bold titles "
     "then paragraphs; no type"),
    ("Spekter_2053_skannet.pdf", "Spekter", build_scan.build_spekter, data_2.SPEKTER,
     "image-only scan (200 dpi, rotated, noisy) of a four-column table"),
    ("VOFO_rapportering_2053.docx", "VOFO", build_word_a.build_vofo, data_2.VOFO,
     "form: one two-column label/value table per tiltak"),
    ("Vestland_fylkeskommune_rapport_2053.docx", "Vestland fylkeskommune",
     build_word_a.build_vestland, data_3.VESTLAND,
     "Nynorsk; delmål headings, numbered titles x.y.n with type in brackets, "
     "Ansvarleg/Samarbeidspartnarar lines"),
    ("Trondelag_fk_tiltak_2053.xlsx", "Trøndelag fylkeskommune",
     build_xlsx.build_trondelag, data_3.TRONDELAG,
     "workbook with merged two-row header groups; delmål as «name (code)»; "
     "extra code-list sheet"),
    ("UHR_oversendelse_2053.docx", "UHR", build_word_a.build_uhr, data_3.UHR,
     "cover letter (portrait) then landscape appendix table «Vedlegg 1»"),
    ("Oslo_kommune_2053.pdf", "Oslo kommune", build_word_b.build_oslo, data_3.OSLO,
     "PDF exported by soffice: four-column table without a type column"),
    ("Artikkel_laering_i_arbeidslivet_2053.pdf", None, build_pdf.build_article, None,
     "not a member report: research article with numbered sections and a "
     "results table"),
    ("Kompetanseplan_Gjovik_kommune_2053.docx", None, build_word_b.build_plan, None,
     "not a member report: municipal competence plan with sections 1.1–3.2 "
     "and a measures table"),
]

FIELDS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
          "ansvarlig", "samarbeidspartnere", "beskrivelse"]


def write_readme(out, truth):
    seeds = {}
    for t in truth:
        seeds.setdefault(t["seed_row"], set()).add(t["member"])
    multi = sum(1 for m in seeds.values() if len(m) >= 2)
    lines = [
        "# Held-out round 32 (reporting year 2053)", "",
        "These files were written from the domain description alone, without "
        "reading the extraction program. Documents are reports to Kompetansepolitisk "
        "råd for reporting year 2053.", "",
        "Rebuild from the worktree root:", "",
        "    python -m samples.holdout33_generator --out samples/holdout33", "",
        f"- files: {len(FILES)} ({sum(1 for f in FILES if f[1])} member reports, "
        f"{sum(1 for f in FILES if not f[1])} non-reports)",
        f"- truth rows: {len(truth)}",
        f"- distinct measures: {len(seeds)}",
        f"- measures reported by 2+ members: {multi}", "",
        "Dates and document metadata are pinned; PDFs exported by LibreOffice "
        "may still differ between rebuilds in the bytes of embedded font subsets "
        "(text and metadata are the same).", "",
        "| file | member | rows | shape |", "|---|---|---|---|",
    ]
    for fname, member, _, rows, shape in FILES:
        cell = shape.replace("|", "\\|")
        lines.append(f"| {fname} | {member or '(none)'} | {len(rows or [])} | {cell} |")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="samples/holdout33")
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    truth = []
    for fname, member, builder, rows, _ in FILES:
        if rows is None:
            builder(args.out, fname)
        else:
            builder(args.out, fname, rows)
            truth += truth_rows(fname, member, rows)
        print("wrote", fname)
    with open(os.path.join(args.out, "truth.csv"), "w", encoding="utf-8",
              newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(truth)
    write_readme(args.out, truth)
    print(f"{len(truth)} truth rows")


if __name__ == "__main__":
    main()
