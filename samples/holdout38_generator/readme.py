"""README.md for the round, computed from the built documents."""
from __future__ import annotations

from collections import OrderedDict

from . import SHARED_NAMES

HEAD = """# Held-out round 37 (reporting year 2058)

These files were written by other hands, without reading the program, its
parsers, its tests or any earlier round. They imitate what the secretariat of
Kompetansepolitisk råd receives from council members for the reporting year
2058: each member describes its own tiltak in its own shape and words,
Bokmål and Nynorsk, with delmål by code, by code and text, or only by
paraphrased words, and types in the members' own vocabulary or not at all.
`truth.csv` gives what a careful secretariat would extract.

## Rebuild

```
python -m samples.holdout38_generator --out samples/holdout38
python -m samples.holdout38_generator --out /tmp/check --verify   # self-check
```

Pinning: .docx/.xlsx are rewritten with fixed zip timestamps
(2059-01-20 09:30) and fixed core-property dates/authors; reportlab PDFs use
`invariant=1` and fixed metadata; the scan's noise uses `random.Random(38)`.
The three files made by LibreOffice (`soffice --convert-to`: the .odt,
.rtf and .doc) are built from pinned .docx sources; the ODT's random rsids
in settings.xml and its zip timestamps are rewritten. Two rebuilds here
(LibreOffice 7.4) gave byte-identical files for all 17 documents, but the
soffice-made files may differ in bytes under another LibreOffice version
(their text does not).
The scanned PDF has no text layer; its rendered text is the source checked by
`--verify`.
"""


def write_readme(path, docs):
    rows = [(d, r) for d in docs for r in d.rows]
    labels = OrderedDict()
    for d, r in rows:
        labels.setdefault(r.label, []).append((d, r))
    multi = [(lab, uses) for lab, uses in labels.items()
             if len({d.member for d, _ in uses}) >= 2]
    multi.sort(key=lambda x: x[0])
    out = [HEAD, "## Counts", ""]
    out.append(f"- files: {len(docs)} ({sum(1 for d in docs if d.rows)} "
               f"with truth rows, {sum(1 for d in docs if not d.rows)} "
               "with none)")
    out.append(f"- truth rows: {len(rows)}")
    out.append(f"- distinct measures (distinct `seed_row` labels): "
               f"{len(labels)}")
    out.append(f"- measures reported by 2+ members: {len(multi)}")
    out.append("")
    for lab, uses in multi:
        mem = ", ".join(d.member for d, _ in uses)
        out.append(f"  - {lab} {SHARED_NAMES[lab]} (delmål "
                   f"{uses[0][1].delmal}, {uses[0][1].type}): {mem}")
    out += ["", "## Labels", "",
            "- `M01`–`M06`: the six shared councils of the brief (M01 KBU, "
            "M02 SRY, M03 RSA, M04 UHR-FSE, M05 FSR, M06 NFK). Each row is "
            "one member's participation, phrased as membership, a seat, "
            "representation, appointing representatives, contributing, "
            "leading, the council as the subject, a named sub-unit "
            "(UHR-Lærerutdanning, UHR-Medisin og helse) or Nynorsk forms "
            "(«Nasjonalt fagskuleråd», «karriererettleiing»).",
            "- `J01`–`J06`: joint projects reported by several members "
            "under the same proper name or acronym, in full or short, with "
            "different descriptions; same delmål and type on every row.",
            "- `R101`…: measures of a single member. Some of them are traps "
            "(below).", "", "### Traps (own measures that only mention a "
            "council or joint project)", ""]
    for d, r in rows:
        if r.trap:
            out.append(f"- {r.label} «{r.tiltak}» ({d.member}, "
                       f"`{d.filename}`): {r.trap}")
    out += ["", "### Other traps", ""]
    for d in docs:
        if d.note and not d.rows:
            out.append(f"- `{d.filename}`: {d.note}; zero truth rows.")
    out += [
        "- `KS_rapportering_2058_endelig.docx` is the final version that "
        "replaces the draft; only it has truth rows.",
        "- Several documents name councils without the member taking part "
        "(Unio on KBU, Akademikerne on SRY, the secretariat's request quoted "
        "at the bottom of the YS e-mail); these are not tiltak.",
        "- Trøndelag's workbook has a hidden template row "
        "(«Eksempel: …») and a hidden list sheet; Vestland's form has "
        "unfilled content-control placeholders "
        "(«Klikk eller trykk her for å skrive inn tekst.») meaning empty.",
        "- Fagskolerådet (the member) writes in Nynorsk as «Fagskulerådet»; "
        "do not confuse it with Nasjonalt fagskoleråd (M05).",
        "", "## Files", "", "| file | member | rows | shape |",
        "|---|---|---|---|"]
    for d in docs:
        mem = d.member or "(secretariat)"
        out.append(f"| {d.filename} | {mem} | {len(d.rows)} | {d.shape} |")
    out.append("")
    path.write_text("\n".join(out), encoding="utf-8")
