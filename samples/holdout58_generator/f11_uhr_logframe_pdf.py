"""UHR: a results framework (resultatrammeverk / logframe) written in Word and exported to PDF by LibreOffice. Each
row ties an activity to the strategy goal it serves, with an indicator, the target and what was achieved; the
'Resultat 2078' cell doubles as the description. Rows whose result says 2077 or 2079 are not this year's."""
from __future__ import annotations

import io

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

from .common import FOU, INFO, PROSJEKT, RAD, lo_to_pdf, pdf_text_with_cells, row

FILENAME = "UHR_resultatrammeverk_KPR_2078.pdf"
MEMBER = "UHR"
FORMAT = "PDF exported by LibreOffice from a landscape DOCX (python-docx); dates and /ID fixed"
SHAPE = ("results framework: columns Effekt i strategien ('1.4 Relevante utdanninger …', code with UHR's own "
         "paraphrase, repeated on every row) / Aktivitet / Virkemiddel (UHR's words) / Indikator / Mål 2078 / "
         "Resultat 2078 (the description) / Ansvar / Partnere; indicator and target columns hold numbers and "
         "percentages; one row's result is 'Gjennomført i 2077' and one is 'Oppstart 2079'")
NOT_TRUTH = ("the title, the intro, the header row, the Effekt, Indikator and Mål columns, the row 'Praksiskonferansen "
             "2077' (Resultat: gjennomført i 2077), the row 'Felles EVU-portal for universiteter og høyskoler' "
             "(Resultat: oppstart 2079), the note under the table")

G14 = "1.4 Relevante utdanninger gjennom samarbeid med arbeidslivet"
ITEMS = [
    (G14, "RSA-ordningen ved universiteter og høyskoler", "Rådsarbeid", "Andel institusjoner med aktivt RSA",
     "100 %", "Alle institusjonene unntatt to hadde et aktivt råd for samarbeid med arbeidslivet (96 %).", "UHR",
     "universitetene og høyskolene", ("M06", RAD)),
    (G14, "Veileder for RSA-arbeidet", "Veileder", "Veileder publisert", "Juni 2078",
     "Veilederen med gode eksempler fra rådene ble publisert i juni 2078.", "UHR", "NHO, KS", (None, INFO)),
    (G14, "UHR-Lærerutdanning (Nasjonalt råd for lærerutdanning)", "Fagstrategisk enhet", "Antall møter", "4",
     "Fire møter; rådet ga råd om praksis i lærerutdanningene.", "UHR", "Unio, KS", ("M05", RAD)),
    (G14, "Arbeidslivsrelevansundersøkelsen 2078", "Undersøkelse", "Svarprosent", "40 %",
     "Svarprosent 44 %; rapporten viser at tre av fire arbeidsgivere mener nyutdannede har relevant kompetanse.",
     "UHR", "Akademikerne, NIFU", ("J06", FOU)),
    (G14, "Praksiskonferansen 2077", "Konferanse", "Deltakere", "300", "Gjennomført i 2077.", "UHR", "", None),
    ("2.4 Etter- og videreutdanning som svarer på behov", "Nasjonal modell for mikroemner i EVU",
     "Utviklingsprosjekt", "Antall mikroemner i katalogen", "150",
     "180 mikroemner fra 21 institusjoner ligger i den felles katalogen.", "UHR", "HK-dir, NHO",
     (None, PROSJEKT)),
    ("2.4 Etter- og videreutdanning som svarer på behov", "Felles EVU-portal for universiteter og høyskoler",
     "Digital tjeneste", "Portal i drift", "–", "Oppstart 2079.", "UHR", "HK-dir", None),
    ("2.6 Godkjenning og kompletterende utdanning", "Kartlegging av kompletterende utdanning for innvandrere",
     "Kartlegging", "Rapport levert", "Nov. 2078", "Rapporten viser 64 tilbud ved 19 institusjoner.", "UHR",
     "HK-dir", (None, FOU)),
]


def build(out) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(9)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    d.add_heading("UHR – resultatrammeverk for oppfølgingen av kompetansestrategien, 2078", level=1)
    d.add_paragraph("Rammeverket viser hvilke aktiviteter UHR har gjennomført, hvilket mål i Nasjonal "
                    "kompetansepolitisk strategi de skal bidra til, og hvordan vi måler resultatene.")
    head = ["Effekt i strategien", "Aktivitet", "Virkemiddel", "Indikator", "Mål 2078", "Resultat 2078", "Ansvar",
            "Partnere"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, head):
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    rows = []
    for goal, act, vm, ind, target, res, ansv, med, truth in ITEMS:
        cells = t.add_row().cells
        for cell, v in zip(cells, [goal, act, vm, ind, target, res, ansv, med]):
            cell.text = v
        if truth:
            seed, typ = truth
            rows.append(row(FILENAME, MEMBER, act, seed, goal.split()[0], typ, ansv, med, res))
    t.autofit = False
    for col, w in zip(t.columns, [4.0, 4.4, 2.6, 3.2, 1.8, 5.2, 2.0, 3.5]):
        col.width = Cm(w)
    for r in t.rows:
        trPr = r._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))
        for cell, w in zip(r.cells, [4.0, 4.4, 2.6, 3.2, 1.8, 5.2, 2.0, 3.5]):
            cell.width = Cm(w)
    d.add_paragraph()
    d.add_paragraph("Effekt i strategien viser til nummereringen av delmålene i Nasjonal kompetansepolitisk "
                    "strategi. Rader med resultat utenfor 2078 er tatt med for sammenhengens skyld.")
    d.core_properties.author = "UHR"
    buf = io.BytesIO()
    d.save(buf)
    lo_to_pdf(buf.getvalue(), ".docx", out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
