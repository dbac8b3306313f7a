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


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "holdout16"))
    a = ap.parse_args()
    build(Path(a.out))
    print(f"built {len(FILES)} files in {a.out}")


if __name__ == "__main__":
    main()
