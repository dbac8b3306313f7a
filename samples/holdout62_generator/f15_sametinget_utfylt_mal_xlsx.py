"""Sametinget: the secretariat's reporting template, filled in. The template's sheet «Tiltak» has five numbered rows
under an EXAMPLE row that the instructions say to delete; Sametinget kept the example row and, needing more rows,
copied the sheet to «Tiltak (2)», where the copied example row is still there, the first two numbers were changed
to 6 and 7 and the last three rows still carry the copy's numbers 3–5 with nothing else in them. The template's
drop-downs give the delmål as «1.3 Karriereveiledning» and the six types; the lists sit on a hidden sheet."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from .common import ARR, FOU, KURS, RAD, row, save_xlsx, xlsx_text

FILENAME = "Sametinget rapporteringsmal KPR 2082 (utfylt).xlsx"
MEMBER = "Sametinget"
FORMAT = ("XLSX (openpyxl): the secretariat's template with data validation drop-downs fed from a hidden list "
          "sheet, a guidance sheet, the measures sheet and its copy «Tiltak (2)»; zip normalised")
SHAPE = ("filled-in template: sheets 'Veiledning' (the secretariat's instructions), 'Tiltak' (title, Medlem: "
         "Sametinget, an instruction line, header Nr / Tiltak / Delmål / Type tiltak / Ansvarlig / "
         "Samarbeidspartnere / Kort beskrivelse (maks 500 tegn), the template's grey italic EXAMPLE row left in, "
         "rows 1–5 filled), 'Tiltak (2)' (a copy of the sheet with the example row again, rows numbered 6, 7 filled "
         "and rows still numbered 3, 4, 5 left empty), hidden 'Lister' with the drop-down values; delmål as «1.3 "
         "Karriereveiledning», the six types")
NOT_TRUTH = ("the sheet 'Veiledning', the titles, Medlem line and instruction lines, the headers, the EXAMPLE rows "
             "('EKSEMPEL: Regionalt kompetanseforum' on both sheets), the Nr, Delmål and Type tiltak cells, row 5 "
             "'Samisk yrkesfagkampanje 2081' (carried out in 2081), row 7 'Samisk lærlingportal' (planned 2083), the "
             "empty rows numbered 3–5 on 'Tiltak (2)', the hidden sheet 'Lister'")
SPLIT_FIELDS = ("samarbeidspartnere",)

DM_LIST = ["1.1 Kompetansebehovsutvalget", "1.2 Regional samordning", "1.3 Karriereveiledning",
           "1.4 Samarbeid utdanning–arbeidsliv", "2.1 Digital kompetanse", "2.2 Kunnskap om læring i arbeidslivet",
           "2.3 Karrieremuligheter i yrkesfag", "2.4 Relevant etter- og videreutdanning",
           "2.5 Dokumentere realkompetanse", "2.6 Godkjenning av utenlandsk utdanning",
           "3.1 Opplæring på voksnes premisser", "3.2 Kompetansepluss", "3.3 Opplæring i arbeidsmarkedspolitikken",
           "3.4 Kvalifisering av innvandrere", "3.5 NAVs opplæringstilbud", "3.6 Opplæring i frivillig sektor"]
TYPE_LIST = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]
EXAMPLE = ("Eks.", "EKSEMPEL: Regionalt kompetanseforum", "1.2 Regional samordning", "Råd/utvalg/nettverk",
           "Fylkeskommunen", "Nav, partene i arbeidslivet",
           "Forumet møtes fire ganger i året og lager en felles plan for kompetanse i regionen.")
OPL = "Sametingets opplæringsavdeling"
NAER = "Sametingets næringsavdeling"
# nr, name, dm entry, type, ansvarlig, partners, text, seed (None = U), truth
SHEET1 = [
    (1, "Nasjonalt forum for karriereveiledning", DM_LIST[2], RAD, OPL, "",
     "Sametinget har fast plass i forumet og arbeidet for at karrieresentrene skal kunne gi veiledning på samisk.",
     "M05", True),
    (2, "Sámi ráđđeaddiid fierpmádat – samisk veiledernettverk", DM_LIST[2], RAD, OPL,
     "karrieresentrene i Troms og Finnmark og Nordland",
     "Nettverk for samiskspråklige karriereveiledere som møtes digitalt hver måned. Nettverket er Sametingets eget og "
     "er ikke en del av det nasjonale forumet.", None, True),
    (3, "Kompetansepluss i samiske områder – samisk på arbeidsplassen", DM_LIST[11], KURS, NAER, "HK-dir",
     "Opplæring i samisk språk for ansatte i reiseliv og helse i 14 kommuner i forvaltningsområdet for samisk "
     "språk.", None, True),
    (4, "Kartlegging av kompetansebehov i reindriften", DM_LIST[5], FOU, NAER,
     "NIBIO, Norske Reindriftsamers Landsforbund",
     "Undersøkelse blant 600 reindriftsutøvere om hvilken opplæring de trenger i økonomi, dyrevelferd og digitale "
     "verktøy.", None, True),
    (5, "Samisk yrkesfagkampanje 2081", DM_LIST[6], "Informasjon", OPL, "",
     "Gjennomført i 2081. Ingen aktivitet i 2082.", "", False),
]
SHEET2 = [
    (6, "Sámi ealáhuskonferánsa – samisk næringslivskonferanse 2082", DM_LIST[7], ARR, NAER,
     "Samisk næringsråd, Sámi allaskuvla",
     "Konferanse i Karasjok i september om kompetanse i samiske virksomheter; 240 deltakere.", None, True),
    (7, "Samisk lærlingportal", DM_LIST[6], "Informasjon", OPL, "Troms og Finnmark fylkeskommune",
     "Planlagt til 2083.", "", False),
    (3, None), (4, None), (5, None),
]


def _sheet(wb, title, lines, dv_dm, dv_ty):
    ws = wb.create_sheet(title)
    ws["A1"] = "Rapportering av tiltak 2082 – Kompetansepolitisk råd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Medlem:"
    ws["B2"] = "Sametinget"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Fyll ut én rad per tiltak. Bruk nedtrekkslistene for delmål og type tiltak. Slett eksempelraden "
                "før innsending.")
    ws["A3"].font = Font(italic=True, size=9, color="7F7F7F")
    head = ["Nr", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
            "Kort beskrivelse (maks 500 tegn)"]
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(head, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5496")
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for j, v in enumerate(EXAMPLE, 1):
        c = ws.cell(row=6, column=j, value=v)
        c.font = Font(italic=True, color="808080")
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for i, ln in enumerate(lines, 7):
        vals = [ln[0]] + ([None] * 6 if ln[1] is None else list(ln[1:7]))
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v if v != "" else None)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[i].height = 48
    ws.add_data_validation(dv_dm)
    ws.add_data_validation(dv_ty)
    dv_dm.add("C7:C11")
    dv_ty.add("D7:D11")
    for col, w in zip("ABCDEFG", [6, 40, 30, 20, 28, 32, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    return ws


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    g = wb.active
    g.title = "Veiledning"
    for i, ln in enumerate([
        "Veiledning til rapporteringen for 2082",
        "Rapporter tiltak som medlemmet har gjennomført eller deltatt i i 2082, og som følger opp Nasjonal "
        "kompetansepolitisk strategi.",
        "Plasser i råd og utvalg rapporteres som egne tiltak med type Råd/utvalg/nettverk.",
        "Velg det delmålet tiltaket bidrar mest til. Velg én type tiltak.",
        "Trenger dere flere rader, kan dere legge til rader eller kopiere arket.",
        "Frist: 15. januar 2083. Send utfylt mal til sekretariatet for Kompetansepolitisk råd.",
    ], 1):
        g.cell(row=i, column=1, value=ln).font = Font(bold=(i == 1), size=12 if i == 1 else 10)
    g.column_dimensions["A"].width = 110
    lists = wb.create_sheet("Lister")
    for i, v in enumerate(DM_LIST, 1):
        lists.cell(row=i, column=1, value=v)
    for i, v in enumerate(TYPE_LIST, 1):
        lists.cell(row=i, column=2, value=v)
    lists.sheet_state = "hidden"
    for title, lines in (("Tiltak", SHEET1), ("Tiltak (2)", SHEET2)):
        dv_dm = DataValidation(type="list", formula1=f"=Lister!$A$1:$A${len(DM_LIST)}", allow_blank=True)
        dv_ty = DataValidation(type="list", formula1=f"=Lister!$B$1:$B${len(TYPE_LIST)}", allow_blank=True)
        _sheet(wb, title, lines, dv_dm, dv_ty)
    wb.move_sheet("Lister", offset=2)
    save_xlsx(wb, out / FILENAME, "Sametinget")
    rows = []
    for ln in SHEET1 + SHEET2:
        if ln[1] is None or not ln[8]:
            continue
        _nr, name, dm, ty, ans, med, txt, seed, _t = ln
        rows.append(row(FILENAME, MEMBER, name, seed, dm.split()[0], ty, ans, med, txt))
    return rows


def text(path) -> str:
    return xlsx_text(path)
