"""Unio: a Word table where the kind of each measure is given only by the row's background colour; a colour key
(a one-row table of coloured cells with Unio's words) stands above it. One row is left white (no kind)."""
from __future__ import annotations

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, docx_text, normalise_ooxml, row

FILENAME = "Unio rapport KPR 2078.docx"
MEMBER = "Unio"
FORMAT = "DOCX (python-docx), landscape, cell shading (w:shd) per row, zip normalised"
SHAPE = ("table Tiltak / Delmål / Ansvarlig forbund / Sammen med / Kort om tiltaket with no type column: the kind is "
         "given only by the row's fill colour, explained by a colour key above the table (Råd og utvalg / Kurs / "
         "Prosjekt / Undersøkelse / Konferanse / Informasjon); one row is white; delmål as code or in words")
NOT_TRUTH = ("the title, the intro, the colour key (its six words are not measures), the header row, the paragraph "
             "under the table (Forskningsdagen for profesjonsutdanning – avsluttet 2077; Nettverk for "
             "praksisveiledere – fra 2079), the signature")

KEY = [("Råd og utvalg", "DDEBF7"), ("Kurs", "E2EFDA"), ("Prosjekt", "FFF2CC"), ("Undersøkelse", "FCE4D6"),
       ("Konferanse", "E4DAF2"), ("Informasjon", "D9D9D9")]
COLOUR = {RAD: "DDEBF7", KURS: "E2EFDA", PROSJEKT: "FFF2CC", FOU: "FCE4D6", ARR: "E4DAF2"}

# name, delmål cell, code, ansvar, med, text, seed, type, coloured
ROWS = [
    ("RSA ved OsloMet", "1.4", "1.4", "Forskerforbundet", "OsloMet, NHO",
     "Forskerforbundet representerer Unio i rådet, som i 2078 arbeidet med praksis i lærer- og "
     "sykepleierutdanningene.", "M06", RAD, True),
    ("Nasjonalt råd for lærerutdanning – Unios representant", "Samarbeid utdanning–arbeidsliv", "1.4",
     "Utdanningsforbundet", "UHR", "Unio har én plass i rådet; fire møter i 2078.", "M05", RAD, True),
    ("Realkompetansebanken for sykepleiere og lærere", "2.5", "2.5", "Norsk Sykepleierforbund",
     "Utdanningsforbundet, YS", "Felles modell for å vurdere og registrere realkompetanse; Unio har bidratt med "
     "vurderingskriterier for helse og skole.", "J04", PROSJEKT, True),
    ("Unio-konferansen om etter- og videreutdanning", "2.4", "2.4", "Unio", "forbundene i Unio",
     "Konferanse 6. juni 2078 med 240 deltakere om retten til etter- og videreutdanning.", None, ARR, True),
    ("Undersøkelse om kompetanseutvikling i helsesektoren", "Kunnskap om læring i arbeidslivet", "2.2",
     "Norsk Sykepleierforbund", "Fafo", "Spørreundersøkelse blant 3 000 sykepleiere om tid og midler til "
     "kompetanseutvikling.", None, FOU, False),
    ("Lederkurs i kompetanseplanlegging for tillitsvalgte", "2.4", "2.4", "Utdanningsforbundet", "KS",
     "Tre samlinger for hovedtillitsvalgte om hvordan kommunens kompetanseplan lages.", None, KURS, True),
]


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def build(out) -> list[dict]:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2))
    d.add_heading("Unios tiltak i 2078 – rapport til Kompetansepolitisk råd", level=1)
    d.add_paragraph("Tabellen viser tiltakene Unio og forbundene gjennomførte i 2078. Fargen på raden viser hva "
                    "slags tiltak det er:")
    key = d.add_table(rows=1, cols=len(KEY))
    key.style = "Table Grid"
    for cell, (word, fill) in zip(key.rows[0].cells, KEY):
        cell.text = word
        _shade(cell, fill)
    d.add_paragraph()
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["Tiltak", "Delmål", "Ansvarlig forbund", "Sammen med", "Kort om tiltaket"]):
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    rows = []
    for name, dm, code, ansv, med, txt, seed, typ, coloured in ROWS:
        cells = t.add_row().cells
        for cell, v in zip(cells, [name, dm, ansv, med, txt]):
            cell.text = v
            if coloured:
                _shade(cell, COLOUR[typ])
        rows.append(row(FILENAME, MEMBER, name, seed, code, typ, ansv, med, txt))
    for r in t.rows:
        for cell, w in zip(r.cells, [6.5, 3.2, 3.8, 3.8, 8.4]):
            cell.width = Cm(w)
    d.add_paragraph()
    d.add_paragraph("Ikke med i tabellen: Forskningsdagen for profesjonsutdanning ble avsluttet i 2077. Nettverk for "
                    "praksisveiledere starter opp i 2079.")
    d.add_paragraph("Oslo, 15. januar 2079\nUnio – sekretariatet")
    d.core_properties.author = "Unio"
    path = out / FILENAME
    d.save(str(path))
    normalise_ooxml(path)
    return rows


def text(path) -> str:
    return docx_text(path)
