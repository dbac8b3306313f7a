"""python -m samples.holdout34_generator --out samples/holdout34"""
import argparse
import os
import shutil

from . import report, w_docx1, w_docx2, w_odt_rtf, w_pdf, w_scan, w_soffice, w_xlsx

WRITERS = [
    w_docx1.write_regjeringen,
    w_pdf.write_lo,
    w_xlsx.write_nho,
    w_docx1.write_unio_draft,
    w_docx1.write_unio_v2,
    w_odt_rtf.write_vestland,
    w_odt_rtf.write_sametinget,
    w_soffice.write_ys,
    w_scan.write_virke,
    w_pdf.write_akademikerne,
    w_soffice.write_trondelag,
    w_docx2.write_spekter,
    w_xlsx.write_uhr,
    w_docx2.write_fagskoleradet,
    w_docx2.write_template,
]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="samples/holdout34")
    a = ap.parse_args(argv)
    if os.path.isdir(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    results = [w(a.out) for w in WRITERS]
    report.write_truth(a.out, results)
    rows, distinct, multi = report.write_readme(a.out, results)
    print(f"{len(results)} files, {rows} truth rows, {distinct} measures, {multi} shared")


if __name__ == "__main__":
    main()
