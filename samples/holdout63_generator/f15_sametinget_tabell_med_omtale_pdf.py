"""Sametinget: a Word table exported to PDF, as an ordinary report. One measure's cell says only «Se omtale under
tabellen»: its description is three paragraphs under a sub-heading below the table. Sametinget's own kind words.
Two rows are outside 2083 by their text («avsluttet i fjor», «åpner neste år»)."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "Sametinget – oppfølging av kompetansestrategien 2083.pdf"
MEMBER = "Sametinget"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx), one ruled table and a section under it; dates and /ID fixed"
SHAPE = ("Word table report: title with the Sámi and Norwegian name, intro, header Tiltak / Delmål / Tiltakstype / "
         "Ansvar / Samarbeid / Omtale; delmål as code; Sametinget's kind words (Forumdeltakelse, Utredning, "
         "Prosjekt, Kurs, Fagdag, Stipend, Nettjeneste); one row's Omtale is only «Se omtale under tabellen», and "
         "that measure is described in three paragraphs under a sub-heading after the table; two rows outside 2083 "
         "by their text («avsluttet i fjor», «åpner neste år»)")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Tiltakstype cells, the cell text «Se omtale under "
             "tabellen», the row 'Stipend til samisk lærerutdanning' (ended last year), the row 'Samisk karrieresenter "
             "på nett' (opens next year), the sub-heading under the table, the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

SEE_BELOW = "Se omtale under tabellen."
LONG = [
    "Rapporten kartlegger behovet for samisk språk- og kulturkompetanse i helse, oppvekst og offentlig forvaltning "
    "i de samiske områdene.",
    "Sametinget fikk utarbeidet rapporten i samarbeid med Samisk høgskole og Nord universitet. Den viser at "
    "kommunene i forvaltningsområdet for samisk språk mangler om lag 300 ansatte med samisk språkkompetanse, flest i "
    "barnehager og i eldreomsorgen.",
    "Rapporten ble lagt fram for Sametingets plenum i september og brukes nå i arbeidet med en ny melding om "
    "opplæring og kompetanse.",
]

# name, dm, kind, ansvar, samarbeid, omtale, seed, type
ROWS = [
    ("Nasjonalt forum for karriereveiledning", "1.3", "Forumdeltakelse", "Opplæringsavdelingen", "",
     "Sametinget har plass i forumet og har arbeidet for at karriereveiledere skal kjenne samisk kultur og "
     "næringsliv og kunne veilede på samisk.", "M01", RAD),
    ("Samisk kompetansebehovsrapport 2083", "1.1", "Utredning", "Sametingets analyseenhet",
     "Samisk høgskole, Nord universitet", SEE_BELOW, None, FOU),
    ("Samisk lærlingordning i reindrift", "2.3", "Prosjekt", "Næringsavdelingen",
     "Troms og Finnmark fylkeskommune, Norske Reindriftsamers Landsforbund",
     "Prosjektet har gitt 12 ungdommer læreplass i reindriftsfaget hos siidaandeler i Finnmark og Troms.", None,
     PROSJEKT),
    ("Stipend til samisk lærerutdanning", "1.4", "Stipend", "Opplæringsavdelingen", "",
     "Stipendordningen ble avsluttet i fjor.", "", None),
    ("Samiskkurs for ansatte i helse og omsorg", "2.4", "Kurs", "Opplæringsavdelingen", "Samisk høgskole",
     "Nettbaserte kurs i nordsamisk for helsepersonell i kommunene; 85 deltakere.", None, KURS),
    ("Duodjifagdagen 2083", "2.3", "Fagdag", "Kulturavdelingen", "Duojáriid ealáhussearvi",
     "Fagdag i Karasjok for elever på 10. trinn om utdanning og lærefag i duodji; 150 deltakere.", None, ARR),
    ("Samisk karrieresenter på nett", "1.3", "Nettjeneste", "Opplæringsavdelingen", "",
     "Tjenesten åpner neste år.", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, landscape=True, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Sámediggi – Sametinget", "b")])
    p.runs[0].font.size = Pt(15)
    p = d.add_paragraph()
    add_runs(p, [("Oppfølging av Nasjonal kompetansepolitisk strategi i 2083", "b")])
    p.runs[0].font.size = Pt(12)
    d.add_paragraph("Sametinget rapporterer her om tiltakene som har betydning for kompetanse i samiske samfunn. "
                    "Tabellen omfatter også to tiltak som ikke var aktive i 2083.")
    head = ["Tiltak", "Delmål", "Tiltakstype", "Ansvar", "Samarbeid", "Omtale"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "FBE4D5")
    rows = []
    for name, dm, kind, ans, med, txt, seed, ty in ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, dm, kind, ans, med or "–", txt]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, " ".join(LONG) if txt == SEE_BELOW else txt))
    set_col_widths(t, [5.0, 1.8, 3.3, 4.1, 4.4, 7.3])
    d.add_paragraph()
    p = d.add_paragraph()
    add_runs(p, [("Om Samisk kompetansebehovsrapport 2083", "b")])
    for para in LONG:
        d.add_paragraph(para)
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Kontakt: Máret Anne Sara, seniorrådgiver, Opplæringsavdelingen", "i")])
    docx_to_pdf(d, out / FILENAME, author="Máret Anne Sara")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
