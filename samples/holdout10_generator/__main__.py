"""python -m samples.holdout10_generator [--out DIR]: build the 2030 held-out round."""
import argparse
import csv
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import build_docs as B
from . import build_other as O
from . import data as D
from .readme import write_readme

FILES = {
    "regjeringen": "KD_rapportering_KPR_2030.pdf",
    "lo": "LO_brev_tiltak_2030.doc",
    "nho": "NHO_tiltaksoversikt_2030.xlsx",
    "unio": "Unio_rapport_2030_skannet.pdf",
    "ks": "KS_rapport_kompetansepolitisk_raad_2030.odt",
    "ys": "YS_notat_tiltak_2030.rtf",
    "virke_draft": "Virke_rapportering_2030_utkast.docx",
    "virke": "Virke_rapportering_2030_revidert.docx",
    "akademikerne": "Akademikerne_KPR_2030_presentasjon.pdf",
    "spekter": "Spekter_tiltak_2030.docx",
    "vofo": "VOFO_brev_rapportering_2030.pdf",
    "uhr": "UHR_tiltak_2030.docx",
    "vestland": "Vestland_fylkeskommune_tiltak_2030.pdf",
    "nordland": "Nordland_fk_rapportskjema_2030.docx",
    "innkalling": "Innkalling_KPR_mars_2031.docx",
}

COLUMNS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
           "samarbeidspartnere", "beskrivelse"]


def soffice(fmt, files, outdir):
    if not files:
        return
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build(out: Path):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    truth = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # Word sources that LibreOffice converts
        def stem(key):
            return Path(FILES[key]).stem
        B.regjeringen(tmp / (stem("regjeringen") + ".docx"), truth, FILES["regjeringen"])
        B.vofo(tmp / (stem("vofo") + ".docx"), truth, FILES["vofo"])
        B.vestland(tmp / (stem("vestland") + ".docx"), truth, FILES["vestland"])
        B.lo(tmp / (stem("lo") + ".docx"), truth, FILES["lo"])
        B.ks(tmp / (stem("ks") + ".docx"), truth, FILES["ks"])
        soffice("pdf:writer_pdf_Export", [tmp / (stem(k) + ".docx") for k in ("regjeringen", "vofo", "vestland")], out)
        soffice("doc:MS Word 97", [tmp / (stem("lo") + ".docx")], out)
        soffice("odt", [tmp / (stem("ks") + ".docx")], out)
        # files written directly
        O.nho(out / FILES["nho"], truth, FILES["nho"])
        O.unio(out / FILES["unio"], truth, FILES["unio"])
        O.ys(out / FILES["ys"], truth, FILES["ys"])
        B.virke(out / FILES["virke_draft"], None, FILES["virke_draft"], D.VIRKE_DRAFT, draft=True)
        B.virke(out / FILES["virke"], truth, FILES["virke"], D.VIRKE_FINAL, draft=False)
        O.akademikerne(str(out / FILES["akademikerne"]), truth, FILES["akademikerne"])
        B.spekter(out / FILES["spekter"], truth, FILES["spekter"])
        B.uhr(out / FILES["uhr"], truth, FILES["uhr"])
        B.nordland(out / FILES["nordland"], truth, FILES["nordland"])
        B.innkalling(out / FILES["innkalling"])
    missing = [f for f in FILES.values() if not (out / f).exists()]
    if missing:
        raise SystemExit(f"missing outputs: {missing}")
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for row in truth:
            w.writerow(row)
    write_readme(out, FILES, truth)
    return truth


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="samples/holdout10")
    args = ap.parse_args()
    truth = build(Path(args.out))
    print(f"{len(FILES)} files, {len(truth)} truth rows -> {args.out}")


if __name__ == "__main__":
    main()
