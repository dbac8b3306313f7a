"""A small hand-written OpenDocument writer (text and spreadsheet).

Writing the XML ourselves keeps the files byte-stable (LibreOffice would add
random rsid attributes)."""
import io
import zipfile
from xml.sax.saxutils import escape

from .common import FIXED_ZIP_DT

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')


def x(s):
    return escape(s, {'"': "&quot;"})


# ------------------------------------------------------------------ text docs
class TextDoc:
    def __init__(self, title, author, landscape=False, font="DejaVu Serif", size="11pt"):
        self.title, self.author = title, author
        self.landscape, self.font, self.size = landscape, font, size
        self.body = []
        self.auto = []
        self._tables = 0

    # -- blocks
    def p(self, txt, style="Standard", markup=False):
        self.body.append('<text:p text:style-name="%s">%s</text:p>'
                         % (style, txt if markup else x(txt)))

    def h(self, txt, level=1):
        self.body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                         % (level, level, x(txt)))

    def bold(self, lead, rest, style="Standard"):
        self.p('<text:span text:style-name="Strong">%s</text:span>%s' % (x(lead), x(rest)),
               style, markup=True)

    def numbered(self, items):
        """items: list of (title, [sub-bullet strings]); level 1 numbered,
        level 2 bullets (same list style)."""
        out = ['<text:list text:style-name="NumBul">']
        for title, subs in items:
            out.append('<text:list-item><text:p text:style-name="ListHead">%s</text:p>' % x(title))
            if subs:
                out.append('<text:list>')
                for s in subs:
                    out.append('<text:list-item><text:p text:style-name="ListBody">%s</text:p>'
                               '</text:list-item>' % x(s))
                out.append('</text:list>')
            out.append('</text:list-item>')
        out.append('</text:list>')
        self.body.append("".join(out))

    def table(self, rows, widths_cm, header_rows=1, first_col_bold=False):
        self._tables += 1
        n = "T%d" % self._tables
        total = sum(widths_cm)
        self.auto.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                         'style:width="%.2fcm" table:align="left"/></style:style>' % (n, total))
        for i, w in enumerate(widths_cm):
            self.auto.append('<style:style style:name="%s.%d" style:family="table-column">'
                             '<style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                             % (n, i, w))
        out = ['<table:table table:name="%s" table:style-name="%s">' % (n, n)]
        for i in range(len(widths_cm)):
            out.append('<table:table-column table:style-name="%s.%d"/>' % (n, i))

        def row(cells, head):
            r = ['<table:table-row>']
            for j, c in enumerate(cells):
                st = "TabHead" if head or (first_col_bold and j == 0) else "TabText"
                cs = "CellHead" if head else "Cell"
                paras = c if isinstance(c, list) else [c]
                r.append('<table:table-cell table:style-name="%s" office:value-type="string">%s'
                         '</table:table-cell>' % (cs, "".join(
                             '<text:p text:style-name="%s">%s</text:p>' % (st, x(pp)) for pp in paras)))
            r.append('</table:table-row>')
            return "".join(r)
        if header_rows:
            out.append('<table:table-header-rows>')
            for rr in rows[:header_rows]:
                out.append(row(rr, True))
            out.append('</table:table-header-rows>')
        for rr in rows[header_rows:]:
            out.append(row(rr, False))
        out.append('</table:table>')
        self.body.append("".join(out))

    # -- output
    def _content(self):
        auto = "".join(self.auto) + (
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>'
            '<style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#d9e2ec"/></style:style>')
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
                '<office:automatic-styles>%s</office:automatic-styles><office:body><office:text>%s'
                '</office:text></office:body></office:document-content>' % (NS, auto, "".join(self.body)))

    def _styles(self):
        w, hgt = ("29.7cm", "21cm") if self.landscape else ("21cm", "29.7cm")
        orient = "landscape" if self.landscape else "portrait"

        def ps(name, disp, extra_p="", extra_t="", parent="Standard"):
            return ('<style:style style:name="%s" style:display-name="%s" style:family="paragraph" '
                    'style:parent-style-name="%s"><style:paragraph-properties %s/>'
                    '<style:text-properties %s/></style:style>' % (name, disp, parent, extra_p, extra_t))
        styles = [
            '<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties '
            'fo:margin-bottom="0.18cm"/><style:text-properties style:font-name="F1" fo:font-size="%s" '
            'fo:language="nb" fo:country="NO"/></style:style>' % self.size,
            ps("Title", "Title", 'fo:margin-bottom="0.4cm"', 'fo:font-size="18pt" fo:font-weight="bold"'),
            ps("Subtitle", "Subtitle", 'fo:margin-bottom="0.3cm"', 'fo:font-size="12pt" fo:font-style="italic"'),
            ps("Heading_20_1", "Heading 1", 'fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"',
               'fo:font-size="14pt" fo:font-weight="bold"'),
            ps("Heading_20_2", "Heading 2", 'fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"',
               'fo:font-size="12pt" fo:font-weight="bold"'),
            ps("ListHead", "List Heading", 'fo:margin-top="0.2cm"', 'fo:font-weight="bold"'),
            ps("ListBody", "List Contents", 'fo:margin-bottom="0.05cm"'),
            ps("TabText", "Table Contents", 'fo:margin-bottom="0cm"', 'fo:font-size="9.5pt"'),
            ps("TabHead", "Table Heading", 'fo:margin-bottom="0cm"', 'fo:font-size="9.5pt" fo:font-weight="bold"'),
            ps("Small", "Small", '', 'fo:font-size="8.5pt"'),
            ps("Quote", "Quotations", 'fo:margin-left="1cm" fo:margin-right="1cm"', 'fo:font-style="italic"'),
            '<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/>'
            '</style:style>',
            '<text:list-style style:name="NumBul">'
            '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
            '<style:list-level-properties text:space-before="0cm" text:min-label-width="0.7cm"/>'
            '</text:list-level-style-number>'
            '<text:list-level-style-bullet text:level="2" text:bullet-char="–">'
            '<style:list-level-properties text:space-before="0.7cm" text:min-label-width="0.5cm"/>'
            '</text:list-level-style-bullet></text:list-style>',
        ]
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
                '<office:font-face-decls><style:font-face style:name="F1" svg:font-family="&apos;%s&apos;"/>'
                '</office:font-face-decls><office:styles>%s</office:styles><office:automatic-styles>'
                '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" '
                'fo:page-height="%s" style:print-orientation="%s" fo:margin-top="2cm" fo:margin-bottom="2cm" '
                'fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout></office:automatic-styles>'
                '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
                '</office:master-styles></office:document-styles>'
                % (NS, self.font, "".join(styles), w, hgt, orient))

    def save(self, dest):
        write_package(dest, "application/vnd.oasis.opendocument.text", self._content(),
                      self._styles(), self.title, self.author)


# ------------------------------------------------------------------ spreadsheets
class Sheet:
    def __init__(self, name, widths_cm):
        self.name, self.widths, self.rows = name, widths_cm, []

    def add(self, *cells, style=None):
        self.rows.append((cells, style))


def ods_content(sheets):
    auto = ['<style:style style:name="ceW" style:family="table-cell"><style:table-cell-properties '
            'fo:wrap-option="wrap" style:vertical-align="top"/></style:style>',
            '<style:style style:name="ceB" style:family="table-cell"><style:table-cell-properties '
            'fo:wrap-option="wrap" fo:background-color="#fce4b6"/><style:text-properties '
            'fo:font-weight="bold"/></style:style>',
            '<style:style style:name="ceT" style:family="table-cell"><style:text-properties '
            'fo:font-weight="bold" fo:font-size="13pt"/></style:style>']
    body = []
    for si, sh in enumerate(sheets):
        for ci, w in enumerate(sh.widths):
            auto.append('<style:style style:name="co%d_%d" style:family="table-column">'
                        '<style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                        % (si, ci, w))
        t = ['<table:table table:name="%s">' % x(sh.name)]
        for ci in range(len(sh.widths)):
            t.append('<table:table-column table:style-name="co%d_%d" table:default-cell-style-name="ceW"/>'
                     % (si, ci))
        for cells, style in sh.rows:
            t.append('<table:table-row>')
            for c in cells:
                st = {"head": "ceB", "title": "ceT"}.get(style, "ceW")
                if c is None or c == "":
                    t.append('<table:table-cell table:style-name="%s"/>' % st)
                elif isinstance(c, (int, float)):
                    t.append('<table:table-cell table:style-name="%s" office:value-type="float" '
                             'office:value="%s"><text:p>%s</text:p></table:table-cell>' % (st, c, c))
                else:
                    paras = "".join("<text:p>%s</text:p>" % x(line) for line in str(c).split("\n"))
                    t.append('<table:table-cell table:style-name="%s" office:value-type="string">%s'
                             '</table:table-cell>' % (st, paras))
            t.append('</table:table-row>')
        t.append('</table:table>')
        body.append("".join(t))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
            '<office:automatic-styles>%s</office:automatic-styles><office:body><office:spreadsheet>%s'
            '</office:spreadsheet></office:body></office:document-content>'
            % (NS, "".join(auto), "".join(body)))


def save_ods(dest, sheets, title, author):
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              '<office:styles><style:default-style style:family="table-cell"><style:text-properties '
              'fo:font-size="10pt" fo:language="nn" fo:country="NO"/></style:default-style></office:styles>'
              '</office:document-styles>' % NS)
    write_package(dest, "application/vnd.oasis.opendocument.spreadsheet", ods_content(sheets),
                  styles, title, author)


# ------------------------------------------------------------------ package
def write_package(dest, mime, content, styles, title, author):
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2">'
            '<office:meta><meta:generator>holdout41</meta:generator><dc:title>%s</dc:title>'
            '<meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>2062-01-20T09:00:00</meta:creation-date>'
            '<dc:date>2062-01-20T09:00:00</dc:date></office:meta></office:document-meta>'
            % (NS, x(title), x(author), x(author)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in (("mimetype", mime, zipfile.ZIP_STORED),
                                 ("content.xml", content, zipfile.ZIP_DEFLATED),
                                 ("styles.xml", styles, zipfile.ZIP_DEFLATED),
                                 ("meta.xml", meta, zipfile.ZIP_DEFLATED),
                                 ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)):
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data.encode("utf-8"))
    with open(dest, "wb") as fh:
        fh.write(buf.getvalue())
