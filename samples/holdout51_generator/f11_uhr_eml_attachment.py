"""UHR: saved e-mail (.eml) with the report as a DOCX attachment.

multipart/mixed: a text/plain body (quoted-printable, Outlook-style reply
with the secretariat's request quoted under '-----Opprinnelig
melding-----') and an attached landscape DOCX with a six-column table.
The body itself adds one measure that was missing from the attachment,
so the report is split between the mail and its attachment.
"""
from __future__ import annotations

import base64
import quopri
from email.header import Header

from .common import truth, COUNCIL_IDS, docx_package, esc, wp, wr

FILENAME = "SV_ Rapportering 2071 fra UHR.eml"
MEMBER = "UHR"
FORMAT = "E-mail (.eml, RFC 5322, multipart/mixed) with a DOCX attachment (base64); body quoted-printable"
SHAPE = ("reply mail whose attachment holds a table Tiltak / Bidrar til (strategien) / Slags / Hos UHR / "
         "Partnere / Omtale (delmål as words with or without a code); the mail body adds one more "
         "measure in prose '(delmål 3.4, prosjekt)' with Ansvarlig/Samarbeid sentences")

ATTACH = "UHR_rapportering_2071.docx"
BOUNDARY = "----=_NextPart_000_0047_01DB7D0E.3C1A5B20"

HEAD = ["Tiltak", "Bidrar til (strategien)", "Slags", "Hos UHR", "Partnere", "Omtale"]
ROWS = [
    dict(name="Råd for samarbeid med arbeidslivet (RSA)",
         goal="Samarbeid mellom utdanning og arbeidsliv (1.4)", kind="Råd",
         ansvar="UHR-sekretariatet", med="Institusjonene, NHO, LO, fylkeskommunene",
         text="UHR følger opp institusjonenes råd for samarbeid med arbeidslivet og samlet "
              "rådslederne til erfaringsutveksling i mai 2071.",
         dm="1.4", seed=COUNCIL_IDS["RSA"], ttype="Råd/utvalg/nettverk"),
    dict(name="UHRs fagstrategiske enheter",
         goal="Relevant utdanning og kvalifisert arbeidskraft i alle regioner", kind="Strategiske enheter",
         ansvar="UHR", med="Akademikerne, Unio, NHO",
         text="Enhetene for blant annet helse- og sosialfag, lærerutdanning og teknologi har "
              "arbeidslivsrepresentanter og behandlet i 2071 praksis og etter- og "
              "videreutdanning.",
         dm="1.4", seed=COUNCIL_IDS["UHR-FSE"], ttype="Råd/utvalg/nettverk"),
    dict(name="LÆRIARB",
         goal="Kunnskap om læring i arbeidslivet", kind="Forskning",
         ansvar="UHR (Utdanning og kompetanse)",
         med="Akademikerne, NTNU, Universitetet i Agder",
         text="Forskningssamarbeid om hvordan arbeidstakere med høyere utdanning lærer på jobben. "
              "To delrapporter ble publisert i 2071.",
         dm="2.2", seed="J06", ttype="FoU"),
    dict(name="EVU-koordinatornettverket",
         goal="Etter- og videreutdanning tilpasset virksomhetenes behov", kind="Nettverk",
         ansvar="UHR", med="Institusjonenes EVU-enheter",
         text="Nettverk for EVU-koordinatorer ved universiteter og høgskoler, med tre samlinger "
              "og en felles mal for kortere studietilbud.",
         dm="2.4", seed=None, ttype="Råd/utvalg/nettverk"),
    dict(name="Kartlegging av kompletterende utdanning",
         goal="Godkjenning av utenlandsk utdanning (2.6)", kind="Utredning",
         ansvar="UHR", med="HK-dir",
         text="Oversikt over tilbud om kompletterende utdanning for personer med utdanning fra "
              "utlandet, som grunnlag for dimensjonering av tilbudene.",
         dm="2.6", seed=None, ttype="FoU"),
]

BODY_MEASURE = dict(
    name="Akademisk dugnad – kvalifisering av flyktninger med høyere utdanning",
    dm="3.4", ttype="Prosjekt", ansvar="UHR-sekretariatet",
    med="HK-dir og institusjonene",
    text="UHR koordinerte i 2071 et samarbeid mellom 14 universiteter og høgskoler om "
         "mentorordning, norskkurs og kompletterende emner for flyktninger med høyere "
         "utdanning.",
    seed=None)


def _docx(path):
    def cell(text, w, bold=False, fill=None):
        shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        return (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{shd}</w:tcPr>'
                + wp(runs=wr(text, bold=bold, size=19)) + '</w:tc>')
    widths = [2500, 2300, 1300, 1700, 2300, 4470]
    rows = ['<w:tr><w:trPr><w:tblHeader/></w:trPr>'
            + "".join(cell(h, w, True, "D6E4F0") for h, w in zip(HEAD, widths)) + '</w:tr>']
    for r in ROWS:
        vals = [r["name"], r["goal"], r["kind"], r["ansvar"], r["med"], r["text"]]
        rows.append('<w:tr>' + "".join(cell(v, w, i == 0) for i, (v, w)
                                       in enumerate(zip(vals, widths))) + '</w:tr>')
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutenett"/><w:tblW w:w="14570" w:type="dxa"/>'
           '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>'
           + "".join(rows) + '</w:tbl>')
    body = [
        wp("Universitets- og høgskolerådet (UHR)", bold=True, size=20),
        wp("Rapportering til Kompetansepolitisk råd – tiltak 2071", style="Overskrift1"),
        wp("UHR har vært medlem av Kompetansepolitisk råd siden 2020. Tabellen viser tiltak i "
           "2071 der UHR har hatt ansvar eller deltatt. Delmål er angitt med strategiens ord, "
           "og med nummer der vi har vært sikre."),
        tbl,
        wp(),
        wp("Oslo, 11. februar 2072", italic=True),
    ]
    docx_package(path, "".join(body), title="UHR rapportering 2071", creator="Kari Solbakken",
                 created="2072-02-02T12:00:00Z", modified="2072-02-11T15:05:00Z",
                 company="Universitets- og høgskolerådet", header_text="UHR", landscape=True)


def _qp(text):
    enc = quopri.encodestring(text.encode("utf-8"))
    return enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _hdr(s):
    return Header(s, "utf-8").encode()


def build(out):
    tmp = out / ("_" + ATTACH)
    _docx(tmp)
    att = tmp.read_bytes()
    tmp.unlink()
    m = BODY_MEASURE
    body = (
        "Hei,\n\n"
        "Vedlagt følger UHRs rapportering for 2071.\n\n"
        "Etter at vedlegget var ferdigstilt, oppdaget vi at ett tiltak manglet i tabellen. "
        "Vi tar det med her i stedet:\n\n"
        f"{m['name']} (delmål {m['dm']}, prosjekt)\n"
        f"{m['text']} Ansvarlig: {m['ansvar']}. Samarbeid: {m['med']}.\n\n"
        "Si gjerne fra om dere trenger mer informasjon.\n\n"
        "Vennlig hilsen\n"
        "Kari Solbakken\n"
        "seniorrådgiver | Universitets- og høgskolerådet\n\n"
        "-----Opprinnelig melding-----\n"
        "Fra: Sekretariatet for Kompetansepolitisk råd <sekretariat@kpr-sekretariatet.no>\n"
        "Sendt: tirsdag 12. januar 2072 09:00\n"
        "Til: Medlemmene i Kompetansepolitisk råd\n"
        "Emne: Rapportering 2071 – frist 15. februar\n\n"
        "Hei alle,\n\n"
        "Vi ber om rapportering av tiltak for 2071 innen 15. februar. Bruk gjerne fjorårets "
        "mal. Husk å oppgi delmål, type tiltak, ansvarlig og samarbeidspartnere, og en kort "
        "beskrivelse.\n\n"
        "Hilsen sekretariatet\n"
    )
    hdrs = [
        "Received: from EXCH02.uhr.local (10.10.4.12) by EXCH01.uhr.local (10.10.4.11) with "
        "Microsoft SMTP Server id 15.2.1544.4; Fri, 12 Feb 2072 09:14:31 +0100",
        "From: " + _hdr("Kari Solbakken") + " <kari.solbakken@uhr.no>",
        "To: " + _hdr("Sekretariatet for Kompetansepolitisk råd")
        + " <sekretariat@kpr-sekretariatet.no>",
        "Subject: " + _hdr("SV: Rapportering 2071 – frist 15. februar"),
        "Date: Fri, 12 Feb 2072 09:14:27 +0100",
        "Message-ID: <AM0PR02MB5547C1A2E0F3B1D8E7A94C21B6A92@AM0PR02MB5547.eurprd02.uhr.no>",
        "In-Reply-To: <20720112080000.4471@kpr-sekretariatet.no>",
        "References: <20720112080000.4471@kpr-sekretariatet.no>",
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: nb-NO",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{BOUNDARY}"',
    ]
    b64 = base64.b64encode(att).decode("ascii")
    b64 = "\r\n".join(b64[i:i + 76] for i in range(0, len(b64), 76))
    parts = [
        "\r\n".join(hdrs) + "\r\n\r\n",
        "This is a multi-part message in MIME format.\r\n\r\n",
        f"--{BOUNDARY}\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n",
    ]
    data = "".join(parts).encode("ascii") + _qp(body) + b"\r\n"
    data += (f"--{BOUNDARY}\r\n"
             "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\r\n"
             f'\tname="{ATTACH}"\r\n'
             "Content-Transfer-Encoding: base64\r\n"
             "Content-Disposition: attachment;\r\n"
             f'\tfilename="{ATTACH}"\r\n\r\n' + b64 + "\r\n\r\n"
             f"--{BOUNDARY}--\r\n").encode("ascii")
    (out / FILENAME).write_bytes(data)

    rows = [truth(FILENAME, MEMBER, r["name"], r["seed"], r["dm"], r["ttype"], r["ansvar"],
                  r["med"], r["text"]) for r in ROWS]
    rows.append(truth(FILENAME, MEMBER, m["name"], m["seed"], m["dm"], m["ttype"], m["ansvar"],
                      m["med"], m["text"]))
    return rows
