"""Fagskolerådet: an ordinary one-sheet list saved by Excel as «Strict Open XML-regneark»: the package uses the ISO/IEC
29500 Strict namespaces (purl.oclc.org/ooxml/spreadsheetml/main, …/officeDocument/relationships and Strict
relationship types) and the workbook says conformance="strict", so readers made for transitional files do not find
the parts they expect. Inside: a title, the header on row 3 Tiltak / Kort omtale / Delmål (nr. og tekst) / Kategori /
Hvem leder / Samarbeid and Fagskolerådet's kind words. The trap is the northern fagskoler's own regional day held a
week after the joint national day. One row is a conference held every second year, last in 2084 and next in 2086."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, RAD, fit_row_heights, row, save_xlsx, strict_xlsx_text, xlsx_to_strict

FILENAME = "Fagskolerådet tiltaksliste 2085.xlsx"
MEMBER = "Fagskolerådet"
FORMAT = ("XLSX in ISO/IEC 29500 Strict conformance («Strict Open XML-regneark»): purl.oclc.org spreadsheetml, "
          "relationship and drawingml namespaces, Strict relationship types, conformance=\"strict\" on the workbook; "
          "made with openpyxl and rewritten, fixed zip timestamps")
SHAPE = ("ordinary one-sheet list in a Strict package: title and a line in rows 1–2, header on row 3 Tiltak / Kort "
         "omtale / Delmål (nr. og tekst) / Kategori / Hvem leder / Samarbeid; delmål as code with words («1.4 "
         "Samarbeid utdanning – arbeidsliv»); Fagskolerådet's kind words (Fellesarrangement, Regional dag, Nettkurs, "
         "Undersøkelse, Nettverk, Kampanje, Konferanse); one row outside 2085 by its text; a note under the table")
NOT_TRUTH = ("the title and the line under it, the header, the Delmål and Kategori cells, row 10 "
             "'Fagskolekonferansen' (held every second year: last in 2084, next in 2086), the note under the table")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Kort omtale", "Delmål (nr. og tekst)", "Kategori", "Hvem leder", "Samarbeid"]
D14 = "1.4 Samarbeid utdanning – arbeidsliv"

# name, omtale, delmål text, kategori, leder, samarbeid, seed, dm, type
ROWS = [
    ("Fagskoledagen 2085",
     "Den første felles nasjonale fagskoledagen 23. april: 61 fagskoler holdt åpent for arbeidstakere og bedrifter, "
     "og om lag 9 000 besøkte skolene.", D14, "Fellesarrangement", "Fagskolerådet",
     "Møre og Romsdal fylkeskommune, NHO, LO", "J04", "1.4", ARR),
    ("Fagskoledagen i Nord",
     "Fagskolene i Troms og Finnmark holdt en egen regional dag i Tromsø uka etter, på eget initiativ og for egne "
     "midler. Dagen er ikke en del av Fagskoledagen 2085.", D14, "Regional dag", "Fagskolene i Troms og Finnmark",
     "Troms fylkeskommune", None, "1.4", ARR),
    ("GOJ – fagskolemodulene",
     "Fagskolene har laget fire moduler om energieffektivisering og elektrifisering i det felles nettkurset. 5 400 "
     "deltakere fullførte en fagskolemodul.", "2.4 Etter- og videreutdanning", "Nettkurs", "Fagskolerådet",
     "Tekna, UHR", "J05", "2.4", KURS),
    ("Undersøkelse om fagskolestudenter i jobb",
     "Åtte av ti fagskolestudenter arbeider ved siden av studiene. Undersøkelsen ble sendt til 14 000 studenter, "
     "og resultatene brukes i arbeidet med fleksible studier.", "2.2 Læring i arbeidslivet", "Undersøkelse",
     "Fagskolerådet", "NOKUT", None, "2.2", FOU),
    ("Nettverk for karriereveiledere i fagskolene",
     "Nettverket samlet veiledere fra 40 fagskoler til to samlinger og et digitalt møte om veiledning av voksne "
     "søkere.", "1.3 Karriereveiledning", "Nettverk", "Fagskolerådet", "HK-dir", None, "1.3", RAD),
    ("Kampanjen «Fagskole – høyere yrkesfaglig utdanning»",
     "Kampanje i sosiale medier rettet mot fagarbeidere som vil ta mer utdanning. Kampanjen ble vist 1,2 millioner "
     "ganger.", "2.3 Karrieremuligheter i yrkesfag", "Kampanje", "Fagskolerådet", "Utdanning.no", None, "2.3", INFO),
    ("Fagskolekonferansen",
     "Konferansen holdes annethvert år og ble sist holdt i 2084. Neste konferanse er i 2086.", D14, "Konferanse",
     "Fagskolerådet", "", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltaksliste"
    ws["A1"] = "Fagskolerådet – tiltaksliste 2085"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Til Kompetansepolitisk råd, januar 2086"
    ws["A2"].font = Font(italic=True, size=10)
    thin = Side(style="thin", color="7F7F7F")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rows = []
    for i, (name, omtale, dmt, kat, leder, med, seed, dm, ty) in enumerate(ROWS, 4):
        for j, v in enumerate([name, omtale, dmt, kat, leder, med], 1):
            c = ws.cell(i, j, v or None)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, leder, med, omtale))
    note = 5 + len(ROWS)
    ws.cell(note, 1, "Fagskolerådet rapporterer her på vegne av fagskolene som er med i tiltakene.")
    ws.cell(note, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEF", [34, 60, 26, 16, 22, 26]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 3, 3 + len(ROWS))
    save_xlsx(wb, out / FILENAME, "Fagskolerådet")
    xlsx_to_strict(out / FILENAME)
    return rows


def text(path) -> str:
    return strict_xlsx_text(path)
