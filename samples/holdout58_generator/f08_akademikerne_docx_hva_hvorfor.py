"""Akademikerne: a Word table in the organisation's 'Hva – Hvorfor – Hvordan – Hvem' format. Nothing is labelled
delmål or type: the goal is named inside the 'Hvorfor' sentence (code or words), the kind of measure is only implied
by the 'Hvordan' sentence, and 'Hvem' is a sentence naming the lead association and who it worked with."""
from __future__ import annotations

import docx
from docx.shared import Cm, Pt

from .common import FOU, INFO, KURS, PROSJEKT, RAD, docx_text, normalise_ooxml, row

FILENAME = "Akademikerne_KPR_2078_hva-hvorfor-hvordan.docx"
MEMBER = "Akademikerne"
FORMAT = "DOCX (python-docx), one four-column table, bold name runs, zip normalised"
SHAPE = ("table Hva / Hvorfor / Hvordan / Hvem: 'Hva' holds the bold name and a sentence, 'Hvorfor' a sentence "
         "naming the goal ('… delmål 1.4 …' or only in words, e.g. 'kunnskapen om kompetansebehov'), 'Hvordan' a "
         "sentence that implies the kind (a seat, a course, a survey, a letter) without a type word, 'Hvem' a "
         "sentence 'X leder arbeidet, sammen med Y'; a closing paragraph with a 2077 and a 2079 item")
NOT_TRUTH = ("the title, the intro, the header row, the Hvorfor and Hvordan sentences, the closing paragraph "
             "(Lønnsundersøkelsen 2077 – gjennomført 2077; Karrieredag for juriststudenter – planlagt 2079), the "
             "contact line")

# name, hva text, hvorfor, hvordan, ansvar, med, truth
ITEMS = [
    ("Plassen i Kompetansebehovsutvalget", "Akademikerne har ett av partsmedlemmene i utvalget.",
     "Utvalget er selve delmål 1.1 i strategien.",
     "Vi møter i utvalget og forbereder sakene sammen med medlemsforeningene.", "Akademikerne", "",
     ("M02", "1.1", RAD)),
    ("Innspill til KBU om kompetansebehov i helse", "Et notat med tall fra Legeforeningen og Psykologforeningen.",
     "Vi vil styrke kunnskapen om kompetansebehov som utvalget bygger på (delmål 1.1).",
     "Notatet ble sendt til utvalgets sekretariat i mars.", "Den norske legeforening", "Norsk psykologforening",
     (None, "1.1", INFO)),
    ("Nasjonalt råd for teknologisk utdanning", "Tekna representerer Akademikerne i rådet under UHR.",
     "Samarbeidet mellom utdanning og arbeidsliv må bli tettere, jf. delmål 1.4.",
     "Tekna deltar på rådets møter og i arbeidsgruppen om praksis i ingeniørutdanningen.", "Tekna", "UHR",
     ("M05", "1.4", RAD)),
    ("Arbeidslivsrelevansundersøkelsen 2078", "Felles undersøkelse blant nyutdannede og arbeidsgivere.",
     "Den viser om utdanningene er relevante for arbeidslivet, som delmål 1.4 ber om.",
     "Vi laget spørsmålene sammen med UHR, og NIFU samlet inn og analyserte svarene.", "Akademikerne",
     "UHR, NIFU", ("J06", "1.4", FOU)),
    ("Kurs i helserett for sykehusleger", "Fire kurskvelder på nett om nytt regelverk; 900 deltakere.",
     "Legene må holde kompetansen ved like gjennom hele yrkeslivet – det handler om å koble "
     "kompetansebehov til etter- og videreutdanningstilbud.",
     "Kursene var åpne for alle medlemmer og ga tellende timer i etterutdanningen.",
     "Den norske legeforening", "Spekter", (None, "2.4", KURS)),
    ("Mentorprogram for akademikere med utenlandsk utdanning",
     "Innvandrede akademikere får en mentor fra samme fag i ett år; 45 par i 2078.",
     "Det skal bli enklere å få brukt utenlandsk utdanning i Norge.",
     "Programmet ble drevet som et eget utviklingsløp med oppstart, samlinger og evaluering.",
     "Samfunnsøkonomene", "Tekna, NAV", (None, "2.6", PROSJEKT)),
]


def build(out) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Akademikernes rapport til Kompetansepolitisk råd for 2078", level=1)
    d.add_paragraph("Her er det vi gjorde i 2078, satt opp etter vår vanlige mal: hva vi gjorde, hvorfor, hvordan og "
                    "hvem som sto for det.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["Hva", "Hvorfor", "Hvordan", "Hvem"]):
        cell.paragraphs[0].add_run(h).bold = True
    rows = []
    for name, hva, why, how, ansv, med, (seed, dm, typ) in ITEMS:
        cells = t.add_row().cells
        p = cells[0].paragraphs[0]
        p.add_run(name).bold = True
        cells[0].add_paragraph(hva)
        cells[1].text = why
        cells[2].text = how
        cells[3].text = f"{ansv} leder arbeidet, sammen med {med}." if med else f"{ansv}."
        rows.append(row(FILENAME, MEMBER, name, seed, dm, typ, ansv, med, hva))
    for col, w in zip(t.columns, [5.0, 4.2, 4.2, 3.4]):
        col.width = Cm(w)
    for r in t.rows:
        for cell, w in zip(r.cells, [5.0, 4.2, 4.2, 3.4]):
            cell.width = Cm(w)
    d.add_paragraph()
    d.add_paragraph("Lønnsundersøkelsen 2077 ble gjennomført i 2077 og er rapportert tidligere. En karrieredag for "
                    "juriststudenter er planlagt for 2079.")
    d.add_paragraph("Kontakt: rådgiver Hanne Lie, Akademikerne")
    d.core_properties.author = "Hanne Lie"
    path = out / FILENAME
    d.save(str(path))
    normalise_ooxml(path)
    return rows


def text(path) -> str:
    return docx_text(path)
