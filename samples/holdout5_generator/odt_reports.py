"""Reports first written as flat ODT: a newsletter, a footnoted report, a VOFO table, a scan's paper."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from .flat_odt import Tables, bold, document, footnote, heading, para, rich_para
from .rows import Report


def build_newsletter(report: Report, path: Path) -> None:
    """NHO newsletter in two columns: bold item titles, the delmål named in the running text."""
    tables = Tables()
    body = [
        heading("NHO Kompetanse – nyhetsbrev nr. 1/2026", 1),
        rich_para(bold("Rapport til Kompetansepolitisk råd: dette gjorde NHO i 2025")),
        para(
            "Næringslivets Hovedorganisasjon (NHO) og landsforeningene har også i 2025 "
            "arbeidet for at bedriftene skal få tilgang på riktig kompetanse. Her er et utvalg."
        ),
        '<text:section text:style-name="Two" text:name="Spalter">',
    ]
    for row in report.rows:
        body.append(rich_para(bold(row.tiltak)))
        body.append(para(f"{row.desc} {row.shown('delmal')}"))
    body.append(para("Spørsmål? Kontakt kompetanseavdelingen i NHO."))
    body.append("</text:section>")
    path.write_text(document("NHO Kompetanse nyhetsbrev", "NHO", body, tables), encoding="utf-8")


def build_footnoted(report: Report, path: Path) -> None:
    """UHR report with numbered sections, footnotes in the prose and in a table cell."""
    tables = Tables()
    notes = iter(range(1, 20))
    body = [
        heading("Universitets- og høgskolerådet (UHR)", 1),
        para("Rapport om oppfølging av Nasjonal kompetansepolitisk strategi – året 2025"),
        heading("1. Innledning", 2),
        rich_para(
            escape("UHR samler 32 akkrediterte universiteter og høyskoler"),
            footnote(next(notes), "Tallet gjelder medlemmer per 1. januar 2025."),
            escape(
                ". Rapporten beskriver arbeid som gjøres i fellesskap gjennom UHR, og ikke "
                "institusjonenes egne tiltak"
            ),
            footnote(next(notes), "Institusjonene rapporterer sine egne tiltak til HK-dir."),
            escape("."),
        ),
        heading("2. Tiltak i 2025", 2),
    ]
    rows = []
    for row in report.rows:
        desc = escape(row.desc)
        if row.shown("footnote"):
            desc += footnote(next(notes), row.shown("footnote"))
        rows.append([escape(row.tiltak), desc, escape(row.shown("delmal"))])
    body.append(tables.table(["Tiltak", "Beskrivelse", "Delmål"], rows, [4.6, 8.4, 4.0]))
    body += [
        heading("3. Videre arbeid", 2),
        para("UHR vil i 2026 følge opp arbeidet i de fagstrategiske enhetene og i RSA-nettverket."),
    ]
    path.write_text(document("UHR rapport 2025", "UHR", body, tables), encoding="utf-8")


def build_vofo_table(report: Report, path: Path) -> None:
    """VOFO's table in OpenDocument: number, tiltak, description, delmål, type, partners."""
    tables = Tables()
    rows = [
        [str(n), escape(r.tiltak), escape(r.desc), r.delmal, escape(r.shown("type")), escape(r.partners)]
        for n, r in enumerate(report.rows, start=1)
    ]
    body = [
        heading("Voksenopplæringsforbundet (VOFO)", 1),
        para("Innrapportering av tiltak for 2025 til sekretariatet for Kompetansepolitisk råd."),
        para("Ansvarlig for alle tiltak er VOFO sentralt dersom ikke annet er nevnt."),
        tables.table(
            ["Nr", "Tiltak", "Beskrivelse", "Delmål", "Tiltakstype", "Partnere"],
            rows,
            [0.8, 4.0, 4.2, 1.8, 2.6, 3.6],
        ),
    ]
    path.write_text(document("VOFO tiltak 2025", "VOFO", body, tables, "10pt"), encoding="utf-8")


def build_scan_paper(report: Report, path: Path) -> None:
    """The paper Finnmark printed and scanned: a plain ruled table in large type."""
    tables = Tables()
    rows = [[escape(r.tiltak), r.delmal, escape(r.shown("type")), escape(r.ansvarlig)] for r in report.rows]
    body = [
        heading("Finnmark fylkeskommune", 1),
        para("Rapportering til Kompetansepolitisk råd – tiltak 2025"),
        para("Vadsø, 20. januar 2026"),
        tables.table(["Tiltak", "Delmål", "Type", "Ansvarlig"], rows, [6.6, 2.4, 3.4, 4.6]),
        para("Signert: Fylkesdirektør for kompetanse og opplæring"),
    ]
    path.write_text(document("Finnmark 2025", "Finnmark fylkeskommune", body, tables, "13pt"), encoding="utf-8")
