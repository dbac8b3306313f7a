"""Minimal hand-written OpenDocument packaging (ODT/ODS/ODP)."""
from .common import write_zip, xesc

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
      'office:version="1.3"')

MIME = {"ods": "application/vnd.oasis.opendocument.spreadsheet",
        "odt": "application/vnd.oasis.opendocument.text",
        "odp": "application/vnd.oasis.opendocument.presentation"}


def spans(s):
    """Escape text, encoding runs of spaces / newlines the ODF way (no enclosing element)."""
    out = []
    for k, line in enumerate(s.split("\n")):
        if k:
            out.append("<text:line-break/>")
        buf = ""
        i = 0
        while i < len(line):
            ch = line[i]
            if ch == " " and (i == 0 or line[i - 1] == " "):
                j = i
                while j < len(line) and line[j] == " ":
                    j += 1
                n = j - i
                buf += '<text:s text:c="%d"/>' % n if n > 1 else "<text:s/>"
                i = j
                continue
            buf += xesc(ch)
            i += 1
        out.append(buf)
    return "".join(out)


def text_p(s, style=None):
    st = ' text:style-name="%s"' % style if style else ""
    return "<text:p%s>%s</text:p>" % (st, spans(s))


def package(path, kind, content_body, auto_styles="", styles_xml_body="", title="", creator="",
            date="2070-01-27T11:30:00", font_decls="", automatic_styles_in_styles="", master_styles="",
            language="nb-NO", settings=None):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:font-face-decls>%s</office:font-face-decls>'
               '<office:automatic-styles>%s</office:automatic-styles><office:body>%s</office:body>'
               '</office:document-content>' % (NS, font_decls, auto_styles, content_body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s>'
              '<office:font-face-decls>%s</office:font-face-decls><office:styles>%s</office:styles>'
              '<office:automatic-styles>%s</office:automatic-styles>'
              '<office:master-styles>%s</office:master-styles>'
              '</office:document-styles>' % (NS, font_decls, styles_xml_body, automatic_styles_in_styles,
                                             master_styles))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date><dc:language>%s</dc:language>'
            '</office:meta></office:document-meta>' % (NS, xesc(title), xesc(creator), xesc(creator), date,
                                                          date, language))
    files = [("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml")]
    entries = [("mimetype", MIME[kind]), ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta)]
    if settings:
        files.append(("settings.xml", "text/xml"))
        entries.append(("settings.xml", settings))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="%s"/>' % MIME[kind] +
                "".join('<manifest:file-entry manifest:full-path="%s" manifest:media-type="%s"/>' % f
                        for f in files) + '</manifest:manifest>')
    entries.append(("META-INF/manifest.xml", manifest))
    write_zip(path, entries)
