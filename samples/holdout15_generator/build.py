"""Build the 2035 held-out round: reports, truth.csv and README.md.

python -m samples.holdout15_generator [--out DIR]
"""
from __future__ import annotations

import argparse
import csv
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import data as D
from .docs import (build_akademikerne, build_innlandet, build_ks, build_lo, build_nho,
                   build_program, build_regjeringen, build_spekter, build_uhr, build_unio,
                   build_vestland, build_virke, build_vofo, build_ys)

TRUTH_COLUMNS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                 "ansvarlig", "samarbeidspartnere", "beskrivelse"]

# (final file name, member, rows, shape)  -- rows None: no truth rows
FILES = [
    ("Regjeringen_rapportering_KPR_2035.pdf", "Regjeringen", D.REGJERINGEN,
     "long prose report (Word, exported to PDF): headings per area, one heading per measure, description and an italic line with delmål, ansvar, samarbeid"),
    ("LO_brev_tiltak_2035.doc", "LO", D.LO,
     "letter (.doc) with a numbered list: bold title, dash, description, bracket with dm-code, type word, partners"),
    ("NHO_rapportering_2035.xlsx", "NHO", D.NHO,
     "workbook: guidance sheet, report sheet with title rows and a two-row header from row 4 in an odd column order, hidden list sheet; delmål stored as numbers"),
    ("Unio_rapport_2035_skannet.pdf", "Unio", D.UNIO,
     "scanned table (image-only PDF, tilted, noisy); delmål with comma"),
    ("KS_rapportering_KPR_2035.docx", "KS", None,
     "draft version (superseded by _rev2)"),
    ("KS_rapportering_KPR_2035_rev2.docx", "KS", D.KS,
     "revised version: table with area rows spanning the width, delmål as key words, title and description in one cell"),
    ("YS_notat_KPR_2035.rtf", "YS", D.YS,
     "memo (RTF): dash items, title before a colon, delmål and type in brackets"),
    ("Virke_KPR_2035_presentasjon.pdf", "Virke", D.VIRKE,
     "slide deck exported to PDF: one slide per measure, delmål in words only"),
    ("Akademikerne_skjema_2035.odt", "Akademikerne", D.AKADEMIKERNE,
     "filled-in form (ODT): one two-column label/answer table per measure"),
    ("Spekter_tiltak_2035.pdf", "Spekter", D.SPEKTER,
     "Word table exported to PDF: title and description in one cell, delmål and type merged in one column"),
    ("VOFO_rapportering_2035.docx", "VOFO", D.VOFO,
     "headings that paraphrase delmål (no codes), bullets with bold title and dash"),
    ("UHR_rapport_til_KPR_2035.pdf", "UHR", D.UHR,
     "PDF table over two pages with the header repeated, landscape"),
    ("Vestland_fylkeskommune_rapport_2035.docx", "Vestland fylkeskommune", D.VESTLAND,
     "Nynorsk: numbered headings 'Tiltak n:', description, then one line of fields separated by middle dots"),
    ("Innlandet_fylkeskommune_2035.xlsx", "Innlandet fylkeskommune", D.INNLANDET,
     "sheet with the table starting at B4, tiltak and description split, delmål as numbers; a comments sheet"),
    ("Program_Laere_hele_livet_2035.pdf", "", None,
     "NOT a member report: a conference programme with numbered sessions"),
]


def soffice(fmt: str, files: list[Path], outdir: Path, profile: Path) -> None:
    if not files:
        return
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
           "--convert-to", fmt, "--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=600)


def fmt_dm(v) -> str:
    if isinstance(v, float):
        return f"{v:.1f}"
    return str(v)


def write_truth(out: Path) -> int:
    n = 0
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(TRUTH_COLUMNS)
        for name, member, rows, _ in FILES:
            for r in rows or []:
                w.writerow([name, member, r["tiltak"], r["seed_row"], fmt_dm(r["delmal"]),
                            r["type"], r["ansvarlig"], r["samarbeidspartnere"], r["beskrivelse"]])
                n += 1
    return n


def write_readme(out: Path) -> None:
    rows = [(name, member, rows) for name, member, rows, _ in FILES]
    total = sum(len(r or []) for _, _, r in rows)
    ids: dict[str, list[tuple[str, str]]] = {}
    for name, member, rs in rows:
        for r in rs or []:
            ids.setdefault(r["seed_row"], []).append((member, r["tiltak"]))
    shared = {k: v for k, v in ids.items() if len({m for m, _ in v}) > 1}
    lines = [
        "# Held-out round 14 (reporting year 2035)",
        "",
        "**Held out: written by an author who did not read the program's code, vocabulary, catalogue "
        "or any earlier held-out round; the program was never run on these files.**",
        "",
        "## Rebuild",
        "",
        "```",
        "python -m samples.holdout15_generator            # writes samples/holdout15",
        "python -m samples.holdout15_generator --out DIR",
        "```",
        "",
        "Needs python-docx, openpyxl, Pillow, reportlab and LibreOffice (`soffice`) for the "
        "PDF, .doc, .rtf and .odt exports. The scan uses a fixed random seed.",
        "",
        "## Counts",
        "",
        f"- files: {len(FILES)} (one not a member report, one superseded draft)",
        f"- truth rows: {total}",
        f"- distinct measures: {len(ids)}",
        f"- measures reported by two or more members: {len(shared)}",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "|---|---|---|---|",
    ]
    for name, member, rs, shape in FILES:
        lines.append(f"| {name} | {member or '—'} | {len(rs) if rs else 0} | {shape} |")
    lines += ["", "## Measures reported by several members", ""]
    for k in sorted(shared):
        lines.append(f"- **{k}**")
        for member, t in shared[k]:
            lines.append(f"  - {member}: «{t}»")
    lines += ["", "Traps kept apart (own measures): a member's training or gathering of its own "
              "council representatives, a members' note on a council's report, a regional version "
              "of a national programme, a new phase of a joint project in another sector.", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m samples.holdout15_generator")
    ap.add_argument("--out", default="samples/holdout15")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    random.seed(2035)
    with tempfile.TemporaryDirectory(prefix="h15_") as tmp:
        tmp = Path(tmp)
        src = tmp / "src"
        conv = tmp / "conv"
        src.mkdir()
        conv.mkdir()
        # Word sources that LibreOffice exports
        to_pdf = [build_regjeringen(src / "Regjeringen_rapportering_KPR_2035.docx"),
                  build_spekter(src / "Spekter_tiltak_2035.docx")]
        to_doc = [build_lo(src / "LO_brev_tiltak_2035.docx")]
        to_rtf = [build_ys(src / "YS_notat_KPR_2035.docx")]
        to_odt = [build_akademikerne(src / "Akademikerne_skjema_2035.docx")]
        profile = tmp / "lo_profile"
        soffice("pdf", to_pdf, conv, profile)
        soffice("doc:MS Word 97", to_doc, conv, profile)
        soffice("rtf", to_rtf, conv, profile)
        soffice("odt", to_odt, conv, profile)
        for f in conv.iterdir():
            shutil.copy(f, out / f.name)
    # files written directly
    build_nho(out / "NHO_rapportering_2035.xlsx")
    build_unio(out / "Unio_rapport_2035_skannet.pdf")
    build_ks(out / "KS_rapportering_KPR_2035.docx", revised=False)
    build_ks(out / "KS_rapportering_KPR_2035_rev2.docx", revised=True)
    build_virke(out / "Virke_KPR_2035_presentasjon.pdf")
    build_vofo(out / "VOFO_rapportering_2035.docx")
    build_uhr(out / "UHR_rapport_til_KPR_2035.pdf")
    build_vestland(out / "Vestland_fylkeskommune_rapport_2035.docx")
    build_innlandet(out / "Innlandet_fylkeskommune_2035.xlsx")
    build_program(out / "Program_Laere_hele_livet_2035.pdf")
    missing = [n for n, *_ in FILES if not (out / n).exists()]
    if missing:
        raise SystemExit(f"missing outputs: {missing}")
    n = write_truth(out)
    write_readme(out)
    print(f"{len(FILES)} files, {n} truth rows -> {out}")

