"""Minimal hand-written OpenDocument text (ODT) and spreadsheet (ODS) writers, deterministic."""
import io
import re
import zipfile

from .common import ISO, ZIP_DT

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'office:version="1.3"')


def esc(t):
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    t = t.replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>")
    return re.sub(r"  +", lambda m: " <text:s text:c=\"%d\"/>" % (len(m.group(0)) - 1), t)


def _meta(title, author):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:generator>Microsoft Office/16.0$Windows_X86_64 (ODF export)</meta:generator>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '</office:meta></office:document-meta>' % (NS, esc(title), esc(author), esc(author), ISO[:-1], ISO[:-1]))


def _manifest(mime):
    files = ["content.xml", "styles.xml", "meta.xml"]
    ents = "".join('<manifest:file-entry manifest:full-path="%s" manifest:media-type="text/xml"/>' % f
                   for f in files)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>%s</manifest:manifest>'
            % (mime, ents))


def _write(path, mime, content, styles, meta):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in (("mimetype", mime, zipfile.ZIP_STORED),
                                 ("META-INF/manifest.xml", _manifest(mime), zipfile.ZIP_DEFLATED),
                                 ("meta.xml", meta, zipfile.ZIP_DEFLATED),
                                 ("styles.xml", styles, zipfile.ZIP_DEFLATED),
                                 ("content.xml", content, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = comp
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


class OdtDoc:
    """Paragraphs, headings, bullet lists and simple tables; header/footer text on the page style."""

    def __init__(self, title, author, font="Liberation Sans", size="10.5pt", header="", footer=""):
        self.title, self.author, self.font, self.size = title, author, font, size
        self.header, self.footer = header, footer
        self.body = []
        self.ntab = 0
        self.col_styles = []

    def heading(self, text, level=1):
        self.body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                         % (level, level, esc(text)))

    def para(self, runs, style="Standard"):
        if isinstance(runs, str):
            runs = [(runs, "")]
        inner = "".join(('<text:span text:style-name="%s">%s</text:span>' % (st, esc(t))) if st else esc(t)
                        for t, st in runs)
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inner))

    def bullets(self, items):
        lis = "".join('<text:list-item><text:p text:style-name="Standard">%s</text:p></text:list-item>' % esc(i)
                      for i in items)
        self.body.append('<text:list text:style-name="LBullet">%s</text:list>' % lis)

    def table(self, rows, widths_cm, head=True, size_style="Tcell"):
        self.ntab += 1
        name = "Tabell%d" % self.ntab
        for i, w in enumerate(widths_cm):
            self.col_styles.append('<style:style style:name="%s.C%d" style:family="table-column">'
                                   '<style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                                   % (name, i, w))
        cols = "".join('<table:table-column table:style-name="%s.C%d"/>' % (name, i) for i in range(len(widths_cm)))
        out = ['<table:table table:name="%s" table:style-name="Tbl">%s' % (name, cols)]
        for ri, row in enumerate(rows):
            bold = head and ri == 0
            if bold:
                out.append("<table:table-header-rows>")
            out.append("<table:table-row>")
            for cell in row:
                ps = "".join('<text:p text:style-name="%s">%s</text:p>' % ("TcellB" if bold else size_style, esc(ln))
                             for ln in str(cell).split("\n"))
                out.append('<table:table-cell table:style-name="Cell" office:value-type="string">%s'
                           '</table:table-cell>' % ps)
            out.append("</table:table-row>")
            if bold:
                out.append("</table:table-header-rows>")
        out.append("</table:table>")
        self.body.append("".join(out))

    def save(self, path):
        auto = ('<office:automatic-styles>'
                '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/>'
                '</style:style>'
                '<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/>'
                '</style:style>'
                '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.5cm" '
                'table:align="left"/></style:style>'
                '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
                'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
                '<style:style style:name="Tcell" style:family="paragraph"><style:text-properties fo:font-size="9pt"/>'
                '</style:style>'
                '<style:style style:name="TcellB" style:family="paragraph"><style:text-properties fo:font-size="9pt" '
                'fo:font-weight="bold"/></style:style>'
                '<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" '
                'text:bullet-char="•"><style:list-level-properties text:space-before="0.4cm" '
                'text:min-label-width="0.5cm"/></text:list-level-style-bullet></text:list-style>'
                + "".join(self.col_styles) + '</office:automatic-styles>')
        content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>%s<office:body>'
                   '<office:text>%s</office:text></office:body></office:document-content>'
                   % (NS, auto, "".join(self.body)))
        hs = "".join('<style:style style:name="Heading_20_%d" style:display-name="Heading %d" '
                     'style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="%d">'
                     '<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" '
                     'fo:keep-with-next="always"/><style:text-properties fo:font-size="%s" fo:font-weight="bold"/>'
                     '</style:style>' % (i, i, i, s) for i, s in ((1, "15pt"), (2, "12.5pt"), (3, "11pt")))
        hf = ""
        if self.header:
            hf += '<style:header><text:p text:style-name="Small">%s</text:p></style:header>' % esc(self.header)
        if self.footer:
            hf += ('<style:footer><text:p text:style-name="Small">%s<text:page-number text:select-page="current">1'
                   '</text:page-number></text:p></style:footer>' % esc(self.footer))
        styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s>'
                  '<office:font-face-decls><style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"/>'
                  '</office:font-face-decls><office:styles>'
                  '<style:default-style style:family="paragraph"><style:text-properties style:font-name="%s" '
                  'fo:font-size="%s" fo:language="nb" fo:country="NO"/></style:default-style>'
                  '<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties '
                  'fo:margin-bottom="0.18cm"/></style:style>'
                  '<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt" '
                  'fo:color="#555555"/></style:style>%s</office:styles>'
                  '<office:automatic-styles><style:page-layout style:name="PL"><style:page-layout-properties '
                  'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
                  'fo:margin-left="2.2cm" fo:margin-right="2.2cm"/><style:header-style><style:header-footer-properties '
                  'fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style>'
                  '<style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>'
                  '</style:page-layout></office:automatic-styles><office:master-styles>'
                  '<style:master-page style:name="Standard" style:page-layout-name="PL">%s</style:master-page>'
                  '</office:master-styles></office:document-styles>'
                  % (NS, self.font, self.font, self.font, self.size, hs, hf))
        _write(path, "application/vnd.oasis.opendocument.text", content, styles, _meta(self.title, self.author))


class OdsBook:
    """Sheets of rows; a cell is a str, int/float, or (value, style) with style in {'b','w','bw','h'}."""

    def __init__(self, title, author):
        self.title, self.author = title, author
        self.sheets = []

    def sheet(self, name, rows, widths_cm):
        self.sheets.append((name, rows, widths_cm))

    def save(self, path):
        colst, tables = [], []
        for si, (name, rows, widths) in enumerate(self.sheets):
            for ci, w in enumerate(widths):
                colst.append('<style:style style:name="co%d_%d" style:family="table-column"><style:table-column-'
                             'properties fo:break-before="auto" style:column-width="%.2fcm"/></style:style>'
                             % (si, ci, w))
            cols = "".join('<table:table-column table:style-name="co%d_%d" table:default-cell-style-name="cw"/>'
                           % (si, ci) for ci in range(len(widths)))
            out = ['<table:table table:name="%s">%s' % (esc(name), cols)]
            for row in rows:
                out.append("<table:table-row>")
                for cell in row:
                    style = "cw"
                    if isinstance(cell, tuple):
                        cell, style = cell[0], {"b": "cb", "w": "cw", "bw": "cb", "h": "ch"}[cell[1]]
                    if cell is None or cell == "":
                        out.append('<table:table-cell table:style-name="%s"/>' % style)
                    elif isinstance(cell, (int, float)):
                        out.append('<table:table-cell table:style-name="%s" office:value-type="float" '
                                   'office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                   % (style, cell, str(cell).replace(".", ",")))
                    else:
                        ps = "".join("<text:p>%s</text:p>" % esc(ln) for ln in str(cell).split("\n"))
                        out.append('<table:table-cell table:style-name="%s" office:value-type="string">%s'
                                   '</table:table-cell>' % (style, ps))
                out.append("</table:table-row>")
            out.append("</table:table>")
            tables.append("".join(out))
        auto = ('<office:automatic-styles>%s'
                '<style:style style:name="cw" style:family="table-cell"><style:table-cell-properties '
                'fo:wrap-option="wrap" style:vertical-align="top"/></style:style>'
                '<style:style style:name="cb" style:family="table-cell"><style:table-cell-properties '
                'fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-weight="bold"/>'
                '</style:style>'
                '<style:style style:name="ch" style:family="table-cell"><style:text-properties fo:font-size="14pt" '
                'fo:font-weight="bold"/></style:style></office:automatic-styles>' % "".join(colst))
        content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>%s<office:body>'
                   '<office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>'
                   % (NS, auto, "".join(tables)))
        styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles>'
                  '<style:default-style style:family="table-cell"><style:text-properties '
                  'style:font-name="Liberation Sans" fo:font-size="10pt"/></style:default-style>'
                  '</office:styles></office:document-styles>' % NS)
        _write(path, "application/vnd.oasis.opendocument.spreadsheet", content, styles,
               _meta(self.title, self.author))
