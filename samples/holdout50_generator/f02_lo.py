"""02 – LO: a raw e-mail message (.eml) with a quoted-printable text part and a base64 HTML part."""
from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from .common import R, esc

FILE = "LO_rapportering_tiltak_2070.eml"
MEMBER = "LO"
HOW = "E-mail file (.eml, RFC 5322) written with Python's email package; fixed Date/Message-ID/boundaries"
SHAPE = ("Saved e-mail: multipart/alternative with the same list twice – text/plain in quoted-printable "
         "(soft line breaks, =C3=A5 escapes) and text/html in base64; items '- Name (x.y, own type word): "
         "text Ansvar: … Samarbeid: …' under capitalised area headings; a finished-2069 and a planned-2071 "
         "line; the secretariat's request quoted with '>' below")

ROWS = [
    R("Kompetansebehovsutvalget (KBU)", "M01", "1.1", "Råd/utvalg/nettverk", "LO", "",
      "LO har ett medlem i utvalget og ga skriftlige innspill til rapporten om kompetanse for grønn omstilling.",
      tw="råd", area=1),
    R("Samarbeidsrådet for yrkesopplæring", "M02", "1.4", "Råd/utvalg/nettverk", "LO", "",
      "Fast plass; i 2070 særlig arbeid med tilbudsstrukturen og lærlingdekningen i helse- og oppvekstfag.",
      tw="råd", area=1),
    R("Nasjonalt fagskoleråd", "M04", "1.4", "Råd/utvalg/nettverk", "LO", "",
      "LO deltok på rådets fire møter og leder arbeidsgruppen for fagskoletilbud i industrifagene.",
      tw="råd", area=1),
    R("Norgesmesterskapet i yrkesfag (Yrkes-NM)", "J01", "2.3", "Arrangement", "LO og forbundene",
      "NHO, Vestland fylkeskommune, WorldSkills Norway",
      "Forbundene stilte dommere og bemannet stands under mesterskapet i Bergen i mars.",
      tw="arrangement", area=2),
    R("Bransjeprogrammet for handel", "J03", "2.4", "Prosjekt", "HK Norge (LO)", "Virke, KD",
      "Rekruttering av deltakere til nye moduler i netthandel og logistikk.",
      tw="program", area=2),
    R("Fagbrev på jobb – informasjonsmøter for tillitsvalgte", "U04", "2.5", "Informasjon",
      "LO og forbundene", "fylkeskommunene",
      "Seks regionale møter om veien til fagbrev for voksne som allerede er i jobb.",
      tw="info", area=2),
    R("Skolering av tillitsvalgte i kompetansearbeid", "U05", "2.2", "Kurs/utdanning", "LO",
      "AOF Norge",
      "Kurs for 420 tillitsvalgte om hvordan kompetanseutvikling kan tas opp i lokale forhandlinger.",
      tw="kurs", area=2),
    R("AOF-lesesirkler i Kompetansepluss arbeid", "J08", "3.2", "Prosjekt", "AOF Norge",
      "VOFO, HK-dir",
      "Lesesirkler for ansatte med svake grunnleggende ferdigheter i 14 virksomheter.",
      tw="prosjekt", area=3),
]

AREAS = {1: "GODE VALG / RÅD OG UTVALG", 2: "LÆRING I ARBEIDSLIVET", 3: "VOKSNE MED SVAK TILKNYTNING"}

QUOTED = """Fra: Sekretariatet for Kompetansepolitisk råd
Sendt: 5. januar 2071 08:12
Emne: Rapportering av tiltak for 2070 - frist 1. februar

Hei alle,
vi ber om at hvert medlem sender en oversikt over egne tiltak i 2070 med
delmål, type, ansvarlig og samarbeidspartnere. Bruk gjerne fjorårets mal.
Tiltak som ble avsluttet før 2070, skal ikke tas med.

Hilsen sekretariatet"""


def _plain() -> str:
    out = ["Hei,", "",
           "her kommer LOs oversikt over tiltak i 2070. Vi har satt delmål og type i parentes, "
           "slik dere ba om. Si fra om noe mangler!", ""]
    for a in (1, 2, 3):
        out.append(AREAS[a])
        for r in ROWS:
            if r.x("area") == a:
                line = f"- {r.tiltak} ({r.delmal}, {r.x('tw')}): {r.beskrivelse} Ansvar: {r.ansvarlig}."
                if r.samarbeidspartnere:
                    line += f" Samarbeid: {r.samarbeidspartnere}."
                out.append(line)
        out.append("")
    out += ["Ikke med i år: Lærlingløftet Østlandet ble avsluttet i desember 2069. "
            "Trepartsprogrammet for fagbrev i industrien starter først i 2071.", "",
            "Mvh", "Siri Haugland", "rådgiver, utdanningsavdelingen", "LO – Landsorganisasjonen i Norge",
            "tlf. 900 12 345", ""]
    out += ["> " + ln if ln else ">" for ln in QUOTED.splitlines()]
    return "\n".join(out) + "\n"


def _html() -> str:
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>',
         '<body lang="NO-BOK"><div class="WordSection1">',
         '<p class="MsoNormal">Hei,</p><p class="MsoNormal">&nbsp;</p>',
         '<p class="MsoNormal">her kommer LOs oversikt over tiltak i 2070. Vi har satt delmål og type i '
         'parentes, slik dere ba om. Si fra om noe mangler!</p><p class="MsoNormal">&nbsp;</p>']
    for a in (1, 2, 3):
        h.append(f'<p class="MsoNormal"><b><span style="color:#C00000">{esc(AREAS[a])}</span></b></p><ul>')
        for r in ROWS:
            if r.x("area") == a:
                li = (f"<li><b>{esc(r.tiltak)}</b> ({r.delmal}, {esc(r.x('tw'))}): {esc(r.beskrivelse)} "
                      f"<i>Ansvar: {esc(r.ansvarlig)}.</i>")
                if r.samarbeidspartnere:
                    li += f" <i>Samarbeid: {esc(r.samarbeidspartnere)}.</i>"
                h.append(li + "</li>")
        h.append("</ul>")
    h.append('<p class="MsoNormal">Ikke med i år: Lærlingløftet Østlandet ble avsluttet i desember 2069. '
             'Trepartsprogrammet for fagbrev i industrien starter først i 2071.</p>')
    h.append('<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Mvh<br>Siri Haugland<br>rådgiver, '
             'utdanningsavdelingen<br>LO – Landsorganisasjonen i Norge<br>tlf. 900 12 345</p>')
    h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">'
             + "".join(f'<p class="MsoNormal">{esc(ln) or "&nbsp;"}</p>' for ln in QUOTED.splitlines())
             + "</div></div></body></html>")
    return "\n".join(h) + "\n"


def build(out: Path) -> Path:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Siri Haugland <siri.haugland@lo.no>"
    msg["To"] = "Sekretariatet Kompetansepolitisk råd <kompetanseradet@sekretariat.example.no>"
    msg["Subject"] = "SV: Rapportering av tiltak for 2070 - frist 1. februar"
    msg["Date"] = "Thu, 30 Jan 2071 14:07:33 +0100"
    msg["Message-ID"] = "<AM0PR07MB4412C3E1D2A09F55@AM0PR07MB4412.eurprd07.prod.outlook.com>"
    msg["Thread-Topic"] = "Rapportering av tiltak for 2070 - frist 1. februar"
    msg["Content-Language"] = "nb-NO"
    msg["X-MS-Has-Attach"] = ""
    msg.set_content(_plain(), subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(_html(), subtype="html", charset="utf-8", cte="base64")
    msg.set_boundary("_000_AM0PR07MB4412C3E1D2A09F55AM0PR07MB4412eurp_")
    path = out / FILE
    path.write_bytes(msg.as_bytes())
    return path
