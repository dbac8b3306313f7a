"""LO: the activities view of LO's CRM exported with Dynamics 365 'Eksporter til Excel' (statisk regneark). As the
CRM writes it: columns A–C hidden and marked '(Ikke endre)' (record id, row checksum, modified on), the option-set
columns backed by data validation against a hidden sheet 'hiddenSheet', date cells, an Excel table with filter."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import uuid

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from .common import FOU, INFO, KURS, RAD, normalise_ooxml, row, xlsx_text

FILENAME = "Aktiviteter KPR 2078 (LO) 14.01.2079 10-02-11.xlsx"
MEMBER = "LO"
FORMAT = ("XLSX as exported by Dynamics 365 'Eksporter til Excel' (openpyxl): hidden '(Ikke endre)' columns A–C, "
          "hidden sheet 'hiddenSheet' with the option-set lists, data validation, Excel table, date cells; zip "
          "normalised")
SHAPE = ("CRM activity list: Emne / Aktivitetstype (the CRM's own kinds Avtale, Oppgave, Kampanjeaktivitet – not "
         "the measure type) / KPR-delmål (option set 'code words') / KPR-kategori (LO's words) / Eier (a CRM team) / "
         "Gjelder / Samarbeidspartnere / Beskrivelse / Aktivitetsstatus / Forfallsdato; the reporting year is "
         "only in the due date: rows due in 2077 (Fullført) and 2079 (Åpen) are in the same export")
NOT_TRUTH = ("the hidden columns (ids, checksums, modified dates), the hidden sheet 'hiddenSheet' (all sixteen delmål "
             "labels, the category and status lists), the header, the column Aktivitetstype, the column Gjelder "
             "('KPR-rapportering 2078' on every row), the row 'Bransjeprogramkonferansen 2077' (due 19.10.2077, "
             "Fullført) and the row 'Ny modul om kompetanseplaner i LO-skolen' (due 31.03.2079, Åpen)")

DELMAL_LABELS = [
    "1.1 Kompetansebehovsutvalg", "1.2 Regionalt ansvar", "1.3 Karriereveiledning",
    "1.4 Samarbeid utdanning–arbeidsliv", "2.1 Digital kompetanse", "2.2 Kunnskapsgrunnlag",
    "2.3 Karrieremuligheter i yrkesfag", "2.4 Koble behov og tilbud", "2.5 Dokumentere kompetanse",
    "2.6 Utenlandsk utdanning", "3.1 Fleksibel opplæring", "3.2 Kompetansepluss", "3.3 Arbeidsmarkedstiltak",
    "3.4 Norskopplæring", "3.5 NAVs opplæringstilbud", "3.6 Frivillig sektor"]
KATEGORIER = ["Rådsarbeid", "Skolering", "Utredning", "Kampanje", "Konferanse", "Prosjekt"]

# emne, aktivitetstype, delmål label, kategori, eier, partners, beskrivelse, status, due, truth (seed, type) or None
ACTS = [
    ("Samarbeidsrådet for yrkesopplæring (SRY) – LOs plass", "Avtale", "2.3 Karrieremuligheter i yrkesfag",
     "Rådsarbeid", "Team Fagopplæring", "NHO, KS, Virke, Spekter",
     "LO har to medlemmer i SRY. Rådet hadde seks møter; LO fremmet forslag om flere læreplasser i offentlig sektor.",
     "Fullført", dt.date(2078, 12, 10), ("M04", RAD)),
    ("Opplæring av LOs nye representanter i SRY-systemet", "Oppgave", "2.3 Karrieremuligheter i yrkesfag",
     "Skolering", "Team Fagopplæring", "AOF Norge",
     "To dagers kurs for nye LO-representanter i SRY og de faglige rådene om mandat, saksgang og partsrollen.",
     "Fullført", dt.date(2078, 3, 22), (None, KURS)),
    ("KBU – LOs medlem", "Avtale", "1.1 Kompetansebehovsutvalg", "Rådsarbeid", "Team Utredning", "",
     "LOs medlem i Kompetansebehovsutvalget deltok i arbeidet med rapporten om omsorgssektoren.",
     "Fullført", dt.date(2078, 5, 30), ("M02", RAD)),
    ("KI-løftet for tillitsvalgte", "Kampanjeaktivitet", "2.1 Digital kompetanse", "Skolering", "Team Digital",
     "AOF Norge, Fellesforbundet",
     "Nettkurs og samlinger om kunstig intelligens på arbeidsplassen; 1 150 tillitsvalgte fullførte.",
     "Fullført", dt.date(2078, 11, 30), ("J01", KURS)),
    ("Bransjeprogramkonferansen 2077", "Avtale", "2.4 Koble behov og tilbud", "Konferanse", "Team Fagopplæring",
     "NHO", "Konferanse om erfaringene med bransjeprogrammene.", "Fullført", dt.date(2077, 10, 19), None),
    ("Kartlegging av etter- og videreutdanning i industrien", "Oppgave", "2.2 Kunnskapsgrunnlag", "Utredning",
     "Team Utredning", "Fafo",
     "Spørreundersøkelse blant klubbledere om hvem som får tilbud om etter- og videreutdanning i bedriften.",
     "Fullført", dt.date(2078, 9, 15), (None, FOU)),
    ("Informasjonskampanje om praksiskandidatordningen", "Kampanjeaktivitet", "2.5 Dokumentere kompetanse",
     "Kampanje", "Team Fagopplæring", "Fellesforbundet, EL og IT Forbundet",
     "Annonser, filmer og medlemsbrev om hvordan voksne kan ta fagbrev på grunnlag av praksis.",
     "Fullført", dt.date(2078, 6, 1), (None, INFO)),
    ("Ny modul om kompetanseplaner i LO-skolen", "Oppgave", "2.4 Koble behov og tilbud", "Skolering",
     "Team Fagopplæring", "", "Utvikles i 2079.", "Åpen", dt.date(2079, 3, 31), None),
]

HEAD = ["(Ikke endre) Aktivitet", "(Ikke endre) Radkontrollsum", "(Ikke endre) Endret den", "Emne",
        "Aktivitetstype", "KPR-delmål", "KPR-kategori", "Eier", "Gjelder", "Samarbeidspartnere", "Beskrivelse",
        "Aktivitetsstatus", "Forfallsdato"]


def build(out) -> list[dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Aktiviteter KPR 2078"
    ws.append(HEAD)
    rows = []
    for i, (emne, akt, dm, kat, eier, med, txt, status, due, truth) in enumerate(ACTS):
        rid = uuid.uuid5(uuid.NAMESPACE_URL, f"lo-crm/activity/{i}")
        chk = base64.b64encode(hashlib.sha1(emne.encode()).digest() * 2).decode()[:52]
        mod = dt.datetime(2079, 1, 9 + i % 4, 8 + i, 12, 0)
        ws.append([str(rid), chk, mod, emne, akt, dm, kat, eier, "KPR-rapportering 2078", med or None, txt,
                   status, due])
        r = ws.max_row
        ws.cell(row=r, column=3).number_format = "dd.mm.yyyy hh:mm"
        ws.cell(row=r, column=13).number_format = "dd.mm.yyyy"
        if truth:
            seed, typ = truth
            rows.append(row(FILENAME, MEMBER, emne, seed, dm.split()[0], typ, eier, med, txt))
    for col in "ABC":
        ws.column_dimensions[col].hidden = True
    for col, w in zip("DEFGHIJKLM", [48, 18, 30, 14, 20, 22, 30, 70, 16, 13]):
        ws.column_dimensions[col].width = w
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in ws.iter_rows(min_row=2):
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    last = ws.max_row
    tab = Table(displayName="Tabell1", ref=f"A1:M{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    hs = wb.create_sheet("hiddenSheet")
    hs.sheet_state = "hidden"
    hs["A1"] = "activitypointer:Mine aktiviteter KPR:lo_kprdelmal;lo_kprkategori;statecode"
    for i, lab in enumerate(DELMAL_LABELS, 1):
        hs.cell(row=i, column=2, value=lab)
    for i, lab in enumerate(KATEGORIER, 1):
        hs.cell(row=i, column=3, value=lab)
    for i, lab in enumerate(["Åpen", "Fullført", "Avbrutt", "Planlagt"], 1):
        hs.cell(row=i, column=4, value=lab)
    for col, rng in (("F", "$B$1:$B$16"), ("G", "$C$1:$C$6"), ("L", "$D$1:$D$4")):
        dv = DataValidation(type="list", formula1=f"hiddenSheet!{rng}", allow_blank=True)
        dv.add(f"{col}2:{col}{last}")
        ws.add_data_validation(dv)
    ws.freeze_panes = "E2"
    wb.properties.creator = "Dynamics 365"
    path = out / FILENAME
    wb.save(str(path))
    normalise_ooxml(path)
    return rows


def text(path) -> str:
    return xlsx_text(path)
