"""Writes every file of the round, converts the ones LibreOffice must touch, and writes the truth."""
import csv
import os
import shutil
import subprocess
import tempfile

from . import pdfs, sheets, word
from .data import FILES, truth_rows
from .readme import readme

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]

# name -> (writer, LibreOffice target format or None)
WRITERS = {
    "01": (word.kd_01, None), "02": (word.lo_02, "pdf"), "03": (sheets.nho_03, None),
    "04": (word.unio_04, "odt"), "05": (pdfs.ks_05, None), "06": (pdfs.ys_06, None),
    "07": (word.virke_07, None), "08": (word.virke_08, None), "09": (word.akad_09, "doc"),
    "10": (word.spekter_10, "rtf"), "11": (pdfs.vofo_11, None), "12": (word.uhr_12, None),
    "13": (word.vestland_13, "pdf"), "14": (sheets.trondelag_14, None), "15": (word.agenda_15, "pdf"),
}


def _convert(src, fmt, outdir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], check=True, capture_output=True, timeout=180)


def build(out):
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for fname, _member, _shape in FILES:
            writer, fmt = WRITERS[fname[:2]]
            if fmt is None:
                writer(os.path.join(out, fname))
                continue
            stem = os.path.splitext(fname)[0]
            src = os.path.join(tmp, stem + ".docx")
            writer(src)
            _convert(src, fmt, tmp)
            shutil.copy(os.path.join(tmp, f"{stem}.{fmt}"), os.path.join(out, fname))
    rows = truth_rows()
    with open(os.path.join(out, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=HEADER)
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(rows))
    return rows
