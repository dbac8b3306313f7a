"""Build every file of the held-out round for 2038: python -m samples.holdout18_generator [--out DIR]."""
import argparse
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import data, docs, other, readme

FILES = [
    # (file name, member, rows, shape)
    ("01_KD_rapport_kompetansepolitisk_rad_2038.pdf", "Regjeringen", data.REGJ,
     "long prose report, Word exported to PDF"),
    ("02_LO_brev_innrapportering_2038.pdf", "LO", data.LO, "letter, Word exported to PDF"),
    ("03_NHO_tiltak_2038.xlsx", "NHO", data.NHO, "spreadsheet, several sheets"),
    ("04_Unio_notat_tiltak_2038.docx", "Unio", data.UNIO, "memo with a table"),
    ("05_KS_rapportering_2038_utkast.docx", "KS", [], "form, draft (superseded by 06)"),
    ("06_KS_rapportering_2038_revidert.odt", "KS", data.KS_V2, "form, revised version (ODT)"),
    ("07_YS_skannet_skjema_2038.pdf", "YS", data.YS, "scanned form, image-only PDF"),
    ("08_Virke_presentasjon_2038.pdf", "Virke", data.VIRKE, "slide deck PDF"),
    ("09_Akademikerne_innspill_2038.rtf", "Akademikerne", data.AKAD, "RTF"),
    ("10_Spekter_aktiviteter_2038.doc", "Spekter", data.SPEKTER, "Word 97 .doc with a table"),
    ("11_VOFO_rapportering_2038.pdf", "VOFO", data.VOFO, "ODT exported to PDF"),
    ("12_UHR_tiltak_2038.docx", "UHR", data.UHR, "DOCX table"),
    ("13_Vestland_fylkeskommune_rapportering_2038.pdf", "Vestland fylkeskommune", data.VESTLAND,
     "Nynorsk prose, Word exported to PDF"),
    ("14_Innkalling_mote_Kompetansepolitisk_rad_mars_2039.pdf", "", [],
     "not a member report (meeting notice)"),
    ("15_Innlandet_fylkeskommune_tiltak_2038.docx", "Innlandet fylkeskommune", data.INNLANDET,
     "DOCX table, one column per measure"),
]


def soffice(fmt, files, outdir):
    if not files:
        return
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), *map(str, files)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def build(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    for p in out.iterdir():
        if p.is_file():
            p.unlink()
    with tempfile.TemporaryDirectory() as tmpd:
        tmp = Path(tmpd)
        stem = {f[0]: Path(f[0]).stem for f in FILES}
        # Word sources
        docs.regjeringen(tmp / (stem[FILES[0][0]] + ".docx"))
        docs.lo(tmp / (stem[FILES[1][0]] + ".docx"))
        docs.unio(out / FILES[3][0])
        docs.ks(out / FILES[4][0], data.KS_V1, dt.datetime(2039, 1, 10, 9, 0),
                "Versjon: utkast 10. januar 2039")
        (tmp / "odt").mkdir()
        docs.ks(tmp / "odt" / (stem[FILES[5][0]] + ".docx"), data.KS_V2, dt.datetime(2039, 2, 3, 15, 0),
                "Versjon: revidert 3. februar 2039 – erstatter utkastet av 10. januar 2039")
        docs.vofo(tmp / "odt" / (stem[FILES[10][0]] + ".docx"))
        (tmp / "rtf").mkdir()
        docs.akademikerne(tmp / "rtf" / (stem[FILES[8][0]] + ".docx"))
        (tmp / "doc").mkdir()
        docs.spekter(tmp / "doc" / (stem[FILES[9][0]] + ".docx"))
        docs.uhr(out / FILES[11][0])
        docs.innlandet(out / FILES[14][0])
        docs.vestland(tmp / (stem[FILES[12][0]] + ".docx"))
        docs.innkalling(tmp / (stem[FILES[13][0]] + ".docx"))
        other.nho(out / FILES[2][0])
        other.ys(out / FILES[6][0])
        other.virke(out / FILES[7][0])
        # LibreOffice, batched: one call per target format
        soffice("odt", sorted((tmp / "odt").glob("*.docx")), tmp / "odt")
        shutil.move(str(tmp / "odt" / FILES[5][0]), out / FILES[5][0])
        soffice("rtf", sorted((tmp / "rtf").glob("*.docx")), out)
        soffice("doc:MS Word 97", sorted((tmp / "doc").glob("*.docx")), out)
        soffice("pdf", sorted(tmp.glob("*.docx")) + [tmp / "odt" / (stem[FILES[10][0]] + ".odt")], out)
    missing = [f[0] for f in FILES if not (out / f[0]).exists()]
    if missing:
        raise SystemExit(f"not built: {missing}")
    write_truth(out)
    readme.write(out, FILES)


def write_truth(out: Path):
    with open(out / "truth.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
                    "samarbeidspartnere", "beskrivelse"])
        for name, member, rows, _ in FILES:
            for r in rows:
                w.writerow([name, member, r.t, r.m, r.d, r.ty, r.a, r.p, r.b])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "holdout18"))
    a = ap.parse_args()
    build(Path(a.out))


if __name__ == "__main__":
    main()
