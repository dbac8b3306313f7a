"""Spekter: Word 'Enkeltfil-webside' (.mht, MIME multipart/related).

The HTML part is Word-flavoured HTML (MsoNormal classes, o:p, conditional
comments) in windows-1252, quoted-printable; a logo PNG and filelist.xml
follow as further parts.  The table groups rows under a rowspan'd
'Mål nr.' cell; owner and partners share one cell ('sammen med:').
"""
from __future__ import annotations

import base64
import io
import quopri

from .common import truth, COUNCIL_IDS, esc

FILENAME = "Spekter_kompetanserapport_2071.mht"
MEMBER = "Spekter"
FORMAT = "MHTML single-file web page (Word 'Enkeltfil-webside'), windows-1252 quoted-printable, PNG logo part"
SHAPE = ("Word-HTML table; the delmål number is a rowspan cell shared by the rows under it; "
         "'Initiativ' / 'Dette gjorde vi i 2071' / 'Virkemiddel' (own words) / 'Hvem står bak' "
         "(owner, then 'sammen med: …' on a new line); one Word footnote")

BOUNDARY = "----=_NextPart_01DB7C21.5A3E9F40"
BASE = "file:///C:/5A3E9F40/Spekter_kompetanserapport_2071"

# (delmål, name, text, own type word, owner, partners, seed, truth type)
ROWS = [
    ("1.1", "Kompetansebehovsutvalget",
     "Spekter har hatt fast plass i utvalget og bidro i 2071 med data om "
     "rekrutteringsbehov i spesialisthelsetjenesten til utvalgets hovedrapport.",
     "Utvalgsarbeid", "Spekter", "", COUNCIL_IDS["KBU"], "Råd/utvalg/nettverk"),
    ("2.2", "Spekterbarometeret – kompetanse",
     "Den årlige spørreundersøkelsen blant medlemsvirksomhetene fikk i 2071 en "
     "egen del om kompetanseplanlegging og bruk av etter- og videreutdanning. "
     "Resultatene ble presentert på Arbeidsgiverdagen i juni.",
     "Analyse", "Spekter", "Fafo", None, "FoU"),
    ("2.3", "Lærlingløftet i sykehusene",
     "Flere lærlingplasser i helsearbeiderfaget, ambulansefaget og "
     "portørtjenesten. Elleve helseforetak deltok, og antallet lærlinger økte "
     "med 14 prosent.",
     "Utviklingsprosjekt", "Spekter",
     "de regionale helseforetakene, Fagforbundet", None, "Prosjekt"),
    ("2.4", "KOMPHELSE – kompetanseløft i helse og omsorg",
     "Felles prosjekt som kartlegger kompetansebehov i helse- og "
     "omsorgssektoren og kobler dem til nye videreutdanningstilbud. Spekter "
     "ledet arbeidspakken for spesialisthelsetjenesten.",
     "Samarbeidsprosjekt", "KS", "Spekter, Unio", "J01", "Prosjekt"),
    ("2.4", "Kompetanseledelse for linjeledere",
     "Lederprogram i fire samlinger om strategisk kompetanseplanlegging for "
     "ledere i helseforetak og andre Spekter-virksomheter; 64 deltakere "
     "fullførte.",
     "Lederprogram", "Spekter", "BI Executive", None, "Kurs/utdanning"),
    ("2.4", "Webinarserien «Kompetanse i praksis»",
     "Seks åpne webinarer for HR-miljøene om kompetansekartlegging, lærlinger "
     "og samarbeid med fagskoler. Opptakene ligger på spekter.no.",
     "Webinarer", "Spekter", "", None, "Arrangement"),
]


def _logo_png() -> bytes:
    from PIL import Image, ImageDraw
    from .common import pil_font
    im = Image.new("RGB", (180, 48), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 44, 47], fill=(0, 84, 122))
    d.text((10, 6), "S", font=pil_font(30, bold=True), fill=(255, 255, 255))
    d.text((54, 10), "SPEKTER", font=pil_font(22, bold=True), fill=(0, 84, 122))
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def _html() -> str:
    h = []
    a = h.append
    a('<html xmlns:v="urn:schemas-microsoft-com:vml"\n'
      'xmlns:o="urn:schemas-microsoft-com:office:office"\n'
      'xmlns:w="urn:schemas-microsoft-com:office:word"\n'
      'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n'
      'xmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
      '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n'
      '<meta name=ProgId content=Word.Document>\n'
      '<meta name=Generator content="Microsoft Word 15">\n'
      '<meta name=Originator content="Microsoft Word 15">\n'
      '<link rel=File-List href="Spekter_kompetanserapport_2071_files/filelist.xml">\n'
      '<title>Spekter – rapportering 2071</title>\n'
      '<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n'
      '  <o:Author>Henrik Aasgaard</o:Author>\n'
      '  <o:LastAuthor>Henrik Aasgaard</o:LastAuthor>\n'
      '  <o:Revision>4</o:Revision>\n'
      '  <o:Created>2072-02-03T08:12:00Z</o:Created>\n'
      '  <o:LastSaved>2072-02-05T13:40:00Z</o:LastSaved>\n'
      '  <o:Company>Spekter</o:Company>\n'
      ' </o:DocumentProperties>\n</xml><![endif]-->\n'
      '<style>\n<!--\n'
      ' p.MsoNormal, li.MsoNormal, div.MsoNormal\n'
      '\t{margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:0cm;\n'
      '\tline-height:107%;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
      ' h1\n\t{margin-top:12.0pt;margin-bottom:6.0pt;font-size:18.0pt;\n'
      '\tfont-family:"Calibri Light",sans-serif;color:#00547A;font-weight:normal;}\n'
      ' p.MsoFootnoteText\n\t{margin:0cm;font-size:9.0pt;font-family:"Calibri",sans-serif;}\n'
      ' span.MsoFootnoteReference\n\t{vertical-align:super;}\n'
      ' table.MsoTableGrid\n\t{border:solid windowtext 1.0pt;font-size:10.0pt;}\n'
      '@page WordSection1\n\t{size:841.9pt 595.3pt;mso-page-orientation:landscape;\n'
      '\tmargin:56.7pt 56.7pt 56.7pt 56.7pt;}\n'
      'div.WordSection1\n\t{page:WordSection1;}\n'
      '-->\n</style>\n</head>\n\n'
      '<body lang=NO-BOK style=\'tab-interval:35.4pt\'>\n\n'
      '<div class=WordSection1>\n\n')
    a('<p class=MsoNormal><img width=180 height=48 '
      'src="Spekter_kompetanserapport_2071_files/image001.png" '
      'alt="Spekter logo"><o:p></o:p></p>\n\n')
    a('<p class=MsoNormal align=right style=\'text-align:right\'>'
      '<span lang=NO-BOK>Oslo, 5. februar 2072<o:p></o:p></span></p>\n\n')
    a('<h1><span lang=NO-BOK>Spekters rapportering til Kompetansepolitisk råd '
      'for 2071<o:p></o:p></span></h1>\n\n')
    intro = [
        "Spekter organiserer virksomheter med offentlig eierskap, blant annet "
        "helseforetakene. Tilgang på riktig kompetanse er en av de største "
        "utfordringene for våre medlemmer, og særlig i helsesektoren.",
        "Under følger tiltakene Spekter har gjennomført eller deltatt i i 2071, "
        "ordnet etter målene i Nasjonal kompetansepolitisk strategi. Der et "
        "tiltak eies av andre, står eieren først i kolonnen «Hvem står bak», og "
        "de øvrige deltakerne etter «sammen med».",
    ]
    for p in intro:
        a(f'<p class=MsoNormal><span lang=NO-BOK>{esc(p)}<o:p></o:p></span></p>\n\n')

    cell = ("style='border:solid windowtext 1.0pt;border-top:none;"
            "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'")
    hcell = ("style='border:solid windowtext 1.0pt;background:#D9E7EE;"
             "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'")
    a("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
      " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
      " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n")
    heads = [("Mål nr.", 60), ("Initiativ", 170), ("Dette gjorde vi i 2071", 300),
             ("Virkemiddel", 95), ("Hvem står bak", 150)]
    a(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>\n")
    for t, w in heads:
        a(f"  <td width={w} valign=top {hcell}>\n"
          f"  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b>"
          f"<span lang=NO-BOK>{esc(t)}<o:p></o:p></span></b></p>\n  </td>\n")
    a(" </tr>\n")
    # rowspan groups
    spans = {}
    for r in ROWS:
        spans[r[0]] = spans.get(r[0], 0) + 1
    seen = set()
    for i, (dm, name, text, kind, owner, partners, _s, _t) in enumerate(ROWS, 1):
        a(f" <tr style='mso-yfti-irow:{i}'>\n")
        if dm not in seen:
            seen.add(dm)
            rs = f" rowspan={spans[dm]}" if spans[dm] > 1 else ""
            a(f"  <td width=60 valign=top{rs} {cell}>\n"
              f"  <p class=MsoNormal align=center style='margin-bottom:0cm;text-align:center;"
              f"line-height:normal'><span lang=NO-BOK>{dm}<o:p></o:p></span></p>\n  </td>\n")
        a(f"  <td width=170 valign=top {cell}>\n"
          f"  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b>"
          f"<span lang=NO-BOK>{esc(name)}<o:p></o:p></span></b></p>\n  </td>\n")
        foot = ""
        if name == "Lærlingløftet i sykehusene":
            foot = ("<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\" "
                    "title=\"\"><span class=MsoFootnoteReference><span lang=NO-BOK>"
                    "<span style='mso-special-character:footnote'><![if !supportFootnotes]>"
                    "[1]<![endif]></span></span></span></a>")
        a(f"  <td width=300 valign=top {cell}>\n"
          f"  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>"
          f"<span lang=NO-BOK>{esc(text)}</span>{foot}<span lang=NO-BOK><o:p></o:p></span></p>\n  </td>\n")
        a(f"  <td width=95 valign=top {cell}>\n"
          f"  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>"
          f"<span lang=NO-BOK>{esc(kind)}<o:p></o:p></span></p>\n  </td>\n")
        who = esc(owner)
        if partners:
            who += "<br>\n  <i>sammen med:</i> " + esc(partners)
        a(f"  <td width=150 valign=top {cell}>\n"
          f"  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>"
          f"<span lang=NO-BOK>{who}<o:p></o:p></span></p>\n  </td>\n")
        a(" </tr>\n")
    a("</table>\n\n")
    a("<p class=MsoNormal><span lang=NO-BOK><o:p>&nbsp;</o:p></span></p>\n\n")
    closing = [
        "Spekter deltar i tillegg i en rekke faglige nettverk i regi av "
        "medlemsvirksomhetene. Disse er ikke tatt med i oversikten.",
        "Med vennlig hilsen",
    ]
    for p in closing:
        a(f'<p class=MsoNormal><span lang=NO-BOK>{esc(p)}<o:p></o:p></span></p>\n\n')
    a("<p class=MsoNormal style='margin-bottom:0cm'><span lang=NO-BOK>Henrik Aasgaard"
      "<o:p></o:p></span></p>\n\n"
      "<p class=MsoNormal><span lang=NO-BOK>fagsjef kompetanse, Spekter"
      "<o:p></o:p></span></p>\n\n")
    a("</div>\n\n<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n\n"
      "<hr align=left size=1 width=\"33%\">\n\n<![endif]>\n\n"
      "<div style='mso-element:footnote' id=ftn1>\n\n"
      "<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href=\"#_ftnref1\"\n"
      "name=\"_ftn1\" title=\"\"><span class=MsoFootnoteReference><span lang=NO-BOK>"
      "<span style='mso-special-character:footnote'><![if !supportFootnotes]>[1]<![endif]>"
      "</span></span></span></a><span lang=NO-BOK> "
      + esc("Tallet gjelder løpende lærekontrakter per 1. oktober 2071 sammenlignet "
            "med samme dato året før.")
      + "<o:p></o:p></span></p>\n\n</div>\n\n</div>\n\n</body>\n\n</html>\n")
    return "".join(h)


def _qp(data: bytes) -> bytes:
    enc = quopri.encodestring(data)
    return enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _b64(data: bytes) -> bytes:
    s = base64.b64encode(data).decode("ascii")
    lines = [s[i:i + 76] for i in range(0, len(s), 76)]
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def build(out):
    html = _html().encode("cp1252", errors="xmlcharrefreplace")
    filelist = ('<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n'
                ' <o:MainFile HRef="../Spekter_kompetanserapport_2071.htm"/>\n'
                ' <o:File HRef="image001.png"/>\n'
                ' <o:File HRef="filelist.xml"/>\n'
                '</xml>').encode("utf-8")
    parts = []
    parts.append(b"MIME-Version: 1.0\r\n"
                 b"Content-Type: multipart/related; boundary=\"" + BOUNDARY.encode() + b"\"\r\n"
                 b"\r\n"
                 b"This document is a Single File Web Page, also known as a Web Archive file.  "
                 b"If you are seeing this message, your browser or editor doesn't support Web "
                 b"Archive files.  Please download a browser that supports Web Archive.\r\n\r\n")
    parts.append(b"--" + BOUNDARY.encode() + b"\r\n"
                 b"Content-Location: " + (BASE + ".htm").encode() + b"\r\n"
                 b"Content-Transfer-Encoding: quoted-printable\r\n"
                 b"Content-Type: text/html; charset=\"windows-1252\"\r\n\r\n"
                 + _qp(html) + b"\r\n")
    parts.append(b"--" + BOUNDARY.encode() + b"\r\n"
                 b"Content-Location: " + (BASE + "_files/image001.png").encode() + b"\r\n"
                 b"Content-Transfer-Encoding: base64\r\n"
                 b"Content-Type: image/png\r\n\r\n" + _b64(_logo_png()) + b"\r\n")
    parts.append(b"--" + BOUNDARY.encode() + b"\r\n"
                 b"Content-Location: " + (BASE + "_files/filelist.xml").encode() + b"\r\n"
                 b"Content-Transfer-Encoding: quoted-printable\r\n"
                 b"Content-Type: text/xml; charset=\"utf-8\"\r\n\r\n" + _qp(filelist) + b"\r\n")
    parts.append(b"--" + BOUNDARY.encode() + b"--\r\n")
    (out / FILENAME).write_bytes(b"".join(parts))

    rows = []
    for dm, name, text, kind, owner, partners, seed, ttype in ROWS:
        rows.append(truth(FILENAME, MEMBER, name, seed, dm, ttype, owner, partners, text))
    return rows
