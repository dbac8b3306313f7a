"""VOFO: an AbiWord document (.abw, AWML 1.1 XML, written as text). A letter-like head, an intro and one table
(Tiltak / Hva vi gjorde / Delmål / Type / Ansvarlig / Sammen med) made of AbiWord <table>/<cell> elements with
attach properties. VOFO's lower-case kind words. The trap is a volunteer-sector course built on the model of the
joint Norsk i arbeid but a measure of its own (delmål 3.6). A learning week cancelled this year."""
from __future__ import annotations

from .common import FOU, KURS, PROSJEKT, RAD, row, xml_esc

FILENAME = "VOFO – tiltak 2087.abw"
MEMBER = "VOFO"
FORMAT = ("AbiWord document (.abw, AWML XML fileformat 1.1 as saved by AbiWord 3.0: metadata, history, styles, "
          "pagesize, one section with paragraphs and a table of cells with left/right/top/bot-attach), written as "
          "text")
SHAPE = ("letter-like report: sender and date lines, a title, an intro paragraph, one table Tiltak / Hva vi gjorde "
         "/ Delmål / Type / Ansvarlig / Sammen med with VOFO's lower-case kind words (forumplass, kurs, "
         "utviklingsprosjekt, kartlegging, læringsuke); a row for a learning week cancelled this year; a signature")
NOT_TRUTH = ("the sender and date lines, the title and intro, the header, the Delmål and Type cells, the row "
             "'Voksnes læringsuke' (cancelled this year, next in September next year), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Hva vi gjorde", "Delmål", "Type", "Ansvarlig", "Sammen med"]
ROWS = [
    ("Nasjonalt forum for karriereveiledning",
     "VOFO har en plass i forumet og tok opp hvordan studieforbundene kan gi veiledning til voksne som går på kurs.",
     "1.3", "forumplass", "VOFO", [], "M01", "1.3", RAD),
    ("Norsk i arbeid",
     "Studieforbundene ga norskopplæring på 180 arbeidsplasser, de fleste i renhold og overnatting. 1 400 "
     "deltakere fullførte minst 40 timer.",
     "3.4", "kurs", "Studieforbundet AOF Norge", ["HK-dir", "Kompetanseforbundet"], "J03", "3.4", KURS),
    ("Norsk i frivilligheten",
     "Kurs for innvandrere som er med i frivillige lag, bygget etter modell av Norsk i arbeid. Kursene er et eget "
     "tilbud og ikke en del av Norsk i arbeid. 520 deltakere.",
     "3.6", "kurs", "Studieforbundet kultur og tradisjon", ["Frivillighet Norge"], None, "3.6", KURS),
    ("Digital hverdag for eldre",
     "Utviklingsprosjekt der frivillige lærer eldre å bruke digitale offentlige tjenester. Prosjektet ble prøvd ut "
     "i 12 kommuner.",
     "3.6", "utviklingsprosjekt", "Studieforbundet Funkis", ["Senior Norge"], None, "3.6", PROSJEKT),
    ("Kartlegging av kursdeltakere i studieforbundene",
     "Spørreundersøkelse blant 3 000 deltakere om hvorfor de tar kurs og hva de får ut av det.",
     "3.6", "kartlegging", "VOFO", ["NIFU"], None, "3.6", FOU),
    ("Voksnes læringsuke",
     "Læringsuka ble avlyst i år. Den gjennomføres igjen i september neste år.",
     "3.6", "læringsuke", "VOFO", [], "", "", None),
]

_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<!DOCTYPE abiword PUBLIC "-//ABISOURCE//DTD AWML 1.0 Strict//EN" "http://www.abisource.com/awml.dtd">\n'
         '<abiword template="false" xmlns:ct="http://www.abisource.com/changetracking.dtd" '
         'xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:math="http://www.w3.org/1998/Math/MathML" '
         'xid-max="{xidmax}" xmlns:dc="http://purl.org/dc/elements/1.1/" styles="unlocked" fileformat="1.1" '
         'xmlns:svg="http://www.w3.org/2000/svg" xmlns:awml="http://www.abisource.com/awml.dtd" '
         'xmlns="http://www.abisource.com/awml.dtd" xmlns:xlink="http://www.w3.org/1999/xlink" version="3.0.5" '
         'xml:space="preserve" props="dom-dir:ltr; document-footnote-restart-section:0; '
         'document-endnote-type:numeric; document-endnote-place-enddoc:1; document-endnote-initial:1; '
         'lang:nb-NO; document-endnote-restart-section:0; document-footnote-restart-page:0; '
         'document-footnote-type:numeric; document-footnote-initial:1; document-endnote-place-endsection:0">\n'
         '<!-- ======================================================================== -->\n'
         '<!-- This file is an AbiWord document.                                        -->\n'
         '<!-- AbiWord is a free, Open Source word processor.                           -->\n'
         '<!-- More information about AbiWord is available at http://www.abisource.com/ -->\n'
         '<!-- You should not edit this file by hand.                                   -->\n'
         '<!-- ======================================================================== -->\n\n'
         '<metadata>\n'
         '<m key="abiword.date_last_changed">Fri Jan 16 10:20:00 2088</m>\n'
         '<m key="abiword.generator">AbiWord</m>\n'
         '<m key="dc.creator">Solveig Brattli</m>\n'
         '<m key="dc.date">Fri Jan 16 10:20:00 2088</m>\n'
         '<m key="dc.format">application/x-abiword</m>\n'
         '<m key="dc.language">nb-NO</m>\n'
         '<m key="dc.title">VOFO – tiltak 2087</m>\n'
         '</metadata>\n'
         '<rdf>\n</rdf>\n'
         '<history version="4" edit-time="5412" last-saved="3724826400" '
         'uid="7a3f0c1e-2b44-11f2-9c6d-a1b2c3d4e5f6">\n'
         '<version id="1" started="3724740000" uuid="7a3f0c1e-2b44-11f2-9c6d-a1b2c3d4e5f6" auto="0" top-xid="12"/>\n'
         '<version id="4" started="3724822800" uuid="8b4e1d2f-2b44-11f2-9c6d-a1b2c3d4e5f6" auto="0" '
         'top-xid="{xidmax}"/>\n'
         '</history>\n'
         '<styles>\n'
         '<s type="P" name="Normal" followedby="Current Settings" props="font-family:Liberation Serif; margin-top:0pt; '
         'font-variant:normal; margin-left:0pt; text-indent:0in; widows:2; font-style:normal; font-weight:normal; '
         'text-decoration:none; color:000000; line-height:1.0; text-align:left; margin-bottom:6pt; '
         'text-position:normal; margin-right:0pt; bgcolor:transparent; font-size:11pt; font-stretch:normal"/>\n'
         '<s type="P" name="Heading 1" basedon="Normal" followedby="Normal" props="font-family:Liberation Sans; '
         'margin-top:22pt; font-weight:bold; margin-bottom:3pt; font-size:16pt; keep-with-next:1"/>\n'
         '</styles>\n'
         '<pagesize pagetype="A4" orientation="portrait" width="210.000000" height="297.000000" units="mm" '
         'page-scale="1.000000"/>\n'
         '<section xid="1" props="page-margin-footer:0.5in; page-margin-header:0.5in; page-margin-right:0.8in; '
         'page-margin-left:0.8in; page-margin-top:0.9in; page-margin-bottom:0.9in">\n')

WIDTHS = ["3.6cm", "6.4cm", "1.3cm", "2.4cm", "2.6cm", "2.4cm"]


class _X:
    def __init__(self):
        self.n = 1

    def __call__(self):
        self.n += 1
        return self.n


def _p(xid, parts, style="Normal"):
    if isinstance(parts, str):
        parts = [(parts, "")]
    inner = "".join(f'<c props="font-weight:bold">{xml_esc(t)}</c>' if st == "b" else xml_esc(t) for t, st in parts)
    return f'<p style="{style}" xid="{xid()}">{inner}</p>'


def build(out) -> list[dict]:
    xid = _X()
    body = [_p(xid, "Voksenopplæringsforbundet (VOFO)"), _p(xid, "Oslo, 16. januar 2088"),
            _p(xid, "VOFOs tiltak i 2087", style="Heading 1"),
            _p(xid, "Til Kompetansepolitisk råd. Her følger tiltakene studieforbundene og VOFO har gjennomført i 2087 "
                    "for å følge opp den kompetansepolitiske strategien.")]
    table = [HEAD] + [[n, d, dm_t, k, a, ", ".join(p)] for n, d, dm_t, k, a, p, *_ in ROWS]
    cells = []
    for r, vals in enumerate(table):
        for c, v in enumerate(vals):
            props = f"bot-attach:{r + 1}; left-attach:{c}; right-attach:{c + 1}; top-attach:{r}"
            if r == 0:
                props += "; background-color:d9d9d9"
            inner = _p(xid, [(v, "b")]) if r == 0 or c == 0 else _p(xid, v)
            cells.append(f'<cell xid="{xid()}" props="{props}">{inner}</cell>')
    body.append(f'<table xid="{xid()}" props="table-column-props:{"/".join(WIDTHS)}/; '
                'table-column-leftpos:0.0in; table-line-thickness:1; color:000000">' + "".join(cells) + '</table>')
    body += [_p(xid, ""), _p(xid, "Med vennlig hilsen"), _p(xid, "Solveig Brattli, seniorrådgiver i VOFO")]
    doc = _HEAD.replace("{xidmax}", str(xid.n + 1)) + "\n".join(body) + "\n</section>\n</abiword>\n"
    (out / FILENAME).write_bytes(doc.encode("utf-8"))
    rows = []
    for name, desc, _dmt, _kind, ans, partners, seed, dm, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), desc))
    return rows


def text(path) -> str:
    """Every AbiWord paragraph's text, one per line."""
    from lxml import etree
    root = etree.fromstring(path.read_bytes())
    ns = "{http://www.abisource.com/awml.dtd}"
    return "\n".join("".join(p.itertext()) for p in root.iter(ns + "p"))
