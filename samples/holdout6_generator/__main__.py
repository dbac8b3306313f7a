"""python -m samples.holdout6_generator [--out DIR]: build the round, its truth.csv and README.md."""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import build_pdf, build_word, build_xlsx, data

# file name -> (builder, LibreOffice target or None when the builder writes the final file)
BUILDERS = {
    "Regjeringen - rapportering KPR 2026.docx": (build_word.regjeringen, None),
    "LO_rapport_kompetansepolitisk_rad_2026.pdf": (build_word.lo, "pdf"),
    "NHO tiltak 2026.xlsx": (build_xlsx.nho, None),
    "Scan_20270129_Unio.pdf": (build_pdf.unio_scan, None),
    "KS rapporteringsskjema 2026.docx": (build_word.ks, None),
    "YS_rapportering_2026.rtf": (build_word.ys, "rtf"),
    "Virke_KPR_2026.odt": (build_word.virke, "odt"),
    "Akademikerne_KPR_2026.docx": (build_word.akademikerne_utkast, None),
    "Akademikerne_KPR_2026_revidert.docx": (build_word.akademikerne_revidert, None),
    "Spekter_presentasjon_KPR_2026.pdf": (build_pdf.spekter, None),
    "VOFO_rapport_2026.doc": (build_word.vofo, 'doc:MS Word 97'),
    "UHR_rapport_KPR_2026.pdf": (build_pdf.uhr, None),
    "Vestland_fylkeskommune_rapportering_2026.pdf": (build_word.vestland, "pdf"),
    "Innlandet fk - notat rapportering 2026.docx": (build_word.innlandet, None),
    "Fagskolerådet_brev_2026.pdf": (build_pdf.fagskoleradet, None),
    "Innkalling_KPR_mars_2027.docx": (build_word.innkalling, None),
}

TRUTH_COLUMNS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
                 "samarbeidspartnere", "beskrivelse"]


def measure_ids() -> dict[str, str]:
    """S01..S12 (shared) become M01..M12; each member's own measures follow in file order."""
    ids: dict[str, str] = {f"S{i:02d}": f"M{i:02d}" for i in range(1, 13)}
    n = 12
    for _name, _member, rows, _shape in data.FILES:
        for r in rows:
            if r["sid"] not in ids:
                n += 1
                ids[r["sid"]] = f"M{n:02d}"
    return ids


def soffice(target: str, files: list[Path], outdir: Path, profile: Path) -> None:
    if not files:
        return
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", target, "--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="holdout6_") as tmp:
        stage = Path(tmp) / "stage"
        conv = Path(tmp) / "conv"
        profile = Path(tmp) / "lo_profile"
        stage.mkdir()
        conv.mkdir()
        pending: dict[str, list[Path]] = {}
        for name, (fn, target) in BUILDERS.items():
            if target is None:
                fn(out / name)
            else:
                src = stage / (Path(name).stem + ".docx")
                fn(src)
                pending.setdefault(target, []).append(src)
        for target, files in pending.items():  # one LibreOffice call per target format
            soffice(target, files, conv, profile)
        for name, (_fn, target) in BUILDERS.items():
            if target is not None:
                produced = conv / name
                if not produced.exists():
                    raise SystemExit(f"LibreOffice did not write {name}")
                shutil.move(str(produced), out / name)
    write_truth(out)
    write_readme(out)


def write_truth(out: Path) -> None:
    ids = measure_ids()
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(TRUTH_COLUMNS)
        for name, member, rows, _shape in data.FILES:
            for r in rows:
                w.writerow([name, member, r["tiltak"], ids[r["sid"]], r["dm"], r["type"], r["ansv"],
                            r["partners"], r["desc"]])


SHARED_NAMES = {
    "S01": "Kompetansebehovsutvalget (KBU)",
    "S02": "Samarbeidsrådet for yrkesopplæring (SRY)",
    "S03": "De faglige rådene (one of them named: Faglig råd for helse- og oppvekstfag)",
    "S04": "Råd for samarbeid med arbeidslivet (RSA)",
    "S05": "UHRs fagstrategiske enheter (named units UHR-MNT, UHR-Helse og velferd)",
    "S06": "Nasjonalt forum for karriereveiledning (Nynorsk: karriererettleiing)",
    "S07": "Bransjeprogrammet for kommunal helse- og omsorgssektor",
    "S08": "Samfunnskontrakten for flere læreplasser (Nynorsk: fleire læreplassar)",
    "S09": "KGI – Kompetanseløft for det grønne skiftet i industrien",
    "S10": "Arendalsuka 2026: debate «Hvem tar regningen for etterutdanningen?» (LO and Spekter)",
    "S11": "Forskningsprosjektet «Læring i småbedrifter» (LIS)",
    "S12": "Nasjonal fagskolekonferanse 2026",
}

TRAPS = [
    ("NHO", "NHO-notat om KBUs rapport 2026", "a note on the council's report: NHO's own (not KBU)"),
    ("LO", "Skolering av LOs representanter i RSA", "training its own council representatives: LO's own"),
    ("Unio", "Undersøkelse om RSA sett fra arbeidstakersiden", "a survey about the council: Unio's own"),
    ("Spekter", "Samling for Spekters representanter i de faglige rådene",
     "a gathering of its own representatives: Spekter's own"),
    ("Vestland fylkeskommune", "Kompetanseløft for det grøne skiftet – regional satsing i Sunnfjord og Sogn",
     "a regional version of KGI: not KGI"),
    ("Spekter / LO", "Kompetanseløft for helsefagarbeidere – fase 2 (2026–2028) / … (2023–2025)",
     "a new phase: two measures"),
    ("Virke", "Bransjeprogram for varehandel", "another bransjeprogram: not the health and care programme"),
    ("Vestland / Regjeringen", "Modulstrukturert fagopplæring for vaksne / … for voksne i alle fylker",
     "a county's own offer vs. the national reform: two measures"),
    ("VOFO / Regjeringen", "Promotering av Kompetanseprogrammet / Kompetanseprogrammet",
     "promoting a scheme vs. the scheme: two measures"),
    ("Vestland / Innlandet", "Kompetanseforum Vestland / Kompetanseforum Innlandet",
     "two regional fora: two measures"),
]


def write_readme(out: Path) -> None:
    ids = measure_ids()
    rows_all = [(name, member, r) for name, member, rows, _ in data.FILES for r in rows]
    n_rows = len(rows_all)
    measures = {ids[r["sid"]] for _, _, r in rows_all}
    shared = sorted({r["sid"] for _, _, r in rows_all if r["sid"].startswith("S")})
    given = sum(1 for _, _, r in rows_all if r["type_txt"])
    lines = [
        "# Held-out round 6 (reporting year 2026)",
        "",
        "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or "
        "any earlier held-out round, and the program was never run on these files.**",
        "",
        "The reports members of Kompetansepolitisk råd might send the secretariat for 2026 (in January "
        "and February 2027), with the truth a secretary would write from them.",
        "",
        "## Rebuild",
        "",
        "```",
        "python -m samples.holdout6_generator            # writes samples/holdout6",
        "python -m samples.holdout6_generator --out DIR",
        "```",
        "",
        "Needs python-docx, openpyxl, reportlab, Pillow and LibreOffice (`soffice`, for the PDF, RTF, ODT "
        "and DOC files: one call per target format). The scanned page is drawn with Pillow.",
        "`python -m samples.holdout6_generator.check` is the author's own sanity check: it opens every file "
        "with ordinary readers (and Tesseract for the scan) and finds each truth row's fields in the text.",
        "",
        "## Counts",
        "",
        f"- files: {len(data.FILES)} (14 members; one member sends two versions; one file is not a report)",
        f"- truth rows: {n_rows}",
        f"- distinct measures: {len(measures)}",
        f"- measures reported by two or more members: {len(shared)} "
        f"({sum(1 for _, _, r in rows_all if r['sid'].startswith('S'))} rows)",
        f"- rows whose report gives a type (in some words): {given}; without: {n_rows - given}",
        "",
        "`truth.csv`: `source_file,member,tiltak,seed_row,delmal,type,ansvarlig,samarbeidspartnere,beskrivelse`; "
        "`seed_row` is this round's measure id (M01–M12 are the shared ones). `ansvarlig`, "
        "`samarbeidspartnere` and `beskrivelse` are as written in the report, empty where it gives none. "
        "`type` is one of the six types of the 2018 matrix, assigned where the report gives none.",
        "The draft `Akademikerne_KPR_2026.docx` is superseded by `Akademikerne_KPR_2026_revidert.docx` "
        "(later date in the text, in the name and in the document properties) and has no rows; "
        "`Innkalling_KPR_mars_2027.docx` is the secretariat's meeting notice, not a report, and has no rows.",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "|---|---|---|---|",
    ]
    for name, member, rows, shape in data.FILES:
        cell = shape.replace("|", "\\|")
        lines.append(f"| {name} | {member or '—'} | {len(rows)} | {cell} |")
    lines += ["", "## Measures reported by several members", ""]
    for sid in shared:
        lines.append(f"**{ids[sid]} {SHARED_NAMES[sid]}**")
        lines.append("")
        for name, member, r in rows_all:
            if r["sid"] == sid:
                lines.append(f"- {member}: «{r['tiltak']}» (delmål {r['dm']})")
        lines.append("")
    lines += ["## Traps that look shared but are not", ""]
    for who, what, why in TRAPS:
        lines.append(f"- {who}: «{what}» — {why}")
    lines += [
        "",
        "## Other things a reader meets here",
        "",
        "- delmål written as `1.1`, `dm 1.1`, `dm. 1.4`, `1,1` (scan), `Delmål 2.2`, `[delmål 1.4]` in a "
        "section heading, `I.4` / `II.3` (roman area numbers), a number cell (`1.1` stored as 1.1) and a "
        "text cell, a code with a short label (`1.4 Samarbeid utdanning–arbeidsliv`), only in a merged "
        "group row above the tiltak, and in words only (Innlandet's memo, YS's headings);",
        "- types as Råd/utvalg, Utvalg, Råd, Nettverk, Utdanning, Kurs, Konferanse, Analyse, Kampanje, "
        "Informasjon, arrangement, … and none at all (YS, Virke, some NHO/VOFO/Spekter rows);",
        "- the Akademikerne revision carries one tracked change in a description (the truth has the "
        "accepted text);",
        "- text that is not a tiltak: contents and closing slides, intro and closing prose, the "
        "instructions sheet, a hidden list sheet, the form's own head (member, contact person).",
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "holdout6"))
    a = ap.parse_args()
    build(Path(a.out))
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
