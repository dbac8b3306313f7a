"""16 Sekretariatet - NOT a member report: the calendar invitation (.ics) for the council meeting, whose
description lists an agenda that names councils, measures and members."""
import os
from .common import result

FILE = "16_Sekretariatet_invitasjon_radsmote_mars_2070.ics"
MEMBER = "—"
FORMAT = "iCalendar (.ics, RFC 5545), METHOD:REQUEST, folded lines, escaped text"
SHAPE = ("NOT a member report: the secretariat's meeting invitation as a calendar file (VTIMEZONE, VEVENT with "
         "organizer, attendees named after the members, a DESCRIPTION holding the numbered agenda that names "
         "KBU, SRY, Nasjonalt fagskoleråd, Kompetansepartnerskap Nord, Fagnorsk and a 2070 strategy, an "
         "X-ALT-DESC HTML copy, a reminder alarm) – no truth rows")
TRAPS = "whole file: invitation and agenda naming councils, measures and members – 0 rows"

AGENDA = [
    "Saksliste:",
    "1. Godkjenning av innkalling og referat fra møtet 14.11.2069",
    "2. Kompetansebehovsutvalget (KBU) legger fram hovedrapporten 2069",
    "3. Sammenstilling av medlemmenes rapportering for 2069 – 15 rapporter er mottatt",
    "4. Innlegg: Kompetansepartnerskap Nord (Nordland fylkeskommune og KS Nordland)",
    "5. Fagnorsk – erfaringer fra Vestland og Rogaland",
    "6. Status fra Samarbeidsrådet for yrkesopplæring (SRY) og Nasjonalt fagskoleråd",
    "7. Orientering: Ny nasjonal strategi for karriereveiledning (høring våren 2070)",
    "8. Eventuelt",
    "",
    "Lunsj serveres kl. 11.30. Sakspapirer sendes ut en uke før møtet.",
]
ATTENDEES = [("Kunnskapsdepartementet", "postmottak@kd.example.no"), ("LO", "utdanning@lo.example.no"),
             ("NHO", "kompetanse@nho.example.no"), ("KS", "utdanning@ks.example.no"),
             ("Unio", "post@unio.example.no"), ("YS", "post@ys.example.no"), ("VOFO", "vofo@vofo.example.no"),
             ("UHR", "post@uhr.example.no"), ("Spekter", "post@spekter.example.no"),
             ("Kompetanseforbundet", "post@kompetanseforbundet.example.no"),
             ("Innlandet fylkeskommune", "post@innlandetfylke.example.no"),
             ("Møre og Romsdal fylkeskommune", "post@mrfylke.example.no"),
             ("Vestland fylkeskommune", "post@vlfk.example.no"), ("Rogaland fylkeskommune", "post@rogfk.example.no"),
             ("Nordland fylkeskommune", "post@nfk.example.no")]


def _esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out, cur, n = [], "", 0
    limit = 75
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > limit:
            out.append(cur)
            cur, n, limit = " ", 1, 75
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def build(outdir):
    desc = "\n".join(AGENDA)
    html = ("<html><body><p><b>Saksliste</b></p><ol>" +
            "".join("<li>%s</li>" % a.split(". ", 1)[1] for a in AGENDA[1:9]) +
            "</ol><p>%s</p></body></html>" % AGENDA[-1])
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:REQUEST", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
         "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
         "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
         "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
         "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT",
         'ORGANIZER;CN="Sekretariatet for Kompetansepolitisk råd":mailto:sekretariat@kompetanseradet.example.no']
    for cn, mail in ATTENDEES:
        L.append('ATTENDEE;CN="%s";RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:%s' % (cn, mail))
    L += ["DESCRIPTION;LANGUAGE=nb-NO:" + _esc(desc),
          "UID:040000008200E00074C5B7101A82E00800000000A0F1C2D3E4F5A60100000000000000001000000071C3A9E2",
          "SUMMARY;LANGUAGE=nb-NO:Rådsmøte i Kompetansepolitisk råd (1/2070)",
          "DTSTART;TZID=W. Europe Standard Time:20700312T090000",
          "DTEND;TZID=W. Europe Standard Time:20700312T150000",
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20700130T081500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
          "SEQUENCE:0", "LOCATION;LANGUAGE=nb-NO:Kunnskapsdepartementet\\, Kirkeg. 18\\, møterom 4.12 / Teams",
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-ALT-DESC;FMTTYPE=text/html:" + _esc(html),
          "BEGIN:VALARM", "TRIGGER:-PT1440M", "ACTION:DISPLAY", "DESCRIPTION:Påminnelse", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR"]
    data = "\r\n".join(_fold(l) for l in L) + "\r\n"
    with open(os.path.join(outdir, FILE), "wb") as fh:
        fh.write(data.encode("utf-8"))
    return result(FILE, MEMBER, FORMAT, SHAPE, [], TRAPS)
