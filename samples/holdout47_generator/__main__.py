"""Build samples/holdout47: python -m samples.holdout47_generator samples/holdout47"""
import csv
import io
import os
import sys

from . import build_docx, build_html, build_odf, build_pdf, build_sheet
from .data import FILES
from .readme import write_readme

BUILDERS = {
    1: build_pdf.build_lo,
    2: build_html.build_nho,
    3: build_docx.build_ks,
    4: build_sheet.build_unio,
    5: build_sheet.build_virke,
    6: build_docx.build_akademikerne,
    7: build_pdf.build_spekter,
    8: build_odf.build_vofo,
    9: build_docx.build_uhr,
    10: build_sheet.build_fagskoleradet,
    11: build_pdf.build_sametinget,
    12: build_docx.build_vestland,
    13: build_sheet.build_innlandet,
    14: build_html.build_agder,
    15: build_odf.build_trondelag,
    16: build_pdf.build_newsletter,
}

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]


def write_truth(outdir):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for f in FILES:
        for r in f.rows:
            w.writerow([f.name, f.member, r.tiltak, r.seed, r.delmal, r.type, r.ansvarlig, r.samarb, r.beskr])
    with open(os.path.join(outdir, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


def main(argv):
    outdir = argv[1] if len(argv) > 1 else "samples/holdout47"
    os.makedirs(outdir, exist_ok=True)
    keep = {f.name for f in FILES} | {"truth.csv", "README.md"}
    for name in os.listdir(outdir):
        if name not in keep:
            os.remove(os.path.join(outdir, name))
    for f in FILES:
        path = os.path.join(outdir, f.name)
        BUILDERS[f.num](f, path)
        print("wrote", path)
    write_truth(outdir)
    write_readme(outdir)
    print("wrote truth.csv and README.md")


if __name__ == "__main__":
    main(sys.argv)
