"""Sametinget: an ordinary Excel list with a column «Budsjettpost» holding Sametinget's own budget chapter numbers
(«3.1», «2.4», «1.3») that look like delmål codes but are not; the delmål is in «Strategiens mål» as Sametinget's
paraphrase only. Sametinget's own network of Sámi career counsellors is a trap next to the NFK seat. A Sámi teacher
education day held every other spring is outside 2086."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, KURS, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Sametinget kompetansetiltak 2086.xlsx"
MEMBER = "Sametinget"
FORMAT = "XLSX (openpyxl), two sheets, wrapped text, a number-formatted budget-post column, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: title and a line in rows 1–2, header on row 4 Tiltak / Beskrivelse / Budsjettpost / "
         "Strategiens mål / Tiltaksslag / Ansvarlig avdeling / Samarbeid; Budsjettpost holds Sametinget's budget "
         "chapters («3.1», «2.4», «1.3») that look like delmål codes but are not – the delmål is only the "
         "paraphrase in «Strategiens mål»; Sametinget's kind words (Deltakelse i forum, Festivalarrangement, "
         "Nettverk, Prosjektstøtte, Etterutdanning); a second sheet «Budsjettposter» explaining the chapters")
NOT_TRUTH = ("the title and the line under it, the header, the Budsjettpost, Strategiens mål and Tiltaksslag cells, "
             "the row 'Samisk lærerutdanningsdag' (held every second spring; next time the spring after next), the "
             "sheet «Budsjettposter»")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROWS = [
    ("Sametingets plass i Nasjonalt forum for karriereveiledning",
     "Sametinget deltok på forumets møter og la fram forslag om karriereveiledning på samisk i alle "
     "karrieresentre i forvaltningsområdet.", "3.1", "karriereveiledning med samisk språk og kultur", "1.3",
     "Deltakelse i forum", "Opplæringsavdelingen", "", "M01", RAD),
    ("Samisk nettverk for karriereveiledere",
     "Sametingets eget nettverk for veiledere som arbeider med samiske elever og voksne. Nettverket er ikke en del "
     "av Nasjonalt forum for karriereveiledning.", "3.1", "karriereveiledning med samisk språk og kultur", "1.3",
     "Nettverk", "Opplæringsavdelingen", "Karriere Finnmark, Karriere Troms", None, RAD),
    ("Læringsfestivalen 2086 – samiske arrangementer",
     "Sametinget støttet 24 arrangementer på samisk i festivaluka, blant annet duodji-kurs og språkkafeer.", "2.4",
     "læringslyst gjennom frivillige organisasjoner", "3.6", "Festivalarrangement", "Språkavdelingen",
     "VOFO, Vestland fylkeskommune", "J06", ARR),
    ("Prosjektstøtte til kompetansetiltak i samiske områder",
     "Sametinget ga støtte til 12 prosjekter der kommuner og bedrifter gir ansatte opplæring i grunnleggende "
     "ferdigheter og samisk språk.", "1.4", "Kompetansepluss i samiske områder", "3.2", "Prosjektstøtte",
     "Næringsavdelingen", "", None, PROSJEKT),
    ("Etterutdanning i reindriftsfag",
     "Kurs over fire samlinger for reindriftsutøvere om dyrevelferd, økonomi og nye regler. 48 deltakere.", "1.4",
     "etter- og videreutdanning som næringene trenger", "2.4", "Etterutdanning", "Næringsavdelingen",
     "Samisk høgskole", None, KURS),
    ("Samisk lærerutdanningsdag",
     "Arrangeres annenhver vår; neste gang våren om to år.", "3.1", "karriereveiledning med samisk språk og "
     "kultur", "1.3", "Fagdag", "Opplæringsavdelingen", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2086"
    ws["A1"] = "Sámediggi – Sametinget: kompetansetiltak 2086"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapport til Kompetansepolitisk råd. Budsjettpost viser til kapitlene i Sametingets budsjett."
    ws["A2"].font = Font(italic=True, size=9)
    head = ["Tiltak", "Beskrivelse", "Budsjettpost", "Strategiens mål", "Tiltaksslag", "Ansvarlig avdeling",
            "Samarbeid"]
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, h in enumerate(head, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C00000")
        cell.font = Font(bold=True, color="FFFFFF")
        cell.border = border
    rows = []
    for i, (name, desc, post, mal, dm, kind, avd, med, seed, ty) in enumerate(ROWS, 5):
        vals = [name, desc, float(post), mal, kind, avd, med]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(i, c, v or None)
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if c == 3 else None)
            cell.border = border
        ws.cell(i, 3).number_format = "0.0"
        ws.cell(i, 1).font = Font(bold=True)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, avd, med, desc))
    for col, w in zip("ABCDEFG", [34, 52, 12, 30, 18, 22, 24]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 5, 4 + len(ROWS))
    ws.freeze_panes = "A5"
    ws2 = wb.create_sheet("Budsjettposter")
    for r, (k, v) in enumerate([("Kapittel", "Innhold"), (1.3, "Samisk språk i offentlig sektor"),
                                (1.4, "Næringsutvikling og kompetanse"), (2.4, "Kultur og frivillighet"),
                                (3.1, "Opplæring og utdanning")], 1):
        ws2.cell(r, 1, k).number_format = "0.0"
        ws2.cell(r, 2, v)
    ws2.column_dimensions["B"].width = 40
    save_xlsx(wb, out / FILENAME, "Máret Ánne Sara")
    return rows


def text(path) -> str:
    return xlsx_text(path)
