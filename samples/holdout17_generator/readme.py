"""README.md of round 2037, written from the truth the build collected."""

from pathlib import Path

SHAPES = {
    "Regjeringen_rapport_kompetansepolitisk_raad_2037.pdf":
        "long prose report exported from Word to PDF; headings per innsatsområde and delmål, bold title, "
        "description paragraph, italic 'Ansvar: … Samarbeid: …' line; no types",
    "LO_innspill_KPR_2037.docx":
        "landscape table with columns 'Hva gjorde vi i 2037?' / 'Hvem har ansvaret' / 'Sammen med' / "
        "'Kategori' / 'Knyttet til'; title and description in one cell; header row pasted again mid-table; 'dm x.y'",
    "NHO_rapportering_2037.xlsx":
        "spreadsheet with a title block, two-row merged header (Tiltaket: Navn / Kort omtale …) from row 5, "
        "delmål as numbers (one as text '2,4'), a change-log sheet",
    "Unio_skannet_rapport_2037.pdf":
        "scanned table: image-only PDF, tilted and noisy; delmål as '1,1'",
    "KS_notat_kompetansetiltak_2037.odt":
        "memo (ODT) with a Til/Fra table, typed '1)' list, bold title, description and '(type, delmål x.y)'; "
        "ansvar stated once for all",
    "YS_brev_rapportering_2037.rtf":
        "letter (RTF) with typed bullets, delmål in square brackets '[2,3]', partners and type inline",
    "Virke_tiltak_KPR_2037.docx":
        "older version (superseded by the revised one): no rows in the truth",
    "Virke_tiltak_KPR_2037_revidert.docx":
        "revised version; block layout: bold title, 'Delmål:', 'Kategori:', 'Ansvar:', 'Partnere:' lines, "
        "description paragraph",
    "Akademikerne_rapporteringsskjema_2037.doc":
        "filled-in reporting form saved as .doc: one two-column field table per tiltak",
    "Spekter_KPR_2037_presentasjon.pdf":
        "slide deck as PDF: bullet title, grey description line, 'Delmål x.y' tag at the right; no types",
    "VOFO_aarsrapportering_KPR_2037.pdf":
        "Word to PDF table grouped under an area heading row; columns 'Aktivitet' / 'Målsetting i strategien' "
        "(delmål in words only) / 'Art' / 'Hovedansvar' / 'Samarbeid'",
    "UHR_rapport_KPR_2037.docx":
        "table with title and description in one cell; delmål in roman notation 'I.4', 'II.2'",
    "Vestland_fylkeskommune_rapportering_2037.pdf":
        "Nynorsk landscape table as PDF; 'Ansvarleg (samarbeidspartnarar)' merged in one column; 'Skildring'",
    "Nordland_fk_kompetansetiltak_2037.docx":
        "table where each tiltak row is followed by a merged 'Beskrivelse:' row",
    "Program_kompetansekonferansen_mars_2038.pdf":
        "NOT a member report (a conference programme with sessions numbered like delmål): must yield nothing",
}


def write(out: Path, truth):
    rows = [(src, member, r) for src, member, rs in truth for r in rs]
    ids = {r.id for _, _, r in rows}
    by_id: dict[str, list] = {}
    for src, member, r in rows:
        by_id.setdefault(r.id, []).append((member, r.tiltak))
    shared = {k: v for k, v in by_id.items() if len({m for m, _ in v}) > 1}
    L = [
        "# Held-out round 16 (reporting year 2037)",
        "",
        "**Held out: written by an author who did not read the program's code, vocabulary, catalogue or "
        "any earlier held-out round; the program was never run on these files.**",
        "",
        "## Rebuild",
        "",
        "```",
        "python -m samples.holdout17_generator            # writes samples/holdout17",
        "python -m samples.holdout17_generator --out DIR",
        "```",
        "",
        "Needs python-docx, openpyxl, Pillow, reportlab and LibreOffice (`soffice`) for the PDF, ODT, RTF "
        "and DOC conversions.",
        "",
        "## Counts",
        "",
        f"- files: {len(truth)} (one not a member report, one superseded version)",
        f"- truth rows: {len(rows)}",
        f"- distinct measures: {len(ids)}",
        f"- measures reported by two or more members: {len(shared)}",
        "",
        "## Files",
        "",
        "| file | member | rows | shape |",
        "|---|---|---|---|",
    ]
    for src, member, rs in truth:
        L.append(f"| {src} | {member or '–'} | {len(rs)} | {SHAPES[src]} |")
    L += ["", "## Measures reported by several members", ""]
    for k in sorted(shared):
        L.append(f"- **{k}**")
        for m, t in shared[k]:
            L.append(f"  - {m}: «{t}»")
    L += [
        "",
        "Traps that look shared but are not (own measures): LO's note on KBU's main report and its "
        "gathering for its SRY/faglige råd members; Virke's gathering for its representatives in the "
        "faglige råd; KS' digital programme for the municipal sector (modelled on DLA); Nordland's regional "
        "bransjeprogram for havbruk and its regional Jobbnorsk pilot; UHR's dialogue meeting with the parties.",
        "",
    ]
    (out / "README.md").write_text("\n".join(L), encoding="utf-8")
