"""README for the generated round."""
from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

SEED_NAMES = {
    "M01": "Kompetansebehovsutvalget (KBU)",
    "M02": "Samarbeidsrådet for yrkesopplæring (SRY)",
    "M03": "Råd for samarbeid med arbeidslivet (RSA)",
    "M04": "UHRs fagstrategiske enheter",
    "M05": "Nasjonalt fagskoleråd",
    "M06": "Nasjonalt forum for karriereveiledning",
    "J01": "KLiN – Kompetanseløftet i Nord",
    "J02": "FAGHELSE – fagbrev på jobb i helse",
    "J03": "DILFRI – Digitalt løft for frivilligheten",
    "J04": "YLV – Yrkesfagløftet Vestlandet",
    "J05": "FLEKSFAG – fleksibel fagskole for voksne",
}


def write_readme(out: Path, files):
    rows = [r for f in files for r in f.rows]
    by_seed = OrderedDict()
    for r in rows:
        by_seed.setdefault(r.seed, []).append(r.member)
    shared = [(s, m) for s, m in by_seed.items() if len(set(m)) >= 2]
    shared.sort()
    n_single = sum(1 for s in by_seed if s.startswith("R"))
    lines = [
        "# Held-out round 35 (reporting year 2056)",
        "",
        "These files were written by other hands than the program's authors, without reading the "
        "program, its parsers, tests or earlier sample rounds. They imitate what the secretariat of "
        "Kompetansepolitisk råd receives for reporting year 2056: member reports in Word, ODT, RTF, "
        ".doc, Excel and PDF (prose, tables, two columns, slides, an e-mail print and an image-only "
        "scan), plus a superseded draft and one document that is not a member report.",
        "",
        "Rebuild with:",
        "",
        "```",
        "python -m samples.holdout36_generator --out samples/holdout36",
        "```",
        "",
        "Pinning: .docx/.xlsx core properties and zip member timestamps are fixed, reportlab PDFs are "
        "written with `invariant=1`, and the scan's noise uses fixed random seeds, so these files are "
        "byte-identical between runs. The .odt, .rtf and .doc files are produced by headless "
        "LibreOffice (`soffice`) from generated .docx sources; their bytes may differ by a few bytes "
        "between runs or LibreOffice versions (embedded dates/ids), while the text stays the same.",
        "",
        "## Counts",
        "",
        f"- files: {len(files)}",
        f"- truth rows: {len(rows)}",
        f"- distinct measures (seed labels): {len(by_seed)} "
        f"({sum(1 for s in by_seed if s.startswith('M'))} shared councils, "
        f"{sum(1 for s in by_seed if s.startswith('J'))} joint projects, {n_single} single-member measures)",
        f"- measures reported by 2+ members: {len(shared)}",
        "",
    ]
    for s, members in shared:
        lines.append(f"  - {s} {SEED_NAMES.get(s, '')}: {', '.join(members)}")
    lines += [
        "",
        "Seed labels: `M01`–`M06` are the shared councils (M01 KBU, M02 SRY, M03 RSA, M04 UHR's "
        "fagstrategiske enheter, M05 Nasjonalt fagskoleråd, M06 Nasjonalt forum for "
        "karriereveiledning); every member's row about its seat in such a council carries the same "
        "label, whatever the wording. `J01`–`J05` are joint projects reported by two or three members "
        "under the same proper name or acronym. `R101` onwards are measures reported by a single "
        "member only. Traps that mention a council or joint project but are the member's own measure "
        "get their own R label: Spekter's input to KBU's report, Fagskolerådet's survey about "
        "Nasjonalt fagskoleråd, Virke's course for its own SRY representatives, Agder's regional "
        "career-guidance forum, Innlandet's yrkesopplæringsnemnd, the new phase YLV 2 (Vestland) and "
        "the regional version FLEKSFAG Agder.",
        "",
        "The Unio draft (UTKAST v0.3) is superseded by Unio's final .doc and the secretariat's "
        "meeting notice is not a member report; both have zero truth rows.",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "|---|---|---|---|",
    ]
    for f in files:
        lines.append(f"| {f.name} | {f.member} | {len(f.rows)} | {f.shape} |")
    lines.append("")
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
