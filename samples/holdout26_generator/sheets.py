"""Workbooks: NHO's sheet per område with a code list, and Innlandet's export from a survey tool."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from . import content_a as ca
from . import content_b as cb
from .common import FIXED, normalise_zip

DELMAL_SHORT = {
    "1.1": "Kompetansebehovsutvalget (KBU)", "1.2": "Regionalt folkevalgt nivås ansvar og samordning",
    "1.3": "Karriereveiledning", "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse i hele arbeidsstyrken", "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfag", "2.4": "Koble virksomheter og tilbydere av EVU",
    "2.5": "Dokumentere kompetanse fra arbeidslivet", "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring på voksnes premisser", "3.2": "Kompetansepluss",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken", "3.4": "Norskopplæring og kvalifisering",
    "3.5": "NAVs opplæringstilbud", "3.6": "Læring i frivillig sektor",
}
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD = PatternFill("solid", fgColor="BDD7EE")


def _props(wb: Workbook, author: str, title: str) -> None:
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def _save(wb: Workbook, path: Path) -> Path:
    wb.save(str(path))
    normalise_zip(path)
    return path


def build_nho(out: Path) -> Path:
    wb = Workbook()
    _props(wb, "NHO", "NHO – tiltak 2046")
    front = wb.active
    front.title = "Forside"
    front["A1"] = "NHO – rapportering til Kompetansepolitisk råd 2046"
    front["A1"].font = Font(bold=True, size=14)
    front["A3"] = "Innhold"
    front["A4"] = "Arkene «Område 1»–«Område 3» viser NHOs tiltak per hovedinnsatsområde."
    front["A5"] = "Arket «Koder» viser delmålene i strategien (til hjelp ved utfylling)."
    front["A7"] = "Kontakt: NHO Kompetanse og arbeidsliv"
    front["A8"] = "Levert: 13.02.2047"
    front.column_dimensions["A"].width = 90
    heads = ["Nr.", "Tiltak (kortnavn)", "Delmål nr.", "Tiltakstype", "Eier", "Partnere", "Hva er gjort i 2046"]
    nr = 0
    for sheet_name, title, rows, numeric in [
        ("Område 1", "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", ca.NHO_OMRADE1, False),
        ("Område 2", "Hovedinnsatsområde 2: Læring i arbeidslivet", ca.NHO_OMRADE2, True),
        ("Område 3", "Hovedinnsatsområde 3: Voksne med svak tilknytning til arbeidslivet", [], False),
    ]:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        for col, h in enumerate(heads, 1):
            c = ws.cell(row=3, column=col, value=h)
            c.font = Font(bold=True)
            c.fill = HEAD
            c.alignment = WRAP
        if not rows:
            ws["B4"] = "Ingen egne tiltak rapportert for 2046."
        for r, row in enumerate(rows, 4):
            nr += 1
            delmal = float(row.delmal) if numeric else row.delmal
            for col, value in enumerate([nr, row.tiltak, delmal, row.t_shown, row.ansv, row.partn, row.desc], 1):
                c = ws.cell(row=r, column=col, value=value)
                c.alignment = WRAP
            ws.cell(row=r, column=3).number_format = "0.0" if numeric else "@"
        for col, w in zip("ABCDEFG", [5, 42, 10, 16, 16, 32, 60]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A4"
    codes = wb.create_sheet("Koder")
    codes["A1"] = "Delmål"
    codes["B1"] = "Stikkord"
    codes["A1"].font = codes["B1"].font = Font(bold=True)
    for r, (code, text) in enumerate(DELMAL_SHORT.items(), 2):
        codes.cell(row=r, column=1, value=code)
        codes.cell(row=r, column=2, value=text)
    codes.column_dimensions["B"].width = 60
    return _save(wb, out / "NHO_tiltak_2046.xlsx")


def build_innlandet(out: Path) -> Path:
    wb = Workbook()
    _props(wb, "Skjemaverktøy eksport", "Eksport: Rapportering Kompetansepolitisk råd 2046")
    ws = wb.active
    ws.title = "Svar"
    heads = ["Svar-ID", "Startet", "Fullført", "Organisasjon", "1. Navn på tiltaket",
             "2. Hvilket delmål i strategien gjelder tiltaket?", "3. Hva slags tiltak er det?",
             "4. Hvem er ansvarlig?", "5. Hvem samarbeider dere med?", "6. Beskriv kort tiltaket"]
    for col, h in enumerate(heads, 1):
        c = ws.cell(row=1, column=col, value=h)
        c.font = Font(bold=True)
        c.fill = HEAD
        c.alignment = WRAP
    base = dt.datetime(2047, 1, 27, 9, 12)
    answers = list(cb.INNLANDET)
    r = 2
    for i, row in enumerate(answers):
        start = base + dt.timedelta(minutes=17 * i)
        values = [48211 + i, start, start + dt.timedelta(minutes=9), "Innlandet fylkeskommune", row.tiltak, row.d,
                  row.t_shown, row.ansv, row.partn, row.desc]
        for col, value in enumerate(values, 1):
            ws.cell(row=r, column=col, value=value).alignment = WRAP
        r += 1
        if i == 2:  # a test answer somebody left in the export, never completed
            for col, value in enumerate([48214, start + dt.timedelta(minutes=3), None, "Innlandet fylkeskommune",
                                         "test – slettes", None, None, None, None, "ikke fullført"], 1):
                ws.cell(row=r, column=col, value=value)
            r += 1
    for col in (2, 3):
        for rr in range(2, r):
            ws.cell(row=rr, column=col).number_format = "dd.mm.yyyy hh:mm"
    for col, w in zip("ABCDEFGHIJ", [9, 16, 16, 22, 45, 40, 22, 22, 32, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    summary = wb.create_sheet("Sammendrag")
    summary["A1"] = "Antall svar per delmål"
    summary["A1"].font = Font(bold=True)
    counts: dict[str, int] = {}
    for row in answers:
        counts[row.d] = counts.get(row.d, 0) + 1
    for rr, (label, n) in enumerate(sorted(counts.items()), 3):
        summary.cell(row=rr, column=1, value=label)
        summary.cell(row=rr, column=2, value=n)
    summary.column_dimensions["A"].width = 55
    about = wb.create_sheet("Om eksporten")
    about["A1"] = "Eksportert fra skjemaverktøyet 14.02.2047 kl. 08:55"
    about["A2"] = "Skjema: «Rapportering av tiltak til Kompetansepolitisk råd 2046»"
    about["A3"] = "Filter: alle svar (også ufullstendige)"
    about.column_dimensions["A"].width = 70
    return _save(wb, out / "Innlandet_fylkeskommune_skjemasvar_2046.xlsx")
