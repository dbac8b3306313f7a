"""Unio: an ODT where the secretariat typed the overview as a pseudo-table with tab stops – one line per measure
(name ⇥ delmål ⇥ form ⇥ ansvar) and an indented paragraph with the text and partners under it."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, odt_text, row, write_zip, xml_esc

FILENAME = "Unio – tiltak i 2077.odt"
MEMBER = "Unio"
FORMAT = "ODT (hand-written OpenDocument XML: content, styles, meta, manifest; zip with fixed timestamps)"
SHAPE = ("tab-aligned pseudo-table: a bold header line 'Tiltak ⇥ Delmål ⇥ Form ⇥ Ansvar' and for each measure "
         "one line whose fields are separated by tab characters at paragraph tab stops (long names push the "
         "following fields out of their columns), then an indented paragraph with the description and 'Med: …'; "
         "delmål as code, or in words once; a closing paragraph with a 2076 and a 2078 item")
NOT_TRUTH = ("the title, the intro, the header line, the closing paragraphs 'Ferdig i 2076: Seniorkurs for lærere' "
             "and 'Neste år (2078): Nettverk for praksisveiledere', the signature")

ITEMS = [
    ("RSA ved Universitetet i Bergen", "1.4", "råd", "Unio", "Utdanningsforbundet, NSF",
     "Unio har én plass i Rådet for samarbeid med arbeidslivet ved UiB, som i 2077 drøftet praksis i "
     "lektorutdanningen.", ("M03", "1.4", RAD)),
    ("Nasjonalt råd for lærerutdanning (NRLU)", "1.4", "råd", "Utdanningsforbundet", "",
     "Utdanningsforbundet møter som observatør i UHRs fagstrategiske enhet for lærerutdanning.",
     ("M04", "1.4", RAD)),
    ("Kompetansebarometeret i helse- og omsorgssektoren", "kunnskapsgrunnlaget", "kartlegging", "NSF",
     "Spekter, KS", "Felles kartlegging av hvilke kompetanser sykehus og kommuner mangler; 9 200 svar.",
     ("J04", "2.2", FOU)),
    ("Etterutdanningsdager for politiansatte", "2.4", "kurs", "Politiets Fellesforbund", "Politihøgskolen",
     "Tre regionale kursdager om nye arbeidsformer og digitale etterforskningsverktøy.", ("U", "2.4", KURS)),
    ("Praksisveilederutdanning for sykepleiere", "1.4", "utdanning", "NSF", "OsloMet",
     "Videreutdanning på 15 studiepoeng for sykepleiere som veileder studenter i praksis; 120 fullførte.",
     ("U", "1.4", KURS)),
    ("Unio-konferansen om profesjonsutdanning", "1.4", "konferanse", "Unio", "UHR",
     "Konferanse i Oslo om hvordan profesjonsutdanningene kan bli mer praksisnære.", ("U", "1.4", ARR)),
]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

TABS = ('<style:tab-stops><style:tab-stop style:position="7.2cm"/><style:tab-stop style:position="9.6cm"/>'
        '<style:tab-stop style:position="12.4cm"/></style:tab-stops>')


def _tabline(fields):
    return "<text:tab/>".join(xml_esc(f) for f in fields)


def build(out) -> list[dict]:
    body = [f'<text:p text:style-name="Tittel">Unios tiltak i 2077 – rapport til Kompetansepolitisk råd</text:p>',
            '<text:p text:style-name="Standard">Oversikten under viser tiltakene Unio og forbundene gjennomførte '
            'i 2077. Delmål viser til Nasjonal kompetansepolitisk strategi.</text:p>',
            f'<text:p text:style-name="Hode">{_tabline(["Tiltak", "Delmål", "Form", "Ansvar"])}</text:p>']
    rows = []
    for name, dm, form, ansv, med, txt, (seed, code, typ) in ITEMS:
        body.append(f'<text:p text:style-name="Linje">{_tabline([name, dm, form, ansv])}</text:p>')
        extra = f" Med: {xml_esc(med)}." if med else ""
        body.append(f'<text:p text:style-name="Omtale">{xml_esc(txt)}{extra}</text:p>')
        rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, txt))
    body += ['<text:p text:style-name="Standard"/>',
             '<text:p text:style-name="Standard">Ferdig i 2076: Seniorkurs for lærere (ikke med i år).</text:p>',
             '<text:p text:style-name="Standard">Neste år (2078): Nettverk for praksisveiledere.</text:p>',
             '<text:p text:style-name="Standard">Med vennlig hilsen<text:line-break/>Unio-sekretariatet</text:p>']
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.3">'
               '<office:automatic-styles>'
               f'<style:style style:name="Hode" style:family="paragraph" style:parent-style-name="Standard">'
               f'<style:paragraph-properties fo:margin-top="0.3cm" fo:border-bottom="0.5pt solid #000000">{TABS}'
               '</style:paragraph-properties><style:text-properties fo:font-weight="bold"/></style:style>'
               f'<style:style style:name="Linje" style:family="paragraph" style:parent-style-name="Standard">'
               f'<style:paragraph-properties fo:margin-top="0.25cm">{TABS}</style:paragraph-properties>'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Omtale" style:family="paragraph" style:parent-style-name="Standard">'
               '<style:paragraph-properties fo:margin-left="0.8cm"/><style:text-properties fo:font-size="10pt"/>'
               '</style:style></office:automatic-styles>'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS} office:version="1.3">'
              '<office:styles><style:style style:name="Standard" style:family="paragraph">'
              '<style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt"/></style:style>'
              '<style:style style:name="Tittel" style:family="paragraph" style:parent-style-name="Standard">'
              '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64</meta:generator>'
            '<dc:title>Unios tiltak i 2077</dc:title><meta:initial-creator>Hanne Ruud</meta:initial-creator>'
            '<meta:creation-date>2077-12-04T13:02:00</meta:creation-date><dc:date>2078-01-15T09:44:00</dc:date>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip(out / FILENAME, [("mimetype", "application/vnd.oasis.opendocument.text", False),
                               ("content.xml", content, True), ("styles.xml", styles, True),
                               ("meta.xml", meta, True), ("META-INF/manifest.xml", manifest, True)])
    return rows


def text(path) -> str:
    return odt_text(path)
