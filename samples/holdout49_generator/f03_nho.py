"""03 NHO - Excel 97 (.xls) list with an active AutoFilter on «Rapportår»; other years' rows are hidden."""
import datetime
import os
import tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from .common import truth_row, result, soffice_convert, fix_ole_filetimes

FILE = "03_NHO_tiltaksoversikt_filtrert_2069.xls"
MEMBER = "NHO"
FORMAT = "XLS (Excel 97–2003; openpyxl workbook saved as .xls by LibreOffice), AutoFilter + hidden rows"
SHAPE = ("Multi-year measures list with a Rapportår column and an active AutoFilter set to 2069: the 2068 and "
         "2070 rows are still in the sheet but hidden; title block above the header, NHO's own type words (one "
         "empty), a status column")
TRAPS = ("hidden filtered-out rows for 2068 (incl. an earlier «Yrkesmessa i Ålesund» and «Kompetansebarometeret "
         "2068») and 2070 (planned); title and filter note rows")

HEAD = ["Rapportår", "Tiltak", "Delmål", "Tiltakstype", "Ansvarlig i NHO-fellesskapet", "Partnere",
        "Beskrivelse", "Status"]
# seed (None = other year), year, name, delmal, type word, truth type, ansvar, partnere, text, status
DATA = [
    (None, 2068, "Kompetansebarometeret 2068", "2.2", "Analyse", None, "NHO Analyse", "NIFU",
     "Årlig undersøkelse blant medlemsbedriftene om kompetansebehov.", "Ferdig"),
    ("M01", 2069, "KBU – NHOs representasjon", "1.1", "Utvalg", "Råd/utvalg/nettverk",
     "NHO Kompetanse og arbeidsliv", "",
     "NHO har to medlemmer i Kompetansebehovsutvalget og bidro med data fra Kompetansebarometeret til "
     "utvalgets rapport.", "Løpende"),
    ("M05", 2069, "Medlem av Nasjonalt fagskoleråd", "1.4", "Råd", "Råd/utvalg/nettverk",
     "NHO Kompetanse og arbeidsliv", "",
     "NHO representerer arbeidsgiversiden i rådet og har særlig arbeidet for flere bransjerettede "
     "fagskoletilbud.", "Løpende"),
    (None, 2070, "Digital læreplassportal", "2.3", "Utvikling", None, "NHO Kompetanse og arbeidsliv", "",
     "Felles portal for læreplasser i medlemsbedriftene. Oppstart planlagt våren 2070.", "Planlagt"),
    ("M02", 2069, "SRY – arbeidsgiversiden", "2.3", "Råd", "Råd/utvalg/nettverk",
     "NHO Kompetanse og arbeidsliv", "LO, KS, YS og Virke",
     "NHO deltok i alle møter i Samarbeidsrådet for yrkesopplæring og la fram et notat om rekruttering til "
     "teknologifagene.", "Løpende"),
    ("J07", 2069, "Yrkesmessa i Ålesund", "2.3", "", "Arrangement", "NHO Møre og Romsdal",
     "Møre og Romsdal fylkeskommune",
     "To dager med yrkesfagmesse for 2 300 elever fra ungdomsskolene, med lærebedrifter på stand og "
     "konkurranser i fagene.", "Gjennomført"),
    (None, 2068, "Yrkesmessa i Ålesund", "2.3", "Arrangement", None, "NHO Møre og Romsdal", "",
     "Første messe, 1 700 elever.", "Gjennomført"),
    ("U0301", 2069, "Kompetansebarometeret 2069", "2.2", "Analyse", "FoU", "NHO Analyse",
     "Nordisk institutt for studier av innovasjon, forskning og utdanning (NIFU)",
     "Årlig spørreundersøkelse blant NHOs medlemsbedrifter om kompetansebehov og opplæring. 5 800 bedrifter "
     "svarte.", "Gjennomført"),
    (None, 2068, "Bransjeprogram bygg og anlegg", "2.4", "EVU", None, "Byggenæringens Landsforening", "",
     "Programmet ble avsluttet i desember 2068.", "Avsluttet"),
    ("J01", 2069, "Bransjeprogram varehandel og logistikk", "2.4", "EVU", "Kurs/utdanning",
     "NHO Logistikk og Transport og NHO Service og Handel", "LO, YS og Virke",
     "Sammen med partene tilbød bransjen korte, arbeidsplassnære moduler i lager, logistikk og netthandel. "
     "Over 1 400 deltakere i 2069.", "Pågår"),
    ("J05", 2069, "Godkjenning av utenlandsk fagutdanning – informasjon til medlemsbedrifter", "2.6",
     "Informasjon", "Informasjon", "NHO Kompetanse og arbeidsliv", "HK-dir",
     "Veileder og webinarer for medlemsbedrifter om hvordan de kan hjelpe ansatte med å få utenlandsk "
     "utdanning godkjent. Laget i samarbeid med departementets kampanje.", "Gjennomført"),
    (None, 2070, "Kompetansebarometeret 2070", "2.2", "Analyse", None, "NHO Analyse", "NIFU",
     "Planlagt gjennomført høsten 2070.", "Planlagt"),
]


def build(outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "NHO – tiltak i kompetansepolitikken"
    ws["A1"].font = Font(name="Arial", size=14, bold=True, color="00205B")
    ws["A2"] = "Uttrekk fra NHOs tiltaksoversikt. Filter: Rapportår = 2069. Sist oppdatert 27.01.2070."
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    thin = Side(style="thin", color="999999")
    hdr_row = 4
    for c, h in enumerate(HEAD, 1):
        cell = ws.cell(hdr_row, c, h)
        cell.font = Font(name="Arial", bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="00205B")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    rows = []
    r = hdr_row
    for seed, year, name, dm, word, typ, ans, part, text, status in DATA:
        r += 1
        for c, v in enumerate([year, name, dm, word, ans, part, text, status], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.font = Font(name="Arial", size=10)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        ws.cell(r, 3).number_format = "@"
        if year != 2069:
            ws.row_dimensions[r].hidden = True
        if seed:
            rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, text))
    ws.auto_filter.ref = "A%d:H%d" % (hdr_row, r)
    ws.auto_filter.add_filter_column(0, ["2069"])
    for col, w in zip("ABCDEFGH", (10, 34, 8, 13, 28, 26, 60, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "NHO_tiltaksoversikt.xlsx")
        wb.properties.creator = "NHO"
        wb.properties.lastModifiedBy = "Kari Lunde"
        wb.properties.created = datetime.datetime(2069, 3, 2, 8, 15, 0)
        wb.properties.modified = datetime.datetime(2070, 1, 27, 15, 40, 0)
        wb.save(src)
        data = soffice_convert(src, "xls", "MS Excel 97")
    with open(os.path.join(outdir, FILE), "wb") as fh:
        fh.write(fix_ole_filetimes(data))
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
