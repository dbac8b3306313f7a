"""12 – Fagskolerådet: OpenDocument presentation (.odp) written by hand."""
from __future__ import annotations

from pathlib import Path

from .common import R, esc, write_zip

FILE = "Fagskoleradet_aarsrapport_2070.odp"
MEMBER = "Fagskolerådet"
HOW = "ODP (hand-written OpenDocument presentation XML, zip with fixed timestamps)"
SHAPE = ("Impress slide deck: title slide, two section slides, one slide per measure with the name as "
         "slide title, a left text box of bullets 'Mål i strategien / Form / Ansvar / Med' (delmål as code, "
         "code+words or paraphrase only) and a right text box with the description; closing slide "
         "'Videre i 2071' with plans")

ROWS = [
    R("Plass i Nasjonalt fagskoleråd", "M04", "1.4", "Råd/utvalg/nettverk", "Fagskolerådet (styreleder)",
      "", "Fagskolerådet møter fast i rådet og har ledet arbeidet med nasjonal strategi for fagskolene.",
      tw="Rådsplass", dm="delmål 1.4", sec=1),
    R("Fagskolekonferansen 2070", "J06", "1.4", "Arrangement", "Fagskolerådet",
      "Trøndelag fylkeskommune, HK-dir",
      "Konferansen samlet 350 deltakere fra fagskoler og arbeidsliv i Trondheim i september.",
      tw="Konferanse", dm="1.4 Samarbeid tilbydere – arbeidsliv", sec=1),
    R("Pilot med korte fagskolemoduler for industrien", "U28", "2.4", "Prosjekt", "Fagskolerådet",
      "Norsk Industri, fem fagskoler",
      "Moduler på 5–10 studiepoeng utviklet sammen med bedrifter i prosessindustrien.",
      tw="Pilot", dm="Koble bedriftenes kompetansebehov til tilbyderne", sec=2),
    R("Studentundersøkelse blant fagskolestudenter i jobb", "U29", "2.2", "FoU", "Fagskolerådet", "NOKUT",
      "Undersøkelse om hvordan arbeidsgivere støtter ansatte som tar fagskoleutdanning.",
      tw="Undersøkelse", dm="2.2", sec=2),
    R("Informasjonskampanjen «Fagskole – veien videre»", "U30", "2.3", "Informasjon", "Fagskolerådet",
      "Utdanning.no", "Filmer og annonser rettet mot fagarbeidere som vurderer videre utdanning.",
      tw="Kampanje", dm="Yrkesfaglige karriereveier (2.3)", sec=2),
]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _frame(x, y, w, h, paras, cls=None, style="gr1"):
    attrs = f'draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" svg:height="{h}cm"'
    if cls:
        attrs = f'presentation:class="{cls}" ' + attrs
    body = "".join(paras)
    return f"<draw:frame {attrs}><draw:text-box>{body}</draw:text-box></draw:frame>"


def _p(text, style="P1"):
    return f'<text:p text:style-name="{style}">{esc(text)}</text:p>'


def _list(items):
    return ('<text:list text:style-name="L1">'
            + "".join(f'<text:list-item><text:p text:style-name="P2">{it}</text:p></text:list-item>'
                      for it in items) + "</text:list>")


def _content():
    pages = []
    pages.append([_frame(1.5, 4.5, 25, 3, [_p("Fagskolerådet – årsrapport 2070", "PT")], "title"),
                  _frame(1.5, 8.2, 25, 2, [_p("Rapport til Kompetansepolitisk råd · januar 2071")], "subtitle")])
    secs = {1: "Gode valg: samarbeid mellom fagskolene og arbeidslivet", 2: "Læring i arbeidslivet"}
    for s in (1, 2):
        pages.append([_frame(1.5, 5.5, 25, 3, [_p(secs[s], "PT")], "title")])
        for r in [r for r in ROWS if r.x("sec") == s]:
            items = [f"<text:span text:style-name=\"T1\">Mål i strategien:</text:span> {esc(r.x('dm'))}",
                     f"<text:span text:style-name=\"T1\">Form:</text:span> {esc(r.x('tw'))}",
                     f"<text:span text:style-name=\"T1\">Ansvar:</text:span> {esc(r.ansvarlig)}"]
            if r.samarbeidspartnere:
                items.append(f"<text:span text:style-name=\"T1\">Med:</text:span> {esc(r.samarbeidspartnere)}")
            pages.append([_frame(1.5, 0.8, 25, 2.2, [_p(r.tiltak, "PT")], "title"),
                          _frame(1.5, 3.6, 11.5, 10, [_list(items)], "outline"),
                          _frame(13.8, 3.6, 12.7, 10, [_p(r.beskrivelse)], None, "gr2")])
    pages.append([_frame(1.5, 0.8, 25, 2.2, [_p("Videre i 2071", "PT")], "title"),
                  _frame(1.5, 3.6, 25, 10, [_list([
                      "Ny runde av fagskolekonferansen i Bergen (planlegges)",
                      "Nettverk for fagskolenes arbeidslivskoordinatorer – oppstart høsten 2071",
                      "Kampanjen «Fagskolevalget» ble avsluttet i 2069"])], "outline")])
    body = []
    for i, frames in enumerate(pages, 1):
        body.append(f'<draw:page draw:name="Lysbilde{i}" draw:style-name="dp1" draw:master-page-name="Standard">'
                    + "".join(frames) + "</draw:page>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
            "<office:automatic-styles>"
            '<style:style style:name="dp1" style:family="drawing-page"/>'
            '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none"/></style:style>'
            '<style:style style:name="gr2" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#eef3f8"/></style:style>'
            '<style:style style:name="PT" style:family="paragraph"><style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:color="#12355b"/></style:style>'
            '<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-size="18pt"/></style:style>'
            '<style:style style:name="P2" style:family="paragraph"><style:text-properties fo:font-size="16pt"/></style:style>'
            '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
            '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•">'
            '<style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.6cm"/></text:list-level-style-bullet></text:list-style>'
            "</office:automatic-styles><office:body><office:presentation>"
            + "".join(body) + "</office:presentation></office:body></office:document-content>")


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}>'
          "<office:styles/>"
          '<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties '
          'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" '
          'fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
          "</office:automatic-styles><office:master-styles>"
          '<style:master-page style:name="Standard" style:page-layout-name="PM1"/>'
          "</office:master-styles></office:document-styles>")

META = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta>'
        "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>"
        "<dc:title>Fagskolerådet – årsrapport 2070</dc:title><meta:initial-creator>Fagskolerådet</meta:initial-creator>"
        "<meta:creation-date>2071-01-26T10:00:00</meta:creation-date><dc:date>2071-01-30T12:00:00</dc:date>"
        "</office:meta></office:document-meta>")

MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.presentation"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>")


def build(out: Path) -> Path:
    path = out / FILE
    write_zip(path, [("mimetype", "application/vnd.oasis.opendocument.presentation"),
                     ("content.xml", _content()), ("styles.xml", STYLES), ("meta.xml", META),
                     ("META-INF/manifest.xml", MANIFEST)])
    return path
