"""The round's README, written from the same data as the files and the truth."""
from collections import Counter, defaultdict

from .data import FILES

TRAPS = [
    ("02 LO", "«Innspill til KBUs hovedrapport 2048 om grønn omstilling»", "a note on the council's report, not KBU participation (M01)"),
    ("01 Regjeringen", "«Evaluering av Nasjonalt forum for karriereveiledning»", "an evaluation of the forum, not participation in it (M06)"),
    ("05 KS", "«Opplæring av KS' representanter i de faglige rådene»", "training KS' own council representatives, not the SRY seat (M03)"),
    ("03 NHO", "«DigiLøft for industrien – overføring av kommunesektorens modell til industribedrifter»", "an extension of DigiLøft to another sector, not DigiLøft (M08)"),
    ("08 Virke", "«Søknad om ny fase av bransjeprogrammet for handel 2049–2051»", "a new phase, not the running programme (M07), in the same table"),
    ("12 UHR", "«Kartlegging av hvordan RSA fungerer ved institusjonene»", "an evaluation of the RSA councils, not participation (M02), in the same table"),
    ("13 Vestland", "«Yrkesopplæringsnemnda i Vestland»", "the county's own vocational board, a regional version, not SRY (M03)"),
    ("14 Trøndelag", "«Regionalt kompetansebehovsutvalg for Trøndelag»", "a regional version of KBU, not KBU (M01)"),
    ("14 Trøndelag", "«Forsøk med modulstrukturert fagopplæring for voksne i Trøndelag»", "the county's own trial; not the ministry's national trial in 01"),
    ("03 NHO", "«NHOs kompetansebarometer 2048»", "NHO's own survey; not the Akademikerne/Unio EVU survey (M11)"),
    ("07 Virke draft", "the whole file", "superseded by 08 (UTKAST v0.3); no truth rows"),
    ("15 agenda", "the whole file", "the council's meeting notice with numbered items naming KBU and the forum; no truth rows"),
]


def readme(rows):
    per_file = Counter(r["source_file"] for r in rows)
    by_seed = defaultdict(list)
    for r in rows:
        by_seed[r["seed_row"]].append(r)
    shared = {k: v for k, v in by_seed.items() if len({r["member"] for r in v}) > 1}
    out = ["# Held-out round 27 (reporting year 2048)", "",
           "Held out: written by an author who did not read the program's code, vocabulary, catalogue or any "
           "earlier held-out round; the program was never run on these files.", "",
           "Rebuild (from the repository root): `python -m samples.holdout28_generator [--out DIR]` "
           "(needs python-docx, openpyxl, Pillow, reportlab and LibreOffice's `soffice`).", "",
           f"- files: {len(FILES)}", f"- truth rows: {len(rows)}", f"- distinct measures: {len(by_seed)}",
           f"- measures reported by two or more members: {len(shared)}", "",
           "## Files", "", "| file | member | rows | shape |", "| --- | --- | --- | --- |"]
    for fname, member, shape in FILES:
        out.append(f"| {fname} | {member or '(none)'} | {per_file.get(fname, 0)} | {shape} |")
    out += ["", "## Measures reported by several members", ""]
    for seed in sorted(shared):
        v = shared[seed]
        out.append(f"- **{seed}** (delmål {v[0]['delmal']}, {v[0]['type']}):")
        for r in v:
            out.append(f"  - {r['member']}: «{r['tiltak']}»")
    out += ["", "## Traps", "", "| file | text | why it is not the shared measure |", "| --- | --- | --- |"]
    out += [f"| {a} | {b} | {c} |" for a, b, c in TRAPS]
    out += ["", "Delmål appear as codes (01, 02, 05, 06, 08, 09, 13), as words (03, 04, 11, 14) and only as the "
            "innsatsområde (10, 12). Types are in cells (01, 06, 08, 09, 12, 13, 14), coded letters (03), "
            "brackets (02), inline (10), on some slides only (05), in a row of the transposed table (11) or absent (04).", ""]
    return "\n".join(out)
