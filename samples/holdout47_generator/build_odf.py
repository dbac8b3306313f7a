"""Hand-written ODF: 08 VOFO (ODT numbered list), 15 Trøndelag (ODS with footnote markers)."""
from .common import esc, write_odf

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.3"')


def _manifest(mime):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3">\n'
            ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>\n'
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
            '</manifest:manifest>\n' % mime)


def _meta(title, author):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>2068-02-12T09:00:00</meta:creation-date><dc:date>2068-02-14T10:00:00</dc:date>'
            '<dc:language>nb-NO</dc:language></office:meta></office:document-meta>\n'
            % (NS, esc(title), esc(author), esc(author)))


# ------------------------------------------------------------------ 08 VOFO
def build_vofo(spec, path):
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles>'
              '<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/>'
              '<style:text-properties style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'" '
              'fo:font-size="11pt" fo:language="nb" fo:country="NO"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">'
              '<style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#006E51"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
              'style:parent-style-name="Standard" style:default-outline-level="1">'
              '<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm"/>'
              '<style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#006E51"/></style:style>'
              '</office:styles></office:document-styles>\n' % NS)
    auto = ('<office:automatic-styles>'
            '<text:list-style style:name="L1">'
            '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" '
            'fo:text-indent="-0.6cm" fo:margin-left="0.8cm"/></style:list-level-properties>'
            '</text:list-level-style-number>'
            '<text:list-level-style-bullet text:level="2" text:bullet-char="•">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.6cm" '
            'fo:text-indent="-0.5cm" fo:margin-left="1.6cm"/></style:list-level-properties>'
            '</text:list-level-style-bullet></text:list-style>'
            '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard" '
            'style:list-style-name="L1"/>'
            '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/>'
            '</style:style>'
            '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/>'
            '</style:style>'
            '</office:automatic-styles>')

    def p(text, style="Standard"):
        return '<text:p text:style-name="%s">%s</text:p>' % (style, esc(text))

    items = []
    for r in spec.rows:
        subs = ['<text:span text:style-name="T2">Hva:</text:span> ' + esc(r.beskr),
                '<text:span text:style-name="T2">Form:</text:span> ' + esc(r.ty),
                '<text:span text:style-name="T2">Knyttet til:</text:span> ' + esc(r.dm)]
        if r.ansvarlig:
            subs.append('<text:span text:style-name="T2">Ansvar:</text:span> ' + esc(r.ansvarlig))
        if r.samarb:
            subs.append('<text:span text:style-name="T2">Med:</text:span> ' + esc(r.samarb))
        sub_xml = "".join('<text:list-item><text:p text:style-name="P1">%s</text:p></text:list-item>' % s
                          for s in subs)
        items.append('<text:list-item><text:p text:style-name="P1"><text:span text:style-name="T1">%s'
                     '</text:span></text:p><text:list>%s</text:list></text:list-item>' % (esc(r.tiltak), sub_xml))
    body = "".join([
        p("VOFO – Voksenopplæringsforbundet", "Title"),
        p("Rapport til Kompetansepolitisk råd for 2067"),
        p("VOFO er paraplyorganisasjon for studieforbundene. Rapporten omfatter tiltak VOFO har ledet eller "
          "deltatt i i 2067. Under hvert tiltak står hva vi gjorde, hvilken form tiltaket har og hvilket delmål "
          "det knytter seg til."),
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">Tiltak i 2067</text:h>',
        '<text:list xml:id="list1" text:style-name="L1">%s</text:list>' % "".join(items),
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">Annet</text:h>',
        p("VOFO har også levert tall til Kompetanseforbundets frivillighetsbarometer. Barometeret er "
          "Kompetanseforbundets tiltak og rapporteres ikke her."),
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">Planlagt for 2068</text:h>',
        p("Kurslederkonferanse for samiske studieforbund, høsten 2068. Ikke påbegynt i 2067."),
        p("Oslo, 19. februar 2068"),
        p("Generalsekretær, VOFO"),
    ])
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>%s'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>\n'
               % (NS, auto, body))
    mime = "application/vnd.oasis.opendocument.text"
    write_odf(path, mime, [("content.xml", content), ("styles.xml", styles),
                           ("meta.xml", _meta("VOFO rapport 2067", "VOFO")),
                           ("META-INF/manifest.xml", _manifest(mime))])


# ------------------------------------------------------------------ 15 Trøndelag
def build_trondelag(spec, path):
    notes = {
        "¹": "RSA = Råd for samarbeid med arbeidslivet. Fylkeskommunen har én plass i hvert av rådene.",
        "²": "Utvalget er etablert etter mønster av det nasjonale Kompetansebehovsutvalget (KBU), men er et rent "
             "regionalt tiltak.",
        "³": "Tilbudet får også midler fra Fagskolerådets utviklingsordning.",
    }
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles>'
              '<style:default-style style:family="table-cell"><style:text-properties '
              'style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="nb" fo:country="NO"/>'
              '</style:default-style></office:styles></office:document-styles>\n' % NS)
    auto = ('<office:automatic-styles>'
            '<style:style style:name="co1" style:family="table-column"><style:table-column-properties '
            'style:column-width="5.2cm"/></style:style>'
            '<style:style style:name="co2" style:family="table-column"><style:table-column-properties '
            'style:column-width="1.6cm"/></style:style>'
            '<style:style style:name="co3" style:family="table-column"><style:table-column-properties '
            'style:column-width="3.6cm"/></style:style>'
            '<style:style style:name="co4" style:family="table-column"><style:table-column-properties '
            'style:column-width="4.2cm"/></style:style>'
            '<style:style style:name="co5" style:family="table-column"><style:table-column-properties '
            'style:column-width="11cm"/></style:style>'
            '<style:style style:name="ceT" style:family="table-cell"><style:text-properties fo:font-size="14pt" '
            'fo:font-weight="bold" fo:color="#8A1538"/></style:style>'
            '<style:style style:name="ceH" style:family="table-cell"><style:table-cell-properties '
            'fo:background-color="#F3D9E0" fo:border="0.5pt solid #999999"/><style:text-properties '
            'fo:font-weight="bold"/></style:style>'
            '<style:style style:name="ceB" style:family="table-cell"><style:table-cell-properties '
            'fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #999999"/></style:style>'
            '<style:style style:name="ceN" style:family="table-cell"><style:text-properties fo:font-size="9pt" '
            'fo:font-style="italic"/></style:style>'
            '</office:automatic-styles>')

    def cell(text, style="ceB"):
        if text is None or text == "":
            return '<table:table-cell table:style-name="%s"/>' % style
        return ('<table:table-cell table:style-name="%s" office:value-type="string"><text:p>%s</text:p>'
                '</table:table-cell>' % (style, esc(text)))

    def row(cells):
        return "<table:table-row>%s</table:table-row>" % "".join(cells)

    rows = [row([cell("Trøndelag fylkeskommune – rapportering til Kompetansepolitisk råd, 2067", "ceT")]),
            row([cell("Tiltak med fotnotetegn er forklart under tabellen.", "ceN")]),
            row([cell("")]),
            row([cell(h, "ceH") for h in ("Tiltak", "Delmål", "Tiltakstype", "Ansvarlig", "Samarbeidspartnere",
                                           "Beskrivelse")])]
    for r in spec.rows:
        name = r.tiltak + r.x.get("mark", "")
        beskr = r.beskr
        rows.append(row([cell(name), cell(r.dm), cell(r.ty), cell(r.ansvarlig), cell(r.samarb), cell(beskr)]))
    rows.append(row([cell("")]))
    for k, v in notes.items():
        rows.append(row([cell(k + " " + v, "ceN")]))
    rows.append(row([cell("")]))
    rows.append(row([cell("Steinkjer, 18.02.2068 – Fylkesdirektør for utdanning", "ceN")]))
    cols = ('<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/>'
            '<table:table-column table:style-name="co3"/><table:table-column table:style-name="co4"/>'
            '<table:table-column table:style-name="co4"/><table:table-column table:style-name="co5"/>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>%s<office:body>'
               '<office:spreadsheet><table:table table:name="Tiltak 2067">%s%s</table:table>'
               '</office:spreadsheet></office:body></office:document-content>\n'
               % (NS, auto, cols, "".join(rows)))
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    write_odf(path, mime, [("content.xml", content), ("styles.xml", styles),
                           ("meta.xml", _meta("Tiltak 2067", "Trøndelag fylkeskommune")),
                           ("META-INF/manifest.xml", _manifest(mime))])
