"""Word reports written as prose: headings, bold lead-ins, numbered lists, a consultation reply."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from .docx_tables import new_document
from .rows import Report


def build_headings(report: Report, path: Path) -> None:
    """Each delmål a Heading 2; each tiltak a paragraph opening with a bold lead-in."""
    doc = new_document(
        "KS",
        "KS – oppfølging av Nasjonal kompetansepolitisk strategi i 2025",
        [
            "KS er kommunesektorens organisasjon. Rapporten gir en kort omtale av KS' "
            "tiltak i 2025, sortert etter strategiens delmål.",
        ],
    )
    current = ""
    for row in report.rows:
        if row.delmal != current:
            current = row.delmal
            doc.add_heading(row.shown("heading"), level=2)
        para = doc.add_paragraph()
        para.add_run(row.tiltak).bold = True
        kind = row.shown("type")
        para.add_run(f" ({kind}). " if kind else ". ")
        para.add_run(row.desc)
    doc.add_paragraph("")
    doc.add_paragraph("KS, avdeling for arbeidsgiverpolitikk, februar 2026.")
    doc.save(path)


def build_numbered(report: Report, path: Path) -> None:
    """County prose: a numbered list, title then colon, delmål in brackets at the end."""
    doc = new_document(
        "Nordland fylkeskommune",
        "Nordland fylkeskommune: Kompetansepolitiske tiltak 2025",
        [
            "Til Kompetansepolitisk råd v/sekretariatet.",
            "Nordland fylkeskommune har i 2025 arbeidet med følgende tiltak innenfor "
            "Nasjonal kompetansepolitisk strategi. Vi har angitt hvilket delmål tiltaket "
            "hører til i parentes.",
        ],
    )
    for row in report.rows:
        para = doc.add_paragraph(style="List Number")
        para.add_run(row.tiltak).bold = True
        para.add_run(f": {row.desc} ({row.shown('delmal')})")
    doc.add_paragraph("")
    doc.add_paragraph("Med vennlig hilsen")
    doc.add_paragraph("Fylkesdirektøren for utdanning og kompetanse, Bodø")
    doc.save(path)


HOERING_POINTS = [
    ("Formålet med endringene",
     "Virke støtter at fagskolene får et tydeligere mandat for etter- og videreutdanning, "
     "og viser til Kompetansebehovsutvalgets anbefalinger om korte, arbeidsrettede tilbud."),
    ("Finansiering av korte tilbud",
     "Forslaget om at studiepoengsproduksjon skal telle likt for korte og lange tilbud, bør "
     "utredes nærmere før det innføres."),
    ("Nasjonalt fagskoleråd",
     "Virke mener rådet bør ha en fast plass for handels- og tjenestenæringen, og at "
     "rådets mandat bør omtales i forskriften."),
    ("Godkjenning av utenlandsk fagskoleutdanning",
     "Departementet bør fastsette en frist for saksbehandlingen som gjør det mulig for "
     "virksomhetene å planlegge rekrutteringen."),
    ("Økonomiske og administrative konsekvenser",
     "Virke ber om at konsekvensene for private fagskoler beregnes særskilt."),
]


def build_hoeringssvar(report: Report, path: Path) -> None:
    """Not a council report: a consultation reply with numbered points and a small table."""
    doc = new_document(
        "Virke",
        "Høringssvar – forslag til endringer i fagskoleloven og fagskoleforskriften",
        [
            "Til: Kunnskapsdepartementet. Deres ref.: 25/1234. Vår dato: 3. oktober 2025.",
            "Hovedorganisasjonen Virke viser til høringsbrev av 1. juli 2025 og gir med dette "
            "sitt høringssvar. Virke organiserer over 25 000 virksomheter i handel og tjenesteyting.",
        ],
    )
    for number, (head, text) in enumerate(HOERING_POINTS, start=1):
        doc.add_heading(f"{number}. {head}", level=2)
        doc.add_paragraph(text)
    doc.add_heading("Oversikt over merknader til paragrafene", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Paragraf", "Merknad", "Virkes syn"]):
        cell.text = text
    for values in (
        ("§ 4", "Akkreditering av korte tilbud", "Støtter"),
        ("§ 8", "Krav til praksis i utdanningen", "Støtter med endringer"),
        ("§ 15", "Tilskudd til fagskoler", "Ber om ny vurdering"),
    ):
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    closing = doc.add_paragraph("Med vennlig hilsen Hovedorganisasjonen Virke")
    closing.runs[0].font.size = Pt(10)
    doc.save(path)
