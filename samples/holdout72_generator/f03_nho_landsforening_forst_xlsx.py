"""NHO: an ordinary Excel list whose first column is the responsible landsforening or region (Landsforening / region
| Tiltak | Hva er gjort | Virkemiddel | Strategimål (nr.) | Partnere | Merknad). Partners written as NHO writes them
(«bl.a. Virke og Spekter, med Fafo som utfører», «Innlandet fylkeskommune m.fl.»). The Merknad column holds remarks;
one row is outside 2092 only by its Merknad («Utsatt til våren 2093 …»), another is the year's measure though its
Merknad says «Videreført fra i fjor». The trap is NHO's own survey of the firms' view of the faglige råd (about the
councils, not a seat). A second sheet «Kontakter» lists contact persons."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, INFO, KURS, PROSJEKT, RAD, SRY, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "NHO kompetansetiltak 2092.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), two sheets, title rows, wrapped text, frozen header, autofilter, zip normalised"
SHAPE = ("ordinary Excel list: title and a line in rows 1–2, header on row 3 Landsforening / region / Tiltak / Hva er "
         "gjort / Virkemiddel / Strategimål (nr.) / Partnere / Merknad – the responsible in the first column; plain "
         "codes; NHO's kind words (Rådsplasser, Undersøkelse, Kartlegging, Opplæringspakke, Prosjektsatsing, "
         "Veileder på nett, Bransjedag); partners in NHO's own phrasing («bl.a. Virke og Spekter, med Fafo som "
         "utfører», «Innlandet fylkeskommune og LO Innlandet m.fl.»); the SRY seats named «NHOs medlemmer i de "
         "faglige rådene»; a Merknad column where one row is put off to next year («Utsatt til våren 2093») and one "
         "is «Videreført fra i fjor»; a sheet «Kontakter»")
NOT_TRUTH = ("the title and the line under it, the header, the Virkemiddel, Strategimål and Merknad cells, row 10 "
             "'Bransjedag for bygg og anlegg på Gardermoen' (put off to the spring of 2093), the sheet «Kontakter»")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Landsforening / region", "Tiltak", "Hva er gjort", "Virkemiddel", "Strategimål (nr.)", "Partnere", "Merknad"]
WIDTHS = [20, 30, 58, 16, 11, 30, 24]

# ansvar, name, text, kind, code, partner cell, partners (truth), merknad, seed, delmål, type
ROWS = [
    ("NHO Arbeidsliv", "NHOs medlemmer i de faglige rådene",
     "NHO har 54 medlemmer og varamedlemmer i de ni faglige rådene under Samarbeidsrådet for yrkesopplæring. I 2092 "
     "prioriterte de nye læreplaner i naturbruk og i bygg og anlegg, og flere læreplasser i de minste fagene.",
     "Rådsplasser", "2.3", "", "", "", SRY, "2.3", RAD),
    ("NHO Arbeidsliv", "Bedriftenes syn på de faglige rådene – kartlegging",
     "Kort spørreundersøkelse til 600 lærebedrifter om hvordan de opplever de faglige rådenes arbeid med læreplaner "
     "og dimensjonering. Kartleggingen er NHOs egen og er ikke en del av rådenes arbeid. Resultatene ble lagt fram "
     "for SRY i november.",
     "Kartlegging", "2.3", "", "", "", None, "2.3", FOU),
    ("NHO Analyse", "Læringsbarometeret 2092",
     "Spørreundersøkelse til 4 200 private og offentlige virksomheter om hvordan de ansatte lærer i jobben og hva "
     "virksomhetene bruker på opplæring. NHO sto for utvalget av medlemsbedrifter og for analysen av industri og "
     "reiseliv. Hovedrapporten kom i oktober.",
     "Undersøkelse", "2.2", "bl.a. Virke og Spekter, med Fafo som utfører", "Virke, Spekter, Fafo", "", "J03", "2.2",
     FOU),
    ("NHO Reiseliv", "Kompetansepakke for småbedrifter i reiselivet",
     "Åtte korte moduler om vertskap, bærekraft og digital markedsføring, tilpasset bedrifter med færre enn 20 "
     "ansatte. 340 ansatte fra 95 bedrifter tok minst én modul.",
     "Opplæringspakke", "2.4", "Høgskulen på Vestlandet og Nord universitet",
     "Høgskulen på Vestlandet, Nord universitet", "Videreført fra i fjor", None, "2.4", KURS),
    ("NHO Innlandet", "Lærlingløftet i Innlandet",
     "Prosjekt som skal gi 150 nye læreplasser i industri og bygg i Innlandet innen 2094. I 2092 ble 62 nye "
     "lærekontrakter skrevet, og 18 bedrifter ble godkjent som lærebedrift for første gang.",
     "Prosjektsatsing", "2.3", "Innlandet fylkeskommune og LO Innlandet m.fl.",
     "Innlandet fylkeskommune, LO Innlandet", "", None, "2.3", PROSJEKT),
    ("Norsk Industri", "Veileder om opplæring av ufaglærte i industrien",
     "Nettbasert veileder for bedrifter som vil gi ufaglærte ansatte opplæring på arbeidsplassen fram mot fagbrev, "
     "med maler for opplæringsplan og eksempler fra ti bedrifter. Veilederen hadde 7 800 besøk.",
     "Veileder på nett", "3.3", "Fellesforbundet", "Fellesforbundet", "", None, "3.3", INFO),
    ("NHO Byggenæringen", "Bransjedag for bygg og anlegg på Gardermoen",
     "Planlagt dag for entreprenører, lærlinger og fagskolestudenter om nye krav til kompetanse i byggebransjen.",
     "Bransjedag", "1.4", "Fagskolen Oslo", "", "Utsatt til våren 2093 pga. for få påmeldte.", None, None, None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2092"
    ws["A1"] = "NHO-fellesskapets kompetansetiltak – rapportering til Kompetansepolitisk råd 2092"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True, color="1F3864")
    ws["A2"] = "Utfylt av NHO Arbeidsliv, kompetanse og utdanning, 15.01.2093"
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    thin = Side(style="thin", color="A6A6A6")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    rows = []
    for k, (ans, name, txt, kind, code, pcell, partners, merk, seed, dm, ty) in enumerate(ROWS):
        r = 4 + k
        for i, v in enumerate([ans, name, txt, kind, code, pcell, merk], 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.font = Font(name="Calibri", size=11, bold=(i == 2))
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, partners, txt))
    for i, w in enumerate(WIDTHS):
        ws.column_dimensions[chr(65 + i)].width = w
    fit_row_heights(ws, 4, 3 + len(ROWS), line_pt=15)
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:G{3 + len(ROWS)}"
    ws2 = wb.create_sheet("Kontakter")
    for r, vals in enumerate([("Enhet", "Kontaktperson", "E-post"),
                              ("NHO Arbeidsliv", "Hanne Strøm Eliassen", "hanne.eliassen@nho.no"),
                              ("NHO Analyse", "Per Arne Gulbrandsen", "per.gulbrandsen@nho.no"),
                              ("NHO Reiseliv", "Line Tangen", "line.tangen@nhoreiseliv.no"),
                              ("NHO Innlandet", "Ola Rustad", "ola.rustad@nho.no"),
                              ("Norsk Industri", "Camilla Brekke", "camilla.brekke@norskindustri.no")], 1):
        for i, v in enumerate(vals, 1):
            ws2.cell(row=r, column=i, value=v).font = Font(bold=(r == 1))
    for col, w in zip("ABC", (18, 24, 34)):
        ws2.column_dimensions[col].width = w
    save_xlsx(wb, out / FILENAME, "Hanne Strøm Eliassen")
    return rows


def text(path) -> str:
    return xlsx_text(path)
