"""LO: an e-mail saved as .eml that forwards another e-mail as an attachment (Outlook's «Videresend som vedlegg»):
the outer message is a short note from LO's archive, its only attachment a message/rfc822 part holding the original
message from LO's education department, whose HTML part carries the report as an Outlook-style table (Hva / Kort om
2092 / Hører til i strategien / Slags tiltak / Hvem i LO / Med hvem). The strategy is a paraphrase with the code in
brackets; LO's kind words (Rådsarbeid, Samarbeidsprosjekt, Kampanje, Kurs, Medlemsundersøkelse). The trap is LO
Vestland's own recruiting campaign for the joint project. One row starts only «etter påske neste år»."""
from __future__ import annotations

import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

from .common import FOU, INFO, KBU, KURS, PROSJEKT, RAD, SRY, row, xml_esc

FILENAME = "VS LOs rapportering til KPR 2092.eml"
MEMBER = "LO"
FORMAT = ("E-mail (.eml, RFC 5322) written with Python's email package, fixed Date/Message-ID/boundaries: "
          "multipart/mixed with a short text/plain note (quoted-printable) and one message/rfc822 attachment "
          "(«Videresend som vedlegg») holding the original message, itself multipart/alternative text/plain + "
          "text/html (quoted-printable UTF-8)")
SHAPE = ("forwarded as an attachment: the outer note («Videresender e-posten fra Terje … se vedlagt e-post») has no "
         "measures; the attached original message «LOs rapportering 2092» holds an Outlook-style HTML table Hva / "
         "Kort om 2092 / Hører til i strategien / Slags tiltak / Hvem i LO / Med hvem and a plain-text alternative "
         "with the same rows; the goal as LO's paraphrase with the code in brackets («Dokumentere kompetanse fra "
         "jobben (2.5)»); LO's kind words (Rådsarbeid, Samarbeidsprosjekt, Kampanje, Kurs, Medlemsundersøkelse); the "
         "SRY seat named by the faglig råd («Faglig råd for elektro og datateknologi – LOs plasser»); «–» for no "
         "partner; one row that starts «etter påske neste år»")
NOT_TRUTH = ("the outer message's headers, note and signature, the inner message's headers, greeting, the table "
             "header, the «Hører til i strategien» and «Slags tiltak» cells, the «–» cells, the row 'Nettkurs om "
             "arbeidsmiljø og ny teknologi' (launched after Easter next year), the closing lines and signature, the "
             "plain-text alternative (the same rows again)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Hva", "Kort om 2092", "Hører til i strategien", "Slags tiltak", "Hvem i LO", "Med hvem"]

# name, text, goal, kind, hvem, med (cell), partners (truth), seed, delmål, type
ROWS = [
    ("Faglig råd for elektro og datateknologi – LOs plasser",
     "EL og IT Forbundet har LOs to plasser i det faglige rådet for elektro og datateknologi under Samarbeidsrådet "
     "for yrkesopplæring (SRY). Rådet behandlet i 2092 forslag til nye lærefag i dronefag og fornybar energi, og ga "
     "innspill til dimensjoneringen av læreplasser i Agder og Rogaland.",
     "Flere velger yrkesfag og får læreplass (2.3)", "Rådsarbeid", "EL og IT Forbundet", "–", "", SRY, "2.3", RAD),
    ("LOs medlem i KBU",
     "LOs representant deltok på utvalgets seks møter og skrev en særmerknad i hovedrapporten om behovet for flere "
     "heltidsstillinger for fagarbeidere i helse og omsorg.",
     "Kunnskap om kompetansebehov (1.1)", "Rådsarbeid", "Samfunnspolitisk avdeling", "–", "", KBU, "1.1", RAD),
    ("Fagbrev på deltid",
     "Fagforbundets tillitsvalgte rekrutterte 310 deltakere i helsearbeiderfaget og barne- og ungdomsarbeiderfaget. "
     "Deltakerne tar teorien på kveldstid og går opp til fagprøven som praksiskandidater. 96 tok fagbrev i 2092.",
     "Dokumentere kompetanse fra jobben (2.5)", "Samarbeidsprosjekt", "Fagforbundet", "KS og Vestland fylkeskommune",
     "KS, Vestland fylkeskommune", "J01", "2.5", PROSJEKT),
    ("Vervekampanje for Fagbrev på deltid i Vestland",
     "LO i Vestland laget en egen kampanje med annonser og arbeidsplassbesøk for å få flere til å melde seg på. "
     "Kampanjen var LO i Vestlands eget tiltak og er ikke en del av fellesprosjektet.",
     "Dokumentere kompetanse fra jobben (2.5)", "Kampanje", "LO i Vestland", "–", "", None, "2.5", INFO),
    ("Digitale grunnkurs for medlemmer i AOF",
     "AOF holdt 46 kurs i grunnleggende digitale ferdigheter for LO-medlemmer i varehandel, renhold og hotell, med "
     "til sammen 530 deltakere.",
     "Digital kompetanse i hele arbeidsstyrken (2.1)", "Kurs", "Utdanningsavdelingen", "AOF Norge", "AOF Norge",
     None, "2.1", KURS),
    ("Undersøkelse om etter- og videreutdanning blant LO-medlemmer",
     "Fafo spurte 3 000 LO-medlemmer om hvilken opplæring de har fått de siste to årene og hva som hindrer dem i å ta "
     "mer. Rapporten ble lagt fram på LOs representantskapsmøte i oktober.",
     "Mer kunnskap om læring i arbeidslivet (2.2)", "Medlemsundersøkelse", "Samfunnspolitisk avdeling", "Fafo",
     "Fafo", None, "2.2", FOU),
    ("Nettkurs om arbeidsmiljø og ny teknologi",
     "Kurset lanseres etter påske neste år. Innholdet ble ferdig i desember.",
     "Digital kompetanse i hele arbeidsstyrken (2.1)", "Kurs", "Utdanningsavdelingen", "AOF Norge", "", None, None,
     None),
]

TZ = dt.timezone(dt.timedelta(hours=1))


def _inner() -> EmailMessage:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = "Terje Haugland <terje.haugland@lo.no>"
    m["To"] = "Kari Nymoen <kari.nymoen@lo.no>"
    m["Subject"] = "LOs rapportering 2092"
    m["Date"] = format_datetime(dt.datetime(2093, 1, 16, 15, 42, 7, tzinfo=TZ))
    m["Message-ID"] = "<AM9PR06MB7411C2E0A1F4B3D9E2@AM9PR06MB7411.eurprd06.prod.outlook.com>"
    m["Content-Language"] = "nb-NO"
    m["MIME-Version"] = "1.0"
    plain = ["Hei Kari!", "",
             "Her er LOs rapportering for 2092 til Kompetansepolitisk råd. Kan du sende den videre til sekretariatet? "
             "Jeg er på reise neste uke.", ""]
    plain.append("\t".join(HEAD))
    for name, txt, goal, kind, hvem, med, *_ in ROWS:
        plain.append("\t".join([name, txt, goal, kind, hvem, med]))
    plain += ["", "Hilsen Terje", "", "Terje Haugland", "rådgiver, Utdanningsavdelingen",
              "LO – Landsorganisasjonen i Norge"]
    td = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt;vertical-align:top"'
    th = 'style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt"'
    rows_html = ["<tr>" + "".join(f'<td {th}><p class="MsoNormal"><b>{xml_esc(h)}</b></p></td>' for h in HEAD)
                 + "</tr>"]
    for name, txt, goal, kind, hvem, med, *_ in ROWS:
        cells = [f"<b>{xml_esc(name)}</b>", xml_esc(txt), xml_esc(goal), xml_esc(kind), xml_esc(hvem), xml_esc(med)]
        rows_html.append("<tr>" + "".join(f'<td {td}><p class="MsoNormal">{c}</p></td>' for c in cells) + "</tr>")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif}</style></head>\n'
            '<body lang="NO-BOK" style="word-wrap:break-word"><div class="WordSection1">\n'
            '<p class="MsoNormal">Hei Kari!</p><p class="MsoNormal">&nbsp;</p>\n'
            '<p class="MsoNormal">Her er LOs rapportering for 2092 til Kompetansepolitisk råd. Kan du sende den videre '
            'til sekretariatet? Jeg er på reise neste uke.</p><p class="MsoNormal">&nbsp;</p>\n'
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">\n' + "\n".join(rows_html) + "\n</table>\n"
            '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Hilsen Terje</p><p class="MsoNormal">&nbsp;</p>\n'
            '<p class="MsoNormal"><b>Terje Haugland</b><br>rådgiver, Utdanningsavdelingen<br>'
            'LO – Landsorganisasjonen i Norge</p>\n</div></body></html>\n')
    m.set_content("\n".join(plain) + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    m.set_boundary("_000_AM9PR06MB7411C2E0A1F4B3D9E2AM9PR06MB7411eurp_")
    return m


def _outer(inner: EmailMessage) -> EmailMessage:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = "Kari Nymoen <kari.nymoen@lo.no>"
    m["To"] = "Sekretariatet for Kompetansepolitisk råd <post@kompetansepolitiskrad.no>"
    m["Subject"] = "VS: LOs rapportering til Kompetansepolitisk råd 2092"
    m["Date"] = format_datetime(dt.datetime(2093, 1, 20, 9, 13, 51, tzinfo=TZ))
    m["Message-ID"] = "<DB7PR06MB5C8A91F2E3B4A7D01@DB7PR06MB5C8A.eurprd06.prod.outlook.com>"
    m["Content-Language"] = "nb-NO"
    m["X-MS-Has-Attach"] = "yes"
    m["MIME-Version"] = "1.0"
    m.set_content("Hei,\n\nVideresender e-posten fra Terje i Utdanningsavdelingen med LOs rapportering for 2092, se "
                  "vedlagt e-post. Terje er på reise denne uka, så ta gjerne kontakt med meg hvis noe er uklart.\n\n"
                  "Vennlig hilsen\nKari Nymoen\nArkiv og dokumentasjon, LO\n", subtype="plain", charset="utf-8",
                  cte="quoted-printable")
    m.add_attachment(inner, disposition="attachment", filename="LOs rapportering 2092.eml")
    m.set_boundary("_004_DB7PR06MB5C8A91F2E3B4A7D01DB7PR06MB5C8Aeurp_")
    return m


def build(out) -> list[dict]:
    msg = _outer(_inner())
    data = msg.as_bytes(policy=email.policy.SMTP)
    (out / FILENAME).write_bytes(data)
    rows = []
    for name, txt, goal, kind, hvem, med, partners, seed, dm, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, hvem, partners, txt))
    return rows


def text(path) -> str:
    """The inner message's HTML part as text (tags dropped, cells on their own lines) and the outer note."""
    import email as _email
    import html as _html
    import re
    msg = _email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            out.append(part.get_content())
        elif part.get_content_type() == "text/html":
            h = part.get_content()
            h = re.sub(r"</(p|td|tr)>|<br>", "\n", h)
            out.append(_html.unescape(re.sub(r"<[^>]+>", "", h)))
    return "\n".join(out)
