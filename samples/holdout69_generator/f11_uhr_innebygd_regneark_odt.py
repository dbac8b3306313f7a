"""UHR: a Writer document (ODT) whose prose says little, while every measure stands only in an embedded Calc
spreadsheet object («Object 1»: its own content.xml with office:spreadsheet, a PNG replacement image for display).
The body has a title, an intro, the frame that holds the object, and a closing paragraph. Columns of the embedded
sheet: Tiltak / Delmål / Type / Ansvarlig / Partnere / Beskrivelse. The RSA and UHR-FSE seats are named by the
institution and by the unit's committee. The trap is UHR's own evaluation of the RSA scheme (about the councils, not
a seat). A row for a joint admission that starts next autumn."""
from __future__ import annotations

import io
import zipfile

from .common import ARR, FOU, INFO, KURS, RAD, odf_meta, row, write_zip, xml_esc, ODF_NS

FILENAME = "UHR – rapport om tiltak 2089.odt"
MEMBER = "UHR"
FORMAT = ("ODT (hand-written OpenDocument XML) with an embedded Calc object: «Object 1/» typed "
          "application/vnd.oasis.opendocument.spreadsheet with its own content.xml and styles.xml, bound by "
          "draw:frame/draw:object, and a PNG replacement image (Pillow) in ObjectReplacements; zip with fixed timestamps")
SHAPE = ("short Writer report whose measures stand only in an embedded spreadsheet object (the body holds a title, "
         "an intro, the object frame and a closing paragraph): sheet «Tiltak 2089» with header Tiltak / Delmål / Type "
         "/ Ansvarlig / Partnere / Beskrivelse, delmål as a code, UHR's kind words (Rådsdeltakelse, Arbeidslivsutvalg, "
         "Nettkurs, Evaluering, Nettside, Konferanse); the RSA seat named «OsloMets råd for samarbeid med "
         "arbeidslivet – UHRs observatør», the UHR-FSE seat «Arbeidslivsutvalget i UHR-Helse og velferd»; a row for "
         "a joint admission that starts next autumn")
NOT_TRUTH = ("the title, intro and closing paragraph of the body, the replacement image, the header of the embedded "
             "sheet, its Delmål and Type cells, the row 'Felles opptak til etter- og videreutdanning' (starts in the "
             "autumn of 2090)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Beskrivelse"]
ROWS = [
    ("OsloMets råd for samarbeid med arbeidslivet – UHRs observatør", "1.4", "Rådsdeltakelse", "UHR", "",
     "UHR har hatt en observatør i RSA ved OsloMet for å hente erfaringer til de andre institusjonene. Rådet hadde "
     "fire møter.", "M05", "1.4", RAD),
    ("Evaluering av RSA-ordningen", "1.4", "Evaluering", "UHR", "NIFU",
     "NIFU har på oppdrag fra UHR evaluert hvordan rådene for samarbeid med arbeidslivet virker. Evalueringen "
     "handler om rådene, men er UHRs eget oppdrag og ikke en del av rådenes arbeid.", None, "1.4", FOU),
    ("Arbeidslivsutvalget i UHR-Helse og velferd", "1.4", "Arbeidslivsutvalg", "UHR-Helse og velferd",
     "Spekter, KS",
     "Utvalget samler arbeidsgiverne i helse og velferd og de fagstrategiske enhetene. I 2089 ble det laget felles "
     "råd om praksis i helsefagene.", "M06", "1.4", RAD),
    ("Digital grunnmur – universitetenes moduler", "2.1", "Nettkurs", "UHR-MNT", "Fagskolerådet, Virke",
     "Universitetene laget to moduler om datasikkerhet og bruk av KI i Digital grunnmur. 6 000 fullførte dem.",
     "J05", "2.1", KURS),
    ("Nettside om erfaringsbaserte master", "2.4", "Nettside", "UHR", "",
     "En felles oversikt over erfaringsbaserte masterprogrammer ved alle institusjonene, åpnet i august.", None,
     "2.4", INFO),
    ("Karrieresenterkonferansen", "1.3", "Konferanse", "UHR-Utdanning", "Karriereveilederforeningen",
     "Konferanse for karrieresentrene ved universiteter og høgskoler i Tromsø, 180 deltakere.", None, "1.3", ARR),
    ("Felles opptak til etter- og videreutdanning", "2.4", "Opptakssystem", "UHR", "HK-dir",
     "Starter høsten 2090.", "", "", None),
]

SHEET_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def _sheet_content() -> str:
    cols = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(6))
    rws = []
    for k, r in enumerate([HEAD] + [list(x[:6]) for x in ROWS]):
        cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{xml_esc(v)}</text:p>'
                        '</table:table-cell>' if v else '<table:table-cell/>' for v in
                        [r[0], r[1], r[2], r[3], r[4], r[5]])
        rws.append(f"<table:table-row>{cells}</table:table-row>")
    widths = [5.0, 1.5, 3.0, 3.5, 3.5, 9.0]
    auto = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties '
                   f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-content {ODF_NS}><office:automatic-styles>{auto}</office:automatic-styles>'
            '<office:body><office:spreadsheet><table:table table:name="Tiltak 2089">'
            f'{cols}{"".join(rws)}</table:table></office:spreadsheet></office:body></office:document-content>\n')


def _sheet_styles() -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-styles {ODF_NS}><office:styles><style:default-style style:family="table-cell">'
            '<style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:default-style>'
            '</office:styles></office:document-styles>\n')


def _preview_png() -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 13)
    img = Image.new("RGB", (1300, 30 + 26 * (len(ROWS) + 1)), "white")
    dr = ImageDraw.Draw(img)
    xs = [8, 330, 390, 520, 690, 860]
    for k, r in enumerate([HEAD] + [list(x[:6]) for x in ROWS]):
        y = 10 + 26 * k
        dr.line([(0, y - 4), (1300, y - 4)], fill="#999999")
        for x, v in zip(xs, r):
            v = v if len(v) < 48 else v[:45] + "…"
            dr.text((x, y), v, fill="black", font=font)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def _content() -> str:
    body = [
        '<text:p text:style-name="P_title">UHR – tiltak i oppfølgingen av kompetansestrategien 2089</text:p>',
        '<text:p text:style-name="Standard">Universitets- og høgskolerådet rapporterer her tiltakene for 2089. '
        'Tiltakene står i regnearket nedenfor, som kan åpnes med dobbeltklikk.</text:p>',
        '<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" draw:name="Objekt1" '
        'text:anchor-type="paragraph" svg:width="17cm" svg:height="6.5cm" draw:z-index="0">'
        '<draw:object xlink:href="./Object 1" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
        '<draw:image xlink:href="./ObjectReplacements/Object 1" xlink:type="simple" xlink:show="embed" '
        'xlink:actuate="onLoad"/></draw:frame></text:p>',
        '<text:p text:style-name="Standard">Spørsmål om rapporten kan rettes til seniorrådgiver Liv Aasen i UHR.'
        '</text:p>',
    ]
    auto = ('<style:style style:name="P_title" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" '
            'style:vertical-pos="top" style:horizontal-pos="center"/></style:style>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-content {ODF_NS}><office:automatic-styles>{auto}</office:automatic-styles>'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>\n')


def _styles() -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-styles {ODF_NS}><office:styles><style:default-style style:family="paragraph">'
            '<style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="nb" '
            'fo:country="NO"/></style:default-style><style:style style:name="Standard" style:family="paragraph" '
            'style:class="text"/></office:styles></office:document-styles>\n')


def build(out) -> list[dict]:
    mt = "application/vnd.oasis.opendocument.text"
    man = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
           'manifest:version="1.3">\n'
           f' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{mt}"/>\n'
           ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
           ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
           ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
           f' <manifest:file-entry manifest:full-path="Object 1/" manifest:version="1.3" '
           f'manifest:media-type="{SHEET_MIME}"/>\n'
           ' <manifest:file-entry manifest:full-path="Object 1/content.xml" manifest:media-type="text/xml"/>\n'
           ' <manifest:file-entry manifest:full-path="Object 1/styles.xml" manifest:media-type="text/xml"/>\n'
           ' <manifest:file-entry manifest:full-path="ObjectReplacements/Object 1" '
           'manifest:media-type="image/png"/>\n'
           '</manifest:manifest>\n')
    entries = [("mimetype", mt, False), ("content.xml", _content(), True), ("styles.xml", _styles(), True),
               ("meta.xml", odf_meta("Tiltak 2089", "Liv Aasen"), True),
               ("Object 1/content.xml", _sheet_content(), True), ("Object 1/styles.xml", _sheet_styles(), True),
               ("ObjectReplacements/Object 1", _preview_png(), False), ("META-INF/manifest.xml", man, True)]
    write_zip(out / FILENAME, entries)
    rows = []
    for name, dmc, kind, ans, med, desc, seed, dm, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, desc))
    return rows


def text(path) -> str:
    from .common import _odf_inline
    from lxml import etree
    out = []
    ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    with zipfile.ZipFile(path) as z:
        for part in ("content.xml", "Object 1/content.xml"):
            root = etree.fromstring(z.read(part))
            out += [_odf_inline(el) for el in root.iter(f"{{{ns}}}p", f"{{{ns}}}h")]
    return "\n".join(out)
