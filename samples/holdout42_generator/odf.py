"""A very small hand-written ODF writer (ODT text and ODS spreadsheets)."""
from xml.sax.saxutils import escape

from .common import write_zip

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'office:version="1.3"')
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
FONT = "DejaVu Sans"


def _x(t):
    return escape(str(t))


def _meta(title, author):
    return (HEAD + '<office:document-meta %s><office:meta>'
            '<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<dc:creator>%s</dc:creator><meta:creation-date>2063-01-20T10:00:00</meta:creation-date>'
            '<dc:date>2063-01-20T10:00:00</dc:date><meta:editing-cycles>1</meta:editing-cycles>'
            '</office:meta></office:document-meta>' % (NS, _x(title), _x(author), _x(author)))


def _manifest(mime):
    return (HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
            ' manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>' % mime)


def _styles(size="11pt"):
    return (HEAD + '<office:document-styles %s>'
            '<office:font-face-decls><style:font-face style:name="%s" svg:font-family="\'%s\'"/>'
            '</office:font-face-decls><office:styles>'
            '<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/>'
            '<style:text-properties style:font-name="%s" fo:font-size="%s" fo:language="nb" fo:country="NO"/>'
            '</style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph"/>'
            '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"'
            ' style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.5cm"/>'
            '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"'
            ' style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.35cm"/>'
            '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
            '</office:styles></office:document-styles>' % (NS, FONT, FONT, FONT, size))


AUTO_TEXT = ('<style:style style:name="PB" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
             '<style:style style:name="PI" style:family="paragraph"><style:text-properties fo:font-style="italic" fo:font-size="9.5pt"/></style:style>'
             '<style:style style:name="PR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>'
             '<style:style style:name="PS" style:family="paragraph"><style:text-properties fo:font-size="8.5pt"/></style:style>'
             '<style:style style:name="TB" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
             '<style:style style:name="TI" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
             '<style:style style:name="Tab" style:family="table"><style:table-properties style:width="16.5cm" table:align="margins"/></style:style>'
             '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #666666"/></style:style>')


class Odt:
    def __init__(self):
        self.parts = []

    def h(self, text, level=1):
        self.parts.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                          % (level, level, _x(text)))

    def p(self, text="", style=None):
        st = ' text:style-name="%s"' % style if style else ""
        self.parts.append("<text:p%s>%s</text:p>" % (st, _x(text)))

    def runs(self, runs, style=None):
        """runs: list of (text, 'b'|'i'|None)."""
        st = ' text:style-name="%s"' % style if style else ""
        out = []
        for t, f in runs:
            if f:
                out.append('<text:span text:style-name="%s">%s</text:span>' % ({"b": "TB", "i": "TI"}[f], _x(t)))
            else:
                out.append(_x(t))
        self.parts.append("<text:p%s>%s</text:p>" % (st, "".join(out)))

    def bullets(self, items):
        """items: list of str or (str, [substr, ...])."""
        out = ["<text:list>"]
        for it in items:
            text, subs = (it, []) if isinstance(it, str) else it
            out.append("<text:list-item><text:p>%s</text:p>" % _x(text))
            if subs:
                out.append("<text:list>" + "".join(
                    "<text:list-item><text:p>%s</text:p></text:list-item>" % _x(s) for s in subs) + "</text:list>")
            out.append("</text:list-item>")
        out.append("</text:list>")
        self.parts.append("".join(out))

    def table(self, rows, header=True):
        ncol = max(len(r) for r in rows)
        out = ['<table:table table:name="Tabell%d" table:style-name="Tab">' % (len(self.parts) + 1),
               '<table:table-column table:number-columns-repeated="%d"/>' % ncol]
        for i, r in enumerate(rows):
            out.append("<table:table-row>")
            for c in r:
                st = "PB" if header and i == 0 else None
                stx = ' text:style-name="%s"' % st if st else ""
                out.append('<table:table-cell table:style-name="Cell" office:value-type="string"><text:p%s>%s</text:p></table:table-cell>'
                           % (stx, _x(c)))
            out.append("</table:table-row>")
        out.append("</table:table>")
        self.parts.append("".join(out))

    def save(self, path, title, author):
        content = (HEAD + '<office:document-content %s><office:automatic-styles>%s</office:automatic-styles>'
                   '<office:body><office:text>%s</office:text></office:body></office:document-content>'
                   % (NS, AUTO_TEXT, "".join(self.parts)))
        mime = "application/vnd.oasis.opendocument.text"
        write_zip(path, [("mimetype", mime), ("META-INF/manifest.xml", _manifest(mime)),
                         ("content.xml", content), ("meta.xml", _meta(title, author)),
                         ("styles.xml", _styles())])


AUTO_SHEET = ('<style:style style:name="cb" style:family="table-cell"><style:text-properties fo:font-weight="bold"/>'
              '<style:table-cell-properties fo:background-color="#dde6f0" fo:wrap-option="wrap"/></style:style>'
              '<style:style style:name="cw" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"'
              ' style:vertical-align="top"/></style:style>')


def save_ods(path, sheets, title, author):
    """sheets: list of dict(name, rows, widths=[cm], merges=[(r0,c0,r1,c1)], bold_rows=set())."""
    autos = [AUTO_SHEET]
    body = []
    for si, sh in enumerate(sheets):
        body.append('<table:table table:name="%s">' % _x(sh["name"]))
        for ci, w in enumerate(sh.get("widths", [])):
            sn = "co%d_%d" % (si, ci)
            autos.append('<style:style style:name="%s" style:family="table-column">'
                         '<style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (sn, w))
            body.append('<table:table-column table:style-name="%s"/>' % sn)
        merges = sh.get("merges", [])
        covered = set()
        spans = {}
        for r0, c0, r1, c1 in merges:
            spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        covered.add((r, c))
        bold = sh.get("bold_rows", set())
        for ri, row in enumerate(sh["rows"]):
            body.append("<table:table-row>")
            for ci, val in enumerate(row):
                if (ri, ci) in covered:
                    body.append("<table:covered-table-cell/>")
                    continue
                st = ' table:style-name="%s"' % ("cb" if ri in bold else "cw")
                sp = ""
                if (ri, ci) in spans:
                    nr, nc = spans[(ri, ci)]
                    sp = ' table:number-rows-spanned="%d" table:number-columns-spanned="%d"' % (nr, nc)
                if val is None or val == "":
                    body.append("<table:table-cell%s%s/>" % (st, sp))
                elif isinstance(val, (int, float)):
                    body.append('<table:table-cell%s%s office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                % (st, sp, val, val))
                else:
                    body.append('<table:table-cell%s%s office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                                % (st, sp, _x(val)))
            body.append("</table:table-row>")
        body.append("</table:table>")
    content = (HEAD + '<office:document-content %s><office:automatic-styles>%s</office:automatic-styles>'
               '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>'
               % (NS, "".join(autos), "".join(body)))
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    write_zip(path, [("mimetype", mime), ("META-INF/manifest.xml", _manifest(mime)),
                     ("content.xml", content), ("meta.xml", _meta(title, author)),
                     ("styles.xml", _styles("10pt"))])
