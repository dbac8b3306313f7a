"""Møre og Romsdal fylkeskommune (Nynorsk): the county took last year's table from the secretariat and added a
status column; new measures of 2077 are rows under a merged heading row at the bottom."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .common import ARR, KURS, PROSJEKT, RAD, docx_text, normalise_ooxml, row

FILENAME = "MRFK_KPR_tiltak_2077_oppdatert.docx"
MEMBER = "Møre og Romsdal fylkeskommune"
FORMAT = "DOCX (python-docx), landscape, merged heading row, shading, zip normalised"
SHAPE = ("Nynorsk: last year's table (Tiltak (frå rapporten 2076) / Delmål / Type / Ansvarleg / Partnarar) with an "
         "added column 'Status 2077 / merknad'; rows marked 'Vidareført i 2077: …' are this year's measures, rows "
         "'Avslutta i 2076' and 'Utsett til 2078' are not; a merged, shaded row 'Nye tiltak i 2077' introduces the "
         "new rows; delmål as code or Nynorsk words; the description is the status text after the colon")
NOT_TRUTH = ("the title and intro, the header row, the row 'Kompetanseløftet for havbruk' (Avslutta i 2076), the "
             "row 'Ny regional kompetansestrategi' (Utsett til 2078), the merged row 'Nye tiltak i 2077', the "
             "closing line")

OLD = [
    ("Råd for samarbeid med arbeidslivet ved NTNU i Ålesund", "1.4", "Råd", "Møre og Romsdal fylkeskommune",
     "NTNU", "Vidareført i 2077", "Fylkeskommunen sit i rådet og tok opp behovet for ingeniørar i maritim "
     "næring.", ("M03", "1.4", RAD)),
    ("Nasjonalt fagskuleråd", "Samarbeid mellom utdanning og arbeidsliv", "Råd", "Møre og Romsdal fylkeskommune",
     "", "Vidareført i 2077", "Fylkeskommunane har ein felles plass; Møre og Romsdal møtte i fire av fem møte.",
     ("M05", "1.4", RAD)),
    ("Regionalt kompetansebehovsutval for Møre og Romsdal", "Regionalt kompetansesamarbeid", "Utval",
     "Møre og Romsdal fylkeskommune", "NHO Møre og Romsdal, LO, NAV", "Vidareført i 2077",
     "Utvalet er bygd opp etter modell av KBU og la fram ein regional analyse i oktober.", ("U", "1.2", RAD)),
    ("Kompetanseløftet for havbruk", "2.4", "Opplæring", "Møre og Romsdal fylkeskommune", "Sjømat Norge",
     "Avslutta i 2076", "", None),
    ("Ny regional kompetansestrategi", "1.2", "Plan", "Møre og Romsdal fylkeskommune", "", "Utsett til 2078", "",
     None),
]
NEW = [
    ("VeiViser – karriererettleiing ved NAV-kontora i Romsdal", "Karriererettleiing", "Prosjekt",
     "Karrieresenteret i Møre og Romsdal", "NAV Møre og Romsdal",
     "Rettleiarar frå karrieresenteret har faste dagar på fire NAV-kontor.", ("J02", "1.3", PROSJEKT)),
    ("Fagbrev for vaksne i Sunnmøre-industrien", "Fleksibel opplæring for vaksne", "Opplæring",
     "Møre og Romsdal fylkeskommune", "Ulstein Verft, Fellesforbundet",
     "Modulbasert opplæring fram mot fagbrev for tilsette utan fagbrev; 64 deltakarar.", ("U", "3.1", KURS)),
    ("Karrieremessa Molde 2077", "2.3", "Arrangement", "Møre og Romsdal fylkeskommune", "Molde kommune",
     "Messe for elevar i ungdomsskulen om yrkesfaglege utdanningsprogram; 2 100 besøkjande.", ("U", "2.3", ARR)),
]


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def build(out) -> list[dict]:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.core_properties.author = "Møre og Romsdal fylkeskommune"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Kompetansetiltak i Møre og Romsdal – oppdatert for 2077", 1)
    doc.add_paragraph("Vi har nytta tabellen frå fjorårets rapport og lagt til ein kolonne med status for 2077. "
                      "Nye tiltak står nedst i tabellen.")
    head = ["Tiltak (frå rapporten 2076)", "Delmål", "Type", "Ansvarleg", "Partnarar", "Status 2077 / merknad"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        _shade(t.rows[0].cells[i], "C6E0B4" if i == 5 else "D9D9D9")
    rows = []
    for name, dm, ty, ansv, med, status, txt, truth in OLD:
        c = t.add_row().cells
        for i, v in enumerate([name, dm, ty, ansv, med, status + (": " + txt if txt else "")]):
            c[i].text = v
        if truth:
            seed, code, typ = truth
            rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, txt))
    hr = t.add_row().cells
    m = hr[0].merge(hr[5])
    m.text = "Nye tiltak i 2077"
    m.paragraphs[0].runs[0].bold = True
    _shade(m, "FFF2CC")
    for name, dm, ty, ansv, med, txt, (seed, code, typ) in NEW:
        c = t.add_row().cells
        for i, v in enumerate([name, dm, ty, ansv, med, "Nytt i 2077: " + txt]):
            c[i].text = v
        rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, txt))
    doc.add_paragraph("Kontakt: Kompetanseavdelinga, Møre og Romsdal fylkeskommune.")
    p = out / FILENAME
    doc.save(str(p))
    normalise_ooxml(p)
    return rows


def text(path) -> str:
    return docx_text(path)
