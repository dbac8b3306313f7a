"""NHO: the working sheet NHO uses to prioritise its skills-policy efforts, sent as it is. Each row scores a measure
on effect and effort (1–5) with a formula for the priority, sorted by priority; the status column tells which rows
ran in 2079 (Gjennomført 2079 / Pågår), which are ideas for 2080 and which ended in 2078."""
from __future__ import annotations

import openpyxl
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill

from .common import ARR, FOU, INFO, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "NHO prioriteringsmatrise kompetanse 2079.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), formulas, colour-scale conditional formatting, frozen panes, zip normalised"
SHAPE = ("prioritisation matrix: title and a scale note above the header, columns Nr / Tiltak / Strategimål (NHO's "
         "short labels '1.1 – KBU', '2.4 – Behov og tilbud') / Kategori (NHO's words) / Effekt (1–5) / Innsats "
         "(1–5) / Prioritet (formula =E*(6-F), colour scale) / Status / Eier / Partnere / Kommentar; rows sorted by "
         "priority, so 2080 ideas and a finished 2078 row sit between the 2079 measures; a second sheet 'Skala' "
         "explains the scores")
NOT_TRUTH = ("the title, the scale note, the header, the scores and the priority formulas, the row 'Digital "
             "kompetanseportal for medlemsbedrifter' (Status 'Idé 2080', no scores), the row 'Lærlingtoget 2078' "
             "(Status 'Avsluttet 2078'), the whole sheet 'Skala'")

# name, goal label, code, kategori, effekt, innsats, status, eier, partnere, kommentar, seed, type
ITEMS = [
    ("Kompetansebehovsutvalget", "1.1 – KBU", "1.1", "Råd og utvalg", 5, 2, "Pågår", "NHO Kompetanse",
     "LO, KD, ASD", "NHO har fast plass i utvalget og har bidratt med data fra Kompetansebarometeret til rapporten "
     "om grønn omstilling.", "M04", RAD),
    ("Omstillingskonferansen 2079", "2.4 – Behov og tilbud", "2.4", "Konferanse", 5, 3, "Gjennomført 2079",
     "NHO Kompetanse", "YS, Norsk Industri", "Konferansen i Bergen 3.–4. september samlet 600 deltakere om "
     "kompetanse i omstillingen av industri og energi.", "J03", ARR),
    ("Digital kompetanseportal for medlemsbedrifter", "2.1 – Digital kompetanse", "2.1", "Digitalt verktøy", None,
     None, "Idé 2080", "NHO Service og Handel", "", "Drøftes i budsjettet for 2080.", "", None),
    ("SMB-kartleggeren", "2.2 – Kunnskap", "2.2", "Kartlegging", 4, 3, "Gjennomført 2079", "NHO Kompetanse",
     "Virke, SINTEF", "Kartlegging av kompetansebehov i 1 200 små og mellomstore bedrifter; resultatene brukes i "
     "regionale kompetanseforum.", "J05", FOU),
    ("Kampanje: Fagbrev for voksne i industrien", "2.5 – Dokumentasjon", "2.5", "Kampanje", 4, 3,
     "Gjennomført 2079", "Norsk Industri", "Fellesforbundet", "Kampanje i sosiale medier og bedriftsbesøk om "
     "praksiskandidatordningen; 800 henvendelser.", None, INFO),
    ("Kompetansemegler for små bedrifter i Agder", "2.4 – Behov og tilbud", "2.4", "Pilot", 4, 4, "Pågår",
     "NHO Agder", "Agder fylkeskommune, Universitetet i Agder", "En kompetansemegler hjelper små bedrifter å finne "
     "og sette sammen etter- og videreutdanning; 45 bedrifter fikk hjelp.", None, PROSJEKT),
    ("Lærlingtoget 2078", "2.3 – Yrkesfag", "2.3", "Arrangement", 3, 3, "Avsluttet 2078", "NHO Kompetanse", "",
     "Rapport levert februar 2079.", "", None),
    ("Webinarrekke om KBU-rapporten 2079", "1.1 – KBU", "1.1", "Webinar", 3, 2, "Gjennomført 2079",
     "NHO Kompetanse", "NHO-regionene", "Fire webinarer for medlemsbedrifter der funnene i utvalgets rapport ble "
     "gjennomgått bransje for bransje.", None, ARR),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Matrise"
    ws["A1"] = "NHO – prioriteringsmatrise for kompetansepolitisk arbeid 2079"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Effekt og innsats vurderes på en skala fra 1 (lav) til 5 (høy). Prioritet = effekt × (6 – innsats)."
    ws["A2"].font = Font(italic=True)
    head = ["Nr", "Tiltak", "Strategimål", "Kategori", "Effekt (1–5)", "Innsats (1–5)", "Prioritet", "Status", "Eier",
            "Partnere", "Kommentar"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True)
    rows = []
    for i, (name, goal, code, kat, eff, inn, status, eier, med, komm, seed, ty) in enumerate(ITEMS, 5):
        vals = [i - 4, name, goal, kat, eff, inn, f"=IF(E{i}=\"\",\"\",E{i}*(6-F{i}))", status, eier, med, komm]
        for j, v in enumerate(vals, 1):
            ws.cell(row=i, column=j, value=v).alignment = Alignment(wrap_text=True, vertical="top")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, code, ty, eier, med, komm))
    last = 4 + len(ITEMS)
    ws.conditional_formatting.add(f"G5:G{last}", ColorScaleRule(start_type="num", start_value=1, start_color="F8696B",
                                                                 end_type="num", end_value=25, end_color="63BE7B"))
    for col, w in zip("ABCDEFGHIJK", [5, 40, 22, 16, 9, 9, 9, 17, 22, 30, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    sk = wb.create_sheet("Skala")
    for r in (["Poeng", "Effekt", "Innsats"], [1, "Liten betydning for medlemmene", "Kan gjøres innenfor driften"],
              [3, "Merkbar betydning i flere bransjer", "Krever egne midler"],
              [5, "Stor betydning for kompetansetilgangen", "Krever stor innsats over flere år"]):
        sk.append(r)
    save_xlsx(wb, out / FILENAME, "NHO")
    return rows


def text(path) -> str:
    return xlsx_text(path)
