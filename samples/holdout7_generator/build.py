"""Writes every file of the round, truth.csv and README.md."""
from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

from . import data, docs, other

# file name, member, rows (None = no truth rows), shape, does the report state an ansvarlig per row
FILES = [
    ("Regjeringen_KD_tiltak_2027.docx", "Regjeringen", data.REGJERINGEN,
     "DOCX table, area heading rows merged across, bold title + description paragraph in the tiltak cell", True),
    ("LO_brev_rapportering_2027.pdf", "LO", data.LO,
     "letter (DOCX exported to PDF by LibreOffice), hand-numbered paragraphs 'n) title – description [type] (dm x.y)'", False),
    ("NHO_rapportering_2027.xlsx", "NHO", data.NHO,
     "XLSX, instructions sheet + one sheet per hovedinnsatsområde, header on row 4, delmål stored as numbers, "
     "a hidden sheet with last year's rows, an area sheet with no tiltak", True),
    ("Unio_notat_tiltak_2027.rtf", "Unio", data.UNIO,
     "memo (RTF), block layout: bold title, labelled lines Delmål/Type/Ansvar/Samarbeid, delmål in words only", True),
    ("KS_rapport_2027.odt", "KS", data.KS,
     "ODT prose, 'Delmål x.y …' headings with bulleted tiltak (bold title. description)", False),
    ("YS_tiltak_2027.docx", "YS", data.YS,
     "DOCX table with a two-row header (Tiltak over Navn | Omtale)", True),
    ("Virke_presentasjon_KPR_2027.pdf", "Virke", data.VIRKE,
     "slide deck exported to PDF (landscape), bullets with '[x.y]' and dash sub-bullets", False),
    ("Akademikerne_skjema_2027_utkast.docx", "Akademikerne", None,
     "superseded draft of the form (utkast, December 2027): no truth rows", True),
    ("Akademikerne_skjema_2027_endelig.docx", "Akademikerne", data.AKADEMIKERNE,
     "reporting form: one two-column label/value table per tiltak (final version)", True),
    ("Spekter_tiltak_2027_skannet.pdf", "Spekter", data.SPEKTER,
     "scanned table: image-only PDF, tilted and noisy, delmål as '1,4'", True),
    ("VOFO_arsmelding_2027_utdrag.pdf", "VOFO", data.VOFO,
     "two-column annual-report PDF, heading per tiltak, 'Delmål x.y · Samarbeid: …' line, filler prose", False),
    ("UHR_innsats_2027.docx", "UHR", data.UHR,
     "DOCX table headed 'Innsats', header row pasted again mid-table, delmål as the delmål's words", True),
    ("Vestland_fylkeskommune_rapport_2027.pdf", "Vestland fylkeskommune", data.VESTLAND,
     "Nynorsk table (DOCX exported to PDF), delmål first, 'Skildring' column, notations 1.2 / dm 1.3 / (3.1)", True),
    ("Trondelag_fk_svarbrev_2027.doc", "Trøndelag fylkeskommune", data.TRONDELAG,
     "letter as .doc, lettered bold title lines 'a) title (delmål x.y)', description and 'Ansvarlig: …' lines", True),
    ("Fagskoleradet_epost_2027.docx", "Fagskolerådet", data.FAGSKOLERADET,
     "new member; e-mail pasted into Word, typed '•' bullets 'title (x.y): description Partnere: …'", False),
    ("Kompetanseplan_Nordvik_kommune_2027-2030.pdf", "", None,
     "NOT a member report: a municipal competence plan with numbered headings and a Tiltak table", False),
]

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]


def _soffice(fmt: str, files: list[Path], outdir: Path) -> None:
    if files:
        subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)],
                       check=True, capture_output=True, timeout=600)


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for p in out.iterdir():
        if p.is_file():
            p.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        # direct outputs
        docs.regjeringen(out / "Regjeringen_KD_tiltak_2027.docx")
        docs.ys_table(out / "YS_tiltak_2027.docx")
        docs.akademikerne_form(out / "Akademikerne_skjema_2027_utkast.docx", final=False)
        docs.akademikerne_form(out / "Akademikerne_skjema_2027_endelig.docx", final=True)
        docs.uhr_table(out / "UHR_innsats_2027.docx")
        docs.fagskoleradet_mail(out / "Fagskoleradet_epost_2027.docx")
        other.nho_xlsx(out / "NHO_rapportering_2027.xlsx")
        other.virke_slides(out / "Virke_presentasjon_KPR_2027.pdf")
        other.vofo_twocol(out / "VOFO_arsmelding_2027_utdrag.pdf")
        other.spekter_scan(out / "Spekter_tiltak_2027_skannet.pdf")
        # through LibreOffice, one call per target format
        to_pdf = [t / "LO_brev_rapportering_2027.docx", t / "Vestland_fylkeskommune_rapport_2027.docx",
                  t / "Kompetanseplan_Nordvik_kommune_2027-2030.docx"]
        docs.lo_letter(to_pdf[0])
        docs.vestland_table(to_pdf[1])
        docs.kommuneplan(to_pdf[2])
        docs.ks_report(t / "KS_rapport_2027.docx")
        docs.unio_memo(t / "Unio_notat_tiltak_2027.docx")
        docs.trondelag_letter(t / "Trondelag_fk_svarbrev_2027.docx")
        _soffice("pdf", to_pdf, out)
        _soffice("odt", [t / "KS_rapport_2027.docx"], out)
        _soffice("rtf", [t / "Unio_notat_tiltak_2027.docx"], out)
        _soffice("doc:MS Word 97", [t / "Trondelag_fk_svarbrev_2027.docx"], out)
    missing = [f for f, *_ in FILES if not (out / f).exists()]
    if missing:
        raise SystemExit(f"not built: {missing}")
    write_truth(out)
    write_readme(out)


def truth_rows() -> list[dict[str, str]]:
    rows = []
    for fname, member, rs, _shape, shows_ansv in FILES:
        for r in rs or []:
            rows.append(dict(source_file=fname, member=member, tiltak=r.tiltak, seed_row=r.mid, delmal=r.delmal,
                             type=r.type, ansvarlig=r.ansvarlig if shows_ansv else "", samarbeidspartnere=r.partnere,
                             beskrivelse=r.beskr))
    return rows


def write_truth(out: Path) -> None:
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=HEADER)
        w.writeheader()
        w.writerows(truth_rows())


def write_readme(out: Path) -> None:
    rows = truth_rows()
    by_id: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_id[r["seed_row"]].append(r)
    shared = {k: v for k, v in by_id.items() if len({x["member"] for x in v}) > 1}
    members = sorted({r["member"] for r in rows})
    L = ["# Held-out round 6 (reporting year 2027)", "",
         "**Held out. Written by an author who did not read the program's code, vocabulary, catalogue or any earlier "
         "held-out round; the program was never run on these files.**", "",
         "Rebuild: `python -m samples.holdout7_generator [--out DIR]` (default `samples/holdout7`; needs python-docx, "
         "openpyxl, Pillow, reportlab and LibreOffice on the PATH).", "",
         f"Counts: {len(FILES)} files, {len(rows)} truth rows, {len(by_id)} distinct measures, {len(shared)} measures "
         f"reported by two or more members, {len(members)} reporting members. One file is not a member report "
         "(no rows); Akademikerne sent an older draft and a final version (only the final has rows).", "",
         "| file | member | rows | shape |", "|---|---|---|---|"]
    for fname, member, rs, shape, _ in FILES:
        L.append(f"| {fname} | {member or '—'} | {len(rs) if rs else 0} | {shape} |")
    L += ["", "## Measures reported by several members", ""]
    for k in sorted(shared):
        v = shared[k]
        L.append(f"- **{k}** (delmål {v[0]['delmal']}, {v[0]['type']}):")
        for x in v:
            L.append(f"  - {x['member']}: «{x['tiltak']}»")
    L += ["", "## Traps (each its own measure, not merged into the shared one)", "",
          "- LO «Samling for LOs representanter i de faglige rådene» (own gathering of council representatives).",
          "- Spekter «Dialogmøte med Spekters representanter i faglige råd» (own meeting).",
          "- NHO «Kommentarnotat til KBUs hovedrapport 2027» (a note on the council's report, not KBU itself).",
          "- Vestland «Regional utgåve av bransjeprogrammet for varehandel» (regional version of the national programme).",
          "- Virke «Forprosjekt til fase 2 av bransjeprogrammet» (a new phase).",
          "- NHO's hidden sheet «Arkiv 2026» holds last year's rows; they are not in the truth.",
          "- Nordvik kommune's competence plan is not a report to the council and has no rows.", ""]
    (out / "README.md").write_text("\n".join(L), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "holdout7")
    build(ap.parse_args().out)


if __name__ == "__main__":
    main()
