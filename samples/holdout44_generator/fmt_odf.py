"""Hand-written ODF: 03 Vestland (Nynorsk ODT, lettered outline per
hovudområde), 12 Innlandet (ODS whose columns are years)."""
from .common import write_zip, esc
from .data1 import VESTLAND
from .data2 import INNLANDET

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'office:version="1.2"')
HDR = '<?xml version="1.0" encoding="UTF-8"?>\n'


def manifest(mime):
    return (HDR + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="%s"/>'
            '<manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" '
            'manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>' % mime)


def meta(title, author):
    return (HDR + '<office:document-meta %s><office:meta>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s'
            '</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>2065-01-20T10:00:00</meta:creation-date>'
            '<dc:date>2065-01-20T10:00:00</dc:date>'
            '</office:meta></office:document-meta>'
            % (NS, esc(title), esc(author), esc(author)))


STYLES_ODT = (HDR + '<office:document-styles %s><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph">'
              '<style:text-properties style:font-name="Liberation Serif" '
              'fo:font-size="11pt"/></style:style>'
              '<style:style style:name="Heading_1" style:display-name='
              '"Heading 1" style:family="paragraph"><style:text-properties '
              'fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_2" style:display-name='
              '"Heading 2" style:family="paragraph"><style:paragraph-'
              'properties fo:margin-top="0.4cm"/><style:text-properties '
              'fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>' % NS)

AREAS_NN = {"1": "Gode val for den einskilde og for samfunnet",
            "2": "Læring i arbeidslivet",
            "3": "Styrkje kompetansen til vaksne med svak tilknyting til "
                 "arbeidslivet"}


def build_vestland(path):
    auto = ('<office:automatic-styles>'
            '<style:style style:name="P_item" style:family="paragraph" '
            'style:parent-style-name="Standard"><style:paragraph-properties '
            'fo:margin-left="0.6cm" fo:text-indent="-0.6cm" '
            'fo:margin-top="0.25cm"/></style:style>'
            '<style:style style:name="P_body" style:family="paragraph" '
            'style:parent-style-name="Standard"><style:paragraph-properties '
            'fo:margin-left="0.6cm"/></style:style>'
            '<style:style style:name="T_b" style:family="text">'
            '<style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="T_i" style:family="text">'
            '<style:text-properties fo:font-style="italic"/></style:style>'
            '</office:automatic-styles>')
    out = []
    h = lambda lvl, t: out.append(
        '<text:h text:style-name="Heading_%d" text:outline-level="%d">%s'
        '</text:h>' % (lvl, lvl, esc(t)))
    p = lambda t, st="Standard": out.append(
        '<text:p text:style-name="%s">%s</text:p>' % (st, t))
    p("Vestland fylkeskommune · Avdeling for opplæring og kompetanse")
    h(1, "Rapportering til Kompetansepolitisk råd – tiltak i 2064")
    p(esc("Vestland fylkeskommune rapporterer med dette tiltaka sine for "
          "2064. Tiltaka er ordna etter hovudområda i Nasjonal "
          "kompetansepolitisk strategi, og vi har oppgitt kva punkt i "
          "strategien kvart tiltak høyrer til."))
    by_area = {}
    for r in VESTLAND:
        by_area.setdefault(r["dm"][0], []).append(r)
    for a in "123":
        h(2, "Hovudområde %s – %s" % (a, AREAS_NN[a]))
        if a not in by_area:
            p(esc("Ingen eigne tiltak under dette hovudområdet i 2064."),
              "P_body")
            continue
        for k, r in enumerate(by_area[a]):
            letter = "abcdefgh"[k]
            punkt = r["dm"].split(".")[1]
            own = r["x"]["own"]
            tail = " – %s" % own if own else ""
            p('%s)<text:tab/><text:span text:style-name="T_b">%s</text:span>'
              ' (hovudområde %s, punkt %s)%s'
              % (letter, esc(r["name"]), a, punkt, esc(tail)), "P_item")
            p(esc(r["desc"]), "P_body")
            resp = ('<text:span text:style-name="T_i">Ansvarleg:</text:span> '
                    + esc(r["ans"]) + ".")
            if r["par"]:
                resp += (' <text:span text:style-name="T_i">Samarbeid:'
                         '</text:span> ' + esc(r["par"]) + ".")
            p(resp, "P_body")
    p("")
    p(esc("Bergen, 16. januar 2065 – fylkesdirektør for opplæring og "
          "kompetanse"))
    content = (HDR + '<office:document-content %s>%s<office:body>'
               '<office:text>%s</office:text></office:body>'
               '</office:document-content>' % (NS, auto, "".join(out)))
    mime = "application/vnd.oasis.opendocument.text"
    write_zip(path, [("mimetype", mime),
                     ("META-INF/manifest.xml", manifest(mime)),
                     ("content.xml", content),
                     ("styles.xml", STYLES_ODT),
                     ("meta.xml", meta("Rapportering 2064", "Vestland "
                                       "fylkeskommune"))])


def _cell(text, style="ce_t", span=1, number=None):
    attrs = ' table:style-name="%s"' % style
    if span > 1:
        attrs += ' table:number-columns-spanned="%d"' % span
    if number is not None:
        attrs += ' office:value-type="float" office:value="%s"' % number
        shown = number.replace(".", ",")
    else:
        attrs += ' office:value-type="string"'
        shown = text
    c = '<table:table-cell%s><text:p>%s</text:p></table:table-cell>' % (
        attrs, esc(shown))
    if span > 1:
        c += '<table:covered-table-cell/>' * (span - 1)
    return c


def build_innlandet(path):
    widths = ["5.5cm", "1.6cm", "2.6cm", "3.4cm", "4.2cm", "3.6cm", "3.6cm",
              "6.5cm"]
    auto = ['<office:automatic-styles>']
    for i, w in enumerate(widths):
        auto.append('<style:style style:name="co%d" style:family="table-'
                    'column"><style:table-column-properties style:column-'
                    'width="%s"/></style:style>' % (i, w))
    auto.append('<style:style style:name="ce_t" style:family="table-cell">'
                '<style:table-cell-properties fo:wrap-option="wrap" '
                'style:vertical-align="top"/></style:style>'
                '<style:style style:name="ce_h" style:family="table-cell">'
                '<style:table-cell-properties fo:background-color="#C6E0B4" '
                'fo:wrap-option="wrap"/><style:text-properties fo:font-weight='
                '"bold"/></style:style>'
                '<style:style style:name="ce_title" style:family="table-cell">'
                '<style:text-properties fo:font-size="14pt" fo:font-weight='
                '"bold"/></style:style></office:automatic-styles>')
    rows = []
    rows.append('<table:table-row>%s</table:table-row>' % _cell(
        "Innlandet fylkeskommune – tiltak i Nasjonal kompetansepolitisk "
        "strategi 2062–2064", "ce_title", span=8))
    rows.append('<table:table-row>%s</table:table-row>' % _cell(
        "Rapportering til Kompetansepolitisk råd. Kolonnene 2062–2064 viser "
        "hva som er gjort det enkelte år.", "ce_t", span=8))
    heads = ["Tiltak", "Delmål", "Tiltakstype", "Ansvar", "Samarbeid",
             "2062", "2063", "2064"]
    rows.append('<table:table-row>%s</table:table-row>'
                % "".join(_cell(h, "ce_h") for h in heads))
    for r in INNLANDET:
        x = r["x"]
        cells = [_cell(r["name"]), _cell("", number=r["dm"]),
                 _cell(x["own"]), _cell(r["ans"]), _cell(r["par"]),
                 _cell(x["y62"]), _cell(x["y63"]), _cell(r["desc"])]
        rows.append('<table:table-row>%s</table:table-row>' % "".join(cells))
    cols = "".join('<table:table-column table:style-name="co%d"/>' % i
                   for i in range(len(widths)))
    sheet2 = ('<table:table table:name="Kontakt"><table:table-column/>'
              '<table:table-row>%s</table:table-row>'
              '<table:table-row>%s</table:table-row></table:table>'
              % (_cell("Kontakt: Kompetanse og folkehelse, Innlandet "
                       "fylkeskommune"),
                 _cell("Levert 15. januar 2065")))
    content = (HDR + '<office:document-content %s>%s<office:body>'
               '<office:spreadsheet><table:table table:name="Tiltak 2064">'
               '%s%s</table:table>%s</office:spreadsheet></office:body>'
               '</office:document-content>'
               % (NS, "".join(auto), cols, "".join(rows), sheet2))
    styles = (HDR + '<office:document-styles %s><office:styles/>'
              '</office:document-styles>' % NS)
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    write_zip(path, [("mimetype", mime),
                     ("META-INF/manifest.xml", manifest(mime)),
                     ("content.xml", content), ("styles.xml", styles),
                     ("meta.xml", meta("Tiltak 2064", "Innlandet "
                                       "fylkeskommune"))])
