"""The inbox's files with their members and shapes, truth.csv, and the round's README."""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from . import content_a as ca
from . import content_b as cb

# (file, member, rows or None for no truth rows, shape)
FILES = [
    ("Regjeringen_KD_rapportering_2046.docx", "Regjeringen", ca.REGJERINGEN,
     "Word table, landscape; merged område rows; tiltak bold with the description under it in the same cell; "
     "«Kategori» in the ministry's own words"),
    ("LO_brev_Kompetansepolitisk_rad_2046.pdf", "LO", ca.LO,
     "letter (Word exported to PDF by LibreOffice): delmål as underlined words, numbered paragraphs whose bold "
     "lead sentence is the tiltak, an italic «Ansvarlig … Samarbeid …» line; no types"),
    ("NHO_tiltak_2046.xlsx", "NHO", ca.NHO_OMRADE1 + ca.NHO_OMRADE2,
     "workbook: front sheet, a sheet per område (header on row 3; område 2's delmål stored as numbers), an empty "
     "område 3 sheet and a «Koder» sheet listing the 16 delmål"),
    ("Unio_presentasjon_KPR_2046.pdf", "Unio", ca.UNIO,
     "slide deck as PDF (16:9): title slide, an overview slide with short names, one slide per tiltak with a "
     "«Delmål x.y | type» tag and bullets"),
    ("KS_rapport_2046.odt", "KS", ca.KS,
     "prose report (ODT): topic headings in words, the tiltak as a sub-heading, ansvar in a sentence; no types"),
    ("YS_rapportering_2046_utkast.docx", "YS", None,
     "superseded draft («UTKAST», versjon 0.3): older wording, one row missing — no truth rows"),
    ("YS_rapportering_2046_revidert.docx", "YS", ca.YS,
     "Word table with seven columns (Nr, Tiltak, Kort beskrivelse, Delmål, Kategori, Eier, Med hvem); the revised "
     "version"),
    ("Virke_rapporteringsskjema_2046.rtf", "Virke", cb.VIRKE,
     "reporting form (RTF): a block per tiltak of «Label: value» lines; type as a row of tick boxes (☒ chosen); "
     "delmål as code and keyword"),
    ("Akademikerne_skannet_2046.pdf", "Akademikerne", cb.AKADEMIKERNE,
     "scan: image-only PDF of a ruled table, tilted 0.9°, blurred, with specks; no descriptions"),
    ("Spekter_rapport_2046.docx", "Spekter", cb.SPEKTER,
     "Word: one two-column label/value table per tiltak under a «Tiltak N» line; delmål only as words"),
    ("VOFO_rapport_2046.doc", "VOFO", cb.VOFO,
     "Word 97 .doc (via LibreOffice): table with only «Område 2/3», type in square brackets after the tiltak"),
    ("UHR_rapport_kompetansepolitisk_rad_2046.pdf", "UHR", cb.UHR,
     "PDF report with numbered headings (2.1, 3.2 … that look like delmål codes); the heading is the tiltak, "
     "an italic line gives delmål, type, ansvarlig, partners"),
    ("Vestland_fylkeskommune_rapport_2046.docx", "Vestland fylkeskommune", cb.VESTLAND,
     "Nynorsk Word table, landscape, headers «Ansvarleg», «Samarbeidspartnarar», «Skildring», merged område rows"),
    ("Innlandet_fylkeskommune_skjemasvar_2046.xlsx", "Innlandet fylkeskommune", cb.INNLANDET,
     "survey-tool export: one answer per row with timestamps, question-text headers, delmål as option labels "
     "«words (x.y)», an incomplete test answer, a «Sammendrag» sheet of counts and an «Om eksporten» sheet"),
    ("Referat_Kompetansepolitisk_rad_juni_2046.docx", "(none)", None,
     "not a member report: minutes of a council meeting with numbered headings (2., 3.1 …) naming KBU, "
     "Lærlingløftet and GRØNNKOMP — no truth rows"),
]

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]

TRAPS = [
    ("M13", "LO", "Skolering av LOs representanter i de faglige rådene.",
     "training LO's own representatives in the faglige råd — a course, not the SRY/faglige råd participation (M03)"),
    ("M14", "Akademikerne", "Notat med kommentarer til KBUs hovedrapport 2046",
     "a note on KBU's report — not a seat in KBU (M01)"),
    ("M15", "Regjeringen", "Evaluering av ordningen med Råd for samarbeid med arbeidslivet (RSA)",
     "an evaluation of the RSA scheme — not RSA participation (M02)"),
    ("M41", "VOFO", "Evaluering av KPF-ordningen",
     "an evaluation of Kompetansepluss frivillighet — not the scheme itself (M12), though VOFO reports both"),
    ("M16", "Vestland fylkeskommune", "GRØNNKOMP Vestland – regional pilot for leverandørindustrien",
     "a regional version of the national programme GRØNNKOMP (M07)"),
    ("M17", "Regjeringen", "«Fag er framtida» – fase 2 med vekt på voksne arbeidstakere",
     "a new phase of the campaign LO and NHO report (M11), partners LO and NHO named"),
    ("M18", "Spekter", "Lærlingløftet utvidet til helseforetakene",
     "an extension of Lærlingløftet (M08, the municipal sector) to another sector, the hospitals"),
]

SHARED_NAMES = {
    "M01": "Kompetansebehovsutvalget (KBU)", "M02": "Råd for samarbeid med arbeidslivet (RSA)",
    "M03": "SRY and the faglige råd", "M04": "UHR's fagstrategiske enheter",
    "M05": "Nasjonalt fagskoleråd", "M06": "Nasjonalt forum for karriereveiledning",
    "M07": "Program for grønn kompetanse i industrien (GRØNNKOMP)", "M08": "Lærlingløftet i kommunesektoren",
    "M09": "Nasjonal konferanse om livslang læring 2046 (LLL-konferansen)",
    "M10": "EVU-OFF, the survey of EVU in the public sector", "M11": "Campaign «Fag er framtida»",
    "M12": "Kompetansepluss frivillighet",
}


def truth_rows() -> list[dict[str, str]]:
    out = []
    for name, member, rows, _ in FILES:
        for r in rows or []:
            out.append({"source_file": name, "member": member, "tiltak": r.tiltak, "seed_row": r.seed,
                        "delmal": r.delmal, "type": r.type, "ansvarlig": r.ansv, "samarbeidspartnere": r.partn,
                        "beskrivelse": r.desc})
    return out


def write_truth(out: Path) -> list[dict[str, str]]:
    rows = truth_rows()
    with open(out / "truth.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return rows


def stats(rows: list[dict[str, str]]) -> dict[str, int]:
    members: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        members[r["seed_row"]].add(r["member"])
    return {"files": len(FILES), "rows": len(rows), "measures": len(members),
            "shared": sum(1 for m in members.values() if len(m) > 1)}


def write_readme(out: Path, rows: list[dict[str, str]]) -> None:
    s = stats(rows)
    lines = [
        "# Held-out round 25 (reporting year 2046)", "",
        "Held out: written by an author who did not read the program's code, vocabulary, catalogue or any earlier "
        "held-out round; the program was never run on these files.", "",
        "Rebuild (LibreOffice needed for the PDF, ODT, DOC and RTF conversions):", "",
        "```sh", "python -m samples.holdout26_generator            # writes samples/holdout26/",
        "python -m samples.holdout26_generator --out DIR  # elsewhere", "```", "",
        f"Counts: {s['files']} files, {s['rows']} truth rows, {s['measures']} distinct measures, "
        f"{s['shared']} measures reported by two or more members. The YS draft and the meeting minutes have no "
        "truth rows. In `truth.csv`, `seed_row` is the measure id (M01 …): rows sharing it are one measure. "
        "Where a file gives only the område (VOFO), words (LO, KS, Spekter) or no type (LO, KS), `delmal` and "
        "`type` are what the secretariat would assign.", "",
        "## Files", "", "| file | member | rows | shape |", "| --- | --- | --- | --- |",
    ]
    for name, member, frows, shape in FILES:
        lines.append(f"| `{name}` | {member} | {len(frows or [])} | {shape.replace('|', chr(92) + '|')} |")
    lines += ["", "## Measures reported by several members", ""]
    by_seed: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_seed[r["seed_row"]].append(r)
    for seed, rs in sorted(by_seed.items()):
        if len({r["member"] for r in rs}) < 2:
            continue
        lines.append(f"- **{seed} {SHARED_NAMES.get(seed, '')}** ({rs[0]['delmal']}, {rs[0]['type']}):")
        for r in rs:
            lines.append(f"  - {r['member']}: «{r['tiltak']}»")
    lines += ["", "## Traps (look shared, are separate measures)", ""]
    for seed, member, text, why in TRAPS:
        lines.append(f"- {seed} {member}: «{text}» — {why}.")
    lines += ["", "Other traps in the inbox: the superseded YS draft (truth only for the revised file); the meeting "
              "minutes (numbered headings, no member report); NHO's «Koder» sheet (the 16 delmål, not tiltak); "
              "Unio's overview slide (short names of the five tiltak, not extra tiltak); Innlandet's incomplete "
              "test answer «test – slettes» and its «Sammendrag» sheet; UHR's section numbers (3.2 is the "
              "section of a 2.2 tiltak).", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
