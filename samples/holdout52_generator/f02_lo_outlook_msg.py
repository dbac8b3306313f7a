"""LO: an Outlook message (.msg) dragged out of the mailbox: a forward that collects the
departments' and unions' replies in the quoted thread below the sender's own two items.
"""
from __future__ import annotations

import struct
from datetime import datetime, timedelta, timezone
from html import escape as hesc

from .cfb import write_cfb
from .common import truth

FILENAME = "VS Rapportering til Kompetansepolitisk råd 2072 - innspill fra avdelingene.msg"
MEMBER = "LO"
FORMAT = ("Outlook item (.msg): Compound File Binary v3 written by a small CFB writer; MAPI properties "
          "in __substg1.0_ streams (PR_BODY_W, PR_HTML, transport headers), one recipient storage")
SHAPE = ("forwarded mail thread: the sender's own items as '*' bullets on top, the rest only inside the "
         "quoted earlier replies ('-----Opprinnelig melding-----') from Fagforbundet, HK and LO's education "
         "department, each signed by its sender (responsibility from who wrote it); delmål in square brackets "
         "or as a question; the quoted request at the bottom; a 2071 item and a 2073 hope that are not measures")
NOT_TRUTH = "the Lærlingundersøkelsen 2071 remark, Fagforbundet's hope for Helse Stavanger in 2073, the quoted request from Marte Lien, signatures and headers"

SENT = datetime(2073, 1, 24, 14, 32, 10, tzinfo=timezone(timedelta(hours=1)))

BODY = """Hei!

Her kommer LOs rapportering for 2072. Jeg har samlet innspillene fra forbundene og avdelingene nedenfor – det er lettest å se alt i tråden. Rådsarbeidet tar jeg selv først:

* Kompetansebehovsutvalget (KBU): LO har hatt ett fast medlem i utvalget hele året og deltok i arbeidet med hovedrapporten om det grønne skiftet. (delmål 1.1)
* Samarbeidsrådet for yrkesopplæring (SRY): LO leder rådet fra 2072 og har representanter i alle de faglige rådene. Vi har prioritert dimensjonering av læreplasser. (delmål 1.4)

Resten står i mailene fra Fagforbundet, HK og vår egen utdanningsavdeling under. Noen av dem hadde ikke skrevet delmål – der har jeg lagt det til i klammer.

Lærlingundersøkelsen fra 2071 er ferdig og rapportert i fjor, så den har jeg tatt ut.

Mvh
Marte Lien
rådgiver, Samfunnspolitisk avdeling
LO – Landsorganisasjonen i Norge
Tlf. 23 06 10 00

-----Opprinnelig melding-----
Fra: Olsen, Trond <trond.olsen@fagforbundet.no>
Sendt: torsdag 23. januar 2073 09:12
Til: Lien, Marte <marte.lien@lo.no>
Emne: SV: Innspill til KPR-rapporteringen

Hei Marte,
to ting fra oss i Fagforbundet:

1) Bransjeprogram helse og omsorg (kommunene) – vi sitter i styringsgruppa sammen med KS, Delta og NSF. Over 2 000 ansatte fikk plass på fagskole- og videreutdanningstilbud i 2072. Kurs/utdanning. [delmål 2.4]

2) Norsk på vakt – norskopplæring på arbeidsplassen for helsefagarbeidere i Helse Bergen. Fagforbundet Vestland har vært med fra starten, sammen med Vestland fylkeskommune og Helse Bergen. 140 deltakere fullførte i 2072. [delmål 3.4]

I 2073 håper vi å få til noe tilsvarende i Helse Stavanger, men det er ikke bestemt ennå.

Trond Olsen
Fagforbundet, seksjon for utdanning

-----Opprinnelig melding-----
Fra: Berg, Sara <sara.berg@hk.no>
Sendt: onsdag 22. januar 2073 15:40
Til: Lien, Marte <marte.lien@lo.no>
Emne: SV: Innspill til KPR-rapporteringen

Hei, fra oss:
Digitalløft handel – kurs i digitale verktøy og netthandel for ansatte i butikk og lager, laget sammen med Virke og Parat. 1 300 fullførte i 2072. Dette hører vel til digital kompetanse i strategien? [delmål 2.1]

Sara Berg
fagpolitisk rådgiver, Handel og Kontor

-----Opprinnelig melding-----
Fra: Nilsen, Håkon <hakon.nilsen@lo.no>
Sendt: onsdag 22. januar 2073 11:05
Til: Lien, Marte <marte.lien@lo.no>
Emne: SV: Innspill til KPR-rapporteringen

Fra oss: «Rådsskolen» – to samlinger for LOs representanter i de faglige rådene, om ny tilbudsstruktur og hvordan rådene skal svare på høringer. 46 deltakere. Kurs. [delmål 1.4]

Håkon Nilsen
Avdeling for utdanning og kompetanse, LO

-----Opprinnelig melding-----
Fra: Lien, Marte
Sendt: tirsdag 21. januar 2073 08:30
Til: Olsen, Trond; Berg, Sara; Nilsen, Håkon
Emne: Innspill til KPR-rapporteringen

Hei alle,
sekretariatet for Kompetansepolitisk råd ber om rapportering for 2072 innen 31. januar. Send meg en kort beskrivelse av tiltak dere har hatt i 2072: navn, hva dere gjorde, hvem som var med, og gjerne delmål og type.

Marte
"""

ROWS = [
    ("M01", "Kompetansebehovsutvalget (KBU)", "1.1", "Råd/utvalg/nettverk", "LO", "",
     "LO har hatt ett fast medlem i utvalget hele året og deltok i arbeidet med hovedrapporten om det grønne "
     "skiftet."),
    ("M02", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", "Råd/utvalg/nettverk", "LO", "",
     "LO leder rådet fra 2072 og har representanter i alle de faglige rådene. Vi har prioritert "
     "dimensjonering av læreplasser."),
    ("J01", "Bransjeprogram helse og omsorg (kommunene)", "2.4", "Kurs/utdanning", "Fagforbundet",
     "KS, Delta og NSF",
     "vi sitter i styringsgruppa sammen med KS, Delta og NSF. Over 2 000 ansatte fikk plass på fagskole- og "
     "videreutdanningstilbud i 2072."),
    ("J10", "Norsk på vakt", "3.4", "Kurs/utdanning", "Fagforbundet Vestland",
     "Vestland fylkeskommune og Helse Bergen",
     "norskopplæring på arbeidsplassen for helsefagarbeidere i Helse Bergen. Fagforbundet Vestland har vært "
     "med fra starten, sammen med Vestland fylkeskommune og Helse Bergen. 140 deltakere fullførte i 2072."),
    ("J06", "Digitalløft handel", "2.1", "Kurs/utdanning", "Handel og Kontor", "Virke og Parat",
     "kurs i digitale verktøy og netthandel for ansatte i butikk og lager, laget sammen med Virke og Parat. "
     "1 300 fullførte i 2072."),
    (None, "Rådsskolen", "1.4", "Kurs/utdanning", "Avdeling for utdanning og kompetanse, LO", "",
     "to samlinger for LOs representanter i de faglige rådene, om ny tilbudsstruktur og hvordan rådene skal "
     "svare på høringer. 46 deltakere."),
]

SUBJECT = "VS: Rapportering til Kompetansepolitisk råd 2072 - innspill fra avdelingene"
SENDER = ("Lien, Marte", "marte.lien@lo.no")
RECIP = ("Sekretariatet for Kompetansepolitisk råd", "kpr-sekretariat@hkdir.no")

PT_LONG, PT_BOOL, PT_TIME, PT_UNICODE, PT_BINARY = 0x0003, 0x000B, 0x0040, 0x001F, 0x0102


def _filetime(dt: datetime) -> int:
    epoch = datetime(1601, 1, 1, tzinfo=timezone.utc)
    return int((dt - epoch).total_seconds()) * 10_000_000


def _html(body: str) -> str:
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
           '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} '
           '--></style></head>', '<body lang="NO-BOK" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
    for block in body.split("\n\n"):
        if block.startswith("-----Opprinnelig melding-----"):
            lines = block.split("\n")
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            out.append('<p class="MsoNormal"><b>' + hesc(lines[0]) + "</b><br>"
                       + "<br>".join(hesc(x) for x in lines[1:]) + "</p></div>")
        elif block.startswith("* "):
            out.append("<ul>" + "".join(f"<li>{hesc(x[2:])}</li>" for x in block.split("\n")) + "</ul>")
        else:
            out.append('<p class="MsoNormal">' + "<br>".join(hesc(x) for x in block.split("\n")) + "</p>")
        out.append('<p class="MsoNormal">&nbsp;</p>')
    out.append("</div></body></html>")
    return "\r\n".join(out)


def _props(props, header: bytes):
    """Return (property stream bytes, {stream name: bytes})."""
    fixed = bytearray(header)
    streams = {}
    for tag, ptype, value in props:
        full = (tag << 16) | ptype
        if ptype == PT_UNICODE:
            data = value.encode("utf-16-le")
            streams[f"__substg1.0_{tag:04X}{ptype:04X}"] = data
            fixed += struct.pack("<IIII", full, 6, len(data) + 2, 0)
        elif ptype == PT_BINARY:
            streams[f"__substg1.0_{tag:04X}{ptype:04X}"] = value
            fixed += struct.pack("<IIII", full, 6, len(value), 0)
        elif ptype == PT_TIME:
            fixed += struct.pack("<IIQ", full, 6, value)
        else:
            fixed += struct.pack("<IIII", full, 6, value, 0)
    streams["__properties_version1.0"] = bytes(fixed)
    return streams


def build(out):
    body = BODY.replace("\n", "\r\n")
    when = _filetime(SENT)
    headers = ("Received: from EUR05-DB8-obe.outbound.protection.outlook.com (10.12.4.18) by\r\n"
               " mail.hkdir.no (10.20.1.5) with Microsoft SMTP Server; Fri, 24 Jan 2073 14:32:14 +0100\r\n"
               f"From: \"{SENDER[0]}\" <{SENDER[1]}>\r\nTo: \"{RECIP[0]}\" <{RECIP[1]}>\r\n"
               "Subject: VS: Rapportering til Kompetansepolitisk =?utf-8?Q?r=C3=A5d?= 2072 - innspill fra\r\n"
               " avdelingene\r\nDate: Fri, 24 Jan 2073 14:32:10 +0100\r\n"
               "Message-ID: <AM9PR04MB8123A1B2C3D4E5F6@AM9PR04MB8123.eurprd04.prod.outlook.com>\r\n"
               "Content-Language: nb-NO\r\nMIME-Version: 1.0\r\n")
    top = [
        (0x001A, PT_UNICODE, "IPM.Note"),
        (0x0037, PT_UNICODE, SUBJECT),
        (0x003D, PT_UNICODE, "VS: "),
        (0x0E1D, PT_UNICODE, SUBJECT[4:]),
        (0x0070, PT_UNICODE, SUBJECT[4:]),
        (0x0C1A, PT_UNICODE, SENDER[0]),
        (0x0C1E, PT_UNICODE, "SMTP"),
        (0x0C1F, PT_UNICODE, SENDER[1]),
        (0x0042, PT_UNICODE, SENDER[0]),
        (0x0E04, PT_UNICODE, RECIP[0]),
        (0x0E03, PT_UNICODE, ""),
        (0x1000, PT_UNICODE, body),
        (0x1013, PT_BINARY, _html(BODY).encode("utf-8")),
        (0x1035, PT_UNICODE, "<AM9PR04MB8123A1B2C3D4E5F6@AM9PR04MB8123.eurprd04.prod.outlook.com>"),
        (0x007D, PT_UNICODE, headers),
        (0x0039, PT_TIME, when),
        (0x0E06, PT_TIME, when + 40_000_000),
        (0x0E07, PT_LONG, 1),
        (0x3FDE, PT_LONG, 65001),
        (0x3FFD, PT_LONG, 65001),
        (0x0017, PT_LONG, 1),
    ]
    recip = [
        (0x0C15, PT_LONG, 1),
        (0x3000, PT_LONG, 0),
        (0x3001, PT_UNICODE, RECIP[0]),
        (0x3002, PT_UNICODE, "SMTP"),
        (0x3003, PT_UNICODE, RECIP[1]),
        (0x39FE, PT_UNICODE, RECIP[1]),
    ]
    tree = _props(top, b"\0" * 8 + struct.pack("<IIII", 1, 0, 1, 0) + b"\0" * 8)
    tree["__recip_version1.0_#00000000"] = _props(recip, b"\0" * 8)
    tree["__nameid_version1.0"] = {
        "__substg1.0_00020102": b"",
        "__substg1.0_00030102": b"",
        "__substg1.0_00040102": b"",
    }
    clsid = bytes.fromhex("0B0D020000000000C000000000000046")
    write_cfb(out / FILENAME, tree, root_clsid=clsid)
    return [truth(FILENAME, MEMBER, n, s, d, t, a, p, b) for s, n, d, t, a, p, b in ROWS]
