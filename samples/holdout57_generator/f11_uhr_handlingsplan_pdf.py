"""UHR: the follow-up table of UHR's own action plan 2075–2078, written in Word and exported to PDF. Rows are
the plan's items with UHR's own numbers (HP 1.2 …); the strategy's delmål is a column 'KPS'; the status column
says which rows belong to 2077."""
from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import ARR, FOU, INFO, PROSJEKT, RAD, lo_to_pdf, pdf_text, row

FILENAME = "UHR_oppfolging_handlingsplan_KPR_2077.pdf"
MEMBER = "UHR"
FORMAT = "PDF exported by LibreOffice from a landscape DOCX (python-docx); dates and /ID fixed"
SHAPE = ("follow-up table of UHR's own action plan: HP-nr (UHR's numbering, not the strategy's) / Tiltak i "
         "handlingsplanen 2075–2078 / Virkemiddel (UHR's words) / Status 2077 / KPS (the strategy's delmål as "
         "'KPS 1.4') / Ansvar / Samarbeid / Kommentar; rows with status 'Gjennomført i 2076' and 'Utsatt til 2078' "
         "are not 2077 measures; a key under the table explains KPS")
NOT_TRUTH = ("the title, the intro, the header row, the row HP 2.1 'Nasjonal praksiskonferanse' (status "
             "'Gjennomført i 2076'), the row HP 3.4 'Felles system for mikrokreditter' (status 'Utsatt til 2078'), "
             "the key under the table")
CHECK = ("tiltak",)

ITEMS = [
    ("HP 1.1", "RSA-rådene ved universiteter og høyskoler", "Råd", "Pågår", "KPS 1.4", "Institusjonene",
     "Partene i arbeidslivet", "Alle 21 medlemsinstitusjoner har nå et aktivt RSA; UHR samlet rådenes årsmeldinger.",
     ("M03", "1.4", RAD)),
    ("HP 1.2", "Nasjonalt råd for teknologisk utdanning (NRT)", "Fagstrategisk enhet", "Pågår", "KPS 1.4", "UHR",
     "Tekna, NITO", "NRT arbeidet med arbeidsrelevans i ingeniørutdanningene og hadde fire møter.",
     ("M04", "1.4", RAD)),
    ("HP 1.3", "Erfaringsseminar for RSA-sekretariatene", "Seminar", "Gjennomført", "KPS 1.4", "UHR", "",
     "Seminar for de ansatte som driver sekretariatene for RSA ved institusjonene.", ("U", "1.4", ARR)),
    ("HP 2.1", "Nasjonal praksiskonferanse", "Konferanse", "Gjennomført i 2076", "KPS 1.4", "UHR", "",
     "Rapportert i fjor.", None),
    ("HP 2.3", "Kartlegging av EVU-tilbud i UH-sektoren", "Kartlegging", "Gjennomført", "KPS 2.4", "UHR",
     "HK-dir", "Kartleggingen viser 1 900 tilbud; halvparten er samlingsbaserte.", ("U", "2.4", FOU)),
    ("HP 2.4", "Felles nettside for EVU-tilbud", "Informasjon", "Gjennomført", "KPS 2.4", "UHR", "HK-dir",
     "Nettsiden samler etter- og videreutdanningstilbudene fra alle medlemsinstitusjonene.", ("U", "2.4", INFO)),
    ("HP 2.5", "Pilot med arbeidsplassbasert master", "Pilot", "Pågår", "KPS 2.4", "UHR",
     "NTNU, Equinor, LO", "Tre institusjoner tilbyr en master der halvparten av studiet skjer på arbeidsplassen.",
     ("U", "2.4", PROSJEKT)),
    ("HP 3.4", "Felles system for mikrokreditter", "Utviklingsprosjekt", "Utsatt til 2078", "KPS 2.5", "UHR", "",
     "Avventer nasjonal løsning.", None),
]


def build(out) -> list[dict]:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.core_properties.author = "UHR"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading("Oppfølging av UHRs handlingsplan 2075–2078 – rapport til Kompetansepolitisk råd 2077", 1)
    doc.add_paragraph("Tabellen viser status for tiltakene i UHRs handlingsplan ved utgangen av 2077 og hvilke delmål "
                      "i strategien de bidrar til.")
    head = ["HP-nr", "Tiltak i handlingsplanen 2075–2078", "Virkemiddel", "Status 2077", "KPS", "Ansvar",
            "Samarbeid", "Kommentar"]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    rows = []
    for hp, name, vm, status, kps, ansv, med, txt, truth in ITEMS:
        cells = t.add_row().cells
        for i, v in enumerate([hp, name, vm, status, kps, ansv, med, txt]):
            cells[i].text = v
        if truth:
            seed, code, typ = truth
            rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, txt))
    t.autofit = False
    widths = [1.4, 8.4, 2.8, 2.6, 1.6, 2.3, 2.6, 5.0]
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = Cm(w)
    doc.add_paragraph("KPS = delmål i Nasjonal kompetansepolitisk strategi. HP = UHRs handlingsplan.")
    buf = io.BytesIO()
    doc.save(buf)
    lo_to_pdf(buf.getvalue(), ".docx", out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
