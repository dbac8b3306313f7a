"""NHO: an ordinary Excel list, but in NHO's own words: the measures are «innsatser», the delmål column is «Treffer
delmål» and sometimes names a second goal in brackets («1.4 (også 2.4)»), the kinds are NHO's (Utvalgsdeltakelse,
Rådsarbeid, Kunnskapsgrunnlag, Kompetansetilbud, Informasjonsarbeid). The RSA seat is named by its meetings («RSA-
møtene ved NTNU»). Two rows are outside 2083 only by the words in «Om innsatsen». A second sheet «Merknader»
explains the columns."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, KURS, RAD, row, save_xlsx, xlsx_text

FILENAME = "NHO innsatser kompetanse 2083.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), two sheets, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: title and a line in rows 1–2, header on row 4 # / Innsats / Treffer delmål / "
         "Innsatstype / Ledes av / Øvrige deltakere / Om innsatsen; «Treffer delmål» as a code, once with a second "
         "goal in brackets («1.4 (også 2.4)»); NHO's own kind words; the RSA seat named by its meetings; two rows "
         "outside 2083 only by words in «Om innsatsen» («avsluttet i desember i fjor», «Oppstart neste år»); sheet "
         "«Merknader» with numbered notes on the columns and on row 5")
NOT_TRUTH = ("the title and the line under it, the header, the #, Treffer delmål and Innsatstype cells, the delmål in "
             "brackets (a second goal), row 7 'Lærlingkampanjen «Bli med»' (ended last year), row 8 'Fagskolemoduler "
             "i havvind' (starts next year), the sheet «Merknader»")
SPLIT_FIELDS = ("samarbeidspartnere",)

# nr, name, dm cell, kind, ledes av, others, text, seed, dm, type
ROWS = [
    (1, "Plass i Kompetansebehovsutvalget (KBU)", "1.1", "Utvalgsdeltakelse", "NHO Kompetanse og utdanning", "",
     "NHO har én av arbeidsgiverplassene i utvalget. Vi har særlig løftet behovet for fagarbeidere i industrien inn "
     "i hovedrapporten.", "M03", "1.1", RAD),
    (2, "SRY – NHOs to plasser", "2.3", "Rådsarbeid", "NHO Kompetanse og utdanning", "",
     "Arbeidet i Samarbeidsrådet for yrkesopplæring handlet i 2083 mest om læreplassgarantien og tilskuddet til "
     "lærebedrifter.", "M02", "2.3", RAD),
    (3, "RSA-møtene ved NTNU", "1.4 (også 2.4)", "Rådsarbeid", "NHO Trøndelag", "",
     "NHO Trøndelag møter i Rådet for samarbeid med arbeidslivet ved NTNU. Rådet satte i gang to nye "
     "erfaringsbaserte masterprogram for ingeniører i industrien.", "M05", "1.4", RAD),
    (4, "Omstillingsbarometeret 2083", "2.2", "Kunnskapsgrunnlag", "NHO Analyse", "LO, YS, Fafo",
     "Felles undersøkelse med LO og YS. NHO har ansvaret for bedriftsdelen, der 3 500 medlemsbedrifter svarte på "
     "spørsmål om omstilling og kompetansebehov.", "J02", "2.2", FOU),
    (5, "Bransjenotater fra Omstillingsbarometeret", "2.2", "Kunnskapsgrunnlag", "NHO Analyse", "landsforeningene",
     "Åtte korte notater med tall for hver bransje, laget av NHO ut fra bedriftsdelen av barometeret. Notatene er "
     "NHOs egne og er ikke en del av det felles barometeret.", None, "2.2", FOU),
    (6, "Kortkurs for fagarbeidere i byggenæringen", "2.4", "Kompetansetilbud", "Byggenæringens Landsforening",
     "Fagskolen Innlandet, Fagskolen Oslo",
     "Ni kortkurs på 5–10 studiepoeng i energieffektivisering og digital byggeplass; 410 deltakere. Videreført fra "
     "2082.", None, "2.4", KURS),
    (7, "Lærlingkampanjen «Bli med»", "2.3", "Informasjonsarbeid", "NHO Kompetanse og utdanning", "",
     "Kampanjen gikk hele fjoråret og ble avsluttet i desember i fjor. Ingen aktivitet i 2083.", "", "", None),
    (8, "Fagskolemoduler i havvind", "2.4", "Kompetansetilbud", "Norsk Industri", "Fagskolen Rogaland",
     "Oppstart neste år. I 2083 har det bare vært planleggingsmøter med fagskolen.", "", "", None),
]

NOTES = [
    (1, "«Treffer delmål» viser det delmålet i strategien som innsatsen først og fremst bidrar til. Et tall i "
        "parentes er et annet delmål innsatsen også bidrar til."),
    (2, "Innsatstypene er NHOs egne kategorier fra virksomhetsplanen."),
    (3, "«Ledes av» er den delen av NHO-fellesskapet som har ansvaret for innsatsen."),
    (4, "Rad 5 bygger på tall fra rad 4, men notatene er laget av NHO Analyse alene."),
    (5, "Vi har tatt med to innsatser som ikke var aktive i 2083, slik at listen henger sammen med fjorårets "
        "rapport."),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Innsatser 2083"
    ws["A1"] = "NHO – innsatser for kompetansepolitikken 2083"
    ws["A1"].font = Font(name="Arial", size=14, bold=True, color="1F3864")
    ws["A2"] = "Innrapportert til Kompetansepolitisk råd. Se arket «Merknader» for forklaring av kolonnene."
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    head = ["#", "Innsats", "Treffer delmål", "Innsatstype", "Ledes av", "Øvrige deltakere", "Om innsatsen"]
    thin = Side(style="thin", color="A6A6A6")
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    rows = []
    for k, (nr, name, dmc, kind, led, oth, txt, seed, dm, ty) in enumerate(ROWS):
        r = 5 + k
        for i, v in enumerate([nr, name, dmc, kind, led, oth or None, txt], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.font = Font(name="Arial", size=10)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, led, oth, txt))
    for col, w in zip("ABCDEFG", [4, 34, 13, 18, 26, 26, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws2 = wb.create_sheet("Merknader")
    ws2["A1"] = "Merknader"
    ws2["A1"].font = Font(name="Arial", size=12, bold=True)
    for k, (n, t) in enumerate(NOTES):
        ws2.cell(row=3 + k, column=1, value=n)
        c = ws2.cell(row=3 + k, column=2, value=t)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws2.column_dimensions["A"].width = 5
    ws2.column_dimensions["B"].width = 90
    save_xlsx(wb, out / FILENAME, "Kristin Aasland")
    return rows


def text(path) -> str:
    return xlsx_text(path)
