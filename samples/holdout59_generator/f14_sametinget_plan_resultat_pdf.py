"""Sametinget: a plan-versus-result table. The left column quotes what the action plan for 2079 said (bold name,
the planned text and a grey line «Delmål · kind»), the right column says what was done, with «Ansvarlig:» and
«Samarbeid:» lines. One planned measure was not carried out and is moved to 2080. Word document exported to PDF by
LibreOffice."""
from __future__ import annotations

import docx
from docx.shared import Pt, RGBColor

from .common import ARR, KURS, PROSJEKT, RAD, docx_to_pdf, pdf_text_with_cells, row, set_col_widths

FILENAME = "Sametinget plan og gjennomføring KPR 2079.pdf"
MEMBER = "Sametinget"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx); dates and /ID fixed"
SHAPE = ("two-column plan-versus-result table: left «Planlagt i handlingsplanen for 2079» (bold name, the plan "
         "sentence, a grey line «Delmål 1.3 · Rådsarbeid»), right «Gjennomført i 2079» (what was done – the "
         "description – then «Ansvarlig: …» and «Samarbeid: …» lines); one row's right cell says «Ikke "
         "gjennomført. Flyttet til 2080.»; intro and a closing paragraph")
NOT_TRUTH = ("the title, the intro, the header row, the plan sentences and grey lines in the left column, the row "
             "'Samisk lærlingportal' (right cell: «Ikke gjennomført. Flyttet til 2080.»), the closing paragraph")

# name, plan, dm, kind, result, ansvar, med, seed, type (None: not carried out)
ITEMS = [
    ("Nasjonalt forum for karriereveiledning – Sametingets plass", "Sametinget skal delta i forumet og arbeide "
     "for veiledning som tar hensyn til samisk språk og kultur.", "1.3", "Rådsarbeid",
     "Sametinget deltok som observatør i alle forumets møter og la fram et notat om samisk perspektiv i "
     "karriereveiledningen.", "Sametinget, opplæringsavdelingen", "", "M03", RAD),
    ("Nordnorsk fagskoleallianse – samiske fagskoletilbud", "Sametinget skal gå inn i alliansen for å sikre "
     "fagskoletilbud i samiske næringer.", "1.4", "Samarbeid",
     "Sametinget gikk inn i alliansens styringsgruppe; et fagskoletilbud i duodji og reindrift er under "
     "utvikling.", "Sametinget, næringsavdelingen", "Fagskolen i Nordland, Nordland fylkeskommune", "J06", RAD),
    ("Samisk oversettelse av Karrierekompasset", "Verktøyet skal gjøres tilgjengelig på nordsamisk, lulesamisk "
     "og sørsamisk.", "1.3", "Utviklingsprosjekt",
     "Den nordsamiske versjonen ble lansert i november; lule- og sørsamisk kommer i 2080.",
     "Sametinget, opplæringsavdelingen", "HK-dir", None, PROSJEKT),
    ("Kompetansepluss i samiske områder", "Opplæring i grunnleggende ferdigheter knyttet til reindrift og duodji.",
     "3.2", "Opplæring", "Seks kurs i Finnmark og Troms med til sammen 70 deltakere.",
     "Sametinget, opplæringsavdelingen", "Samisk videregående skole og reindriftsskole", None, KURS),
    ("Konferanse om samisk næringsliv og kompetanse", "Konferanse for samiske bedrifter og utdanningsinstitusjoner.",
     "2.4", "Konferanse", "Konferansen i Karasjok 2.–3. oktober hadde 160 deltakere.",
     "Sametinget, næringsavdelingen", "Sámi allaskuvla, Innovasjon Norge", None, ARR),
    ("Samisk lærlingportal", "Nettportal for læreplasser i samiske bedrifter.", "2.3", "Informasjon",
     "Ikke gjennomført. Flyttet til 2080.", "", "", "", None),
]


def build(out) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Sametinget – plan og gjennomføring 2079", level=1)
    d.add_paragraph("Rapport til Kompetansepolitisk råd. Tabellen stiller det vi planla i handlingsplanen for 2079 "
                    "opp mot det som faktisk ble gjort.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Planlagt i handlingsplanen for 2079", "Gjennomført i 2079"]):
        c.paragraphs[0].add_run(h).bold = True
    rows = []
    for name, plan, dm, kind, res, ansv, med, seed, ty in ITEMS:
        left, right = t.add_row().cells
        left.paragraphs[0].add_run(name).bold = True
        left.add_paragraph(plan)
        g = left.add_paragraph().add_run(f"Delmål {dm} · {kind}")
        g.font.size = Pt(8.5)
        g.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        right.paragraphs[0].text = res
        if ty:
            right.add_paragraph(f"Ansvarlig: {ansv}")
            if med:
                right.add_paragraph(f"Samarbeid: {med}")
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ansv, med, res))
    set_col_widths(t, [8.0, 8.5])
    d.add_paragraph()
    d.add_paragraph("Karasjok/Kárášjohka, 15. januar 2080. Sametinget, opplæringsavdelingen.")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
