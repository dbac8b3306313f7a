"""YS: the secretariat's skills work set out person by person. Each adviser is a heading (name – title) with a line
of subject areas and a small table of the measures she or he was responsible for; the responsible person is thus
only the heading above the table. The table's status cell tells what happened in 2081, or that a measure ended in
2080 or starts in 2082."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, set_cell_shading, \
    set_col_widths

FILENAME = "YS ansvarsfordeling og tiltak kompetanse 2081.docx"
MEMBER = "YS"
FORMAT = "DOCX (python-docx), one Heading 2 and one five-column table per person, zip normalised"
SHAPE = ("measures grouped by the responsible adviser: headings «Hanne Lie – fagsjef utdanning og kompetanse» etc., "
         "a grey «Fagområder: …» line, then a table Tiltak / DM / Form / Med / Status 2081 (the description of what "
         "happened); the person in the heading is the ansvarlig; one table holds a row «Avsluttet 2080 – ingen "
         "aktivitet i 2081» and one «Planlegges – oppstart 2082»")
NOT_TRUTH = ("the title, the intro, the person headings and Fagområder lines, the table headers, the DM and Form "
             "cells, the rows 'Webinarserien «Digital hverdag»' (ended 2080) and 'Kompetanseportal for "
             "YS-medlemmer' (starts 2082), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# person, title, areas, [(name, dm, form, med, status text, seed, type)]
PEOPLE = [
    ("Hanne Lie", "fagsjef utdanning og kompetanse", "fag- og yrkesopplæring, yrkesfagenes omdømme", [
        ("Samarbeidsrådet for yrkesopplæring (SRY)", "2.3", "Rådsarbeid", "",
         "YS har én av arbeidstakerplassene. Rådet behandlet i 2081 tilbudsstrukturen i videregående opplæring og en "
         "ny modell for lærlingtilskudd.", "M01", RAD),
        ("Nettverk for YS-representanter i faglige råd", "2.3", "Nettverk", "YS-forbundene",
         "Internt nettverk der YS-forbundenes 17 representanter i de faglige rådene møttes tre ganger for å samordne "
         "innspillene sine. Nettverket er YS' eget.", None, RAD),
        ("Yrkesfagfestivalen 2081 – YS' bidrag", "2.3", "Arrangement", "KS, Møre og Romsdal fylkeskommune",
         "YS-forbundene hadde stand og prøv-et-yrke-aktiviteter for elever fra ungdomsskolen på festivalen i "
         "Ålesund.", "J03", ARR),
    ]),
    ("Arild Vestby", "rådgiver høyere yrkesfaglig utdanning", "fagskolene, etter- og videreutdanning", [
        ("Nasjonalt fagskoleråd", "1.4", "Rådsarbeid", "",
         "YS er representert i rådet og arbeidet for bedre finansiering av fagskoletilbud i helsefag.", "M05", RAD),
        ("Fagskolemodul i kundeservice og salg", "2.4", "Utviklingsprosjekt", "Negotia, Fagskolen Oslo",
         "Negotia og Fagskolen Oslo utviklet en modul på 10 studiepoeng for ansatte i varehandel og finans; første "
         "kull startet i august.", None, PROSJEKT),
    ]),
    ("Marte Solheim", "politisk rådgiver digitalisering", "digital kompetanse, omstilling", [
        ("Digitalt kompetanseløft for tillitsvalgte i Parat", "2.1", "Kurs", "Parat",
         "Seks nettbaserte moduler om kunstig intelligens og digitale verktøy i arbeidshverdagen; 780 tillitsvalgte "
         "fullførte.", None, KURS),
        ("Webinarserien «Digital hverdag»", "2.1", "Webinar", "", "Avsluttet 2080 – ingen aktivitet i 2081.", "",
         None),
        ("Kompetanseportal for YS-medlemmer", "2.4", "Digital tjeneste", "YS-forbundene",
         "Planlegges – oppstart 2082.", "", None),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5)
    p = d.add_paragraph()
    add_runs(p, [("YS – ansvarsfordeling og tiltak på kompetansefeltet 2081", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("YS-sekretariatet fordeler arbeidet med kompetansepolitikk på tre rådgivere. Under hver rådgiver "
                    "står tiltakene hun eller han hadde ansvaret for i 2081. Dette er YS' rapport til "
                    "Kompetansepolitisk råd.")
    rows = []
    for person, title, areas, items in PEOPLE:
        d.add_heading(f"{person} – {title}", level=2)
        add_runs(d.add_paragraph(), [(f"Fagområder: {areas}", "g")])
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Tiltak", "DM", "Form", "Med", "Status 2081"]):
            add_runs(c.paragraphs[0], [(h, "b")])
            set_cell_shading(c, "FDE9D9")
        for name, dm, form, med, status, seed, ty in items:
            cells = t.add_row().cells
            add_runs(cells[0].paragraphs[0], [(name, "b")])
            cells[1].text = dm
            cells[2].text = form
            cells[3].text = med or "–"
            cells[4].text = status
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, person, med, status))
        set_col_widths(t, [4.4, 1.2, 2.6, 3.0, 5.8])
    d.add_paragraph()
    d.add_paragraph("Kontakt: Hanne Lie, YS, tlf. 21 01 36 00")
    save_docx(d, out / FILENAME, "YS")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
