"""Troms og Finnmark fylkeskommune: a Microsoft Planner plan exported to Excel ('Eksporter plan til Excel').

The export has Planner's fixed columns: the kind of measure is only the bucket ('Bøttenavn'), the delmål only a
label ('Etiketter'), responsibility and partners only as lines inside the free-text description. Administrative
tasks (send the report, get figures from NAV) and a bucket 'Ikke med i rapporten' sit in the same list.
"""
from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from .common import ARR, KURS, PROSJEKT, RAD, normalise_ooxml, row

PLAN = "Troms og Finnmark fk – KPR 2073"
FILENAME = PLAN + ".xlsx"
MEMBER = "Troms og Finnmark fylkeskommune"
FORMAT = "XLSX as exported by Microsoft Planner (Norwegian UI), written with openpyxl, zip normalised"
SHAPE = ("task-list export: plan name / plan ID / export date above the header, then Planner's fixed columns (Oppgave-ID, "
         "Oppgavenavn, Bøttenavn, Fremdrift, Prioritet, Tilordnet til, … Etiketter, Beskrivelse); the type only as the "
         "bucket, the delmål only as a label 'Delmål x.y', 'Ansvar:' / 'Samarbeid:' lines inside the description; "
         "administrative tasks and a bucket 'Ikke med i rapporten' (2072 finished, 2074 planned) in the same list (not "
         "truth rows)")

HEAD = ["Oppgave-ID", "Oppgavenavn", "Bøttenavn", "Fremdrift", "Prioritet", "Tilordnet til", "Opprettet av",
        "Opprettet dato", "Startdato", "Forfallsdato", "Er gjentakende", "Forsinket", "Fullført dato", "Fullført av",
        "Fullførte sjekklisteelementer", "Sjekklisteelementer", "Etiketter", "Beskrivelse"]

TASKS = [
    # id, name, bucket, progress, assigned, created, start, due, completed, checklist, labels, text, ansvar, samarbeid,
    # truth (seed, code, type) or None
    ("Vk3e0pQ1yUe7ZsB2GmXcJWUAH9kP", "Nasjonalt forum for karriereveiledning – vår plass", "Råd og utvalg", "Pågår",
     "Siri Johansen", "12.01.2073", "01.01.2073", "", "", "", "Delmål 1.3",
     "Fylkeskommunen representerer fylkeskommunene i Nord-Norge i forumet. Fire møter i 2073.",
     "Karrieresenteret i Troms og Finnmark", "", ("M04", "1.3", RAD)),
    ("e9Lq2DfT0Ue4m7sJ1cWwXJUAF3hR", "Send rapporten til KPR-sekretariatet", "Admin", "Ikke startet",
     "Siri Johansen", "08.01.2074", "", "31.01.2074", "", "Hent tall fra NAV;Godkjenning fylkesdirektør", "", "", "", "",
     None),
    ("Qm7R1sT8yUe2aXb4DfGhJWUAC6nL", "Språkspor – pilot i Alta og Tromsø", "Prosjekter", "Pågår",
     "Mikkel Gaup;Siri Johansen", "20.02.2073", "01.03.2073", "", "", "", "Delmål 3.4",
     "Fylkeskommunen følger opp språkmentorene i to av forsøkskommunene og tilbyr norskkurs på arbeidsplassen.",
     "Seksjon for voksnes læring", "IMDi, KS, Alta kommune, Tromsø kommune", ("J02", "3.4", PROSJEKT)),
    ("Zt5W0aB3yUe9kLm1PqRsJWUAD2vX", "Yrkes-NM 2073 i Tromsø", "Arrangementer", "Fullført", "Kari Pedersen",
     "15.09.2072", "01.01.2073", "07.03.2073", "07.03.2073", "", "Delmål 2.3",
     "Vertskap for Yrkes-NM 5.–7. mars med 24 konkurransefag og 11 000 besøkende elever.", "Opplæringsetaten",
     "WorldSkills Norway, NHO Arktis, Tromsø kommune", ("J03", "2.3", ARR)),
    ("Hn2C8dE5yUe1qWr6TyUiJWUAB7oM", "Karriereuka 2072", "Ikke med i rapporten", "Fullført", "Siri Johansen",
     "03.05.2072", "", "21.10.2072", "21.10.2072", "", "Delmål 1.3", "Avsluttet i 2072 – rapportert i fjor.", "", "",
     None),
    ("Bp4F6gH2yUe8zXc3VbNmJWUAE1qS", "Duodjiløftet", "Opplæring", "Pågår", "Mikkel Gaup", "02.03.2073", "15.08.2073",
     "", "", "", "Delmål 3.1", "Fylkeskommunen finansierer modulene og tar imot fagprøvene i duodji.", "",
     "Sametinget, Samisk videregående skole og reindriftsskole", ("J04", "3.1", KURS)),
    ("Ur1J9kL4yUe6wEr8TyAsJWUAG5dF", "Innhente deltakertall fra NAV", "Admin", "Fullført", "Kari Pedersen",
     "08.01.2074", "", "15.01.2074", "14.01.2074", "", "", "", "", "", None),
    ("Cx8M3nB7yUe5tYu2IoPlJWUAA4kJ", "Kompetanseforum Troms og Finnmark", "Råd og utvalg", "Pågår", "Siri Johansen",
     "12.01.2073", "01.01.2073", "", "", "", "Delmål 1.2",
     "Regionalt partnerskap for kompetanse med fire møter i 2073; felles handlingsplan for 2073–2076 vedtatt i mai.",
     "Seksjon for kompetanse", "NAV Troms og Finnmark, KS, LO, NHO Arktis, UiT", (None, "1.2", RAD)),
    ("Ws6Q2rV1yUe3gHj7KlZxJWUAH8cV", "Modulstrukturert fagopplæring for voksne i Finnmark", "Opplæring", "Pågår",
     "Kari Pedersen", "10.01.2073", "01.02.2073", "", "", "Oppstart Vadsø;Oppstart Hammerfest",
     "Delmål 3.1", "Fagbrev i helsearbeiderfaget og barne- og ungdomsarbeiderfaget i moduler for voksne i seks "
     "kommuner; 58 deltakere.", "Seksjon for voksnes læring", "NAV, kommunene", (None, "3.1", KURS)),
    ("Ky9T4uI6yUe0oPa5SdFgJWUAF2bN", "Yrkes-NM 2074 – planlegging", "Ikke med i rapporten", "Ikke startet",
     "Kari Pedersen", "10.11.2073", "", "01.03.2074", "", "", "Delmål 2.3", "Forberedelser til neste års mesterskap.",
     "", "", None),
]


def description(text, ans, sam) -> str:
    s = text
    tail = []
    if ans:
        tail.append(f"Ansvar: {ans}")
    if sam:
        tail.append(f"Samarbeid: {sam}")
    if tail:
        s += "\n\n" + "\n".join(tail)
    return s


def build(out: Path) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = PLAN[:31]
    ws["A1"], ws["B1"] = "Navn på plan", PLAN
    ws["A2"], ws["B2"] = "Plan-ID", "r3QkZ8mX2Ue1vB7cDfGhJWUAAeTq"
    ws["A3"], ws["B3"] = "Eksportdato", "24.01.2074"
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
    r = 6
    for t in TASKS:
        (tid, name, bucket, prog, assigned, created, start, due, done, checklist, labels, text, ans, sam, _tr) = t
        n_check = len(checklist.split(";")) if checklist else 0
        vals = [tid, name, bucket, prog, "Middels", assigned, "Siri Johansen", created, start or None, due or None,
                "false", "false", done or None, (assigned.split(";")[0] if done else None),
                (f"{n_check if prog == 'Fullført' else 0}/{n_check}" if n_check else None), checklist or None,
                labels or None, description(text, ans, sam) or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            if i == 18:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    widths = [30, 46, 20, 12, 10, 26, 16, 14, 12, 12, 10, 10, 12, 16, 12, 40, 14, 80]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    wb.properties.creator = "Microsoft Planner"
    wb.properties.created = datetime.datetime(2074, 1, 24, 9, 15, 0)
    wb.properties.modified = datetime.datetime(2074, 1, 24, 9, 15, 0)
    path = out / FILENAME
    wb.save(path)
    normalise_ooxml(path, "2074-01-24T08:15:00Z")
    rows = []
    for t in TASKS:
        tr = t[-1]
        if tr is None:
            continue
        seed, code, typ = tr
        rows.append(row(FILENAME, MEMBER, t[1], seed, code, typ, t[12], t[13], t[11]))
    return rows


def text(path: Path) -> str:
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for r in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in r))
    return "\n".join(out)


NOT_TRUTH = ("the plan name / ID / export-date lines, the admin tasks 'Send rapporten til KPR-sekretariatet' and "
             "'Innhente deltakertall fra NAV', the bucket 'Ikke med i rapporten' (Karriereuka 2072, Yrkes-NM 2074 – "
             "planlegging)")
