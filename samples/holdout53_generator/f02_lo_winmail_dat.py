"""LO: an e-mail whose report arrived as winmail.dat.

Outlook sent the mail in rich-text format, so the Word letter is not a MIME attachment of its own: it sits
inside application/ms-tnef (winmail.dat), together with the body as compressed RTF. The letter itself puts the
measures in an appendix after the signature, as a two-level list (delmål, then measures).
"""
from __future__ import annotations

import base64
import io
import quopri
from email import message_from_bytes, policy
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from . import tnef
from .common import KURS, RAD, normalise_ooxml, ooxml_text, row

FILENAME = "Rapportering fra LO til Kompetansepolitisk råd 2073.eml"
MEMBER = "LO"
FORMAT = ("E-mail (.eml, RFC 5322, multipart/mixed) sent by Outlook in rich-text format: a short text/plain part and "
          "application/ms-tnef 'winmail.dat' (TNEF with attMsgProps holding PR_RTF_COMPRESSED, and the Word letter "
          "as attAttachData with its MAPI attachment properties); the DOCX made with python-docx, zip normalised")
SHAPE = ("the report exists only inside winmail.dat; a formal letter (letterhead, references, prose on priorities, "
         "a 2072 item and 2074 plans, signature, copy line) and, after the signature and a page break, 'Vedlegg 1' "
         "as a two-level bullet list: delmål (code + words) as level 1, measures as level 2 – bold name, sometimes "
         "an own type word in brackets, colon, text, 'Ansvarlig: … Samarbeid med: …'")

DOCX_NAME = "LO rapportering KPR 2073.docx"

APPENDIX = [
    ("1.1 Kompetansebehovsutvalget (KBU)", [
        ("Plass i Kompetansebehovsutvalget (KBU)", None,
         "LO er representert i utvalget og bidro i arbeidet med temarapporten om helsefagarbeidere, som ble "
         "lagt fram i juni.", "LOs samfunnspolitiske avdeling", "", "M01", "1.1", RAD),
    ]),
    ("1.4 Samarbeid mellom utdanningstilbydere og arbeidslivet", [
        ("Samarbeidsrådet for yrkesopplæring og de faglige rådene", None,
         "LO har to medlemmer i SRY og leder tre av de ti faglige rådene. Forbundene oppnevner LOs medlemmer i "
         "rådene.", "LOs utdanningsavdeling", "Forbundene", "M02", "1.4", RAD),
        ("LO i Nasjonalt fagskoleråd", None,
         "LO oppnevnte i 2073 et nytt medlem til rådet fra Fellesforbundet. Rådet ga råd om den nye "
         "finansieringsmodellen for fagskolene.", "LO", "", "M05", "1.4", RAD),
        ("Skolering av LOs representanter i yrkesopplæringsnemndene", "kurs",
         "To samlinger for nye representanter om rollen i nemndene, formidling av læreplasser og kvalitet i "
         "fagopplæringen.", "LOs utdanningsavdeling", "AOF Norge", None, "1.4", KURS),
    ]),
    ("2.1 Digital kompetanse i arbeidsstyrken", [
        ("Tillitsvalgtskolen: digital omstilling", "nettkurs",
         "Nettkurs for tillitsvalgte om innføring av ny teknologi og kunstig intelligens på arbeidsplassen; "
         "2 300 fullførte kurset i 2073.", "LO", "AOF Norge", None, "2.1", KURS),
    ]),
    ("2.4 Koble kompetansebehov i virksomheter til utdanningstilbydere", [
        ("Bransjeprogrammet for bygg og anlegg", "opplæring",
         "Fellesforbundet har sammen med BNL utviklet åtte nye moduler i betongfag og tømrerfag. Tilbudene gis "
         "ved fagskoler i fem fylker.", "Fellesforbundet", "BNL, KD", "J01", "2.4", KURS),
        ("Kompetansemidlene i staten (KIS)", "partssamarbeid",
         "Partssamarbeid med Unio, Akademikerne og DFØ om fordeling av midler til kompetanseutvikling i "
         "statlige virksomheter; 64 prosjekter fikk støtte.", "LO Stat", "Unio, Akademikerne, DFØ", "J08", "2.4",
         RAD),
    ]),
]

BODY = (
    "Hei,\n\n"
    "Vedlagt følger LOs rapportering til Kompetansepolitisk råd for 2073.\n\n"
    "Si fra om dere trenger noe mer fra oss.\n\n"
    "Med vennlig hilsen\n"
    "Ingrid Solheim\n"
    "rådgiver, utdanningsavdelingen\n"
    "LO – Landsorganisasjonen i Norge\n"
)


def make_docx() -> bytes:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run("LO")
    r.bold = True
    r.font.size = Pt(26)
    p.add_run("\nLandsorganisasjonen i Norge\nYoungs gate 11, 0181 Oslo").font.size = Pt(9)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Vår ref.: 2074/0113-2 IS\nDeres ref.: 2073/88\nDato: 31.01.2074").font.size = Pt(9)
    d.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nv/ Direktoratet for høyere utdanning og kompetanse")
    h = d.add_paragraph()
    rr = h.add_run("Rapportering fra LO for 2073")
    rr.bold = True
    rr.font.size = Pt(14)
    for t in [
        "Vi viser til brev av 4. desember 2073 med invitasjon til å rapportere på oppfølgingen av Nasjonal "
        "kompetansepolitisk strategi.",
        "LOs hovedprioritet i 2073 har vært at voksne arbeidstakere uten fullført videregående opplæring skal få "
        "mulighet til å ta fagbrev, og at partene får en reell rolle når tilbudet skal dimensjoneres. Vi har "
        "fulgt dette opp i de rådene vi er representert i, og gjennom forbundenes arbeid i bransjeprogrammene.",
        "Oversikten over tiltakene følger som vedlegg 1 til dette brevet. Vi har i år ordnet den etter "
        "strategiens delmål, slik sekretariatet ba om. Tiltak som ble avsluttet i 2072, er ikke tatt med; det "
        "gjelder blant annet LOs arbeidsplassundersøkelse om læring på jobben.",
        "I 2074 vil LO prioritere arbeidet med et nytt kompetanseforlik for perioden etter 2075 og en ny runde "
        "med bransjeprogram for industrien.",
    ]:
        d.add_paragraph(t)
    d.add_paragraph("Med vennlig hilsen\nLandsorganisasjonen i Norge")
    d.add_paragraph("Kristian Moe\t\t\tIngrid Solheim\navdelingsleder\t\t\trådgiver")
    p = d.add_paragraph("Dokumentet er godkjent elektronisk og har derfor ingen signatur.")
    p.runs[0].italic = True
    p.runs[0].font.size = Pt(8)
    d.add_paragraph("Kopi: Fellesforbundet, LO Stat").runs[0].font.size = Pt(9)
    d.add_page_break()
    h = d.add_paragraph()
    rr = h.add_run("Vedlegg 1: LOs tiltak i 2073 – ordnet etter delmål")
    rr.bold = True
    rr.font.size = Pt(13)
    for head, items in APPENDIX:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(head)
        for name, typ, text, ans, sam, *_ in items:
            p = d.add_paragraph(style="List Bullet 2")
            b = p.add_run(name)
            b.bold = True
            if typ:
                p.add_run(f" ({typ})")
            tail = f": {text} Ansvarlig: {ans}."
            if sam:
                tail += f" Samarbeid med: {sam}."
            p.add_run(tail)
    p = d.add_paragraph(style="List Bullet")
    p.add_run("Hovedinnsatsområde 3: Ingen egne tiltak i 2073 ut over det forbundene rapporterer gjennom "
              "bransjeprogrammene.")
    core = d.core_properties
    core.author = "Ingrid Solheim"
    core.title = "Rapportering fra LO for 2073"
    import datetime
    core.created = core.modified = datetime.datetime(2074, 1, 31, 13, 40, 0)
    core.last_modified_by = "Ingrid Solheim"
    core.revision = 4
    buf = io.BytesIO()
    d.save(buf)
    tmp = Path("/tmp/_h53_lo.docx")
    tmp.write_bytes(buf.getvalue())
    normalise_ooxml(tmp, "2074-01-31T12:40:00Z")
    data = tmp.read_bytes()
    tmp.unlink()
    return data


def rtf_body() -> bytes:
    def esc(s: str) -> str:
        o = []
        for ch in s:
            if ch in "\\{}":
                o.append("\\" + ch)
            elif ord(ch) > 127:
                o.append("\\'%02x" % ch.encode("cp1252")[0])
            elif ch == "\n":
                o.append("\\par\r\n")
            else:
                o.append(ch)
        return "".join(o)
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\fromtext \\fbidis \\deff0{\\fonttbl\r\n{\\f0\\fswiss Arial;}\r\n"
           "{\\f1\\fmodern Courier New;}\r\n{\\f2\\fnil\\fcharset2 Symbol;}\r\n}\r\n"
           "{\\colortbl\\red0\\green0\\blue0;\\red0\\green0\\blue255;}\r\n\\uc1\\pard\\plain\\deftab360 "
           "\\f0\\fs20 " + esc(BODY) + "\\par\r\n}")
    return rtf.encode("ascii")


def build(out: Path) -> list[dict]:
    data = make_docx()
    date = tnef.dtr(2074, 1, 31, 13, 40, 0, 5)
    winmail = tnef.write(
        "Rapportering fra LO til Kompetansepolitisk råd 2073", date,
        [
            (tnef.PT_UNICODE, 0x0037, "Rapportering fra LO til Kompetansepolitisk råd 2073"),  # PR_SUBJECT
            (tnef.PT_LONG, 0x3FDE, 1252),                                                     # PR_INTERNET_CPID
            (tnef.PT_BOOLEAN, 0x0E1F, 1),                                                     # PR_RTF_IN_SYNC
            (tnef.PT_BINARY, 0x1009, tnef.compressed_rtf_uncompressed(rtf_body())),           # PR_RTF_COMPRESSED
        ],
        [{"short_name": "LORAPP~1.DOC", "long_name": DOCX_NAME, "data": data, "date": date,
          "mime": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}],
    )
    boundary = "_000_DB7PR07MB5912A0B1C2D3E4F5A6B7C8D9E0F1A2B3DB7PR07MB5912eurp_"
    qp = quopri.encodestring(BODY.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    b64 = base64.encodebytes(winmail).decode("ascii")
    msg = (
        "Received: from DB7PR07MB5912.eurprd07.prod.outlook.com ([fe80::1c2d:3e4f:5a6b:7c8d]) by\r\n"
        " DB7PR07MB5912.eurprd07.prod.outlook.com ([fe80::1c2d:3e4f:5a6b:7c8d%5]) with mapi id 15.20.8101.012;\r\n"
        " Fri, 31 Jan 2074 13:41:07 +0000\r\n"
        "From: Ingrid Solheim <ingrid.solheim@lo.no>\r\n"
        "To: Postmottak KPR-sekretariatet <postmottak.kpr@hkdir.no>\r\n"
        "Subject: =?utf-8?Q?Rapportering_fra_LO_til_Kompetansepolitisk_r=C3=A5d_2073?=\r\n"
        "Thread-Topic: =?utf-8?Q?Rapportering_fra_LO_til_Kompetansepolitisk_r=C3=A5d_2073?=\r\n"
        "Thread-Index: AdtzQ1kKp2vW9xB4T0uyq3m0S1f5Ww==\r\n"
        "Date: Fri, 31 Jan 2074 13:41:06 +0000\r\n"
        "Message-ID: <DB7PR07MB5912A0B1C2D3E4F5A6B7C8D9E0F1A2B3@DB7PR07MB5912.eurprd07.prod.outlook.com>\r\n"
        "Accept-Language: nb-NO, en-US\r\n"
        "Content-Language: nb-NO\r\n"
        "X-MS-Has-Attach: yes\r\n"
        "X-MS-TNEF-Correlator: <DB7PR07MB5912A0B1C2D3E4F5A6B7C8D9E0F1A2B3@DB7PR07MB5912.eurprd07.prod.outlook.com>\r\n"
        "MIME-Version: 1.0\r\n"
        f"Content-Type: multipart/mixed;\r\n\tboundary=\"{boundary}\"\r\n"
        "\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        f"{qp}\r\n"
        f"--{boundary}\r\n"
        "Content-Type: application/ms-tnef; name=\"winmail.dat\"\r\n"
        "Content-Description: winmail.dat\r\n"
        "Content-Disposition: attachment; filename=\"winmail.dat\"; size=" + str(len(winmail)) + ";\r\n"
        "\tcreation-date=\"Fri, 31 Jan 2074 13:41:06 GMT\";\r\n"
        "\tmodification-date=\"Fri, 31 Jan 2074 13:41:06 GMT\"\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        + b64.replace("\n", "\r\n") +
        f"\r\n--{boundary}--\r\n"
    )
    (out / FILENAME).write_bytes(msg.encode("ascii"))
    rows = []
    for _head, items in APPENDIX:
        for name, _typ, text, ans, sam, seed, code, typ in items:
            rows.append(row(FILENAME, MEMBER, name, seed, code, typ, ans, sam, text))
    return rows


def text(path: Path) -> str:
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    parts = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            parts.append(part.get_content())
        elif ct == "application/ms-tnef":
            t = tnef.read(part.get_payload(decode=True))
            for a in t["attachments"]:
                if a["name"].endswith(".docx"):
                    parts.append(ooxml_text(a["data"]))
    return "\n".join(parts)


NOT_TRUTH = ("the mail text, the letter's head, introduction and priorities, the 2072 workplace survey, the plans for "
             "2074, signature and copy line; the appendix line 'Hovedinnsatsområde 3: Ingen egne tiltak'")
