"""Fagskolerådet: an ordinary Word report exported to PDF by LibreOffice: one ruled three-column table Hva / Nærmere
om / Fakta where the Fakta cell holds four labelled lines (Delmål: / Type: / Ansvar: / Sammen med:), one paragraph
each, «–» for none. The FSR seat is named by the council's meetings. One row is a conference held every second year,
next in October 2093."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FSR, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "Fagskolerådet – kompetansetiltak 2092.pdf"
MEMBER = "Fagskolerådet"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with one ruled three-column table whose last cell "
          "holds labelled lines as separate paragraphs; dates and /ID fixed")
SHAPE = ("ordinary Word table Hva / Nærmere om / Fakta: the name bold in «Hva», the description in «Nærmere om», and "
         "the particulars stacked in «Fakta» as four labelled paragraphs «Delmål: 1.4», «Type: Nettverk», «Ansvar: "
         "…», «Sammen med: Virke, YS og NHO» («–» for none); Fagskolerådet's kind words (Råd, Arrangement, Nettverk, "
         "Utviklingsarbeid, Kurs, Konferanse); the FSR seat named «Nasjonalt fagskoleråd – rådsmøtene»; one row for a "
         "conference held every second year, next in October 2093")
NOT_TRUTH = ("the title and intro, the header, the Fakta labels and the Delmål and Type values, the «–» values, the "
             "row 'Fagskolekonferansen' (every second year, next in October 2093), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Hva", "Nærmere om", "Fakta"]

# name, text, dm, type word, ansvar, med (text), partners (truth), seed, delmål, type
ROWS = [
    ("Nasjonalt fagskoleråd – rådsmøtene",
     "Fagskolerådet har to plasser i Nasjonalt fagskoleråd. Rådet hadde fire møter i 2092 og ga råd til "
     "departementet om finansiering av korte fagskoletilbud og om bedre statistikk for fagskolene.", "1.4", "Råd",
     "Fagskolerådet", "–", "", FSR, "1.4", RAD),
    ("Fagskoleuka 2092",
     "Fagskolene holdt åpent i uke 10 med omvisninger, prøvetimer og bedriftsbesøk. 54 fagskoler deltok, og vi telte "
     "om lag 7 500 besøkende.", "1.4", "Arrangement", "Fagskolerådet", "Virke, YS og NHO", "Virke, YS, NHO", "J04",
     "1.4", ARR),
    ("Nettverk for praksis i fagskoleutdanningene",
     "Nettverk for praksiskoordinatorer ved 30 fagskoler som deler avtaler, maler og erfaringer med praksis i "
     "bedrift. Nettverket møttes tre ganger.", "1.4", "Nettverk", "Fagskolerådet", "–", "", None, "1.4", RAD),
    ("Kvalitetsløft for nettbaserte fagskoletilbud",
     "Utviklingsarbeid med ti fagskoler om bedre nettundervisning for studenter i jobb, med felles kriterier og "
     "kollegaveiledning.", "2.4", "Utviklingsarbeid", "Fagskolerådet", "HK-dir", "HK-dir", None, "2.4", PROSJEKT),
    ("Kurs i realkompetansevurdering for fagskoleansatte",
     "Tre kursdager for ansatte som vurderer søkere uten formell utdanning. 85 deltakere fra 40 fagskoler.", "2.5",
     "Kurs", "Fagskolerådet", "Fagskolen Innlandet", "Fagskolen Innlandet", None, "2.5", KURS),
    ("Fagskolekonferansen",
     "Konferansen arrangeres annethvert år. Neste gang er i oktober 2093.", "1.4", "Konferanse", "Fagskolerådet",
     "–", "", None, None, None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5, margins_cm=2.2)
    p = d.add_paragraph()
    add_runs(p, [("Fagskolerådet – rapport til Kompetansepolitisk råd for 2092", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Fagskolerådet er interesseorganisasjonen for fagskolene. Her er tiltakene våre i 2092 som følger "
                    "opp Nasjonal kompetansepolitisk strategi.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, HEAD):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "FFF2CC")
    rows = []
    for name, txt, dm, kind, ans, med, partners, seed, dmc, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        cells[1].paragraphs[0].add_run(txt)
        lines = [f"Delmål: {dm}", f"Type: {kind}", f"Ansvar: {ans}", f"Sammen med: {med}"]
        cells[2].paragraphs[0].add_run(lines[0])
        for ln in lines[1:]:
            cells[2].add_paragraph(ln)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dmc, ty, ans, partners, txt))
    set_col_widths(t, [4.4, 8.0, 4.2])
    d.add_paragraph()
    d.add_paragraph("Oslo, 14. januar 2093 – Knut Ove Dahl, generalsekretær, Fagskolerådet")
    docx_to_pdf(d, out / FILENAME, author="Fagskolerådet")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
