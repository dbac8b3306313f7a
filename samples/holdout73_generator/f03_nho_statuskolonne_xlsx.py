"""NHO: an ordinary Excel list whose first column is a status in words (Gjennomført / Pågår / Ikke startet), explained
on a second sheet «Forklaring». The goal only as NHO's own words in «Hvor i strategien» (no codes). NHO's kind words
(Partsrepresentasjon, Felles prosjekt med LO, Regionalt prosjekt, Studietilbud for bransjen, Spørreundersøkelse,
Prisutdeling). Partners one per line in the cell. The trap is NHO Agder's regional version of the joint project, the row
right under it and named like it. One row has not started («Ikke startet»; the text says it starts in March next
year)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, KURS, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "NHO_rapport_kompetansestrategien_2093.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), two sheets, title rows, wrapped text, frozen header, autofilter, zip normalised"
SHAPE = ("ordinary Excel list: sheet «Tiltak 2093» with a title in row 1 and a sending line in row 2, header on row 4 "
         "Status / Tiltak / Beskrivelse / Hvor i strategien / Hva slags / Ansvarlig (NHO-fellesskapet) / Partnere; "
         "the first column a status in words (Gjennomført / Pågår / Ikke startet), explained on a second sheet "
         "«Forklaring»; the goal only as NHO's own words («Yrkesfagene – flere velger fag- og yrkesopplæring», "
         "«Dokumentere og bygge videre på fagbrev», «Mer kunnskap om læring i bedriftene», «Etter- og "
         "videreutdanning som næringslivet trenger»); NHO's kind words (Partsrepresentasjon, Felles prosjekt med LO, "
         "Regionalt prosjekt, Studietilbud for bransjen, Spørreundersøkelse, Prisutdeling, Kampanje); partners one "
         "per line; NHO Agder's regional version of the joint project right under it; one row «Ikke startet»")
NOT_TRUTH = ("the title and sending line, the header, the Status, Hvor i strategien and Hva slags cells, row 11 "
             "'Yrkesfagkampanje i sosiale medier' (status «Ikke startet»: planned, starting in March next year), the "
             "sheet «Forklaring»")
SPLIT_FIELDS = ("samarbeidspartnere",)

G23 = "Yrkesfagene – flere velger fag- og yrkesopplæring"
G25 = "Dokumentere og bygge videre på fagbrev"
HEAD = ["Status", "Tiltak", "Beskrivelse", "Hvor i strategien", "Hva slags", "Ansvarlig (NHO-fellesskapet)",
        "Partnere"]
# status, name, text, goal words, kind, ansvarlig, partners (list), seed, dm, type
ROWS = [
    ("Pågår", "Faglig råd for salg, service og reiseliv",
     "NHO Reiseliv har to av arbeidsgiverplassene i rådet. Rådet arbeidet i 2093 med dimensjonering av læreplasser i "
     "reiselivsfaget og la fram en bransjeanalyse for salg og service.", G23, "Partsrepresentasjon", "NHO Reiseliv",
     [], "M04", "2.3", RAD),
    ("Pågår", "Fagbrev på tvers – NHOs del",
     "NHO-foreningene rekrutterte 40 bedrifter i industri og bygg som lar ansatte ta fagbrev nummer to med praksis i "
     "egen bedrift. Prosjektet drives sammen med LO og fylkeskommunene.", G25, "Felles prosjekt med LO",
     "Norsk Industri", ["LO", "fylkeskommunene"], "J01", "2.5", PROSJEKT),
    ("Gjennomført", "Fagbrev på tvers – Agder",
     "NHO Agder og Agder fylkeskommune laget en egen regional utgave for prosessindustrien i Agder, finansiert av "
     "fylkeskommunen. Den regionale utgaven er ikke en del av det nasjonale prosjektet. 22 deltakere startet i "
     "februar og ble ferdige i desember.", G25, "Regionalt prosjekt", "NHO Agder", ["Agder fylkeskommune"], None,
     "2.5", PROSJEKT),
    ("Pågår", "Videreutdanning i havbruksteknologi",
     "Bransjetilpasset videreutdanning på 30 studiepoeng for ansatte i havbruk, med samlinger i Ålesund og Bergen. 48 "
     "ansatte startet i august.", "Etter- og videreutdanning som næringslivet trenger", "Studietilbud for bransjen",
     "Sjømat Norge", ["NTNU", "Fagskulen Vestland"], None, "2.4", KURS),
    ("Gjennomført", "Kompetansebarometer for reiselivet",
     "Spørreundersøkelse blant 1 100 reiselivsbedrifter om hvilken kompetanse de mangler og hvordan de lærer opp nye "
     "medarbeidere. Rapporten ble lagt fram i mai.", "Mer kunnskap om læring i bedriftene", "Spørreundersøkelse",
     "NHO Reiseliv", ["Menon Economics"], None, "2.2", FOU),
    ("Gjennomført", "Lærlingprisen 2093",
     "Prisen ble delt ut under NHOs årskonferanse til tre bedrifter som har gjort en særlig innsats for lærlinger. 15 "
     "bedrifter var nominert.", G23, "Prisutdeling", "NHO", [], None, "2.3", ARR),
    ("Ikke startet", "Yrkesfagkampanje i sosiale medier",
     "Kampanjen er planlagt sammen med NHO Service og Handel og har oppstart i mars neste år.", G23, "Kampanje",
     "NHO Service og Handel", [], "", "", None),
]
WIDTHS = [13, 30, 58, 30, 22, 24, 24]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2093"
    ws["A1"] = "NHO – rapportering til Kompetansepolitisk råd"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Rapporteringsår 2093 · sendt sekretariatet 16.01.2094 · kontakt: kompetanse@nho.no"
    ws["A2"].font = Font(name="Calibri", size=9, italic=True, color="595959")
    thin = Side(style="thin", color="A6A6A6")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    rows = []
    for k, (st, name, txt, goal, kind, ans, partners, seed, dm, ty) in enumerate(ROWS):
        r = 5 + k
        vals = [st, name, txt, goal, kind, ans, "\n".join(partners)]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.font = Font(name="Calibri", size=11, bold=(i == 2))
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), txt))
    for col, w in zip("ABCDEFG", WIDTHS):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 5, 4 + len(ROWS), 15)
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:G{4 + len(ROWS)}"
    fx = wb.create_sheet("Forklaring")
    fx["A1"] = "Forklaring til kolonnen Status"
    fx["A1"].font = Font(bold=True)
    for r, (a, b) in enumerate([("Gjennomført", "Tiltaket ble gjennomført og avsluttet i rapporteringsåret."),
                                ("Pågår", "Tiltaket var i gang i rapporteringsåret og fortsetter."),
                                ("Ikke startet", "Tiltaket er vedtatt eller planlagt, men ikke satt i gang.")], 3):
        fx.cell(row=r, column=1, value=a)
        fx.cell(row=r, column=2, value=b)
    fx.column_dimensions["A"].width = 16
    fx.column_dimensions["B"].width = 70
    save_xlsx(wb, out / FILENAME, "Hanne Kristoffersen")
    return rows


def text(path) -> str:
    return xlsx_text(path)
