"""Not a member report: a delivery-failure notice (NDR) from the secretariat's own mail server.

The secretariat's reminder to a county could not be delivered; Exchange returned a multipart/report with a
human-readable part (Norwegian), a message/delivery-status part and the original reminder as message/rfc822.
The reminder names councils and example measures but reports nothing.
"""
from __future__ import annotations

import base64
import quopri
from email import message_from_bytes, policy
from pathlib import Path

FILENAME = "Ikke levert - Påminnelse rapportering til Kompetansepolitisk råd 2073.eml"
MEMBER = None
FORMAT = ("E-mail (.eml) delivery status notification: multipart/report; report-type=delivery-status with "
          "multipart/alternative (text/plain + text/html, Norwegian), message/delivery-status and the returned "
          "message/rfc822; written as text")
SHAPE = ("NOT a member report: the secretariat's own mail server says the reminder to a county address could not be "
         "delivered (550 5.1.1); the returned reminder lists what to report and names KBU, SRY, the faglige råd, "
         "Nasjonalt forum for karriereveiledning, Bransjeprogram, Yrkes-NM 2073 and Fagskoleløftet Vest as examples "
         "– no truth rows")

ORIGINAL_TEXT = """Hei,

Dette er en påminnelse om at fristen for å rapportere til Kompetansepolitisk råd for 2073 er 31. januar 2074.

Vi ber om at dere rapporterer på alle tiltak som følger opp Nasjonal kompetansepolitisk strategi, med:
- navn på tiltaket
- delmål i strategien (for eksempel 1.4)
- type tiltak (FoU, kurs/utdanning, råd/utvalg/nettverk, prosjekt, informasjon eller arrangement)
- ansvarlig og samarbeidspartnere
- en kort beskrivelse

Husk også å ta med deltakelse i råd og utvalg, for eksempel plass i Kompetansebehovsutvalget (KBU), Samarbeidsrådet for yrkesopplæring (SRY) og de faglige rådene, eller Nasjonalt forum for karriereveiledning. Felles tiltak, som Bransjeprogram for bygg og anlegg, Yrkes-NM 2073 eller Fagskoleløftet Vest, rapporteres av hver deltaker.

Rapporten kan sendes i den formen dere ønsker.

Med vennlig hilsen
Sekretariatet for Kompetansepolitisk råd
Direktoratet for høyere utdanning og kompetanse
"""


def build(out: Path) -> list[dict]:
    outer = "9B095B5ADSN6284.30D1.2074012310Q2c.k2"
    alt = "0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
    plain = (
        "Meldingen nådde ikke frem til alle mottakerne.\r\n\r\n"
        "Mottaker: kompetanseforum@rogfk.no\r\n"
        "Årsak: Adressen ble ikke funnet. Kontroller e-postadressen og prøv på nytt.\r\n\r\n"
        "Diagnostikkinformasjon for administratorer:\r\n"
        "Genererer server: AM0PR07MB6210.eurprd07.prod.outlook.com\r\n"
        "kompetanseforum@rogfk.no\r\n"
        "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\r\n"
    )
    html = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
        "<p style=\"font-size:16pt;color:#C00000\"><b>Meldingen ble ikke levert</b></p>"
        "<p>Meldingen nådde ikke frem til alle mottakerne.</p>"
        "<p><b>kompetanseforum@rogfk.no</b><br>Adressen ble ikke funnet.</p>"
        "<p style=\"color:#666\">Feilkode: 550 5.1.1 RESOLVER.ADR.RecipNotFound</p></body></html>"
    )
    orig = (
        "From: Postmottak KPR-sekretariatet <postmottak.kpr@hkdir.no>\r\n"
        "To: kompetanseforum@rogfk.no\r\n"
        "Subject: =?utf-8?Q?P=C3=A5minnelse=3A_Rapportering_til_Kompetansepolitisk_r=C3=A5d_2073?=\r\n"
        "Date: Thu, 23 Jan 2074 10:02:11 +0000\r\n"
        "Message-ID: <AM0PR07MB62107F0E1D2C3B4A59687766AM0PR07MB6210@eurprd07.prod.outlook.com>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quopri.encodestring(ORIGINAL_TEXT.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    )
    status = (
        "Reporting-MTA: dns;AM0PR07MB6210.eurprd07.prod.outlook.com\r\n"
        "Received-From-MTA: dns;AM0PR07MB6210.eurprd07.prod.outlook.com\r\n"
        "Arrival-Date: Thu, 23 Jan 2074 10:02:11 +0000\r\n\r\n"
        "Final-Recipient: rfc822;kompetanseforum@rogfk.no\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\r\n"
    )
    msg = (
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hkdir.no>\r\n"
        "To: Postmottak KPR-sekretariatet <postmottak.kpr@hkdir.no>\r\n"
        "Date: Thu, 23 Jan 2074 10:02:14 +0000\r\n"
        "Subject: =?utf-8?Q?Ikke_levert=3A_P=C3=A5minnelse=3A_Rapportering_til_Kompetansepolitisk_r=C3=A5d_2073?=\r\n"
        "Message-ID: <9e2c1d0f-7a6b-4c5d-8e9f-0a1b2c3d4e5f@AM0PR07MB6210.eurprd07.prod.outlook.com>\r\n"
        "In-Reply-To: <AM0PR07MB62107F0E1D2C3B4A59687766AM0PR07MB6210@eurprd07.prod.outlook.com>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "X-MS-Exchange-Message-Is-Ndr:\r\n"
        "Content-Language: nb-NO\r\n"
        "MIME-Version: 1.0\r\n"
        f"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"{outer}\"\r\n\r\n"
        f"--{outer}\r\n"
        f"Content-Type: multipart/alternative; differences=Content-Type;\r\n\tboundary=\"{alt}\"\r\n\r\n"
        f"--{alt}\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(plain.encode("utf-8")).decode("ascii").replace("\n", "\r\n") +
        f"\r\n--{alt}\r\n"
        "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n") +
        f"\r\n--{alt}--\r\n\r\n"
        f"--{outer}\r\n"
        "Content-Type: message/delivery-status\r\n\r\n" + status + "\r\n"
        f"--{outer}\r\n"
        "Content-Type: message/rfc822\r\n\r\n" + orig + "\r\n"
        f"--{outer}--\r\n"
    )
    (out / FILENAME).write_bytes(msg.encode("ascii"))
    return []


def text(path: Path) -> str:
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    out = []
    for p in msg.walk():
        if p.get_content_type() in ("text/plain", "text/html"):
            out.append(p.get_content())
    return "\n".join(out)


NOT_TRUTH = "everything (not a member report): the NDR texts, the delivery status and the returned reminder"
