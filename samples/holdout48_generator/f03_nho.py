"""03 NHO - XLSX (openpyxl): a kanban board of cards, one column per status."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from .common import truth_row, save_xlsx

FILE = "03_NHO_tiltakstavle_2068.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl)"
SHAPE = ("Kanban board: columns «Planlagt 2069» / «Pågår» / «Gjennomført i 2068» / «Avsluttet før 2068»; "
         "each measure is one multi-line card cell (name, «DM x.y · own form word», text, Ansvar:, Med:); "
         "only the two middle columns are this year's measures; a note to KBU is NHO's own measure")

# column, seed, delmal, type, name, form, desc, ansvar, med
CARDS = [
    ("B", "M02", "2.3", "Råd/utvalg/nettverk", "SRY", "Råd",
     "NHO har tre faste medlemmer og ledet arbeidsutvalget i 2068.", "Kompetanseavdelingen", ""),
    ("B", "M01", "1.1", "Råd/utvalg/nettverk", "Kompetansebehovsutvalget", "Utvalg",
     "Fast plass i utvalget. NHOs kompetansebarometer brukes som kilde i utvalgets analyser.",
     "Sjeføkonomen", ""),
    ("B", "J08", "2.4", "Kurs/utdanning", "Bransjeprogrammet for sirkulær industri", "Bransjeprogram",
     "Etter- og videreutdanningsmoduler utviklet sammen med fagskoler og universiteter; 38 moduler og "
     "1 150 deltakere i 2068.", "Norsk Industri", "YS, fagskolene"),
    ("C", "J01", "2.3", "Prosjekt", "YLTF", "Prosjekt",
     "Læreplasskampanje der NHO Arktis har vært bedriftspartner. Avsluttet i desember 2068 med 212 nye "
     "lærekontrakter.", "NHO Arktis", "Troms og Finnmark fylkeskommune, LO"),
    ("C", "J06", "3.4", "Kurs/utdanning", "NPA – norskopplæring i bedrift", "Kurs",
     "Norskkurs i arbeidstiden for ansatte med svake norskferdigheter i 14 bedrifter på Vestlandet og "
     "Østlandet.", "NHO Service og Handel", "LO, Vestland fylkeskommune"),
    ("C", "U0301", "2.2", "FoU", "Kompetansebarometeret 2068", "Undersøkelse",
     "Spørreundersøkelse blant 6 000 medlemsbedrifter om kompetansebehov; rapporten ble lagt fram i "
     "oktober.", "NHO Analyse", ""),
    ("C", "U0302", "1.3", "Arrangement", "Bedriftsdagen for rådgivere", "Arrangement",
     "Rådgivere fra ungdomsskoler og videregående skoler besøkte 40 medlemsbedrifter for å lære om "
     "kompetansebehovet i industrien.", "NHOs regionkontorer", ""),
    ("C", "U0303", "1.1", "Informasjon", "Innspill til KBU om fagskolekandidater", "Innspill",
     "NHO sendte utvalget et innspillsnotat om hvilke fagskoleutdanninger bedriftene etterspør.",
     "Kompetanseavdelingen", ""),
]
OTHER = [
    ("A", "Kompetansebarometeret 2069", "DM 2.2 · Undersøkelse",
     "Spørreskjema sendes ut i mai 2069.", "NHO Analyse"),
    ("A", "Bransjeprogram for reiseliv", "DM 2.4 · Bransjeprogram",
     "Søknad om midler sendt; oppstart tidligst høsten 2069.", "NHO Reiseliv"),
    ("D", "Lærlingkampanjen «Bli med!»", "DM 2.3 · Kampanje",
     "Avsluttet i 2067, rapportert i fjor.", "Kompetanseavdelingen"),
]

HEADS = {"A": ("Planlagt 2069", "D9D9D9"), "B": ("Pågår", "FFE699"),
         "C": ("Gjennomført i 2068", "C6E0B4"), "D": ("Avsluttet før 2068", "D9D9D9")}


def card_text(name, form_line, desc, ansvar, med=""):
    s = "%s\n%s\n%s\nAnsvar: %s" % (name, form_line, desc, ansvar)
    if med:
        s += "\nMed: %s" % med
    return s


def build(outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tavle 2068"
    ws["A1"] = "NHO – kompetansepolitiske tiltak 2068"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = ("Tiltakstavle for rapportering til Kompetansepolitisk råd · Kompetanseavdelingen · "
                "oppdatert 20.01.2069")
    ws["A2"].font = Font(italic=True, size=9, color="595959")
    thin = Side(style="thin", color="808080")
    for col, (h, fill) in HEADS.items():
        c = ws["%s4" % col]
        c.value = h
        c.font = Font(bold=True, size=11)
        c.fill = PatternFill("solid", fgColor=fill)
        c.alignment = Alignment(horizontal="center")
        ws.column_dimensions[col].width = 42
    next_row = {"A": 5, "B": 5, "C": 5, "D": 5}
    rows = []
    items = []
    for col, seed, delmal, typ, name, form, desc, ansvar, med in CARDS:
        items.append((col, card_text(name, "DM %s · %s" % (delmal, form), desc, ansvar, med)))
        rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, med, desc))
    for col, name, fl, desc, ansvar in OTHER:
        items.append((col, card_text(name, fl, desc, ansvar)))
    for col, text in items:
        r = next_row[col]
        c = ws["%s%d" % (col, r)]
        c.value = text
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.font = Font(size=10)
        c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        c.fill = PatternFill("solid", fgColor="FFFFFF" if col in "BC" else "F2F2F2")
        next_row[col] = r + 1
    for r in range(5, max(next_row.values())):
        ws.row_dimensions[r].height = 118
    ws.freeze_panes = "A5"
    ws2 = wb.create_sheet("Slik leser du tavla")
    notes = [
        "Hvert kort er ett tiltak: første linje er navnet, andre linje delmål (DM) i strategien og form.",
        "Kolonnene «Pågår» og «Gjennomført i 2068» er årets rapportering.",
        "«Planlagt 2069» og «Avsluttet før 2068» står på tavla for oversiktens skyld og rapporteres ikke nå.",
        "Kontakt: Kompetanseavdelingen i NHO.",
    ]
    for i, n in enumerate(notes, 1):
        ws2.cell(row=i, column=1, value=n)
    ws2.column_dimensions["A"].width = 100
    wb.properties.creator = "NHO"
    wb.properties.title = "Tiltakstavle 2068"
    save_xlsx(wb, os.path.join(outdir, FILE), creator="NHO Kompetanseavdelingen")
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
