"""Build the 2032 held-out round: ``python -m samples.holdout12_generator [--out DIR]``."""
from __future__ import annotations

import argparse
import csv
import random
import subprocess
import tempfile
from pathlib import Path

from . import data as D
from .docs import (agenda, akademikerne, ks_form, lo_prose, regjeringen, spekter_memo, unio_letter,
                   vestland, vofo)
from .other import innlandet_xlsx, nho_xlsx, uhr_pdf, virke_slides, ys_scan

# file name -> (member, rows in the truth); rows None = no truth rows
FILES: dict[str, tuple[str, list[D.R]]] = {
    "KD_rapport_kompetansepolitisk_rad_2032.pdf": ("Regjeringen", D.REGJ),
    "LO_rapportering_2032.docx": ("LO", D.LO),
    "NHO tiltak 2032.xlsx": ("NHO", D.NHO),
    "Unio_brev_KPR_2032.pdf": ("Unio", D.UNIO),
    "KS_rapporteringsskjema_2032.doc": ("KS", D.KS),
    "YS_2032_skannet.pdf": ("YS", D.YS),
    "Virke_KPR_2032_presentasjon.pdf": ("Virke", D.VIRKE),
    "Akademikerne_rapport_2032_utkast.odt": ("Akademikerne", []),
    "Akademikerne_rapport_2032_endelig.odt": ("Akademikerne", D.AKAD),
    "Spekter_notat_KPR_2032.rtf": ("Spekter", D.SPEKTER),
    "VOFO_rapport_2032.docx": ("VOFO", D.VOFO),
    "UHR_aarsrapport_2032_kap4.pdf": ("UHR", D.UHR),
    "Vestland_fylkeskommune_rapportering_2032.docx": ("Vestland fylkeskommune", D.VESTLAND),
    "Innlandet_fk_tiltak_2032.xlsx": ("Innlandet fylkeskommune", D.INNLANDET),
    "Innkalling_KPR_mote_1_2033.docx": ("", []),
}

SHAPES = {
    "KD_rapport_kompetansepolitisk_rad_2032.pdf": "Word report exported to PDF by LibreOffice: landscape table, "
    "ansvarlig department first, area rows spanning the table, header repeated on each page",
    "LO_rapportering_2032.docx": "long prose report: headings per innsatsområde, a heading per tiltak, "
    "a paragraph, an italic line with delmål and partners",
    "NHO tiltak 2032.xlsx": "workbook: notes sheet, one sheet per innsatsområde with the header on row 4, "
    "delmål stored as numbers, a hidden code sheet",
    "Unio_brev_KPR_2032.pdf": "letter exported to PDF: typed numbered list, title – text (delmål 1,4; type)",
    "KS_rapporteringsskjema_2032.doc": "Word 97 form: one two-column form table per tiltak, type as "
    "checkboxes, delmål as code or as its words",
    "YS_2032_skannet.pdf": "scanned (image-only, tilted, noisy) table, delmål with comma",
    "Virke_KPR_2032_presentasjon.pdf": "slide deck as PDF: one slide per innsatsområde, bullets with sub-lines",
    "Akademikerne_rapport_2032_utkast.odt": "superseded draft (older date, 'UTKAST'): no truth rows",
    "Akademikerne_rapport_2032_endelig.odt": "ODT, roman delmål (I.1, II.2), final version replacing the draft",
    "Spekter_notat_KPR_2032.rtf": "memo in RTF: Til/Fra/Sak head, table with ansvarlig and partners in one cell",
    "VOFO_rapport_2032.docx": "table with delmål by key words only, no type column, area rows",
    "UHR_aarsrapport_2032_kap4.pdf": "chapter of an annual report (PDF): numbered sections 4.1–4.5, a "
    "delmål line under each; 4.5 is prose, not a tiltak",
    "Vestland_fylkeskommune_rapportering_2032.docx": "Nynorsk table, description before ansvarleg",
    "Innlandet_fk_tiltak_2032.xlsx": "spreadsheet with a two-row grouped header (Tiltak: Navn/Beskrivelse; "
    "Aktører: Ansvarlig/Samarbeid)",
    "Innkalling_KPR_mote_1_2033.docx": "NOT a report: the council's meeting notice with numbered agenda items",
}

TRUTH_COLS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
              "samarbeidspartnere", "beskrivelse"]


def soffice(files: list[Path], fmt: str, outdir: Path) -> None:
    if not files:
        return
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), *map(str, files)], check=True, capture_output=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="samples/holdout12")
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    random.seed(2032)
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        # Word sources; some stay .docx, others go through LibreOffice
        regjeringen(tmp / "KD_rapport_kompetansepolitisk_rad_2032.docx", D.REGJ)
        unio_letter(tmp / "Unio_brev_KPR_2032.docx", D.UNIO)
        ks_form(tmp / "KS_rapporteringsskjema_2032.docx", D.KS)
        akademikerne(tmp / "Akademikerne_rapport_2032_utkast.docx", D.AKAD_DRAFT, final=False)
        akademikerne(tmp / "Akademikerne_rapport_2032_endelig.docx", D.AKAD, final=True)
        spekter_memo(tmp / "Spekter_notat_KPR_2032.docx", D.SPEKTER)
        soffice([tmp / "KD_rapport_kompetansepolitisk_rad_2032.docx", tmp / "Unio_brev_KPR_2032.docx"], "pdf", out)
        soffice([tmp / "KS_rapporteringsskjema_2032.docx"], "doc:MS Word 97", out)
        soffice([tmp / "Akademikerne_rapport_2032_utkast.docx", tmp / "Akademikerne_rapport_2032_endelig.docx"],
                "odt", out)
        soffice([tmp / "Spekter_notat_KPR_2032.docx"], "rtf", out)
    lo_prose(out / "LO_rapportering_2032.docx", D.LO)
    vofo(out / "VOFO_rapport_2032.docx", D.VOFO)
    vestland(out / "Vestland_fylkeskommune_rapportering_2032.docx", D.VESTLAND)
    agenda(out / "Innkalling_KPR_mote_1_2033.docx")
    nho_xlsx(out / "NHO tiltak 2032.xlsx", D.NHO)
    innlandet_xlsx(out / "Innlandet_fk_tiltak_2032.xlsx", D.INNLANDET)
    ys_scan(out / "YS_2032_skannet.pdf", D.YS)
    virke_slides(out / "Virke_KPR_2032_presentasjon.pdf", D.VIRKE)
    uhr_pdf(out / "UHR_aarsrapport_2032_kap4.pdf", D.UHR)
    missing = [f for f in FILES if not (out / f).exists()]
    if missing:
        raise SystemExit(f"not built: {missing}")
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(TRUTH_COLS)
        for name, (member, rows) in FILES.items():
            for r in rows:
                w.writerow([name, member, r.tiltak, r.mid, r.delmal, r.type, r.ans, r.partners, r.desc])
    write_readme(out)


def write_readme(out: Path) -> None:
    nrows = sum(len(rows) for _, rows in FILES.values())
    mids: dict[str, list[tuple[str, str]]] = {}
    for _name, (member, rows) in FILES.items():
        for r in rows:
            mids.setdefault(r.mid, []).append((member, r.tiltak))
    shared = {m: v for m, v in mids.items() if len({mem for mem, _ in v}) > 1}
    lines = [
        "# Held-out round 11 (reporting year 2032)",
        "",
        "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or any "
        "earlier held-out round; the program was never run on these files.**",
        "",
        "Rebuild (from the repository root, with the project's venv; LibreOffice must be installed):",
        "",
        "    .venv/bin/python -m samples.holdout12_generator --out samples/holdout12",
        "",
        f"Counts: {len(FILES)} files, {nrows} truth rows, {len(mids)} distinct measures, "
        f"{len(shared)} reported by two or more members. One file is not a member report "
        "(`Innkalling_KPR_mote_1_2033.docx`) and one is a superseded draft "
        "(`Akademikerne_rapport_2032_utkast.odt`, replaced by `…_endelig.odt`); neither has truth rows.",
        "",
        "Where a report names no ansvarlig for its own measure (prose, letters), the truth gives the member "
        "itself as ansvarlig. `type` is always the secretariat's type, whether or not the report gave one.",
        "",
        "| file | member | rows | shape |",
        "|---|---|---|---|",
    ]
    for name, (member, rows) in FILES.items():
        lines.append(f"| {name} | {member or '–'} | {len(rows)} | {SHAPES[name]} |")
    lines += ["", "## Measures reported by several members", ""]
    for m, v in sorted(shared.items()):
        lines.append(f"- **{m}**: " + "; ".join(f"{mem}: «{t}»" for mem, t in v))
    lines += ["", "Traps (own measures that only look shared): M13 (LO's gathering of its SRY/faglige råd "
              "representatives), M14 (NHO's note on KBU's report), M15 (Vestland's regional "
              "kompetansebehovsutval), M16 (KS: a new phase of DIGLØFT for municipalities), M17 (Spekter's "
              "survey about RSA), M18 (Innlandet's regional Læreplass 2030).", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
