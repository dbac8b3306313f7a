"""16 Sekretariatet - NOT a member report: the secretariat's intake log of received reports (XLSX)."""
import datetime
import os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from .common import save_xlsx

FILE = "16_Sekretariatet_mottaksliste_rapporter_2068.xlsx"
MEMBER = "—"
FORMAT = "XLSX (openpyxl), date cells, two sheets"
SHAPE = ("NOT a member report: the secretariat's own intake log (Medlem / Mottatt / Format / Antall tiltak / "
         "Saksbehandler / Status / Merknad) with remarks that name measures and councils (DigiKom, KBU, SRY, "
         "YLTF, Læringsfestivalen) and a second sheet listing measures to be merged – no truth rows")

LOG = [
    ("Regjeringen", (2069, 1, 31), "PDF", 7, "AH", "Registrert", "Faktabokser; planlagt pilot 2069 er ikke tatt med."),
    ("LO", (2069, 1, 30), "DOCX", 7, "AH", "Registrert",
     "Sendt med spor endringer. Bruker teksten slik den står etter endringene."),
    ("NHO", (2069, 1, 20), "XLSX", 8, "MK", "Registrert", "Tavle – bare «Pågår» og «Gjennomført i 2068» telles."),
    ("KS", (2069, 2, 2), "DOCX", 7, "MK", "Registrert", "Tiltakene står i tekstbokser; DigiKom også rapportert av Oslo og YS."),
    ("YS", (2069, 1, 28), "PDF-skjema", 6, "AH", "Registrert", "Utfylt skjema v1.2."),
    ("Akademikerne", (2069, 1, 31), "DOCX", 6, "AH", "Registrert", ""),
    ("VOFO", (2069, 1, 29), "CSV", 6, "MK", "Registrert", "Eksport fra medlemsregisteret."),
    ("UHR", (2069, 1, 30), "PDF", 6, "MK", "Registrert", "Figur + forklaring."),
    ("Fagskolerådet", (2069, 1, 22), "XLSX", 5, "AH", "Registrert", "Budsjettark, ingen egen tekstrapport."),
    ("Sametinget", (2069, 1, 27), "ODS", 5, "MK", "Registrert", ""),
    ("Oslo kommune", (2069, 1, 30), "ODT", 6, "AH", "Registrert", ""),
    ("Vestland fylkeskommune", (2069, 1, 29), "PDF", 6, "MK", "Registrert", "Nynorsk."),
    ("Trøndelag fylkeskommune", (2069, 1, 31), "XLSX", 6, "MK", "Registrert", "Ett ark per tiltak."),
    ("Agder fylkeskommune", (2069, 2, 1), "PDF", 6, "AH", "Registrert", "Skrevet ut to sider per ark."),
    ("Troms og Finnmark fylkeskommune", (2069, 1, 24), "PDF (foto)", 5, "AH", "Registrert",
     "Bilde av utskrift. Be om ny fil?"),
    ("Unio", None, "", None, "MK", "Ikke mottatt", "Purret 03.02.2069."),
    ("Virke", None, "", None, "MK", "Ikke mottatt", "Purret 03.02.2069."),
    ("Spekter", None, "", None, "AH", "Ikke mottatt", "Har varslet forsinkelse."),
    ("Kompetanseforbundet", None, "", None, "AH", "Ikke mottatt", ""),
    ("Innlandet fylkeskommune", None, "", None, "MK", "Ikke mottatt", "Purret 03.02.2069."),
]

MERGE = [
    ("KBU (Kompetansebehovsutvalget)", "Regjeringen, LO, NHO, KS, Akademikerne", "Rådsplass – slås sammen"),
    ("SRY", "LO, NHO, KS, YS", "Rådsplass – slås sammen"),
    ("YLTF / Yrkesfagløftet i Troms og Finnmark", "Troms og Finnmark fylkeskommune, NHO, LO",
     "Samme prosjekt, ulike navn"),
    ("Læringsfestivalen 2068", "VOFO, Oslo kommune", "Samme arrangement"),
    ("DigiKom", "KS, Oslo kommune, YS", "Samme program"),
]


def build(outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = "Mottak 2068"
    ws["A1"] = "Kompetansepolitisk råd – sekretariatet"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Mottaksliste: medlemmenes rapporter for 2068 (frist 1. februar 2069). Internt arbeidsdokument."
    ws["A2"].font = Font(italic=True, size=9)
    head = ["Medlem", "Mottatt", "Format", "Antall tiltak (foreløpig)", "Saksbehandler", "Status", "Merknad"]
    widths = [34, 12, 13, 14, 13, 14, 70]
    for i, (h, w) in enumerate(zip(head, widths), 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True)
        ws.column_dimensions[chr(64 + i)].width = w
    for r, (m, d, fmt, n, sb, st, note) in enumerate(LOG, 5):
        ws.cell(row=r, column=1, value=m)
        if d:
            c = ws.cell(row=r, column=2, value=datetime.date(*d))
            c.number_format = "dd.mm.yyyy"
        ws.cell(row=r, column=3, value=fmt or None)
        ws.cell(row=r, column=4, value=n)
        ws.cell(row=r, column=5, value=sb)
        c = ws.cell(row=r, column=6, value=st)
        if st != "Registrert":
            c.font = Font(color="C00000", bold=True)
        ws.cell(row=r, column=7, value=note or None)
    ws.auto_filter.ref = "A4:G%d" % (4 + len(LOG))
    ws.freeze_panes = "A5"
    ws2 = wb.create_sheet("Sammenslåing")
    ws2["A1"] = "Tiltak rapportert av flere medlemmer – til sammenslåing i årsrapporten"
    ws2["A1"].font = Font(bold=True)
    for i, h in enumerate(["Tiltak", "Rapportert av", "Vurdering"], 1):
        ws2.cell(row=3, column=i, value=h).font = Font(bold=True)
    for r, row in enumerate(MERGE, 4):
        for i, v in enumerate(row, 1):
            ws2.cell(row=r, column=i, value=v)
    ws2.column_dimensions["A"].width = 44
    ws2.column_dimensions["B"].width = 52
    ws2.column_dimensions["C"].width = 30
    save_xlsx(wb, os.path.join(outdir, FILE), creator="Sekretariatet")
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": []}
