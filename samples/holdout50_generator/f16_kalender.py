"""16 – NOT a member report: the secretariat's calendar file (.ics) with meeting invitations."""
from __future__ import annotations

from pathlib import Path

FILE = "Sekretariatet_moteplan_2071.ics"
MEMBER = ""
HOW = "iCalendar (.ics, RFC 5545) written as text, CRLF, folded lines"
SHAPE = ("NOT a member report: the secretariat's calendar export with VEVENTs for council meetings, the "
         "KBU report launch, an SRY/NFK joint seminar, Yrkes-NM and the reporting deadline; descriptions "
         "name councils and measures but report nothing – no truth rows")
ROWS: list = []

EVENTS = [
    ("20710201T230000Z", "20710201T230000Z", "Frist: rapportering av tiltak 2070",
     "Alle medlemmer sender oversikt over tiltak i 2070 (delmål\\, type\\, ansvarlig\\, samarbeidspartnere).",
     ""),
    ("20710212T090000Z", "20710212T130000Z", "Møte i Kompetansepolitisk råd 1/2071",
     "Sak 1: Godkjenning av innkalling. Sak 2: Sammenstilling av medlemmenes tiltak 2070. "
     "Sak 3: Orientering fra Kompetansebehovsutvalget (KBU). Sak 4: Eventuelt.",
     "Kunnskapsdepartementet\\, Kirkeg. 18\\, Oslo"),
    ("20710305T080000Z", "20710305T110000Z", "Lansering av KBU-rapporten 2071",
     "Kompetansebehovsutvalget legger fram sin rapport. Rådets medlemmer er invitert.", "Digitalt (Teams)"),
    ("20710318T070000Z", "20710320T150000Z", "Yrkes-NM 2071 – Stavanger",
     "Norgesmesterskapet i yrkesfag. Rådets medlemmer inviteres til åpningen.", "Stavanger Forum"),
    ("20710409T080000Z", "20710409T140000Z", "Fellesseminar SRY og Nasjonalt forum for karriereveiledning",
     "Tema: karriereveiledning og yrkesfag. Påmelding til sekretariatet.", "Trondheim"),
]


def _fold(line: str) -> list[str]:
    b = line.encode("utf-8")
    out, cur = [], b""
    for ch in line:
        e = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(e) > limit:
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += e
    out.append(cur.decode("utf-8"))
    return [out[0]] + [" " + x for x in out[1:]]


def build(out: Path) -> Path:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Kompetansepolitisk råd – møteplan 2071",
             "X-WR-TIMEZONE:Europe/Oslo"]
    for i, (start, end, summ, desc, loc) in enumerate(EVENTS, 1):
        ev = ["BEGIN:VEVENT", f"UID:kpr-2071-{i:03d}@sekretariat.example.no", "DTSTAMP:20710115T080000Z",
              f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{summ}", f"DESCRIPTION:{desc}"]
        if loc:
            ev.append(f"LOCATION:{loc}")
        ev += ["ORGANIZER;CN=Sekretariatet:mailto:kompetanseradet@sekretariat.example.no", "STATUS:CONFIRMED",
               "TRANSP:OPAQUE", "END:VEVENT"]
        for ln in ev:
            lines += _fold(ln)
    lines.append("END:VCALENDAR")
    path = out / FILE
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path
