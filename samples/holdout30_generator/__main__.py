"""Build held-out round 29 (reporting year 2050).

    python -m samples.holdout30_generator [--out DIR]
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from . import build_other, build_pdf, build_word_a, build_word_b, build_xlsx
from .common import write_truth
from .data import MEMBERS, truth_rows
from .readme import write_readme

BUILDERS = {
    "kd_rapportering_kompetansepolitikk_2050.docx": build_word_a.build_kd,
    "lo_innspill_tiltak_2050.pdf": build_word_b.build_lo,
    "nho_tiltak_2050.xlsx": build_xlsx.build_nho,
    "unio_rapport_2050.rtf": build_other.build_rtf,
    "ks_rapportering_2050.pdf": build_pdf.build_ks,
    "ys_tiltaksrapport_2050.doc": build_word_b.build_ys,
    "virke_kompetanse_2050.odt": build_word_b.build_virke,
    "akademikerne_skannet_2050.pdf": build_other.build_scan,
    "spekter_2050.pdf": build_pdf.build_spekter,
    "vofo_rapport_2050.docx": build_word_a.build_vofo,
    "uhr_presentasjon_2050.pdf": build_pdf.build_uhr,
    "sametinget_rapport_2050.pdf": build_word_b.build_sametinget,
    "nordland_fk_tiltak_2050.xlsx": build_xlsx.build_nordland,
    "vestland_fk_2050.docx": build_word_a.build_vestland,
}
NEEDS_WORKDIR = {build_word_b.build_lo, build_word_b.build_ys,
                 build_word_b.build_virke, build_word_b.build_sametinget}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="samples/holdout30")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        work = Path(td)
        for m in MEMBERS:
            fn = BUILDERS[m["file"]]
            path = fn(m, out, work) if fn in NEEDS_WORKDIR else fn(m, out)
            if path.name != m["file"]:
                raise RuntimeError(f"{fn.__name__} wrote {path.name}")
            print("wrote", path)
    print("wrote", build_word_a.build_invitation(out))
    truth = truth_rows()
    write_truth(out / "truth.csv", truth)
    write_readme(out / "README.md", truth)
    print(f"truth rows: {len(truth)}")


if __name__ == "__main__":
    main()
