"""LO: the coordinator's Thunderbird folder 'KPR 2075' saved as an mbox file – the contributions from LO's
departments and unions arrive as separate e-mails, each in its own style (one in Nynorsk), with an auto-reply and
the coordinator's own reminder in between."""
from __future__ import annotations

import email
import email.policy
import mailbox
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

from .common import ARR, KURS, RAD, row

FILENAME = "KPR 2075 (Thunderbird-mappe).mbox"
MEMBER = "LO"
FORMAT = ("mbox file (Thunderbird local folder: 'From - …' separator lines, X-Mozilla-Status headers, >From "
          "quoting), five RFC 5322 messages built with Python's email package (8bit and quoted-printable bodies, "
          "UTF-8 and ISO-8859-1 charsets), fixed dates and Message-IDs")
SHAPE = ("a mail folder instead of one report: the coordinator's reminder (quotes an example measure), then "
         "replies from LOs utdanningsavdeling (dash bullets 'Name – text. Delmål x.y, rådsarbeid.'), from "
         "Fagforbundet (numbered points with 'Delmål:' / 'Form:' / 'Ansvar:' / 'Med:' lines, ISO-8859-1, "
         "quoted-printable), an Outlook auto-reply, and a Nynorsk mail from LO i Vestland in running prose with the "
         "delmål in words; each mail's sender is the responsible unit unless a line says otherwise")
NOT_TRUTH = ("the reminder mail (the example 'Eksempel: Nettkurs i arbeidsmiljø'), the auto-reply, signatures and "
             "quoted text, 'Medlemsundersøkelsen om etter- og videreutdanning' (finished 2074) and 'DigiTillit 2.0' "
             "(starts 2076) in the utdanningsavdeling's mail")

TZ = timezone(timedelta(hours=1))
COORD = "Kari Nyhus <kari.nyhus@lo.no>"


MAILS = []  # (from, date, subject, body, charset, cte, auto)

MAILS.append((COORD, datetime(2076, 1, 6, 8, 41, 3, tzinfo=TZ), "KPR-rapporten for 2075 – innspill innen 15. januar", """
Hei alle,

vi skal sende LOs rapport til Kompetansepolitisk råd innen 20. januar. Send meg
tiltakene dere hadde i 2075, med delmål, form, hvem som har ansvaret og hvem dere
samarbeidet med. Eksempel: Nettkurs i arbeidsmiljø – kurs, delmål 2.1.

Hilsen Kari
""", "utf-8", "8bit", False))

MAILS.append(("Per Kvam <per.kvam@lo.no>", datetime(2076, 1, 8, 14, 2, 51, tzinfo=TZ),
              "SV: KPR-rapporten for 2075 – innspill innen 15. januar", """
Hei Kari,

her er det fra utdanningsavdelingen (alt med LOs utdanningsavdeling som ansvarlig):

- LOs plass i Kompetansebehovsutvalget – LO har ett medlem i utvalget og deltok på alle
  møtene; vi koordinerte innspillene fra forbundene til hovedrapporten. Delmål 1.1,
  rådsarbeid.
- LO i Nasjonalt fagskoleråd – vi har fast representant i rådet og har prioritert
  finansiering av fagskoletilbud for voksne i jobb. Delmål 1.4, rådsarbeid.
- Kurs i kompetanseplanlegging for klubbtillitsvalgte – tre regionale kurs om hvordan
  klubbene kan bruke kompetansebestemmelsene i hovedavtalen. Delmål 2.4, kurs. Sammen
  med AOF Norge.

Medlemsundersøkelsen om etter- og videreutdanning ble ferdig i 2074, så den tar vi
ikke med. DigiTillit 2.0 starter først i 2076.

Per
""", "utf-8", "8bit", False))

MAILS.append(("Lene Aasen <lene.aasen@fagforbundet.no>", datetime(2076, 1, 9, 10, 17, 0, tzinfo=TZ),
              "Innspill fra Fagforbundet til KPR", """
Hei!

Fagforbundet melder inn to tiltak:

1. Fagbrev for assistenter i helse (FAH)
Delmål: 2.5
Form: opplæring mot fagbrev
Ansvar: Fagforbundet
Med: KS, Spekter
Assistenter uten fagbrev i kommuner og sykehus fikk tilbud om opplæring fram mot
fagbrev som praksiskandidater; 420 deltakere i 2075.

2. Samling for LO-forbundenes medlemmer i de faglige rådene
Delmål: 2.3
Form: samling
Ansvar: Fagforbundet og LO
Med: ingen
En todagers samling der våre medlemmer i de faglige rådene delte erfaringer og
forberedte saker til rådsmøtene.

Mvh Lene Aasen
rådgiver, Fagforbundet
""", "iso-8859-1", "quoted-printable", False))

MAILS.append(("Tor Egil Bakke <tor.egil.bakke@lo.no>", datetime(2076, 1, 9, 10, 17, 44, tzinfo=TZ),
              "Automatisk svar: KPR-rapporten for 2075 – innspill innen 15. januar", """
Jeg er på ferie til og med 19. januar og leser ikke e-post. Saker som haster kan
sendes til postmottak@lo.no.
""", "utf-8", "8bit", True))

MAILS.append(("Solveig Hatlevik <solveig.hatlevik@lo.no>", datetime(2076, 1, 12, 9, 55, 30, tzinfo=TZ),
              "Frå LO i Vestland", """
Hei Kari,

frå oss i LO i Vestland kjem eitt tiltak. Kompetansedag for tillitsvalde i
reiselivet: Ein dag i Bergen der tillitsvalde i hotell og restaurant lærte å
kartleggje kompetansebehova på eigen arbeidsplass og knyte dei til tilboda ved
fagskulane. Dette høyrer heime under målet om å kople kompetansebehova i
verksemdene til utdanningstilboda. Ansvarleg var LO i Vestland, saman med
Fellesforbundet avd. 5.

Helsing Solveig
""", "utf-8", "quoted-printable", False))

# (mail index, name, delmål, type, ansvarlig, samarbeid, description, seed)
TRUTH = [
    (1, "LOs plass i Kompetansebehovsutvalget", "1.1", RAD, "LOs utdanningsavdeling", "",
     "LO har ett medlem i utvalget og deltok på alle møtene; vi koordinerte innspillene fra forbundene til "
     "hovedrapporten.", "M01"),
    (1, "LO i Nasjonalt fagskoleråd", "1.4", RAD, "LOs utdanningsavdeling", "",
     "vi har fast representant i rådet og har prioritert finansiering av fagskoletilbud for voksne i jobb.", "M05"),
    (1, "Kurs i kompetanseplanlegging for klubbtillitsvalgte", "2.4", KURS, "LOs utdanningsavdeling", "AOF Norge",
     "tre regionale kurs om hvordan klubbene kan bruke kompetansebestemmelsene i hovedavtalen.", None),
    (2, "Fagbrev for assistenter i helse (FAH)", "2.5", KURS, "Fagforbundet", "KS, Spekter",
     "Assistenter uten fagbrev i kommuner og sykehus fikk tilbud om opplæring fram mot fagbrev som "
     "praksiskandidater; 420 deltakere i 2075.", "J01"),
    (2, "Samling for LO-forbundenes medlemmer i de faglige rådene", "2.3", ARR, "Fagforbundet og LO", "",
     "En todagers samling der våre medlemmer i de faglige rådene delte erfaringer og forberedte saker til "
     "rådsmøtene.", None),
    (4, "Kompetansedag for tillitsvalde i reiselivet", "2.4", ARR, "LO i Vestland", "Fellesforbundet avd. 5",
     "Ein dag i Bergen der tillitsvalde i hotell og restaurant lærte å kartleggje kompetansebehova på eigen "
     "arbeidsplass og knyte dei til tilboda ved fagskulane.", None),
]


def _message(i, frm, date, subject, body, charset, cte, auto) -> EmailMessage:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = COORD if frm != COORD else "kpr-kontakter@lo.no"
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<kpr2075.{i:02d}.{date:%Y%m%d%H%M%S}@lo.no>"
    if i:
        m["In-Reply-To"] = "<kpr2075.00.20760106084103@lo.no>"
    if auto:
        m["Auto-Submitted"] = "auto-replied"
        m["X-Auto-Response-Suppress"] = "All"
    m["User-Agent"] = "Mozilla Thunderbird"
    m.set_content(body.strip("\n") + "\n", charset=charset, cte=cte)
    return m


def build(out) -> list[dict]:
    chunks = []
    for i, (frm, date, subject, body, charset, cte, auto) in enumerate(MAILS):
        m = _message(i, frm, date, subject, body, charset, cte, auto)
        raw = m.as_bytes(policy=email.policy.SMTP.clone(linesep="\n"))
        lines = []
        for ln in raw.split(b"\n"):
            if ln.startswith(b"From "):
                ln = b">" + ln
            lines.append(ln)
        raw = b"\n".join(lines)
        head = b"From - " + date.strftime("%a %b %d %H:%M:%S %Y").encode() + b"\n"
        head += b"X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys:                      " \
                b"                                                           \n"
        chunks.append(head + raw.rstrip(b"\n") + b"\n\n")
    (out / FILENAME).write_bytes(b"".join(chunks))
    rows = []
    for _i, name, dm, typ, ansv, samarb, desc, seed in TRUTH:
        rows.append(row(FILENAME, MEMBER, name, seed, dm, typ, ansv, samarb, desc))
    return rows


def text(path) -> str:
    out = []
    for msg in mailbox.mbox(str(path)):
        out.append(f"From: {msg['From']}\nSubject: {msg['Subject']}")
        payload = msg.get_payload(decode=True)
        out.append(payload.decode(msg.get_content_charset() or "utf-8"))
    return "\n".join(out)
