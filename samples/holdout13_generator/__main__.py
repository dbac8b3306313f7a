"""python -m samples.holdout13_generator [--out DIR]: build the 2033 held-out round."""
import argparse
import csv
import os
import shutil
import subprocess
import tempfile

from . import data as d
from . import docs, other

# file name -> (member, rows, shape); rows None = file with no truth rows.
FILES = [
    ("Regjeringen_KD_rapportering_KPR_2033.pdf", "Regjeringen", d.REGJERINGEN,
     "Word → PDF (LibreOffice), landscape table grouped under area rows, title and description in one cell, header repeated"),
    ("LO_rapport_kompetansepolitisk_raad_2033.odt", "LO", d.LO,
     "ODT prose report, area headings, one subheading per measure (some with delmål code), paragraph under it"),
    ("NHO_tiltak_2033.xlsx", "NHO", d.NHO,
     "XLSX: notes sheet first, table sheet with header in row 5 from column B, delmål as numbers, hidden draft sheet"),
    ("Unio_brev_til_sekretariatet_2033.doc", "Unio", d.UNIO,
     "DOC (Word 97) letter, typed numbering, delmål with comma in brackets, description after a dash"),
    ("KS_rapportering_2033.docx", "KS", None,
     "DOCX reporting form, one two-column table per measure — first version, superseded"),
    ("KS_rapportering_2033_revidert.docx", "KS", d.KS,
     "DOCX reporting form, one two-column table per measure — revised version (counts)"),
    ("skann_20340129_YS.pdf", "YS", d.YS,
     "Scanned page: image-only PDF, tilted and noisy, three-column ruled table"),
    ("Virke_presentasjon_KPR_2033.pdf", "Virke", d.VIRKE,
     "Slide deck exported to PDF, bullets with (dm x.y, type) and a dash description line"),
    ("Akademikerne_notat_2033.rtf", "Akademikerne", d.AKADEMIKERNE,
     "RTF memo, delmål named by words only as lead lines, dash items"),
    ("Spekter_innspill_2033.docx", "Spekter", d.SPEKTER,
     "DOCX table with unusual headers, delmål given only as a paraphrase of its text"),
    ("VOFO_aarsrapportering_2033.pdf", "VOFO", d.VOFO,
     "Word → PDF, bulleted items under area headings with roman numerals, delmål as roman (III.2)"),
    ("UHR_rapport_2033.odt", "UHR", d.UHR,
     "ODT, landscape table with two-row header (Tiltak over Navn / Omtale)"),
    ("Vestland_fylkeskommune_rapport_2033.docx", "Vestland fylkeskommune", d.VESTLAND,
     "DOCX in Nynorsk, blocks: bold title, labelled lines, description paragraph; mixed delmål notations"),
    ("Trondelag_fylkeskommune_KPR_2033.pdf", "Trøndelag fylkeskommune", d.TRONDELAG,
     "Word → PDF, landscape table with delmål first ('dm 1.2'), area rows merged across, no type"),
    ("Fagskoleraadet_rapportering_2033.docx", "Fagskolerådet", d.FAGSKOLERADET,
     "DOCX, new member, one table cell holds title (delmål) – description, plus a status column"),
    ("Kompetansekonferansen_2033_program.pdf", "", None,
     "Not a member report: a conference programme with numbered sessions (1.1, 2.1 …) — yields nothing"),
]

BUILDERS = {
    "Regjeringen_KD_rapportering_KPR_2033.pdf": ("docx", docs.regjeringen),
    "LO_rapport_kompetansepolitisk_raad_2033.odt": ("docx", docs.lo),
    "NHO_tiltak_2033.xlsx": (None, other.nho),
    "Unio_brev_til_sekretariatet_2033.doc": ("docx", docs.unio),
    "KS_rapportering_2033.docx": (None, docs.ks_old),
    "KS_rapportering_2033_revidert.docx": (None, docs.ks_new),
    "skann_20340129_YS.pdf": (None, other.ys_scan),
    "Virke_presentasjon_KPR_2033.pdf": (None, other.virke_slides),
    "Akademikerne_notat_2033.rtf": (None, other.akademikerne),
    "Spekter_innspill_2033.docx": (None, docs.spekter),
    "VOFO_aarsrapportering_2033.pdf": ("docx", docs.vofo),
    "UHR_rapport_2033.odt": ("docx", docs.uhr),
    "Vestland_fylkeskommune_rapport_2033.docx": (None, docs.vestland),
    "Trondelag_fylkeskommune_KPR_2033.pdf": ("docx", docs.trondelag),
    "Fagskoleraadet_rapportering_2033.docx": (None, docs.fagskoleradet),
    "Kompetansekonferansen_2033_program.pdf": (None, other.konferanse),
}

TARGET = {"pdf": "pdf", "odt": "odt", "doc": "doc:MS Word 97"}


def convert(tmp: str, out: str, names: list[str]) -> None:
    """Convert DOCX drafts in tmp to their target formats, one soffice call per target format."""
    by_ext: dict[str, list[str]] = {}
    for name in names:
        ext = name.rsplit(".", 1)[1]
        by_ext.setdefault(ext, []).append(name)
    profile = tempfile.mkdtemp(prefix="lo_profile_")
    try:
        for ext, group in by_ext.items():
            srcs = [os.path.join(tmp, n.rsplit(".", 1)[0] + ".docx") for n in group]
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", TARGET[ext], "--outdir", out, *srcs],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    for n in names:
        if not os.path.exists(os.path.join(out, n)):
            raise SystemExit(f"conversion failed: {n}")


def write_truth(out: str) -> list[list[str]]:
    rows = []
    for name, member, trows, _ in FILES:
        for r in trows or []:
            rows.append([name, member, r.tiltak, r.mid, r.dm, r.typ, r.ans, r.partners, r.desc])
    with open(os.path.join(out, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
                    "samarbeidspartnere", "beskrivelse"])
        w.writerows(rows)
    return rows


def write_readme(out: str, rows: list[list[str]]) -> None:
    mids = {}
    for r in rows:
        mids.setdefault(r[3], []).append((r[1], r[2]))
    shared = {k: v for k, v in mids.items() if len({m for m, _ in v}) > 1}
    lines = [
        "# Held-out round 12 (reporting year 2033)",
        "",
        "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or "
        "any earlier held-out round; the program was never run on these files.**",
        "",
        "Rebuild from the repository root: `python -m samples.holdout13_generator [--out DIR]` "
        "(default `samples/holdout13`; needs python-docx, openpyxl, Pillow, reportlab and LibreOffice).",
        "",
        f"Counts: {len(FILES)} files, {len(rows)} truth rows, {len(mids)} distinct measures, "
        f"{len(shared)} of them reported by two or more members. One file is not a member report and "
        "one file is a superseded first version; neither has truth rows.",
        "",
        "| File | Member | Rows | Shape |",
        "|---|---|---|---|",
    ]
    for name, member, trows, shape in FILES:
        lines.append(f"| {name} | {member or '—'} | {len(trows or [])} | {shape} |")
    lines += ["", "## Measures reported by several members", ""]
    for k in sorted(shared):
        lines.append(f"- **{k}**")
        for m, t in shared[k]:
            lines.append(f"  - {m}: «{t}»")
    lines += ["", "Traps kept apart (own measures): a note on the KBU report, a new phase of a joint "
              "programme, a regional committee modelled on KBU, a regional pilot of a national "
              "programme, a gathering for a member's own representatives in the faglige råd.", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join("samples", "holdout13"))
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="h13_")
    to_convert = []
    try:
        for name, (via, fn) in BUILDERS.items():
            if via == "docx":
                fn(os.path.join(tmp, name.rsplit(".", 1)[0] + ".docx"))
                to_convert.append(name)
            else:
                fn(os.path.join(out, name))
        convert(tmp, out, to_convert)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = write_truth(out)
    write_readme(out, rows)
    print(f"{len(FILES)} files, {len(rows)} truth rows -> {out}")


if __name__ == "__main__":
    main()
